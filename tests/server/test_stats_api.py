"""``GET /api/v1/stats``: a unit's figures counted by the server, against numbers worked
out by hand and against the desk's own dashboard computed offline from a synced store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from deskhandler.domain.statuses import FINISHED
from deskhandler.server.db import Database
from deskhandler.server.models import CaseRow
from deskhandler.server.seed import DEMO_PASSWORD, seed
from deskhandler.store import Store
from deskhandler.store.dashboard import Dashboard, DeadlineCounts
from deskhandler.sync.api import CentralApi
from deskhandler.sync.engine import SyncEngine
from tests.store.test_dashboard import CASES, NOW, at
from tests.support.cases import routed_case
from tests.support.people import Person, sign_in
from tests.sync.conftest import FAST


def _stats(client: TestClient, headers: dict[str, str], **params: Any) -> dict[str, Any]:
    answer = client.get("/api/v1/stats", params=params, headers=headers)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def _hand_made(db: Database) -> None:
    """The cases of tests/store/test_dashboard.py, in the server's database; a finished
    one was resolved at its last update there."""
    for cid, who, status, category, reported, due, updated, unit in CASES:
        real_id = routed_case(db, unit, category=category)
        updated_at = datetime.fromisoformat(at(updated))
        with db.writing() as session:
            session.execute(
                update(CaseRow)
                .where(CaseRow.id == real_id)
                .values(
                    assignee=who,
                    status=status,
                    reported_at=datetime.fromisoformat(at(reported)),
                    due_at=datetime.fromisoformat(at(due)) if due else None,
                    updated_at=updated_at,
                    resolved_at=updated_at if status in FINISHED else None,
                    title=f"hồ sơ {cid}",
                )
            )


def test_stats_by_hand(client: TestClient, db: Database, make_person: Any) -> None:
    """The same data set and the same hand-computed numbers as the store's test."""
    _hand_made(db)
    leader = sign_in(client, make_person("supervisor", "SXD"))
    body = _stats(client, leader, now=NOW.isoformat(), days=30)
    assert body["department"] == "SXD"
    assert body["totals"] == {"open": 7, "overdue": 3, "due_today": 1, "due_this_week": 2}
    assert body["by_assignee"] == [
        {"key": "lan", "open": 3, "overdue": 1, "due_today": 1, "due_this_week": 2},
        {"key": "minh", "open": 3, "overdue": 1, "due_today": 0, "due_this_week": 0},
        {"key": None, "open": 1, "overdue": 1, "due_today": 0, "due_this_week": 0},
    ]
    assert {g["key"]: g["overdue"] for g in body["by_category"]} == {"VSMT": 2, "TTXD": 1}
    assert len(body["trend"]) == 30
    assert body["trend"][0]["day"] == "2026-10-26"
    assert (body["received"], body["resolved"]) == (9, 3)
    assert (body["with_deadline"], body["on_time"]) == (2, 1)
    assert body["median_handling_seconds"] == timedelta(days=3).total_seconds()
    day = {d["day"]: d for d in body["trend"]}
    assert day["2026-11-23"] == {
        "day": "2026-11-23",
        "received": 0,
        "resolved": 2,
        "with_deadline": 1,
        "on_time": 1,
        "median_handling_seconds": timedelta(days=2).total_seconds(),
        "rated": 0,
        "satisfied": 0,
    }
    late = timedelta(days=13, hours=18).total_seconds()
    assert day["2026-11-24"]["median_handling_seconds"] == late
    longer = _stats(client, leader, now=NOW.isoformat(), days=90)
    assert (longer["received"], longer["resolved"]) == (11, 4)
    assert longer["median_handling_seconds"] == timedelta(days=8, hours=9).total_seconds()


def test_a_clerk_gets_their_own_unit_only(
    client: TestClient, db: Database, make_person: Any
) -> None:
    _hand_made(db)
    clerk = sign_in(client, make_person("clerk", "SXD"))
    assert _stats(client, clerk, now=NOW.isoformat())["totals"]["open"] == 7
    other = client.get("/api/v1/stats", params={"department": "SGTVT"}, headers=clerk)
    assert other.status_code == 403
    assert other.json()["error"]["code"] == "forbidden"
    coordinator = sign_in(client, make_person("coordinator", "IOC"))
    everyone = _stats(client, coordinator, now=NOW.isoformat())
    assert everyone["department"] is None
    assert everyone["totals"]["open"] == 8
    assert _stats(client, coordinator, department="SGTVT", now=NOW.isoformat())["totals"] == {
        "open": 1,
        "overdue": 1,
        "due_today": 0,
        "due_this_week": 0,
    }
    naive = client.get("/api/v1/stats", params={"now": "2026-11-24T03:00:00"}, headers=clerk)
    assert naive.status_code == 422
    assert client.get("/api/v1/stats", params={"days": 0}, headers=clerk).status_code == 422


def _as_wire(board: Dashboard) -> dict[str, Any]:
    """The desk's dashboard in the shape of the server's answer."""

    def counts(value: DeadlineCounts) -> dict[str, int]:
        return {
            "open": value.open,
            "overdue": value.overdue,
            "due_today": value.due_today,
            "due_this_week": value.due_this_week,
        }

    def seconds(value: timedelta | None) -> float | None:
        return None if value is None else value.total_seconds()

    return {
        "department": board.department,
        "days": board.days,
        "totals": counts(board.totals),
        "by_assignee": [{"key": k, **counts(v)} for k, v in board.by_assignee],
        "by_category": [{"key": k, **counts(v)} for k, v in board.by_category],
        "trend": [
            {
                "day": t.day.isoformat(),
                "received": t.received,
                "resolved": t.handling.resolved,
                "with_deadline": t.handling.with_deadline,
                "on_time": t.handling.on_time,
                "median_handling_seconds": seconds(t.handling.median),
                "rated": t.rated,
                "satisfied": t.satisfied,
            }
            for t in board.trend
        ],
        "received": board.received,
        "resolved": board.handling.resolved,
        "with_deadline": board.handling.with_deadline,
        "on_time": board.handling.on_time,
        "median_handling_seconds": seconds(board.handling.median),
        "rated": board.rated,
        "satisfied": board.satisfied,
    }


@pytest.mark.asyncio
@pytest.mark.parametrize("who", ["supervisor.sxd", "coordinator"])
async def test_the_desks_dashboard_matches_the_servers_numbers(
    db: Database, client: TestClient, live_url: str, tmp_path: Path, who: str
) -> None:
    """Seeded demo data (ages, deadlines, resolved and overdue cases of every kind),
    synced to a desk over real HTTP: the offline dashboard and the server agree on every
    figure, for a unit's leader and for the IOC (every unit)."""
    when = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    report = seed(db, cases=600, seed=5, photos=False, now=when - timedelta(hours=1))
    assert report.statuses.get("resolved", 0) + report.statuses.get("closed", 0) > 20
    account = next(a for a in report.accounts if a.username == who)
    person = Person(account.username, account.role, account.department, DEMO_PASSWORD)
    with Store.open(tmp_path / "desk.sqlite3") as store:
        store.set_identity(person.username, person.role, person.department)
        async with CentralApi(live_url, device_id="dashboard-pc", retry=FAST) as api:
            await api.login(person.username, person.password)
            await SyncEngine(store, api).sync()
        department = person.department if person.role == "supervisor" else None
        headers = sign_in(client, person)
        for days in (30, 90):
            board = store.dashboard(when, department, days)
            server = _stats(client, headers, now=when.isoformat(), days=days)
            assert server["now"].startswith("2026-11-24T09:30:00")
            server.pop("now")
            assert _as_wire(board) == server
        assert board.totals.overdue > 0, "a real check"
        assert board.handling.resolved > 0
        assert board.rated > 0, "the citizens' ratings are compared too"
