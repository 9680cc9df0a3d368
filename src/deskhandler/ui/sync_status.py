"""Sync you can see: the connection state in words, last sync, work waiting, progress.

The sync engine reports plain events (`Connectivity`, `Progress`, `Changed`);
`SyncEvents` turns them into Qt signals on the window's thread, and `SyncStatus` (a strip
for the status bar) shows them.  Errors are said in words per cause code, with the
engine's own reason in the tooltip for IT.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from deskhandler.store.records import ChangeSet
from deskhandler.sync.engine import Changed, Connectivity, Event, Progress, State
from deskhandler.ui.labels import moment_text
from deskhandler.ui.plain import plain_label, set_plain, set_plain_tooltip


class SyncEvents(QObject):
    """The engine's listener, as signals (the engine runs on the same thread as Qt)."""

    connectivity = Signal(object)
    progress = Signal(object)
    changed = Signal(object)

    def __call__(self, event: Event) -> None:
        if isinstance(event, Connectivity):
            self.connectivity.emit(event)
        elif isinstance(event, Progress):
            self.progress.emit(event)
        elif isinstance(event, Changed):
            self.changed.emit(event.changes)

    def emit_changes(self, changes: ChangeSet) -> None:
        """Local writes (actions, conflicts) reach the views the same way as synced ones."""
        if changes:
            self.changed.emit(changes)


class SyncStatus(QWidget):
    """State, last sync, waiting actions, a progress bar and "Sync now"."""

    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = plain_label("", self, wrap=False)
        self.last = plain_label("", self, wrap=False)
        self.waiting = plain_label("", self, wrap=False)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(140)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.button = QPushButton(self)
        self.button.clicked.connect(self.sync_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        for widget in (self.state, self.waiting, self.last, self.bar, self.button):
            layout.addWidget(widget)
        self.current = Connectivity(State.OFFLINE, "not synced yet", "")
        self._counts = (0, 0)
        self._last_sync: datetime | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """The words in the current language; what is shown is shown again."""
        self.state.setAccessibleName(self.tr("Connection state"))
        self.last.setAccessibleName(self.tr("Last sync"))
        self.waiting.setAccessibleName(self.tr("Actions waiting to upload"))
        self.bar.setAccessibleName(self.tr("Sync progress"))
        self.button.setText(self.tr("Sync now (F5)"))
        self.button.setAccessibleName(self.tr("Sync now"))
        self.show_connectivity(self.current)
        self.show_waiting(*self._counts)
        self.show_last_sync(self._last_sync)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def describe(self, event: Connectivity) -> str:
        if event.state is State.ONLINE:
            return self.tr("Online")
        if event.state is State.SYNCING:
            return self.tr("Syncing…")
        if event.state is State.OFFLINE:
            if event.code in {"", "cancelled"}:
                return self.tr("Offline")
            return self.tr("Offline: the server cannot be reached. Work is kept and uploads later.")
        reasons = {
            "auth_required": self.tr("Please sign in again: the session has ended."),
            "server_error": self.tr("The server has a problem; retrying automatically."),
            "bad_data": self.tr("The server sent an answer the desk does not understand."),
            "refused": self.tr("The server refused the request."),
        }
        return reasons.get(event.code, self.tr("Sync failed."))

    def show_connectivity(self, event: Connectivity) -> None:
        self.current = event
        set_plain(self.state, self.describe(event))
        set_plain_tooltip(self.state, event.reason)
        syncing = event.state is State.SYNCING
        self.button.setEnabled(not syncing)
        if syncing:
            self.bar.setRange(0, 0)
            self.bar.show()
        else:
            self.bar.hide()

    def show_progress(self, progress: Progress) -> None:
        if progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(min(progress.done, progress.total))
        else:
            self.bar.setRange(0, 0)

    def show_waiting(self, pending: int, conflicts: int) -> None:
        self._counts = (pending, conflicts)
        text = self.tr("%n action(s) waiting to upload", "", pending) if pending else ""
        if conflicts:
            extra = self.tr("%n need(s) attention", "", conflicts)
            text = f"{text} · {extra}" if text else extra
        set_plain(self.waiting, text)

    def show_last_sync(self, when: datetime | None) -> None:
        self._last_sync = when
        if when is None:
            set_plain(self.last, self.tr("Never synced"))
        else:
            set_plain(self.last, self.tr("Last sync %1").replace("%1", moment_text(when)))

    def finished_now(self) -> None:
        self.show_last_sync(datetime.now(UTC))


__all__ = ["SyncEvents", "SyncStatus"]
