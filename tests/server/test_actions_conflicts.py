"""The conflict policy for every action kind, through the real API on both backends.

Each scenario takes an action on a stale version of a case after someone else changed its
workflow (status, unit or assignee) meanwhile: workflow kinds conflict, notes and replies
append, triage compares field by field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient

from deskhandler.server.db import Database
from deskhandler.server.models import DepartmentRow
from tests.support.desk import Desk, act, action, case_row, post, timeline_kinds
from tests.support.people import Person


@pytest.fixture
def desk(client: TestClient, db: Database, make_person: Callable[..., Person]) -> Desk:
    return Desk(client, db, make_person)


@dataclass(frozen=True)
class Stale:
    case_id: str
    version: int


def _unassign(desk: Desk, case_id: str) -> None:
    """Someone else's workflow change that keeps the status (a supervisor unassigns)."""
    result = act(desk.client, desk.supervisor, case_id, "assign", {"assignee": None})
    assert result["outcome"] == "applied", result


def _assigned(desk: Desk) -> Stale:
    case_id = desk.routed()
    _ = desk.clerk  # the clerk exists before the supervisor assigns them
    act(desk.client, desk.supervisor, case_id, "assign", {"assignee": desk.clerk_name})
    return Stale(case_id, 2)


def _in_progress(desk: Desk) -> Stale:
    case_id = desk.in_progress()
    _unassign(desk, case_id)
    return Stale(case_id, 3)


def _resolved(desk: Desk) -> Stale:
    case_id = desk.in_progress()
    act(desk.client, desk.clerk, case_id, "reply", {"text": "Đã xử lý."})
    act(desk.client, desk.clerk, case_id, "close", {"resolution": "fixed", "text": "Xong."})
    return Stale(case_id, 4)


def _awaiting_approval(desk: Desk) -> Stale:
    with desk.db.writing() as session:
        unit = session.get(DepartmentRow, "SXD")
        assert unit is not None
        unit.approval_required = True
    case_id = desk.in_progress()
    act(desk.client, desk.clerk, case_id, "reply", {"text": "Bản nháp."})
    _unassign(desk, case_id)
    return Stale(case_id, 4)


# kind, payload, who acts, how the stale situation arises, expected outcome
SCENARIOS: list[tuple[str, dict[str, Any], str, Callable[[Desk], Stale], str]] = [
    ("accept", {}, "clerk", _assigned, "conflict"),
    ("return", {"reason": "Không thuộc thẩm quyền"}, "clerk", _assigned, "conflict"),
    ("reassign", {"to": "SGTVT", "reason": "Cầu đường"}, "clerk", _in_progress, "conflict"),
    ("assign", {"assignee": None}, "supervisor", _in_progress, "conflict"),
    ("close", {"resolution": "invalid", "text": "Không đúng."}, "clerk", _in_progress, "conflict"),
    ("reopen", {"reason": "Chưa hài lòng"}, "clerk", _resolved, "conflict"),
    ("approve", {}, "supervisor", _awaiting_approval, "conflict"),
    ("note", {"text": "Ghi chú viết khi offline."}, "clerk", _in_progress, "applied"),
    ("reply", {"text": "Trả lời viết khi offline."}, "clerk", _in_progress, "applied"),
    ("note", {"text": "Ghi chú sau khi đóng."}, "clerk", _resolved, "applied"),
    ("triage", {"category": "TTXD"}, "clerk", _in_progress, "applied"),
]


@pytest.mark.parametrize(
    ("kind", "payload", "who", "prepare", "expected"),
    SCENARIOS,
    ids=[f"{s[0]}-{s[3].__name__.strip('_')}" for s in SCENARIOS],
)
def test_stale_action(
    desk: Desk,
    *,
    kind: str,
    payload: dict[str, Any],
    who: str,
    prepare: Callable[[Desk], Stale],
    expected: str,
) -> None:
    stale = prepare(desk)
    now = case_row(desk.db, stale.case_id)
    assert now.workflow_version > stale.version
    base = {"category": "VSMT"} if kind == "triage" else {}
    headers = desk.clerk if who == "clerk" else desk.supervisor
    taken_before = timeline_kinds(desk.db, stale.case_id).count(kind)
    [result] = post(
        desk.client, headers, action(stale.case_id, kind, payload, stale.version, **base)
    )
    assert result["outcome"] == expected, result
    after = case_row(desk.db, stale.case_id)
    if expected == "conflict":
        assert result["error"]["code"] == "conflict"
        assert "moved on" in result["error"]["message"]
        assert result["case"]["version"] == now.version  # the current case, to rebase on
        assert after.version == now.version
        assert timeline_kinds(desk.db, stale.case_id).count(kind) == taken_before
    else:
        assert after.version == now.version + 1
    # Rebased on the current version, the same action applies (or is refused by the rules).
    if expected == "conflict":
        [again] = post(desk.client, headers, action(stale.case_id, kind, payload, now.version))
        assert again["outcome"] == "applied", again


def test_triage_compares_field_by_field(desk: Desk) -> None:
    case_id = desk.in_progress()
    # Someone else raises the priority (version 4).
    act(desk.client, desk.supervisor, case_id, "triage", {"priority": "high"}, priority="normal")
    stale = 3
    [lower, same, other_field, mixed] = post(
        desk.client,
        desk.clerk,
        action(case_id, "triage", {"priority": "low"}, stale, priority="normal"),
        action(case_id, "triage", {"priority": "high"}, stale, priority="normal"),
        action(case_id, "triage", {"tags": ["ổ gà"]}, stale, tags=[]),
        action(case_id, "triage", {"priority": "low", "tags": ["x"]}, stale, priority="normal"),
    )
    assert lower["outcome"] == "conflict"
    assert "priority" in lower["error"]["message"]
    assert lower["case"]["priority"] == "high"
    assert same["outcome"] == "applied"  # setting what is there already is no conflict
    assert other_field["outcome"] == "applied"
    assert other_field["case"]["tags"] == ["ổ gà"]
    assert other_field["case"]["priority"] == "high"
    assert mixed["outcome"] == "conflict"  # all or nothing: the tags did not change
    assert case_row(desk.db, case_id).tags == ["ổ gà"]


def test_triage_ignores_workflow_changes(desk: Desk) -> None:
    stale = _in_progress(desk)
    [result] = post(
        desk.client,
        desk.clerk,
        action(stale.case_id, "triage", {"priority": "urgent"}, stale.version, priority="normal"),
    )
    assert result["outcome"] == "applied"


def test_due_at_compares_as_a_moment(desk: Desk) -> None:
    case_id = desk.in_progress()
    due = case_row(desk.db, case_id).due_at
    assert due is not None
    written_otherwise = due.isoformat()  # "+00:00", while the wire writes "Z"
    [result] = post(
        desk.client,
        desk.clerk,
        action(
            case_id, "triage", {"due_at": "2027-01-05T17:00:00+07:00"}, 3, due_at=written_otherwise
        ),
    )
    assert result["outcome"] == "applied", result
