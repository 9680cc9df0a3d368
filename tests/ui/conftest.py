"""Fixtures of the GUI tests: a qasync event loop, a store thread, a filled client store."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from deskhandler.store import Store
from deskhandler.ui.tasks import StoreWorker, Tasks

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


@pytest.fixture
def aloop(qapp: QApplication) -> Iterator[Loop]:
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    helper = Loop(loop)
    try:
        yield helper
    finally:
        loop.run_until_complete(helper.tasks.cancel_all())
        helper.worker.shutdown()
        loop.close()
        asyncio.set_event_loop(None)


@pytest.fixture
def client_store(tmp_path: Path) -> Iterator[Store]:
    """An empty client store signed in as clerk "lan" of SXD."""
    with Store.open(tmp_path / "profile" / "desk.sqlite3") as opened:
        opened.set_identity("lan", "clerk", "SXD")
        yield opened
