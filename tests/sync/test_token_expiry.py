"""An access token that expires in the middle of a sync: the sync refreshes it and
finishes, nothing lost or doubled.  The server in this module issues access tokens that
live seconds (its ``access_token_seconds`` setting), and the proxy slows every request so
that one sync outlives several of them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from sqlalchemy import select

from deskhandler.server.db import Database
from deskhandler.server.models import CaseRow, TimelineRow
from deskhandler.server.settings import Settings
from deskhandler.store.store import Store
from deskhandler.sync.api import CentralApi
from deskhandler.sync.engine import SyncEngine
from tests.support.cases import routed_case
from tests.support.faultproxy import Fault, FaultProxy
from tests.support.people import Person
from tests.sync.conftest import FAST

pytestmark = pytest.mark.asyncio

#: Access tokens of the server in this module live this long (production: 15 minutes).
TOKEN_SECONDS = 4
TOKEN_PATH = "/api/v1/auth/token"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(attachments_dir=tmp_path / "attachments", access_token_seconds=TOKEN_SECONDS)


@pytest.fixture
def store(tmp_path: Path, clerk: Person) -> Iterator[Store]:
    with Store.open(tmp_path / "desk.sqlite3") as opened:
        opened.set_identity(clerk.username, clerk.role, clerk.department)
        yield opened


@pytest_asyncio.fixture
async def desk_api(proxy: FaultProxy, clerk: Person) -> AsyncIterator[CentralApi]:
    async with CentralApi(proxy.url, device_id="desk-1", retry=FAST) as central:
        await central.login(clerk.username, clerk.password)
        yield central


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


async def test_an_access_token_expiring_mid_sync_is_refreshed_and_nothing_is_lost(
    db: Database, store: Store, desk_api: CentralApi, proxy: FaultProxy
) -> None:
    cases = [routed_case(db, "SXD") for _ in range(8)]
    # Every request is slowed down so one sync outlives several access tokens: the pull
    # follows 9 pages and the push sends a chain of 8 actions on one case, one per batch.
    proxy.fail(Fault.delay(600), path="/api/v1/changes")
    proxy.fail(Fault.delay(600), path="/api/v1/actions")
    engine = SyncEngine(store, desk_api, page_size=1)
    first = await engine.sync()
    assert first.exit_code == 0, first.error
    assert sorted(store.query_ids()) == sorted(cases)
    pull_log = proxy.seen
    refreshed = [n for n in token_requests(proxy) if n > 0]
    assert refreshed, "the access token should have expired during the pull"
    assert any(seen.path.startswith("/api/v1/changes") for seen in pull_log[refreshed[0] + 1 :])

    queued = [store.enqueue(cases[0], "note", {"text": f"Ghi chú {n}"}) for n in range(8)]
    before = len(proxy.seen)
    report = await engine.sync()
    assert report.exit_code == 0, report.error
    assert report.uploaded == 8
    push_log = proxy.seen[before:]
    posts = [n for n, seen in enumerate(push_log) if seen.path == "/api/v1/actions"]
    tokens = [n for n, seen in enumerate(push_log) if seen.path == TOKEN_PATH]
    assert any(posts[0] < n < posts[-1] for n in tokens), "expected a refresh mid-push"

    counts = {row.action_id: 0 for row in timeline(db, cases[0])}
    for row in timeline(db, cases[0]):
        counts[row.action_id] += 1
    assert all(counts.get(entry.action_id) == 1 for entry in queued)
    assert store.outbox_count() == 0
    with db.reading() as session:
        version = session.scalar(select(CaseRow.version).where(CaseRow.id == cases[0]))
    assert store.rows([cases[0]])[0].version == version
