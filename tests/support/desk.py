"""Helpers for tests that drive cases through the department API like a desk would."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import cached_property
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from deskhandler.server.db import Database
from deskhandler.server.intake import Report, create_case
from deskhandler.server.models import ActionRecord, CaseRow, TimelineRow
from tests.support.people import Person, sign_in


def new_case(db: Database, category: str = "VSMT", **report: Any) -> str:
    """A ``new`` case at the IOC, as if a citizen had reported it."""
    report.setdefault("description", "Rác thải tồn đọng trên đường Lê Lợi, gần cầu Trường Tiền.")
    with db.writing() as session:
        return create_case(session, Report(category=category, **report)).id


def action(
    case_id: str, kind: str, payload: dict[str, Any] | None = None, version: int = 1, **base: Any
) -> dict[str, Any]:
    """One outbox entry with a fresh action_id."""
    return {
        "action_id": str(uuid.uuid4()),
        "case_id": case_id,
        "kind": kind,
        "payload": payload or {},
        "base": {"version": version, **base},
    }


def post(client: TestClient, headers: dict[str, str], *entries: dict[str, Any]) -> list[Any]:
    answer = client.post("/api/v1/actions", json={"actions": list(entries)}, headers=headers)
    assert answer.status_code == 200, answer.text
    results: list[Any] = answer.json()["results"]
    return results


def act(
    client: TestClient,
    headers: dict[str, str],
    case_id: str,
    kind: str,
    payload: dict[str, Any] | None = None,
    **base: Any,
) -> dict[str, Any]:
    """Take one action on the case's current version (read from the feed of the actor)."""
    if "version" not in base:
        base["version"] = current_version(client, headers, case_id)
    result: dict[str, Any] = post(client, headers, action(case_id, kind, payload, **base))[0]
    return result


def current_version(client: TestClient, headers: dict[str, str], case_id: str) -> int:
    cursor, version = "", 1
    while True:
        page = client.get("/api/v1/changes", params={"cursor": cursor}, headers=headers).json()
        for case in page["cases"]:
            if case["id"] == case_id:
                version = case["version"]
        cursor = page["cursor"]
        if not page["has_more"]:
            return version


def case_row(db: Database, case_id: str) -> CaseRow:
    with db.reading() as session:
        row = session.get(CaseRow, case_id)
        assert row is not None
        return row


def timeline_kinds(db: Database, case_id: str) -> list[str]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(TimelineRow.kind)
                .where(TimelineRow.case_id == case_id)
                .order_by(TimelineRow.id)
            )
        )


def record_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(ActionRecord)) or 0


class Desk:
    """People of the IOC and of two units, created and signed in when first needed
    (password hashing is the slow part of these tests)."""

    def __init__(
        self, client: TestClient, db: Database, make_person: Callable[..., Person]
    ) -> None:
        self.client = client
        self.db = db
        self._make_person = make_person
        self.clerk_name = ""

    def _sign_in(self, role: str, unit: str | None) -> dict[str, str]:
        person = self._make_person(role, unit)
        if role == "clerk" and unit == "SXD":
            self.clerk_name = person.username
        return sign_in(self.client, person)

    @cached_property
    def coordinator(self) -> dict[str, str]:
        return self._sign_in("coordinator", None)

    @cached_property
    def clerk(self) -> dict[str, str]:
        return self._sign_in("clerk", "SXD")

    @cached_property
    def supervisor(self) -> dict[str, str]:
        return self._sign_in("supervisor", "SXD")

    @cached_property
    def other_clerk(self) -> dict[str, str]:
        return self._sign_in("clerk", "SGTVT")

    def routed(self, to: str = "SXD", **report: Any) -> str:
        """A case routed by the coordinator to ``to`` (status ``assigned``)."""
        case_id = new_case(self.db, **report)
        result = act(self.client, self.coordinator, case_id, "reassign", {"to": to}, version=1)
        assert result["outcome"] == "applied", result
        return case_id

    def in_progress(self, **report: Any) -> str:
        case_id = self.routed(**report)
        assert act(self.client, self.clerk, case_id, "accept", version=2)["outcome"] == "applied"
        return case_id
