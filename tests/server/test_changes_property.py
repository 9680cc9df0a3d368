"""Property: a desk that follows cursors in pages of any size ends with the exact final state.

Random actions (routing between units, returns, notes, triage, new reports) interleave with
reads of random page sizes; whatever the interleaving, the reader's mirror of its unit
equals the unit's cases in the database at the end, removals included.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from deskhandler.server.db import Database
from deskhandler.server.models import CaseRow
from tests.support.desk import action, new_case, post
from tests.support.people import Person, sign_in

UNIT = "SXD"

_ops = st.one_of(
    st.tuples(st.just("create")),
    st.tuples(st.just("route"), st.integers(0, 50), st.sampled_from([UNIT, UNIT, "SGTVT"])),
    st.tuples(st.just("return"), st.integers(0, 50)),
    st.tuples(st.just("note"), st.integers(0, 50)),
    st.tuples(st.just("triage"), st.integers(0, 50), st.sampled_from(["low", "high"])),
    st.tuples(st.just("read"), st.integers(1, 6)),
)


class Reader:
    """A desk's mirror of the feed."""

    def __init__(self, client: TestClient, headers: dict[str, str]) -> None:
        self.client = client
        self.headers = headers
        self.cursor = ""
        self.cases: dict[str, dict[str, Any]] = {}

    def read(self, limit: int) -> bool:
        answer = self.client.get(
            "/api/v1/changes", params={"cursor": self.cursor, "limit": limit}, headers=self.headers
        )
        assert answer.status_code == 200, answer.text
        page = answer.json()
        if page["reset"]:
            self.cases.clear()
        for case_id in page["removed"]:
            self.cases.pop(case_id, None)
        for case in page["cases"]:
            self.cases[case["id"]] = case
        self.cursor = page["cursor"]
        return bool(page["has_more"])


@pytest.fixture
def people(client: TestClient, make_person: Callable[..., Person]) -> tuple[dict[str, str], ...]:
    return sign_in(client, make_person("coordinator", None)), sign_in(
        client, make_person("clerk", UNIT)
    )


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(_ops, min_size=1, max_size=25), tail=st.lists(st.integers(1, 7), min_size=1))
def test_following_cursors_ends_with_the_final_state(
    db: Database,
    client: TestClient,
    people: tuple[dict[str, str], dict[str, str]],
    ops: list[tuple[Any, ...]],
    tail: list[int],
) -> None:
    coordinator, clerk = people
    reader = Reader(client, clerk)
    ids = [new_case(db)]
    for op in ops:
        kind = op[0]
        if kind == "create":
            ids.append(new_case(db))
            continue
        if kind == "read":
            reader.read(op[1])
            continue
        case_id = ids[op[1] % len(ids)]
        with db.reading() as session:
            version = session.scalar(select(CaseRow.version).where(CaseRow.id == case_id))
        assert version is not None
        if kind == "route":
            entry = action(case_id, "reassign", {"to": op[2], "reason": "Chuyển"}, version)
        elif kind == "return":
            entry = action(case_id, "return", {"reason": "Trả lại"}, version)
        elif kind == "note":
            entry = action(case_id, "note", {"text": "Ghi chú"}, version)
        else:
            entry = action(case_id, "triage", {"priority": op[2]}, version)
        post(client, coordinator, entry)  # refusals by the lifecycle are part of the game
    # Catch up in pages of random sizes.
    sizes = iter(tail * 1000)
    while reader.read(next(sizes)):
        pass
    with db.reading() as session:
        expected = dict(
            session.execute(
                select(CaseRow.id, CaseRow.version).where(CaseRow.department == UNIT)
            ).all()
        )
    assert {case_id: case["version"] for case_id, case in reader.cases.items()} == expected
    assert all(case["department"] == UNIT for case in reader.cases.values())
