"""Closing the desk or signing in again while a sync hangs: the sync ends first."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskhandler.app.desk import Desk
from deskhandler.app.session import DeskSession
from deskhandler.config import load_config
from tests.support.faultproxy import Fault, FaultProxy
from tests.support.people import Person
from tests.sync.test_engine import _syncs_in_flight

pytestmark = pytest.mark.asyncio


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    with Desk.open(config) as opened:
        yield opened


async def _syncing(desk: Desk, proxy: FaultProxy, clerk: Person) -> DeskSession:
    """A signed-in session whose sync hangs waiting for the change feed."""
    session = DeskSession(desk)
    await session.sign_in(proxy.url, clerk.username, clerk.password, remember=False)
    proxy.fail(Fault.hang(), path="/api/v1/changes")
    session.start()
    for _ in range(200):
        if any(seen.path.startswith("/api/v1/changes") for seen in proxy.seen):
            return session
        await asyncio.sleep(0.05)
    raise AssertionError("the sync never asked for changes")


async def test_closing_mid_sync_leaves_no_sync_running(
    desk: Desk, proxy: FaultProxy, clerk: Person
) -> None:
    session = await _syncing(desk, proxy, clerk)
    assert len(_syncs_in_flight()) == 1
    await session.close()
    assert _syncs_in_flight() == [], "a sync left running would use the closed store"
    assert desk.store.outbox_count() == 0


async def test_signing_in_again_mid_sync_ends_the_old_sync(
    desk: Desk, proxy: FaultProxy, clerk: Person
) -> None:
    session = await _syncing(desk, proxy, clerk)
    (old,) = _syncs_in_flight()
    proxy.clear()
    await session.sign_in(proxy.url, clerk.username, clerk.password, remember=False)
    assert old.cancelled(), "the old sync would go on with a closed connection"
    assert session.engine is not None
    report = await session.engine.sync()
    assert report.finished
    await session.close()
