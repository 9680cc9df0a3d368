"""A first sync of several pages fills the empty mirror without the secondary indexes and
builds them once at the end - also when the pull fails or is stopped half-way (the real server on
loopback; the store's write is wrapped only to look at the file or to inject a failure)."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from typing import Any

import pytest

from deskhandler.server.db import Database
from deskhandler.store.store import Store
from deskhandler.sync.api import CentralApi
from deskhandler.sync.engine import Event, Progress, SyncEngine
from deskhandler.wire.models import ChangesPage
from tests.support.cases import routed_case
from tests.support.store_files import case_indexes

pytestmark = pytest.mark.asyncio


def watch_writes(
    store: Store, monkeypatch: pytest.MonkeyPatch, fail_at: int = 0, delay: float = 0.0
) -> list[int]:
    """How many secondary indexes the file had at each page written."""
    write = store.apply_changes
    seen: list[int] = []

    def watched(page: ChangesPage) -> Any:
        seen.append(len(case_indexes(store.path)))
        if len(seen) == fail_at:
            raise sqlite3.OperationalError("disk I/O error")
        time.sleep(delay)
        return write(page)

    monkeypatch.setattr(store, "apply_changes", watched)
    return seen


async def test_a_first_sync_writes_without_indexes_and_builds_them_at_the_end(
    db: Database, store: Store, desk_api: CentralApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = case_indexes(store.path)
    ours = [routed_case(db, "SXD") for _ in range(5)]
    seen = watch_writes(store, monkeypatch)
    phases: list[str] = []

    def listener(event: Event) -> None:
        if isinstance(event, Progress):
            phases.append(event.phase)

    engine = SyncEngine(store, desk_api, page_size=2, listener=listener)
    report = await engine.sync()
    assert report.finished, report.error
    assert seen == [0, 0, 0], "three pages into the empty mirror, no index kept up"
    assert case_indexes(store.path) == full
    assert phases.index("index") > phases.index("pull")
    assert sorted(store.query_ids()) == sorted(ours)

    # the next sync adds to a mirror that has cases: the indexes stay
    routed_case(db, "SXD")
    seen.clear()
    report = await engine.sync()
    assert report.finished, report.error
    assert seen == [len(full)]
    assert case_indexes(store.path) == full


async def test_a_first_sync_of_one_page_keeps_the_indexes(
    db: Database, store: Store, desk_api: CentralApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dropping and building them is for many pages; a unit with a handful of cases (or
    none, synced every few minutes) keeps its indexes."""
    full = case_indexes(store.path)
    routed_case(db, "SXD")
    seen = watch_writes(store, monkeypatch)
    report = await SyncEngine(store, desk_api, page_size=2).sync()
    assert report.finished, report.error
    assert seen == [len(full)]
    report = await SyncEngine(store, desk_api, page_size=2).sync()
    assert seen == [len(full), len(full)]


@pytest.fixture
def three_pages(db: Database, store: Store) -> set[str]:
    """Six cases on the server (three pages of two); the indexes of the empty store."""
    for _ in range(6):
        routed_case(db, "SXD")
    return case_indexes(store.path)


async def test_a_first_sync_that_fails_half_way_still_builds_the_indexes(
    three_pages: set[str], store: Store, desk_api: CentralApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = watch_writes(store, monkeypatch, fail_at=2)
    with pytest.raises(sqlite3.OperationalError):
        await SyncEngine(store, desk_api, page_size=2).sync()
    assert seen == [0, 0]
    assert case_indexes(store.path) == three_pages
    assert len(store.query_ids()) == 2, "the first page stays"


async def test_stop_during_a_first_sync_returns_with_the_indexes_built(
    three_pages: set[str], store: Store, desk_api: CentralApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = watch_writes(store, monkeypatch, delay=0.3)
    engine = SyncEngine(store, desk_api, page_size=2)
    running = asyncio.ensure_future(engine.sync())
    while not seen:
        await asyncio.sleep(0.01)
    await engine.stop()
    assert case_indexes(store.path) == three_pages, "stop returned before the indexes were built"
    assert seen == [0], "stopped during the first page"
    running.cancel()
    await asyncio.gather(running, return_exceptions=True)
