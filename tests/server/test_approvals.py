"""Approvals on the server: a supervisor approves or sends back a clerk's drafted reply.

``send_back {reason}`` takes the case from ``awaiting_approval`` back to ``in_progress``: the
draft stays in the timeline unpublished and the reason is an internal comment, never public
and never in Open311.  Only the unit's supervisors (and coordinators, admins) decide.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from deskhandler.server.db import Database
from deskhandler.server.models import DepartmentRow, TimelineRow
from tests.support.desk import Desk, act, action, case_row, post, timeline_kinds
from tests.support.people import Person, sign_in

DRAFT = "Đơn vị đã cử người vá ổ gà trên đường Lê Lợi."
REASON = "Cần ghi rõ ngày hoàn thành và đơn vị thi công."


@pytest.fixture
def desk(client: TestClient, db: Database, make_person: Callable[..., Person]) -> Desk:
    with db.writing() as session:
        unit = session.get(DepartmentRow, "SXD")
        assert unit is not None
        unit.approval_required = True
    return Desk(client, db, make_person)


def drafted(desk: Desk) -> str:
    """A case of SXD whose clerk's reply waits for approval."""
    case_id = desk.in_progress()
    result = act(desk.client, desk.clerk, case_id, "reply", {"text": DRAFT})
    assert result["case"]["status"] == "awaiting_approval", result
    return case_id


def _entries(db: Database, case_id: str) -> list[TimelineRow]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(TimelineRow).where(TimelineRow.case_id == case_id).order_by(TimelineRow.id)
            )
        )


def test_supervisor_sends_back_and_the_draft_stays_unpublished(desk: Desk) -> None:
    case_id = drafted(desk)
    result = act(desk.client, desk.supervisor, case_id, "send_back", {"reason": REASON})
    assert result["outcome"] == "applied", result
    case = result["case"]
    assert (case["status"], case["public_text"], case["pending_reply"]) == (
        "in_progress", None, None,
    )  # fmt: skip
    assert case["assignee"] == desk.clerk_name
    assert case["workflow_version"] == case["version"]
    entries = _entries(desk.db, case_id)
    reply, sent_back = entries[-2], entries[-1]
    assert (reply.kind, reply.public, reply.payload["text"]) == ("reply", False, DRAFT)
    assert (sent_back.kind, sent_back.public, sent_back.payload) == (
        "send_back", False, {"reason": REASON},
    )  # fmt: skip
    assert sent_back.actor_role == "supervisor"
    assert sent_back.status_after == "in_progress"
    # The clerk can work on it again: a new reply waits for approval once more.
    again = act(desk.client, desk.clerk, case_id, "reply", {"text": DRAFT + " Ngày 20/11."})
    assert again["case"]["status"] == "awaiting_approval"


def test_the_reason_never_reaches_the_public(desk: Desk) -> None:
    case_id = drafted(desk)
    act(desk.client, desk.supervisor, case_id, "send_back", {"reason": REASON})
    request = desk.client.get(f"/open311/v2/requests/{case_id}.json").json()[0]
    assert request["status"] == "open"
    assert request.get("status_notes") in (None, "")
    updates = desk.client.get("/open311/v2/servicerequestupdates.json").text
    assert REASON not in updates
    assert DRAFT not in updates
    assert REASON not in desk.client.get(f"/open311/v2/requests/{case_id}.xml").text


def test_supervisor_approves_and_publishes(desk: Desk) -> None:
    case_id = drafted(desk)
    result = act(desk.client, desk.supervisor, case_id, "approve", {"text": DRAFT + " (đã duyệt)"})
    assert result["outcome"] == "applied", result
    assert result["case"]["status"] == "resolved"
    assert result["case"]["public_text"] == DRAFT + " (đã duyệt)"
    request = desk.client.get(f"/open311/v2/requests/{case_id}.json").json()[0]
    assert request["status_notes"] == DRAFT + " (đã duyệt)"


@pytest.mark.parametrize("kind", ["approve", "send_back"])
def test_a_clerk_may_not_decide(desk: Desk, kind: str) -> None:
    case_id = drafted(desk)
    version = case_row(desk.db, case_id).version
    payload = {"reason": REASON} if kind == "send_back" else {}
    [result] = post(desk.client, desk.clerk, action(case_id, kind, payload, version=version))
    assert result["outcome"] == "rejected"
    assert result["error"]["code"] == "forbidden"
    assert case_row(desk.db, case_id).status == "awaiting_approval"


@pytest.mark.parametrize("kind", ["approve", "send_back"])
def test_another_units_supervisor_cannot_see_the_case(
    desk: Desk, make_person: Callable[..., Person], kind: str
) -> None:
    case_id = drafted(desk)
    version = case_row(desk.db, case_id).version
    stranger = sign_in(desk.client, make_person("supervisor", "SGTVT"))
    payload = {"reason": REASON} if kind == "send_back" else {}
    [result] = post(desk.client, stranger, action(case_id, kind, payload, version=version))
    assert (result["outcome"], result["error"]["code"]) == ("rejected", "not_visible")
    assert result["case"] is None
    assert case_row(desk.db, case_id).status == "awaiting_approval"


def test_coordinator_may_send_back(desk: Desk) -> None:
    case_id = drafted(desk)
    result = act(desk.client, desk.coordinator, case_id, "send_back", {"reason": REASON})
    assert result["outcome"] == "applied", result


@pytest.mark.parametrize("status", ["in_progress", "resolved"])
def test_send_back_only_from_awaiting_approval(desk: Desk, status: str) -> None:
    case_id = desk.in_progress()
    if status == "resolved":
        act(desk.client, desk.supervisor, case_id, "reply", {"text": DRAFT})
    assert case_row(desk.db, case_id).status == status
    result = act(desk.client, desk.supervisor, case_id, "send_back", {"reason": REASON})
    assert (result["outcome"], result["error"]["code"]) == ("rejected", "invalid_transition")
    assert case_row(desk.db, case_id).status == status


@pytest.mark.parametrize("payload", [{}, {"reason": "   "}, {"reason": REASON, "text": "x"}])
def test_send_back_needs_a_reason_and_nothing_else(desk: Desk, payload: dict[str, Any]) -> None:
    case_id = drafted(desk)
    result = act(desk.client, desk.supervisor, case_id, "send_back", payload)
    assert (result["outcome"], result["error"]["code"]) == ("rejected", "invalid_payload")


def test_send_back_conflicts_when_the_workflow_moved(desk: Desk) -> None:
    case_id = drafted(desk)
    seen = case_row(desk.db, case_id).version
    # Meanwhile another leader gives the case to someone else (a workflow change).
    moved = act(desk.client, desk.coordinator, case_id, "assign", {"assignee": None}, version=seen)
    assert moved["outcome"] == "applied", moved
    for kind, payload in (("send_back", {"reason": REASON}), ("approve", {})):
        [result] = post(desk.client, desk.supervisor, action(case_id, kind, payload, version=seen))
        assert result["outcome"] == "conflict", (kind, result)
        assert result["case"]["status"] == "awaiting_approval"


def test_a_note_meanwhile_does_not_conflict(desk: Desk) -> None:
    case_id = drafted(desk)
    seen = case_row(desk.db, case_id).version
    act(desk.client, desk.clerk, case_id, "note", {"text": "Đã gửi ảnh hiện trường."})
    [result] = post(
        desk.client, desk.supervisor, action(case_id, "send_back", {"reason": REASON}, version=seen)
    )
    assert result["outcome"] == "applied", result


def test_a_send_back_sent_twice_applies_once(desk: Desk) -> None:
    case_id = drafted(desk)
    entry = action(
        case_id, "send_back", {"reason": REASON}, version=case_row(desk.db, case_id).version
    )
    entry["created_at"] = "2026-11-20T02:15:00+00:00"
    [first] = post(desk.client, desk.supervisor, entry)
    [second] = post(desk.client, desk.supervisor, entry)
    assert first["outcome"] == "applied"
    assert second["outcome"] == "duplicate"
    assert second["case"] == first["case"]
    assert timeline_kinds(desk.db, case_id).count("send_back") == 1


def test_timeline_says_who_decided_and_when(desk: Desk) -> None:
    """The approver, the server's time and the desk's own time of the decision (offline)."""
    case_id = drafted(desk)
    entry = action(
        case_id, "send_back", {"reason": REASON}, version=case_row(desk.db, case_id).version
    )
    entry["created_at"] = "2026-11-20T02:15:00+00:00"
    assert post(desk.client, desk.supervisor, entry)[0]["outcome"] == "applied"
    detail = desk.client.get(f"/api/v1/cases/{case_id}", headers=desk.clerk).json()
    last = detail["timeline"][-1]
    assert last["kind"] == "send_back"
    assert last["actor"].startswith("supervisor")
    assert last["at"]
    assert last["created_at"].startswith("2026-11-20T02:15:00")
    assert last["public"] is False
    assert last["payload"] == {"reason": REASON}
