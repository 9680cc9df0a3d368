""" "Print case file…" and "Print unit summary…": ask where, draw the PDF, write it whole.

The file chooser opens with ``open()``, never ``exec()`` (no nested event loop under
qasync).  What the printout shows is gathered on the store thread
(`deskhandler.app.printouts`), the document is drawn on the UI thread (Qt's text layout
belongs there) into memory, and the bytes are written on the store thread under a
temporary name that is renamed when whole: a full disk or a refused folder gives a plain
warning and leaves no half file.  A finished printout says so in the status bar, with an
"Open folder" button beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QPushButton

from deskhandler.app.desk import Desk
from deskhandler.app.printouts import case_file, unit_summary, write_atomically
from deskhandler.app.session import DeskSession
from deskhandler.domain.deadlines import LOCAL_TZ
from deskhandler.domain.statuses import Role
from deskhandler.store.records import Identity
from deskhandler.ui.plain import warning_box
from deskhandler.ui.printing.case_file import CaseFileLayout, Printed, PrintNames
from deskhandler.ui.printing.pdf import Footer, PdfPages, one_line
from deskhandler.ui.printing.unit_summary import UnitSummaryLayout
from deskhandler.ui.tasks import StoreWorker, Tasks
from deskhandler.wire.models import DirectoryUser

#: How long the "Open folder" button stays after a printout, in milliseconds.
OPEN_FOLDER_MS = 20_000
#: Roles whose summary covers every unit (they work for the whole province).
ALL_UNITS = frozenset({Role.COORDINATOR, Role.ADMIN})
_STAFF = frozenset({Role.CLERK, Role.SUPERVISOR})


def file_part(text: str) -> str:
    """``text`` safe inside a file name on every OS."""
    return re.sub(r"[^0-9A-Za-z._-]+", "_", text).strip("._")[:64] or "case"


def pages_text(page: int, pages: int) -> str:
    """The footer's "Page n of m"."""
    return QCoreApplication.translate("printing", "Page {n} of {m}").format(n=page, m=pages)


class Printing(QObject):
    """The two print commands of the window."""

    #: A short message for the status bar.
    message = Signal(str)
    #: Fetching the case's timeline before printing changed the store.
    changed = Signal(object)

    def __init__(
        self,
        desk: Desk,
        session: DeskSession,
        *,
        worker: StoreWorker,
        tasks: Tasks,
        window: QMainWindow,
        names: PrintNames,
        people: Callable[[], Sequence[DirectoryUser]],
        identity: Callable[[], Identity | None],
        now: Callable[[], datetime],
    ) -> None:
        super().__init__(window)
        self._desk = desk
        self._session = session
        self._worker = worker
        self._tasks = tasks
        self._window = window
        self._names = names
        self._people = people
        self._identity = identity
        self._now = now
        self._folder: Path | None = None
        # The file chooser and the warning while they are open (tests drive them).
        self.chooser: QFileDialog | None = None
        self.warning: QMessageBox | None = None
        #: The last file written.
        self.written: Path | None = None
        #: Opens a folder in the system's file manager (tests put a recorder here).
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.open_folder = QPushButton(self.tr("Open folder"), window)
        self.open_folder.setObjectName("open_printout_folder")
        self.open_folder.hide()
        self.open_folder.clicked.connect(self._open_folder)
        window.statusBar().addPermanentWidget(self.open_folder)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.open_folder.hide)

    # --- choosing the file ------------------------------------------------------------

    def choose_case_file(self, case_id: str | None) -> None:
        if not case_id:
            self.message.emit(self.tr("Select a case to print first."))
            return
        self._choose(
            self.tr("Print case file"),
            f"case-{file_part(case_id)}.pdf",
            lambda path: self.print_case_file(case_id, path),
        )

    def choose_summary(self) -> None:
        department = self._department()
        day = self._now().astimezone(LOCAL_TZ).strftime("%Y-%m-%d")
        unit = file_part(department) if department else "all-units"
        self._choose(
            self.tr("Print unit summary"), f"unit-summary-{unit}-{day}.pdf", self.print_summary
        )

    def _choose(
        self, title: str, name: str, run: Callable[[Path], Coroutine[Any, Any, Path | None]]
    ) -> None:
        chooser = QFileDialog(self._window, title)
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilters([self.tr("PDF document (*.pdf)")])
        chooser.setDefaultSuffix("pdf")
        chooser.setDirectory(str(self._start_folder()))
        chooser.selectFile(name)
        chooser.fileSelected.connect(lambda chosen: self._tasks.spawn(run(Path(chosen))))
        chooser.finished.connect(chooser.deleteLater)
        chooser.finished.connect(lambda _code: setattr(self, "chooser", None))
        self.chooser = chooser
        chooser.open()

    def _start_folder(self) -> Path:
        if self._folder is not None and self._folder.is_dir():
            return self._folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    # --- printing ---------------------------------------------------------------------

    async def print_case_file(self, case_id: str, path: Path) -> Path | None:
        """Write the case file of ``case_id`` to ``path``; the file, or None when it failed."""
        data = await self._worker.run(case_file, self._desk, case_id)
        if data is not None and (
            data.view.timeline is None
            or (data.view.timeline_version or 0) < data.view.snapshot.version
        ):
            # As the case panel does: fetch the full timeline when online, then print.
            changes = await self._session.fetch_detail(case_id)
            if changes:
                self.changed.emit(changes)
                data = await self._worker.run(case_file, self._desk, case_id)
        if data is None:
            self._warn(
                self.tr("The case file was not printed"),
                self.tr("The case {id} is not on this PC.").format(id=one_line(case_id, 64)),
            )
            return None
        case = data.view.case
        printed = self._printed(case.department)
        pages = PdfPages(self.tr("Case file {id}").format(id=one_line(case.id, 64)))
        document = CaseFileLayout(self._names, printed, self._now()).build(pages, data)
        footer = Footer(f"{one_line(case.id, 64)} · {one_line(case.title, 160)}", pages_text)
        return await self._write(path, pages.render(document, footer))

    async def print_summary(self, path: Path) -> Path | None:
        """Write the one-page summary of the person's unit (every unit for the IOC)."""
        department = self._department()
        now = self._now()
        data = await self._worker.run(unit_summary, self._desk, now, department)
        staff = {
            p.username: p.name
            for p in self._people()
            if p.active and p.role in _STAFF and (department is None or p.department == department)
        }
        printed = self._printed(department)
        pages = PdfPages(self.tr("Unit summary"))
        document = UnitSummaryLayout(self._names, printed, staff).build(pages, data)
        footer = Footer(self.tr("Unit summary · {unit}").format(unit=printed.unit), pages_text)
        return await self._write(path, pages.render(document, footer))

    def _department(self) -> str | None:
        who = self._identity()
        if who is None or who.role in ALL_UNITS:
            return None
        return who.department

    def _printed(self, fallback_unit: str | None) -> Printed:
        who = self._identity()
        by = ""
        unit_code = fallback_unit
        if who is not None:
            name = self._names.person(who.username)
            by = name if name == who.username else f"{name} ({who.username})"
            if who.role not in ALL_UNITS and who.department:
                unit_code = who.department
            elif who.role in ALL_UNITS:
                unit_code = None
        unit = self._names.unit(unit_code) if unit_code else self.tr("All units")
        return Printed(self._now(), by, unit)

    async def _write(self, path: Path, data: bytes) -> Path | None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            await self._worker.run(write_atomically, path, data)
        except OSError as error:
            self._warn(
                self.tr("The PDF was not saved"),
                self.tr("{path} could not be written: {reason}").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return None
        self.written = path
        self._folder = path.parent
        self.message.emit(self.tr("Saved {name}.").format(name=path.name))
        self.open_folder.show()
        self._hide_timer.start(OPEN_FOLDER_MS)
        return path

    def _open_folder(self) -> None:
        if self._folder is not None:
            self.open_url(QUrl.fromLocalFile(str(self._folder)))

    def _warn(self, title: str, text: str) -> None:
        box = warning_box(self._window, title, text)
        box.finished.connect(box.deleteLater)
        box.finished.connect(lambda _code: setattr(self, "warning", None))
        self.warning = box
        box.open()


__all__ = ["Printing", "file_part", "pages_text"]
