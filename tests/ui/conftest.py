"""Fixtures of the GUI tests: a qasync event loop, a store thread, a filled client store."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
import qasync
from fastapi.testclient import TestClient
from PySide6.QtWidgets import QApplication

from deskhandler.server.app import create_app
from deskhandler.server.db import Database
from deskhandler.server.settings import Settings
from deskhandler.store import Store
from deskhandler.ui import i18n
from deskhandler.ui.tasks import StoreWorker, Tasks
from tests.support import live
from tests.support.desk import Desk as CaseMaker
from tests.support.people import add_person

T = TypeVar("T")


class Loop:
    """Runs coroutines on a qasync loop, so Qt events and asyncio both advance."""

    def __init__(self, loop: qasync.QEventLoop) -> None:
        self.loop = loop
        self.tasks = Tasks(loop)
        self.worker = StoreWorker(loop)

    def run(self, coroutine: Awaitable[T], timeout: float = 30.0) -> T:
        result: T = self.loop.run_until_complete(asyncio.wait_for(coroutine, timeout))
        return result

    def until(self, predicate: Callable[[], object], timeout: float = 15.0) -> None:
        """Let the loop run until ``predicate()`` is true."""

        async def wait() -> None:
            deadline = time.monotonic() + timeout
            while not predicate():
                if time.monotonic() > deadline:
                    raise AssertionError(f"timed out waiting for {predicate}")
                await asyncio.sleep(0.01)

        self.run(wait(), timeout + 5)

    def settle(self, seconds: float = 0.05) -> None:
        self.run(asyncio.sleep(seconds))


@pytest.fixture(scope="session")
def qasync_loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """One qasync loop for the whole run, as the desk has one per process.

    A loop per test crashed the run now and then (SIGSEGV in the next test's
    ``processEvents``): a closed qasync loop leaves Qt objects behind (qasync #73), and
    after enough closed loops a posted event reached one that was gone."""
    loop = qasync.QEventLoop(qapp, already_running=False)
    yield loop
    loop.close()


@pytest.fixture
def aloop(qasync_loop: qasync.QEventLoop) -> Iterator[Loop]:
    asyncio.set_event_loop(qasync_loop)
    helper = Loop(qasync_loop)
    try:
        yield helper
    finally:
        qasync_loop.run_until_complete(helper.tasks.cancel_all())
        helper.worker.shutdown()
        asyncio.set_event_loop(None)


@pytest.fixture
def switcher(qapp: QApplication, tmp_path: Path) -> Iterator[i18n.LanguageSwitcher]:
    """A language switcher that puts the application back in English afterwards."""
    switch = i18n.LanguageSwitcher(qapp, tmp_path / "cache")
    try:
        yield switch
    finally:
        switch.apply("en")
        QApplication.processEvents()


@pytest.fixture
def client_store(tmp_path: Path) -> Iterator[Store]:
    """An empty client store signed in as clerk "lan" of SXD."""
    with Store.open(tmp_path / "profile" / "desk.sqlite3") as opened:
        opened.set_identity("lan", "clerk", "SXD")
        yield opened


async def until(predicate: Callable[[], object], timeout: float = 20.0) -> None:
    """Wait on the running loop until ``predicate()`` is true."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {predicate}")
        await asyncio.sleep(0.02)


@dataclass
class Central:
    """The real central API on loopback, with its database and a test client."""

    db: Database
    url: str
    client: TestClient
    cases: CaseMaker


@pytest.fixture
def central(sqlite_url: str, tmp_path: Path) -> Iterator[Central]:
    db = Database(sqlite_url)
    settings = Settings(db=sqlite_url, attachments_dir=tmp_path / "attachments")
    app = create_app(db, settings)
    try:
        with live.serve(app) as url, TestClient(app) as client:
            maker = CaseMaker(client, db, lambda role, unit=None: add_person(db, role, unit))
            yield Central(db, url, client, maker)
    finally:
        db.dispose()
