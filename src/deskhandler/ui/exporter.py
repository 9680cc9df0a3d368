"""Export the queue as it is on screen (its filter, sort and visible columns) to XLSX or CSV.

The file chooser and the progress dialog are opened with ``open()``/``show()``, never
``exec()``; the export runs on the store thread (`app.export.export_view`), reports its
progress back through the event loop, and stops when Cancel is pressed.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from deskhandler.app.export import ExportCancelled, export_view
from deskhandler.store.records import CaseRow
from deskhandler.store.store import Store
from deskhandler.ui.plain import set_plain_title, warning_box
from deskhandler.ui.queue_model import Column, QueueModel
from deskhandler.ui.tasks import StoreWorker, Tasks


def export_columns(
    model: QueueModel, columns: Sequence[Column]
) -> tuple[list[str], Callable[[CaseRow], list[str]]]:
    """Headers and a row formatter for ``columns``: the texts the table shows."""
    headers = [str(model.headerData(int(c), Qt.Orientation.Horizontal)) for c in columns]

    def cells(row: CaseRow) -> list[str]:
        return [model.display_text(row, column) for column in columns]

    return headers, cells


class ViewExporter(QObject):
    """Runs "Export view…" for the window."""

    # A short message for the status bar.
    message = Signal(str)

    def __init__(
        self,
        store: Store,
        model: QueueModel,
        columns: Callable[[], list[Column]],
        *,
        worker: StoreWorker,
        tasks: Tasks,
        parent_widget: QWidget,
    ) -> None:
        super().__init__(parent_widget)
        self._store = store
        self._model = model
        self._columns = columns
        self._worker = worker
        self._tasks = tasks
        self._parent = parent_widget
        # The file chooser and the progress dialog while they are open (tests drive them).
        self.chooser: QFileDialog | None = None
        self.progress: QProgressDialog | None = None

    def choose_file(self) -> None:
        chooser = QFileDialog(self._parent, self.tr("Export the view"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilters([self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")])
        chooser.setDefaultSuffix("xlsx")
        chooser.fileSelected.connect(lambda name: self._tasks.spawn(self.export(Path(name))))
        chooser.finished.connect(chooser.deleteLater)
        chooser.finished.connect(lambda _code: setattr(self, "chooser", None))
        self.chooser = chooser
        chooser.open()

    async def export(self, path: Path) -> int | None:
        """Export to ``path``; the number of rows, or None when cancelled or it failed."""
        if path.suffix.lower() not in {".xlsx", ".csv"}:
            path = path.with_name(path.name + ".xlsx")
        headers, cells = export_columns(self._model, self._columns())
        flt, sort = self._model.queue_filter, self._model.current_sort
        loop = asyncio.get_running_loop()
        cancelled = threading.Event()
        progress = QProgressDialog(self._parent)
        set_plain_title(progress, self.tr("Export the view"))
        progress.setLabelText(self.tr("Writing {name}…").format(name=path.name))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(cancelled.set)
        self.progress = progress

        def report(done: int, total: int) -> bool:
            loop.call_soon_threadsafe(self._advance, progress, done, total)
            return not cancelled.is_set()

        try:
            count = await self._worker.run(
                export_view, self._store, path, headers, cells, flt=flt, sort=sort, progress=report
            )
        except ExportCancelled:
            self.message.emit(self.tr("Export cancelled; no file was written."))
            return None
        except OSError as error:
            self._warn(
                self.tr("The view was not exported"),
                self.tr("{path} could not be written: {reason}").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return None
        finally:
            progress.close()
            progress.deleteLater()
            self.progress = None
        self.message.emit(self.tr("{n} cases exported to {name}.").format(n=count, name=path.name))
        return count

    def _advance(self, progress: QProgressDialog, done: int, total: int) -> None:
        if self.progress is not progress:
            return  # a late report of an export that has ended
        progress.setMaximum(max(total, 1))
        progress.setValue(done)

    def _warn(self, title: str, text: str) -> None:
        box = warning_box(self._parent, title, text)
        box.finished.connect(box.deleteLater)
        box.open()
