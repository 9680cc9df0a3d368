"""A batch of actions is one transaction with a savepoint per action, on both backends.

One commit and one change-feed number per batch; a refused action rolls back itself and its
feed marks only; an unexpected error commits nothing of the batch; on PostgreSQL two batches
naming the same cases in opposite orders wait for each other instead of deadlocking.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from deskhandler.domain.actions import ActionKind, WorkflowState
from deskhandler.domain.conflicts import find_conflict as real_find_conflict
from deskhandler.server import actions_service, feed
from deskhandler.server.db import Database
from deskhandler.server.models import ActionRecord, CaseRow, Departure
from tests.support.desk import Desk, action, case_row, post, record_count, timeline_kinds
from tests.support.people import Person


@pytest.fixture
def desk(client: TestClient, db: Database, make_person: Callable[..., Person]) -> Desk:
    return Desk(client, db, make_person)


def _feed_seq(db: Database) -> int:
    with db.reading() as session:
        return feed.current_seq(session)


def _departures(db: Database, case_id: str) -> list[str]:
    with db.reading() as session:
        return list(
            session.scalars(select(Departure.department).where(Departure.case_id == case_id))
        )


def test_a_batch_takes_one_feed_number(desk: Desk) -> None:
    cases = [desk.in_progress() for _ in range(3)]
    before = _feed_seq(desk.db)
    results = post(
        desk.client,
        desk.clerk,
        *[action(case_id, "note", {"text": "kiểm tra"}, version=3) for case_id in cases],
        action(cases[0], "accept", version=3),  # refused: not from in_progress
    )
    assert [r["outcome"] for r in results] == ["applied", "applied", "applied", "rejected"]
    assert _feed_seq(desk.db) == before + 1
    assert {case_row(desk.db, case_id).feed_seq for case_id in cases} == {before + 1}


def test_a_chain_on_one_case_sees_each_earlier_action(desk: Desk) -> None:
    case_id = desk.in_progress()
    results = post(
        desk.client,
        desk.clerk,
        action(case_id, "reply", {"text": "Đã xử lý."}, version=3),
        action(case_id, "close", {"resolution": "nope", "text": "Xong."}, version=4),
        action(case_id, "close", {"resolution": "fixed", "text": "Xong."}, version=4),
        action(case_id, "reopen", {"reason": "Chưa hài lòng"}, version=5),
    )
    assert [r["outcome"] for r in results] == ["applied", "rejected", "applied", "applied"]
    assert [r["case"]["version"] for r in results] == [4, 4, 5, 6]
    assert results[3]["case"]["status"] == "in_progress"
    assert timeline_kinds(desk.db, case_id)[-3:] == ["reply", "close", "reopen"]
    assert case_row(desk.db, case_id).version == 6


def test_a_refused_action_takes_back_its_feed_marks(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reassign refused after it marked the case as departed must not write a Departure,
    or the unit's desks would drop a case that never left."""
    staying, noted = desk.in_progress(), desk.in_progress()
    seq_before = case_row(desk.db, staying).feed_seq
    real_change = actions_service._Apply.change

    def change_then_refuse(
        self: actions_service._Apply,
        case: CaseRow,
        before: WorkflowState,
        after: WorkflowState,
        fields: Mapping[str, Any],
        published: str | None,
    ) -> None:
        real_change(self, case, before, after, fields, published)
        if self.kind is ActionKind.REASSIGN:
            raise self.refuse("invalid_payload", "refused after marking", case)

    monkeypatch.setattr(actions_service._Apply, "change", change_then_refuse)
    moved, note = post(
        desk.client,
        desk.clerk,
        action(staying, "reassign", {"to": "SGTVT", "reason": "Cầu đường"}, version=3),
        action(noted, "note", {"text": "ghi chú"}, version=3),
    )
    assert moved["outcome"] == "rejected", moved
    assert note["outcome"] == "applied", note
    assert _departures(desk.db, staying) == []
    row = case_row(desk.db, staying)
    assert (row.department, row.version, row.feed_seq) == ("SXD", 3, seq_before)
    assert case_row(desk.db, noted).feed_seq > seq_before


def test_an_unexpected_error_commits_nothing_of_the_batch(
    desk: Desk, app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = desk.in_progress()
    records_before = record_count(desk.db)
    entries = [
        action(case_id, "note", {"text": "một"}, version=3),
        action(case_id, "note", {"text": "hai"}, version=3),
    ]
    calls = 0

    def fail_second(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("a bug, not a refusal")
        return real_find_conflict(*args)

    monkeypatch.setattr(actions_service, "find_conflict", fail_second)
    with TestClient(app, raise_server_exceptions=False) as failing:
        answer = failing.post("/api/v1/actions", json={"actions": entries}, headers=desk.clerk)
    assert answer.status_code == 500
    assert timeline_kinds(desk.db, case_id).count("note") == 0
    assert record_count(desk.db) == records_before
    assert case_row(desk.db, case_id).version == 3
    # The desk sends the same batch again, and it applies once.
    monkeypatch.setattr(actions_service, "find_conflict", real_find_conflict)
    assert [r["outcome"] for r in post(desk.client, desk.clerk, *entries)] == ["applied"] * 2
    assert [r["outcome"] for r in post(desk.client, desk.clerk, *entries)] == ["duplicate"] * 2
    assert timeline_kinds(desk.db, case_id).count("note") == 2


# --- PostgreSQL: two batches at once ------------------------------------------------------


def _post_together(live_url: str, headers: dict[str, str], *batches: list[Any]) -> list[Any]:
    """Send the batches at the same moment, each from its own thread; their answers."""
    barrier = threading.Barrier(len(batches))
    answers: list[Any] = [None] * len(batches)

    def send(index: int) -> None:
        with httpx.Client(base_url=live_url, headers=headers, timeout=60) as http:
            barrier.wait()
            answers[index] = http.post("/api/v1/actions", json={"actions": batches[index]})

    threads = [threading.Thread(target=send, args=(n,)) for n in range(len(batches))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


@pytest.fixture
def slow_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each action holds its batch open a moment after it applied, so batches overlap."""
    real_run = actions_service._Apply.run

    def run_slowly(self: actions_service._Apply) -> actions_service.Result:
        result = real_run(self)
        time.sleep(0.5)
        return result

    monkeypatch.setattr(actions_service._Apply, "run", run_slowly)


@pytest.fixture
def slow_commits() -> Iterator[None]:
    """A batch that stored an idempotency record waits a moment before it commits."""

    def wait(session: Session) -> None:
        stored = any(isinstance(obj, ActionRecord) for obj in session.identity_map.values())
        if stored and not session.in_nested_transaction():
            time.sleep(2)

    event.listen(Session, "before_commit", wait)
    yield
    event.remove(Session, "before_commit", wait)


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
@pytest.mark.usefixtures("slow_actions")
def test_batches_naming_cases_in_opposite_orders_do_not_deadlock(desk: Desk, live_url: str) -> None:
    first, second = desk.in_progress(), desk.in_progress()
    answers = _post_together(
        live_url,
        desk.clerk,
        [action(first, "note", {"text": "a"}, version=3), action(second, "note", {"text": "a"})],
        [action(second, "note", {"text": "b"}, version=3), action(first, "note", {"text": "b"})],
    )
    assert [answer.status_code for answer in answers] == [200, 200], [a.text for a in answers]
    outcomes = [r["outcome"] for answer in answers for r in answer.json()["results"]]
    assert outcomes == ["applied"] * 4
    assert timeline_kinds(desk.db, first).count("note") == 2
    assert timeline_kinds(desk.db, second).count("note") == 2


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
@pytest.mark.usefixtures("slow_commits")
def test_one_action_id_on_two_cases_at_once_moves_one_case(desk: Desk, live_url: str) -> None:
    """Both batches pass the idempotency check; the loser's insert fails on the primary key
    once the winner commits, and its savepoint, departure mark included, is undone."""
    cases = [desk.in_progress(), desk.in_progress()]
    entries = [
        action(case_id, "reassign", {"to": "SGTVT", "reason": "Cầu đường"}, version=3)
        for case_id in cases
    ]
    entries[1]["action_id"] = entries[0]["action_id"]
    answers = _post_together(live_url, desk.clerk, [entries[0]], [entries[1]])
    assert [answer.status_code for answer in answers] == [200, 200], [a.text for a in answers]
    results = [answer.json()["results"][0] for answer in answers]
    outcomes = [result["outcome"] for result in results]
    assert sorted(outcomes) == ["applied", "rejected"], results
    loser = cases[outcomes.index("rejected")]
    winner = cases[outcomes.index("applied")]
    assert results[outcomes.index("rejected")]["error"]["code"] == "action_id_reused"
    assert case_row(desk.db, loser).department == "SXD"
    assert _departures(desk.db, loser) == []
    assert _departures(desk.db, winner) == ["SXD"]


def test_one_action_id_twice_in_a_batch_is_answered_by_the_first(desk: Desk) -> None:
    case_id = desk.in_progress()
    refused = action(case_id, "accept", version=3)  # not from in_progress: stores no record
    retried = {**action(case_id, "note", {"text": "lần hai"}, version=3)}
    retried["action_id"] = refused["action_id"]
    note = action(case_id, "note", {"text": "kiểm tra"}, version=3)
    reused = {**action(case_id, "note", {"text": "khác"}, version=3)}
    reused["action_id"] = note["action_id"]
    results = post(desk.client, desk.clerk, refused, retried, note, note, reused)
    assert [r["outcome"] for r in results] == [
        "rejected",
        "applied",
        "applied",
        "duplicate",
        "rejected",
    ]
    assert results[3]["case"] == results[2]["case"]
    assert results[4]["error"]["code"] == "action_id_reused"
    assert case_row(desk.db, case_id).version == 5


@contextlib.contextmanager
def statements_of(db: Database) -> Iterator[list[str]]:
    """The SQL statements ``db`` executes inside the block."""
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_a_batch_reads_its_cases_records_and_references_once(desk: Desk) -> None:
    """Per action only the savepoint and the writes: a regression to per-action reads fails."""
    cases = [desk.in_progress() for _ in range(20)]
    with statements_of(desk.db) as statements:
        results = post(
            desk.client,
            desk.clerk,
            *[action(case_id, "note", {"text": "kiểm tra"}, version=3) for case_id in cases],
            *[action(case_id, "triage", {"tags": ["đo"]}, version=4) for case_id in cases],
        )
    assert {r["outcome"] for r in results} == {"applied"}
    # Each applied action: SAVEPOINT, UPDATE case, INSERT timeline and record, RELEASE (the
    # old code also selected the case, its record, its attachments and its unit: 9).
    assert len(statements) < 6 * len(results) + 20, "\n".join(statements)


def test_a_batch_of_assignments_reads_each_person_once(desk: Desk) -> None:
    cases = [desk.routed() for _ in range(10)]
    _ = desk.clerk  # the clerk exists before the supervisor assigns them
    supervisor = desk.supervisor
    assign = {"assignee": desk.clerk_name}
    with statements_of(desk.db) as statements:
        results = post(
            desk.client,
            supervisor,
            *[action(case_id, "assign", assign, version=2) for case_id in cases],
        )
    assert {r["outcome"] for r in results} == {"applied"}
    assert {r["case"]["assignee"] for r in results} == {desk.clerk_name}
    people = [s for s in statements if "FROM users" in s]
    # One for the signed-in supervisor (the token check), one for the assignee.
    assert len(people) == 2, "\n".join(people)
