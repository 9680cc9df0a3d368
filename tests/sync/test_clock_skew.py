"""A desk whose PC clock is wrong by days: nothing changes.  The order of actions, the
deduplication and the session are all judged by the server; the PC's time is only shown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

import pytest
from sqlalchemy import select

from deskhandler.server.db import Database
from deskhandler.server.models import CaseRow, TimelineRow
from deskhandler.store import store as store_module
from deskhandler.store.store import Store
from deskhandler.sync import api as api_module
from deskhandler.sync.api import CentralApi
from deskhandler.sync.engine import SyncEngine
from tests.support.cases import routed_case
from tests.support.faultproxy import FaultProxy
from tests.support.people import Person

pytestmark = pytest.mark.asyncio

TOKEN_PATH = "/api/v1/auth/token"


class PcClock(datetime):
    """``datetime`` as a PC whose clock is ``offset`` away from the truth sees it."""

    offset = timedelta(0)

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> PcClock:
        true = datetime.now(tz) + cls.offset
        return cls.fromtimestamp(true.timestamp(), true.tzinfo)


@pytest.fixture
def pc_clock(monkeypatch: pytest.MonkeyPatch) -> type[PcClock]:
    """The desk's clock, set by the test (the store and the API client read it)."""

    class Clock(PcClock):
        pass

    monkeypatch.setattr(store_module, "datetime", Clock)
    monkeypatch.setattr(api_module, "datetime", Clock)
    return Clock


def timeline(db: Database, case_id: str) -> list[TimelineRow]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(TimelineRow).where(TimelineRow.case_id == case_id).order_by(TimelineRow.id)
            )
        )


def token_requests(proxy: FaultProxy) -> list[int]:
    """Positions of the token requests in the proxy's log."""
    return [n for n, seen in enumerate(proxy.seen) if seen.path == TOKEN_PATH]


async def test_a_clock_wrong_by_days_changes_nothing(
    db: Database,
    store: Store,
    desk_api: CentralApi,
    proxy: FaultProxy,
    pc_clock: type[PcClock],
    tmp_path: Path,
    clerk: Person,
) -> None:
    case_id = routed_case(db, "SXD")
    engine = SyncEngine(store, desk_api)
    assert (await engine.sync()).exit_code == 0
    signed_in = len(token_requests(proxy))

    # The PC runs ten days fast, then someone "corrects" it to twenty days slow: the
    # clerk's second and third actions look older than the first.
    pc_clock.offset = timedelta(days=10)
    first = store.enqueue(case_id, "accept", {})
    pc_clock.offset = timedelta(days=-20)
    second = store.enqueue(case_id, "note", {"text": "Đã liên hệ tổ dân phố"})
    third = store.enqueue(case_id, "triage", {"priority": "high"})
    assert first.created_at > second.created_at
    store.export_outbox(tmp_path / "outbox.json")

    report = await engine.sync()
    assert report.exit_code == 0, report.error
    assert report.uploaded == 3
    assert report.conflicts == 0
    # Applied in the order they were taken, stamped with the server's time; the PC's
    # time is kept only to be shown.
    rows = timeline(db, case_id)[-3:]
    assert [row.action_id for row in rows] == [first.action_id, second.action_id, third.action_id]
    now = datetime.now(UTC)
    for row, entry in zip(rows, (first, second, third), strict=True):
        assert abs(row.at.astimezone(UTC) - now) < timedelta(minutes=5)
        assert row.client_created_at == entry.created_at.isoformat()
    # The session was judged by the server's clock: no sign-in or refresh was needed.
    assert len(token_requests(proxy)) == signed_in
    entries = len(timeline(db, case_id))

    # The same work sent again from another PC of the unit, whose clock is a month ahead:
    # recognised by its action ids, applied nothing twice.
    pc_clock.offset = timedelta(days=30)
    with Store.open(tmp_path / "other-pc.sqlite3") as other:
        other.set_identity(clerk.username, clerk.role, clerk.department)
        other_engine = SyncEngine(other, desk_api)
        await other_engine.sync()
        assert other.import_outbox(tmp_path / "outbox.json") == 3
        again = await other_engine.sync()
        assert again.exit_code == 0, again.error
        assert again.duplicates == 3
        assert other.outbox_count() == 0
    assert len(timeline(db, case_id)) == entries
    with db.reading() as session:
        server = session.get(CaseRow, case_id)
        assert server is not None
        assert (server.status, server.priority) == ("in_progress", "high")
