"""``deskhandler --self-test``: can this PC draw the desk?

For IT after an install (and for the frozen program's smoke test in CI): the desk's real
windows are built over a throw-away local database with a few sample cases, in a
temporary folder - the main window with its queue, a case, the deadline dashboard with its
charts - drawn off screen, and the interface language loaded.  Nothing is sent anywhere and
the person's own profile is not opened.  One line per check is printed (and logged, for
the windowed program, which has no console); the exit code is 0 when every check passed.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import tempfile
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from PySide6.QtWidgets import QApplication, QWidget

from deskhandler import __version__
from deskhandler.app.desk import Desk
from deskhandler.app.session import DeskSession
from deskhandler.config import load_config
from deskhandler.ui.app import on_qasync, started
from deskhandler.ui.sync_status import SyncEvents
from deskhandler.ui.tasks import StoreWorker, Tasks
from deskhandler.ui.workspace import Workspace
from deskhandler.wire.models import Case, ChangesPage

log = logging.getLogger(__name__)

#: (title, address, status, assignee, days since reported) of the sample cases.
_SAMPLES = (
    ("Ổ gà trên đường Lê Lợi", "12 Lê Lợi, phường Vĩnh Ninh", "in_progress", "self-test", 3),
    ("Đèn đường hỏng trước chợ Đông Ba", "2 Trần Hưng Đạo", "assigned", "self-test", 9),
    ("Rác thải tồn đọng gần cầu Trường Tiền", "Cầu Trường Tiền", "assigned", None, 1),
    ("Cây đổ chắn lối đi", "45 Hùng Vương", "resolved", "self-test", 12),
    ("Nước thải tràn ra đường", "8 Nguyễn Huệ", "new", None, 0),
)
UNIT = "SXD"
#: Width and height the windows are drawn at: the smallest screen the desk is made for.
SIZE = (1366, 768)


def sample_cases(now: datetime) -> list[Case]:
    cases = []
    for n, (title, address, status, assignee, age) in enumerate(_SAMPLES, start=1):
        reported = now - timedelta(days=age, hours=n)
        cases.append(
            Case.model_validate(
                {
                    "id": f"SELFTEST-{n}",
                    "version": 2,
                    "workflow_version": 2,
                    "status": status,
                    "department": UNIT,
                    "assignee": assignee,
                    "category": "trat_tu_xay_dung",
                    "priority": "normal",
                    "title": title,
                    "description": "Phản ánh mẫu của bài tự kiểm tra.",
                    "address": f"{address}, Huế",
                    "lat": 16.46,
                    "long": 107.59,
                    "reported_at": reported.isoformat(),
                    "due_at": (reported + timedelta(days=7)).isoformat(),
                    "updated_at": (reported + timedelta(hours=2)).isoformat(),
                    "resolved_at": (
                        (reported + timedelta(days=2)).isoformat() if status == "resolved" else None
                    ),
                }
            )
        )
    return cases


class SelfTest:
    """The checks, each a line of the report."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.failed = 0

    def line(self, ok: bool, what: str) -> None:
        text = f"{'ok  ' if ok else 'FAIL'}  {what}"
        (log.info if ok else log.error)("self-test: %s", text)
        print(text, file=self.out, flush=True)
        self.failed += not ok

    async def check(self, what: str, step: Callable[[], Awaitable[str]]) -> None:
        try:
            self.line(True, f"{what}: {await step()}")
        except Exception as error:  # every failure is a line of the report
            self.line(False, f"{what}: {type(error).__name__}: {error}")

    async def run(self, app: QApplication, folder: Path) -> int:
        self.line(True, f"deskhandler {__version__}, Qt platform {app.platformName()}")
        language = app.property("language")
        self.line(bool(language), f"interface language: {language or 'none loaded'}")
        config = load_config({}, home=folder)
        desk = Desk.open(config)
        loop = asyncio.get_running_loop()
        worker, tasks = StoreWorker(loop), Tasks(loop)
        session = DeskSession(desk)
        workspace: Workspace | None = None
        try:
            await self.check("local database", lambda: self._sample_data(desk, worker))
            workspace = Workspace(desk, session, SyncEvents(), worker, tasks)
            await self.check("main window", lambda: self._main_window(workspace))
            await self.check("case panel", lambda: self._case(workspace))
            await self.check("deadline dashboard", lambda: self._dashboard(workspace))
        finally:
            if workspace is not None:
                if workspace.dashboard is not None:
                    workspace.dashboard.close()
                workspace.window.close()
            await session.close()
            await tasks.cancel_all()
            worker.shutdown()
            desk.close()
        self.line(not self.failed, "self-test passed" if not self.failed else "self-test FAILED")
        return 0 if not self.failed else 1

    @staticmethod
    async def _sample_data(desk: Desk, worker: StoreWorker) -> str:
        store = desk.store
        await worker.run(store.set_identity, "self-test", "supervisor", UNIT)
        cases = sample_cases(datetime.now(UTC))
        page = ChangesPage(cases=cases, removed=[], cursor="", has_more=False)
        await worker.run(store.apply_changes, page)
        return f"{len(cases)} sample cases written"

    @staticmethod
    async def _main_window(workspace: Workspace) -> str:
        workspace.window.resize(*SIZE)
        workspace.window.show()
        await workspace.start()
        rows = workspace.model.rowCount()
        if rows != len(_SAMPLES):
            raise RuntimeError(f"the queue shows {rows} of {len(_SAMPLES)} sample cases")
        return f"{drawn(workspace.window)}, {rows} cases in the queue"

    @staticmethod
    async def _case(workspace: Workspace) -> str:
        if not workspace.queue.select_case("SELFTEST-1"):
            raise RuntimeError("the sample case is not in the queue")
        for _ in range(250):
            view = workspace.case.view
            if view is not None and view.case.id == "SELFTEST-1":
                return drawn(workspace.case)
            await asyncio.sleep(0.02)
        raise RuntimeError("the sample case did not open")

    @staticmethod
    async def _dashboard(workspace: Workspace) -> str:
        await workspace.show_dashboard()
        dialog = workspace.dashboard
        if dialog is None:
            raise RuntimeError("the dashboard did not open")
        return f"{drawn(dialog)}, {dialog.board.totals.open} open cases counted"


def drawn(widget: QWidget) -> str:
    """Draw ``widget`` off screen; its size, or an error when nothing was drawn."""
    picture = widget.grab()
    if picture.isNull() or picture.width() < 100 or picture.height() < 100:
        raise RuntimeError(f"drawn as {picture.width()}x{picture.height()}")
    return f"drawn at {picture.width()}x{picture.height()}"


def run(app: QApplication, out: TextIO = sys.stdout) -> int:
    """The self-test on a qasync loop (a ``QApplication`` must exist)."""

    async def main() -> int:
        with tempfile.TemporaryDirectory(prefix="deskhandler-self-test-") as folder:
            return await SelfTest(out).run(app, Path(folder))

    return on_qasync(main)


def main(home: str | Path | None = None) -> int:
    """``deskhandler --self-test``: in the person's language, logged to their log file."""
    return started(home, {}, lambda _config, app: run(app))


__all__ = ["SelfTest", "main", "run", "sample_cases"]
