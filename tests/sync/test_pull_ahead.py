"""The pull fetches the next feed page while it writes the current one on a thread: the
overlap itself, a write that fails mid-feed, and a stop during a write (the real server on
loopback; the store's write is wrapped only to observe it or to inject a disk failure)."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from typing import Any

import pytest

from deskhandler.server.db import Database
from deskhandler.store.store import Store
from deskhandler.sync.api import CentralApi
from deskhandler.sync.engine import SyncEngine
from deskhandler.wire.feed import FeedPage
from tests.support.cases import routed_case

pytestmark = pytest.mark.asyncio


async def test_the_next_page_is_fetched_while_the_current_one_is_written(
    db: Database, store: Store, desk_api: CentralApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = [routed_case(db, "SXD") for _ in range(6)]
    log: list[str] = []
    fetch, write = desk_api.changes, store.apply_changes

    async def logged_fetch(cursor: str | None = None, limit: int = 500) -> FeedPage:
        log.append("fetch")
        return await fetch(cursor, limit)

    def slow_write(page: FeedPage) -> Any:
        log.append("write")
        time.sleep(0.2)  # a slow disk: the next fetch goes on meanwhile
        log.append("written")
        return write(page)

    monkeypatch.setattr(desk_api, "changes", logged_fetch)
    monkeypatch.setattr(store, "apply_changes", slow_write)
    report = await SyncEngine(store, desk_api, page_size=2).sync()
    assert report.finished, report.error
    assert sorted(store.query_ids()) == sorted(ours)
    # three pages: the fetch of each next page starts before the previous write ends
    assert log == [
        *("fetch", "fetch", "write", "written"),  # page 2 asked for while page 1 is written
        *("fetch", "write", "written"),  # page 3 while page 2
        *("write", "written"),
    ]


async def test_a_write_that_fails_mid_feed_keeps_the_pages_before_it(
    db: Database, store: Store, desk_api: CentralApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = [routed_case(db, "SXD") for _ in range(6)]
    write = store.apply_changes
    pages: list[int] = []

    def failing_second_write(page: FeedPage) -> Any:
        pages.append(len(page.cases))
        if len(pages) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return write(page)

    monkeypatch.setattr(store, "apply_changes", failing_second_write)
    engine = SyncEngine(store, desk_api, page_size=2)
    with pytest.raises(sqlite3.OperationalError):
        await engine.sync()
    assert len(store.query_ids()) == 2, "the first page stays, the second was not written"
    monkeypatch.setattr(store, "apply_changes", write)
    report = await engine.sync()
    assert report.finished, report.error
    assert sorted(store.query_ids()) == sorted(ours)


async def test_stop_waits_for_a_page_being_written(
    db: Database, store: Store, desk_api: CentralApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`stop` returns only when the store is let go of: a page being written on the
    thread is finished (one transaction), never cut off or left running."""
    for _ in range(4):
        routed_case(db, "SXD")
    write = store.apply_changes
    started, finished = threading.Event(), threading.Event()

    def slow_write(page: FeedPage) -> Any:
        started.set()
        time.sleep(0.5)
        result = write(page)
        finished.set()
        return result

    monkeypatch.setattr(store, "apply_changes", slow_write)
    engine = SyncEngine(store, desk_api, page_size=2)
    running = asyncio.ensure_future(engine.sync())
    while not started.is_set():
        await asyncio.sleep(0.01)
    await engine.stop()
    assert finished.is_set(), "stop returned while the page was still being written"
    assert len(store.query_ids()) == 2
    running.cancel()
    await asyncio.gather(running, return_exceptions=True)
