"""An access token that expires in the middle of a sync: the sync refreshes it and
finishes, nothing lost or doubled.

The real server decides that the token has expired: every third page request and every third
action upload, the test ages every access token in the server's database past its expiry
(what the clock does after 15 minutes), just before the request goes out.  Ageing them at
chosen requests rather than waiting on a short real lifetime keeps the test deterministic on
a slow machine: a 4-second token once expired again between its refresh and its retry when
CI was busy, which says nothing about the client.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest
from sqlalchemy import select

from deskhandler.server.db import Database
from deskhandler.server.models import CaseRow, TimelineRow
from deskhandler.store.store import Store
from deskhandler.sync.api import CentralApi
from deskhandler.sync.engine import SyncEngine
from tests.support.cases import routed_case
from tests.support.faultproxy import FaultProxy
from tests.sync.conftest import expire_access_tokens

pytestmark = pytest.mark.asyncio

TOKEN_PATH = "/api/v1/auth/token"
#: Every this many page requests and uploads, the access tokens expire just before one.
EVERY = 3

R = TypeVar("R")


def expiring(db: Database, call: Callable[..., Awaitable[R]]) -> Callable[..., Awaitable[R]]:
    """``call``, with the server's access tokens expired before every ``EVERY``-th use."""
    calls = 0

    async def wrapped(*args: Any, **kwargs: Any) -> R:
        nonlocal calls
        calls += 1
        if calls % EVERY == 0:
            await asyncio.to_thread(expire_access_tokens, db)
        return await call(*args, **kwargs)

    return wrapped


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
    db: Database,
    store: Store,
    desk_api: CentralApi,
    proxy: FaultProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cases = [routed_case(db, "SXD") for _ in range(8)]
    # The pull follows 9 pages and the push sends a chain of 8 actions on one case, one per
    # batch: the access token expires several times during each.
    monkeypatch.setattr(desk_api, "changes", expiring(db, desk_api.changes))
    monkeypatch.setattr(desk_api, "post_actions", expiring(db, desk_api.post_actions))
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
