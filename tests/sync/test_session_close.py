"""Closing the desk or signing in again while a sync hangs: the sync ends first."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from deskhandler.app.desk import Desk
from deskhandler.app.session import DeskSession
from deskhandler.config import load_config
from tests.support.faultproxy import Fault, FaultProxy
from tests.support.people import Person
from tests.sync.test_engine import _syncs_in_flight

pytestmark = pytest.mark.asyncio


async def _hanging_sync(session: DeskSession, proxy: FaultProxy) -> None:
    proxy.fail(Fault.hang(), path="/api/v1/changes")
    session.start()
    for _ in range(200):
        if any(seen.path.startswith("/api/v1/changes") for seen in proxy.seen):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the sync never asked for changes")


async def test_closing_mid_sync_leaves_no_sync_running(
    proxy: FaultProxy, clerk: Person, tmp_path: Path
) -> None:
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    with Desk.open(config) as desk:
        session = DeskSession(desk)
        await session.sign_in(proxy.url, clerk.username, clerk.password, remember=False)
        await _hanging_sync(session, proxy)
        assert len(_syncs_in_flight()) == 1
        await session.close()
        assert _syncs_in_flight() == [], "a sync left running would use the closed store"
        assert desk.store.outbox_count() == 0


async def test_signing_in_again_mid_sync_ends_the_old_sync(
    proxy: FaultProxy, clerk: Person, tmp_path: Path
) -> None:
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    with Desk.open(config) as desk:
        session = DeskSession(desk)
        await session.sign_in(proxy.url, clerk.username, clerk.password, remember=False)
        await _hanging_sync(session, proxy)
        (old,) = _syncs_in_flight()
        proxy.clear()
        await session.sign_in(proxy.url, clerk.username, clerk.password, remember=False)
        assert old.cancelled(), "the old sync would go on with a closed connection"
        assert session.engine is not None
        report = await session.engine.sync()
        assert report.finished
        await session.close()
