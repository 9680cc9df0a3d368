"""Taking an action: open its dialog, queue what it returns, say what changed.

The dialogs (``ui/dialogs``) only collect a payload; this controller reads the case on
the store thread, opens the dialog with ``open()`` and awaits ``finished`` (never
``exec()`` inside a coroutine: qasync #59), queues the action through `Desk.act` on the
store thread, and emits the `ChangeSet` so the queue and the case panel refresh what it
names.  A refused action keeps the draft and says why; nothing typed is lost.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from deskhandler.app.desk import Desk, DeskError
from deskhandler.domain.actions import ActionKind, may_take
from deskhandler.domain.duplicates import Match
from deskhandler.domain.statuses import PROVINCE_WIDE_ROLES, Status
from deskhandler.store.errors import ActionRefused, StoreError
from deskhandler.store.records import CaseView, ChangeSet
from deskhandler.ui.plain import warning_box
from deskhandler.ui.tasks import StoreWorker, Tasks


async def finished(dialog: QDialog) -> int:
    """Open ``dialog`` window-modally and wait for its result without a nested loop."""
    loop = asyncio.get_running_loop()
    result: asyncio.Future[int] = loop.create_future()

    def done(code: int) -> None:
        if not result.done():
            result.set_result(code)

    dialog.finished.connect(done)
    dialog.open()
    return await result


class CaseActions(QObject):
    """Runs action dialogs and the conflicts list for the window."""

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
    ) -> None:
        super().__init__(parent_widget)
        self._desk = desk
        self._worker = worker
        self._tasks = tasks
        self._context = context
        self._parent = parent_widget
        #: The dialog on screen, if any (tests drive it).
        self.dialog: QDialog | None = None
        self._busy = False

    def start(self, case_id: str, kind: str) -> None:
        if case_id and not self._busy:
            self._tasks.spawn(self.take(case_id, kind))

    async def take(
        self, case_id: str, kind: str, *, prefill: dict[str, Any] | None = None
    ) -> dict[str, Any] | None:
        """Open the dialog for ``kind``; the accepted payload, or None when cancelled."""
        from deskhandler.ui.dialogs import DIALOGS  # noqa: PLC0415 - dialogs load on first use

        dialog_type = DIALOGS.get(kind)
        view = await self._worker.run(self._desk.store.case, case_id)
        if dialog_type is None or view is None:
            self.message.emit(self.tr("This action is not available here."))
            return None
        self._busy = True
        try:
            context = self._context()
            if kind == ActionKind.REASSIGN and context.role in PROVINCE_WIDE_ROLES:
                # The IOC routes by each unit's load, counted now on the store thread.
                load = await self._worker.run(self._desk.store.units_load, context.now())
                context = replace(context, unit_load=load)
            dialog = dialog_type(view, context, self._parent)
            if prefill is not None:
                dialog.prefill(prefill)
            self.dialog = dialog
            if await finished(dialog) != QDialog.DialogCode.Accepted:
                return None
            payload = dialog.payload()
            try:
                changes = await self._worker.run(
                    self._desk.act, case_id, kind, payload, dialog.files()
                )
            except (ActionRefused, StoreError, DeskError) as error:
                dialog.keep_draft()
                self.warn(self.tr("The action was not queued"), str(error))
                return None
            self.changed.emit(changes)
            self.message.emit(self.tr("Saved; waiting to upload."))
            return payload
        finally:
            self._busy = False
            self.dialog = None

    # --- several cases at once --------------------------------------------------------

    # --- possible duplicates --------------------------------------------------------

    def start_duplicates(self, case_id: str) -> None:
        if case_id and not self._busy:
            self._tasks.spawn(self.show_duplicates(case_id))

    async def show_duplicates(self, case_id: str) -> None:
        """List the possible duplicates (from the local store); when the person marks the
        case as a duplicate of one, open the close dialog prefilled to say so."""
        from deskhandler.ui.dialogs.duplicates import (  # noqa: PLC0415 - see take()
            DuplicatesDialog,
            duplicate_close_payload,
        )

        view = await self._worker.run(self._desk.store.case, case_id)
        if view is None:
            return
        found = await self._worker.run(self._duplicate_views, case_id)
        role = self._context().role
        can_close = may_take(role, ActionKind.CLOSE, Status(view.case.status))
        dialog = DuplicatesDialog(view, found, can_close=can_close, parent=self._parent)
        self.dialog = dialog
        accepted = await finished(dialog) == QDialog.DialogCode.Accepted
        self.dialog = None
        if accepted and dialog.chosen is not None:
            await self.take(case_id, "close", prefill=duplicate_close_payload(dialog.chosen))

    def _duplicate_views(self, case_id: str) -> list[tuple[CaseView, Match]]:
        store = self._desk.store
        views = [(store.case(row.id), match) for row, match in store.possible_duplicates(case_id)]
        return [(view, match) for view, match in views if view is not None]

    def warn(self, title: str, text: str) -> None:
        box = warning_box(self._parent, title, text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(box.deleteLater)
        box.open()

    # --- the conflicts list ---------------------------------------------------------

    def open_conflicts(self) -> None:
        self._tasks.spawn(self.show_conflicts())

    async def show_conflicts(self) -> None:
        from deskhandler.ui.dialogs import ConflictsDialog  # noqa: PLC0415 - see take()

        conflicts = await self._worker.run(self._desk.store.conflicts)
        # The dialog shows each conflicted case: read them on the store thread, not in it.
        views = await self._worker.run(self._case_views, {c.case_id for c in conflicts})
        dialog = ConflictsDialog(conflicts, views.get, self._context(), self._parent)
        dialog.reapply_requested.connect(lambda cid: self._tasks.spawn(self._reapply(cid)))
        dialog.discard_requested.connect(lambda cid: self._tasks.spawn(self._discard(cid)))
        dialog.edit_requested.connect(lambda cid: self._tasks.spawn(self._edit(cid, dialog)))
        self.dialog = dialog
        await finished(dialog)

    def _case_views(self, case_ids: set[str]) -> dict[str, CaseView]:
        views = {case_id: self._desk.store.case(case_id) for case_id in case_ids}
        return {case_id: view for case_id, view in views.items() if view is not None}

    async def _reapply(self, conflict_id: int, payload: dict[str, Any] | None = None) -> bool:
        try:
            changes = await self._worker.run(self._desk.reapply, conflict_id, payload)
        except (ActionRefused, StoreError) as error:
            self.warn(self.tr("The action could not be queued again"), str(error))
            return False
        self._changed(changes)
        return True

    async def _discard(self, conflict_id: int) -> None:
        self._changed(await self._worker.run(self._desk.discard, conflict_id))

    async def _edit(self, conflict_id: int, listing: Any = None) -> None:
        """Edit a conflicted action in its own dialog; once queued again it leaves ``listing``."""
        conflicts = await self._worker.run(self._desk.store.conflicts)
        entry = next((c for c in conflicts if c.id == conflict_id), None)
        if entry is None:
            return
        from deskhandler.ui.dialogs import DIALOGS  # noqa: PLC0415 - see take()

        view = await self._worker.run(self._desk.store.case, entry.case_id)
        dialog_type = DIALOGS.get(entry.kind)
        if view is None or dialog_type is None:
            return
        dialog = dialog_type(view, self._context(), self._parent)
        dialog.prefill(dict(entry.payload))
        if await finished(dialog) != QDialog.DialogCode.Accepted:
            return
        if await self._reapply(conflict_id, dialog.payload()) and listing is not None:
            listing.remove(conflict_id)

    def _changed(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)


__all__ = ["CaseActions", "finished"]
