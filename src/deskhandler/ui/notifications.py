"""New assignments announced in the system tray (or the status bar without a tray).

After each sync the notifier compares the cases waiting for this person (new at the unit,
or assigned to them and open) with the ones it already knew, and announces the new ones.
The first look after start-up only learns: nobody wants 300 notices at 8 o'clock.

Once a day, the first look after 07:30 also gives the morning reminder (due today, newly
overdue, replies waiting for approval), counted and remembered by `app.reminders`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from deskhandler.app.reminders import MorningReminders
from deskhandler.domain.statuses import OPEN, Status
from deskhandler.store.queue import ME, QueueFilter
from deskhandler.store.reminders import ReminderCounts
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
    #: The person clicked the morning reminder (a `ReminderCounts`): show those cases.
    reminder_clicked = Signal(object)

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
            self.tray.messageClicked.connect(self._message_clicked)
        #: The reminder on screen, while it is the latest message shown.
        self._reminder: ReminderCounts | None = None

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

    async def remind(self, reminders: MorningReminders | None) -> ReminderCounts | None:
        """Give the morning reminder if it is due (once a day); return what it said."""
        if reminders is None:
            return None
        counts = await self._worker.run(reminders.take)
        if not counts:
            return None
        title, message = self.reminder_text(counts)
        self.announce(title, message)
        self._reminder = counts
        return counts

    def reminder_text(self, counts: ReminderCounts) -> tuple[str, str]:
        lines = [
            self.tr("Due today: {due}, newly overdue: {overdue}").format(
                due=counts.due_today, overdue=counts.newly_overdue
            )
        ]
        if counts.awaiting_approval:
            lines.append(
                self.tr("%n reply(ies) wait for your approval", "", counts.awaiting_approval)
            )
        return self.tr("Today's reminder"), "\n".join(lines)

    def _message_clicked(self) -> None:
        if self._reminder is not None:
            self.reminder_clicked.emit(self._reminder)

    def announce(self, title: str, message: str) -> None:
        self._reminder = None
        if self.tray is not None:
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8000)
        elif self._fallback is not None:
            line = message.replace("\n", " · ")
            self._fallback(f"{title}: {line}" if line else title)
        self.announced.emit(title, message)


__all__ = ["AssignmentNotifier"]
