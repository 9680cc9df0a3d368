"""Bulk actions for the window: the dialog with its preview, queueing, and "Undo".

`BulkFlow` opens `BulkDialog` for the selected cases (or for cases dropped on a person of
the team view), computes each preview on the store thread, queues what the accepted
preview shows (`app.bulk.queue_previewed`) and then offers "Undo" in the status bar until
those actions upload: `Desk.undo` takes back the ones no sync has sent yet and says how
many were already on their way (those stay and upload; nothing is lost or applied twice).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QPushButton, QToolButton, QWidget

from deskhandler.app.bulk import BulkAction, PreviewRow, preview_selection, queue_previewed
from deskhandler.app.desk import Desk
from deskhandler.store.errors import ActionRefused, StoreError
from deskhandler.store.withdrawal import NotWithdrawn
from deskhandler.ui.case_actions import finished
from deskhandler.ui.plain import plain_label, set_plain, warning_box
from deskhandler.ui.tasks import StoreWorker, Tasks

if TYPE_CHECKING:
    from deskhandler.ui.dialogs.bulk import BulkDialog


class UndoBar(QWidget):
    """The status bar's "N actions queued — Undo", until they upload."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undo_bar")
        self._count = 0
        self.label = plain_label(wrap=False)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undo")
        self.undo_button.clicked.connect(self.undo_requested)
        self.dismiss_button = QToolButton()
        self.dismiss_button.setObjectName("dismiss_undo")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.dismiss_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        set_plain(
            self.label,
            self.tr("%n bulk action(s) queued.", "", self._count),
        )
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Take them back while they are not uploaded yet"))
        set_plain(self.dismiss_button, "✕")
        self.dismiss_button.setAccessibleName(self.tr("Hide"))

    def offer(self, count: int) -> None:
        self._count = count
        self.retranslate()
        self.setVisible(count > 0)


class BulkFlow(QObject):
    """Runs the bulk dialog and its undo for the window."""

    #: A write changed these things (a `ChangeSet`).
    changed = Signal(object)
    #: A short message for the status bar.
    message = Signal(str)

    def __init__(
        self,
        desk: Desk,
        worker: StoreWorker,
        tasks: Tasks,
        context: Callable[[], Any],
        parent_widget: QWidget,
        *,
        undo_bar: UndoBar,
    ) -> None:
        super().__init__(parent_widget)
        self._desk = desk
        self._worker = worker
        self._tasks = tasks
        self._context = context
        self._parent = parent_widget
        self.undo_bar = undo_bar
        undo_bar.undo_requested.connect(lambda: self._tasks.spawn(self.undo()))
        #: The dialog on screen, if any (tests drive it).
        self.dialog: QDialog | None = None
        #: Action ids of the last bulk apply, offered for undo.
        self.undoable: list[str] = []
        self._busy = False

    def start(
        self, case_ids: list[str], *, assign_to: str | None = None, assign: bool = False
    ) -> None:
        """Open the dialog for ``case_ids``; with ``assign_to`` ("" for nobody) it opens
        on "assign" to that person (a drop on the team view), with ``assign`` on "assign"
        for the person to choose (Assign selected cases…)."""
        if case_ids and not self._busy:
            self._busy = True  # one bulk dialog at a time (a second drop is ignored)
            self._tasks.spawn(self.run(case_ids, assign_to=assign_to, assign=assign))

    async def run(
        self, case_ids: list[str], *, assign_to: str | None = None, assign: bool = False
    ) -> None:
        from deskhandler.ui.dialogs.bulk import ASSIGN, BulkDialog  # noqa: PLC0415 - on first use

        self._busy = True
        try:
            rows = await self._worker.run(self._desk.store.rows, case_ids)
            titles = {row.id: row.title for row in rows}
            cases = [(case_id, titles.get(case_id, "")) for case_id in case_ids]
            dialog = BulkDialog(cases, self._context(), self._parent)
            dialog.preview_requested.connect(
                lambda generation, action: self._tasks.spawn(
                    self._preview(dialog, generation, case_ids, action)
                )
            )
            self.dialog = dialog
            if assign_to is not None or assign:
                dialog.choose(ASSIGN, assignee=assign_to)
            accepted = await finished(dialog) == QDialog.DialogCode.Accepted
            previewed = dialog.previewed()
            dialog.deleteLater()
        finally:
            self.dialog = None
            self._busy = False
        if accepted and previewed:
            await self.apply(previewed)

    async def _preview(
        self, dialog: BulkDialog, generation: int, case_ids: list[str], action: BulkAction
    ) -> None:
        try:
            rows = await self._worker.run(preview_selection, self._desk.store, case_ids, action)
        except ActionRefused as error:
            self.warn(self.tr("No preview"), str(error))
            return
        if self.dialog is not dialog:  # closed meanwhile
            return
        dialog.show_preview(generation, rows)

    async def apply(self, rows: list[PreviewRow]) -> None:
        """Queue the previewed rows; offer "Undo" for what was queued."""
        try:
            result = await self._worker.run(queue_previewed, self._desk.store, rows)
        except StoreError as error:
            self.warn(self.tr("Nothing was queued"), str(error))
            return
        self.changed.emit(result.changes)
        self.undoable = list(result.queued.values())
        self.undo_bar.offer(len(self.undoable))
        self.message.emit(self.tr("%n case(s) changed; waiting to upload.", "", len(result.queued)))
        if result.refused:
            lines = [f"{case_id}: {reason}" for case_id, reason in result.refused.items()]
            self.warn(
                self.tr("Some cases changed since the preview"),
                self.tr("%n case(s) were not changed:", "", len(result.refused))
                + "\n"
                + "\n".join(lines),
            )

    async def undo(self) -> None:
        """Take back the last bulk apply, as far as no sync has sent it."""
        ids, self.undoable = self.undoable, []
        self.undo_bar.offer(0)
        if not ids:
            return
        withdrawal = await self._worker.run(self._desk.undo, ids)
        self.changed.emit(withdrawal.changes)
        uploading = sum(why is NotWithdrawn.UPLOADING for why in withdrawal.kept.values())
        answered = len(withdrawal.kept) - uploading
        self.message.emit(self.tr("%n action(s) undone.", "", len(withdrawal.withdrawn)))
        if withdrawal.kept:
            self.warn(
                self.tr("Not everything was undone"),
                self.tr(
                    "%n action(s) were already uploading or uploaded and were not undone; "
                    "change those cases again if needed.",
                    "",
                    uploading + answered,
                ),
            )

    async def sync_finished(self) -> None:
        """A sync finished: keep offering only what it did not send."""
        asked = self.undoable
        if not asked:
            return
        still = await self._worker.run(self._desk.store.undoable, asked)
        if self.undoable is asked:  # not replaced by a newer bulk action meanwhile
            self.undoable = still
            self.undo_bar.offer(len(still))

    def warn(self, title: str, text: str) -> None:
        box = warning_box(self._parent, title, text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(box.deleteLater)
        box.open()


__all__ = ["BulkFlow", "UndoBar"]
