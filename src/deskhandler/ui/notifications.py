"""New assignments announced in the system tray (or the status bar without a tray).

After each sync the notifier compares the cases waiting for this person (new at the unit,
or assigned to them and open) with the ones it already knew, and announces the new ones.
The first look after start-up only learns: nobody wants 300 notices at 8 o'clock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from deskhandler.domain.statuses import OPEN, Status
from deskhandler.store.queue import ME, QueueFilter
from deskhandler.store.store import Store
from deskhandler.ui.plain import display_text, single_line
from deskhandler.ui.tasks import StoreWorker

#: Cases that wait for the unit to accept them, and open cases assigned to me.
WAITING_FOR_UNIT = QueueFilter(statuses=frozenset({Status.ASSIGNED.value}))
MINE_OPEN = QueueFilter(assignee=ME, statuses=frozenset(s.value for s in OPEN))


class AssignmentNotifier(QObject):
    """Announces cases that newly wait for this person."""

    #: (title, message) of each announcement, as shown.
    announced = Signal(str, str)

    def __init__(
        self,
        store: Store,
        worker: StoreWorker,
        *,
        icon: QIcon | None = None,
        fallback: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._worker = worker
        self._known: set[str] | None = None
        self._fallback = fallback
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon or QIcon(), self)
            self.tray.setToolTip(self.tr("deskhandler"))
            self.tray.show()

    def _waiting(self) -> set[str]:
        return set(self._store.query_ids(WAITING_FOR_UNIT)) | set(self._store.query_ids(MINE_OPEN))

    async def check(self) -> list[str]:
        """Look for new cases; announce them; return their ids."""
        waiting = await self._worker.run(self._waiting)
        if self._known is None:
            self._known = waiting
            return []
        new = sorted(waiting - self._known)
        self._known = waiting
        if not new:
            return []
        rows = await self._worker.run(self._store.rows, new[:1])
        title = self.tr("%n new case(s) for you", "", len(new))
        message = single_line(rows[0].title, 200) if rows else ""
        if len(new) > 1 and message:
            message = display_text(
                self.tr("%1 and %n more", "", len(new) - 1).replace("%1", message), 400
            )
        self.announce(title, message)
        return new

    def announce(self, title: str, message: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8000)
        elif self._fallback is not None:
            self._fallback(f"{title}: {message}" if message else title)
        self.announced.emit(title, message)


__all__ = ["AssignmentNotifier"]
