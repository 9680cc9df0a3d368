"""A desk window over a local store, no server: the GUI tests of one feature open it here."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime

from deskhandler.app.desk import Desk
from deskhandler.app.session import DeskSession
from deskhandler.ui.sync_status import SyncEvents
from deskhandler.ui.workspace import Workspace
from tests.ui.conftest import Loop


@asynccontextmanager
async def offline_workspace(
    desk: Desk, aloop: Loop, now: Callable[[], datetime]
) -> AsyncIterator[Workspace]:
    """The window shown and its queue loaded; closed with its session afterwards."""
    session = DeskSession(desk)
    ws = Workspace(desk, session, SyncEvents(), aloop.worker, aloop.tasks, now=now)
    ws.window.show()
    await ws.start()
    try:
        yield ws
    finally:
        # Reloads a test's last action started (the queue, the case panel, the counts)
        # finish before the window goes and the test closes the store; a task a test
        # leaves waiting (an open dialog) is not waited for long.
        for _ in range(500):
            if not aloop.tasks.running:
                break
            await asyncio.sleep(0.02)
        ws.window.close()
        await session.close()
