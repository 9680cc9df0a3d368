"""``resolved_at``: the server stamps the moment a case became finished, and counts on it.

A reply without approval, an approval, and closing straight from ``in_progress`` set it to
the action's moment; closing a resolved case keeps it; a reopen clears it.  The change feed
and ``GET /api/v1/cases/{id}`` carry it, and ``GET /api/v1/stats`` counts a resolution on
that moment, not on the case's last update.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from deskhandler.domain.statuses import resolved_at_after
from deskhandler.server import actions_service
from deskhandler.server.db import Database
from deskhandler.server.models import CaseRow, DepartmentRow
from tests.support.cases import routed_case
from tests.support.desk import Desk, act, case_row
from tests.support.people import Person

#: Monday 2 November 2026, 08:00 in Huế.
T0 = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)
REPLY = "Đơn vị đã thu gom rác thải trên đường Lê Lợi."


class Clock:
    """The moment the server's actions service takes as "now", moved by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def at(self, moment: datetime) -> datetime:
        self.now = moment
        return moment


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock(T0)
    monkeypatch.setattr(actions_service, "utcnow", clock)
    return clock


@pytest.fixture
def desk(client: TestClient, db: Database, make_person: Callable[..., Person]) -> Desk:
    return Desk(client, db, make_person)


def _moment(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).astimezone(UTC)


def _applied(result: dict[str, Any]) -> dict[str, Any]:
    assert result["outcome"] == "applied", result
    case: dict[str, Any] = result["case"]
    return case


def _in_progress(desk: Desk, clock: Clock) -> str:
    """A case of SXD reported at T0, routed and accepted within the hour."""
    clock.at(T0 + timedelta(minutes=20))
    case_id = desk.routed(reported_at=T0)
    clock.at(T0 + timedelta(minutes=40))
    _applied(act(desk.client, desk.clerk, case_id, "accept"))
    return case_id


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("in_progress", "resolved", "now"),
        ("awaiting_approval", "resolved", "now"),
        ("in_progress", "closed", "now"),
        ("resolved", "closed", "kept"),
        ("resolved", "resolved", "kept"),
        ("closed", "closed", "kept"),
        ("resolved", "in_progress", None),
        ("closed", "in_progress", None),
        ("in_progress", "awaiting_approval", None),
        ("in_progress", "returned", None),
        ("new", "assigned", None),
    ],
)
def test_the_rule(before: str, after: str, expected: str | None) -> None:
    earlier, now = T0, T0 + timedelta(days=3)
    want = {"now": now, "kept": earlier, None: None}[expected]
    assert resolved_at_after(before, after, earlier, now) == want


def test_a_reply_without_approval_sets_it(desk: Desk, clock: Clock) -> None:
    case_id = _in_progress(desk, clock)
    noted = _applied(act(desk.client, desk.clerk, case_id, "note", {"text": "Đã kiểm tra."}))
    assert noted["resolved_at"] is None
    replied_at = clock.at(T0 + timedelta(days=2))
    case = _applied(act(desk.client, desk.clerk, case_id, "reply", {"text": REPLY}))
    assert case["status"] == "resolved"
    assert _moment(case["resolved_at"]) == replied_at == _moment(case["updated_at"])
    assert case_row(desk.db, case_id).resolved_at == replied_at


def test_an_approval_sets_it_at_the_approval(desk: Desk, clock: Clock) -> None:
    with desk.db.writing() as session:
        unit = session.get(DepartmentRow, "SXD")
        assert unit is not None
        unit.approval_required = True
    case_id = _in_progress(desk, clock)
    clock.at(T0 + timedelta(days=1))
    drafted = _applied(act(desk.client, desk.clerk, case_id, "reply", {"text": REPLY}))
    assert (drafted["status"], drafted["resolved_at"]) == ("awaiting_approval", None)
    approved_at = clock.at(T0 + timedelta(days=2))
    case = _applied(act(desk.client, desk.supervisor, case_id, "approve"))
    assert case["status"] == "resolved"
    assert _moment(case["resolved_at"]) == approved_at


def test_closing_from_in_progress_sets_it(desk: Desk, clock: Clock) -> None:
    case_id = _in_progress(desk, clock)
    closed_at = clock.at(T0 + timedelta(days=1, hours=2))
    closing = {"resolution": "invalid", "text": "Phản ánh không đúng sự thật."}
    case = _applied(act(desk.client, desk.clerk, case_id, "close", closing))
    assert case["status"] == "closed"
    assert _moment(case["resolved_at"]) == closed_at


def test_closing_a_resolved_case_keeps_it_and_a_reopen_clears_it(desk: Desk, clock: Clock) -> None:
    case_id = _in_progress(desk, clock)
    replied_at = clock.at(T0 + timedelta(days=2))
    _applied(act(desk.client, desk.clerk, case_id, "reply", {"text": REPLY}))
    clock.at(T0 + timedelta(days=4))
    noted = _applied(act(desk.client, desk.clerk, case_id, "note", {"text": "Lưu hồ sơ."}))
    assert _moment(noted["resolved_at"]) == replied_at
    closed_at = clock.at(T0 + timedelta(days=5))
    closing = {"resolution": "fixed", "text": "Hoàn thành."}
    closed = _applied(act(desk.client, desk.clerk, case_id, "close", closing))
    assert closed["status"] == "closed"
    assert _moment(closed["updated_at"]) == closed_at
    assert _moment(closed["resolved_at"]) == replied_at
    clock.at(T0 + timedelta(days=6))
    reason = {"reason": "Người dân chưa hài lòng"}
    reopened = _applied(act(desk.client, desk.clerk, case_id, "reopen", reason))
    assert (reopened["status"], reopened["resolved_at"]) == ("in_progress", None)
    assert case_row(desk.db, case_id).resolved_at is None
    # Resolved again: the new moment, not the first one.
    again_at = clock.at(T0 + timedelta(days=7))
    again = _applied(act(desk.client, desk.clerk, case_id, "reply", {"text": REPLY}))
    assert _moment(again["resolved_at"]) == again_at


def _from_feed(client: TestClient, headers: dict[str, str], case_id: str) -> dict[str, Any]:
    found: dict[str, dict[str, Any]] = {}
    cursor = ""
    while True:
        page = client.get("/api/v1/changes", params={"cursor": cursor}, headers=headers).json()
        found.update((case["id"], case) for case in page["cases"])
        cursor = page["cursor"]
        if not page["has_more"]:
            return found[case_id]


def test_the_feed_and_the_case_detail_carry_it(desk: Desk, clock: Clock) -> None:
    case_id = _in_progress(desk, clock)
    assert _from_feed(desk.client, desk.clerk, case_id)["resolved_at"] is None
    detail = desk.client.get(f"/api/v1/cases/{case_id}", headers=desk.clerk).json()
    assert "resolved_at" in detail
    assert detail["resolved_at"] is None
    replied_at = clock.at(T0 + timedelta(days=2))
    _applied(act(desk.client, desk.clerk, case_id, "reply", {"text": REPLY}))
    clock.at(T0 + timedelta(days=5))
    _applied(
        act(desk.client, desk.clerk, case_id, "close", {"resolution": "fixed", "text": "Xong."})
    )
    fed = _from_feed(desk.client, desk.clerk, case_id)
    assert fed["status"] == "closed"
    assert _moment(fed["resolved_at"]) == replied_at
    detail = desk.client.get(f"/api/v1/cases/{case_id}", headers=desk.clerk).json()
    assert _moment(detail["resolved_at"]) == replied_at
    assert _moment(detail["updated_at"]) == T0 + timedelta(days=5)


def _stats(client: TestClient, headers: dict[str, str], now: datetime) -> dict[str, Any]:
    answer = client.get(
        "/api/v1/stats", params={"now": now.isoformat(), "days": 30}, headers=headers
    )
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def test_stats_count_a_resolution_on_its_day_whatever_comes_later(
    desk: Desk, clock: Clock, db: Database
) -> None:
    """Resolved on 4 November (2 days after the report, before its 5 November deadline),
    closed on 9 November: one resolution on the 4th, on time, handled in 2 days."""
    case_id = _in_progress(desk, clock)
    clock.at(T0 + timedelta(hours=2))
    deadline = {"due_at": (T0 + timedelta(days=3)).isoformat()}
    _applied(act(desk.client, desk.clerk, case_id, "triage", deadline))
    clock.at(T0 + timedelta(days=2))
    _applied(act(desk.client, desk.clerk, case_id, "reply", {"text": REPLY}))
    clock.at(T0 + timedelta(days=7))
    _applied(
        act(desk.client, desk.clerk, case_id, "close", {"resolution": "fixed", "text": "Xong."})
    )
    # Old data: a finished case without resolved_at is no resolution of the period.
    legacy = routed_case(db, "SXD")
    with db.writing() as session:
        session.execute(
            update(CaseRow)
            .where(CaseRow.id == legacy)
            .values(status="closed", updated_at=T0 + timedelta(days=3), resolved_at=None)
        )
    body = _stats(desk.client, desk.supervisor, T0 + timedelta(days=10))
    assert (body["resolved"], body["with_deadline"], body["on_time"]) == (1, 1, 1)
    assert body["median_handling_seconds"] == timedelta(days=2).total_seconds()
    day = {d["day"]: d for d in body["trend"]}
    assert day["2026-11-04"]["resolved"] == 1
    assert day["2026-11-04"]["on_time"] == 1
    assert day["2026-11-04"]["median_handling_seconds"] == timedelta(days=2).total_seconds()
    assert day["2026-11-05"]["resolved"] == 0  # the legacy case's last update
    assert day["2026-11-09"]["resolved"] == 0  # the day it was closed
    # Asked between the reply and the close, the case is already a resolution.
    between = _stats(desk.client, desk.supervisor, T0 + timedelta(days=3))
    assert (between["resolved"], between["on_time"]) == (1, 1)
    # Asked before the reply, it is none yet.
    assert _stats(desk.client, desk.supervisor, T0 + timedelta(days=1))["resolved"] == 0
