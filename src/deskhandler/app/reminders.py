"""The morning reminder: once a day, what is due today and what became overdue.

The first look after 07:30 (the province's time) each day — a sync, or the start of the
desk when it starts later — says "Due today: N, newly overdue: M", and to a supervisor
also how many replies wait for approval.  Once a day per person: the day last reminded
is kept in a small JSON file per person in the profile (written atomically, like saved
views), so a restart at 9 o'clock does not say it again; the same file keeps whether the
person wants the reminder at all (a personal choice, like saved views, not a machine
setting for IT).  "Newly overdue" counts the
deadlines passed since the last reminder (a day when there was none), so nothing is told
twice and a week away is summed up on return.

Plain Python over the store: the tray notifier only shows what `MorningReminders.take`
returns, and tests drive it with a fixed clock.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from deskhandler.app.personal import person_key
from deskhandler.domain.deadlines import LOCAL_TZ
from deskhandler.jsonfile import write_json
from deskhandler.store.reminders import ReminderCounts
from deskhandler.store.store import Store

log = logging.getLogger(__name__)

#: Not before this local time: the reminder is for the start of the working day.
MORNING = time(7, 30)
#: How far back "newly overdue" looks the first time (no reminder remembered).
FIRST_LOOK_BACK = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class ReminderMark:
    """The last reminder given: its local day and moment."""

    day: date
    at: datetime


class ReminderLog:
    """One person's reminder file in the profile: the last reminder given, and whether
    the person wants them at all (a personal choice, off in the settings dialog)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def for_user(cls, data_dir: Path, username: str) -> ReminderLog:
        return cls(data_dir / "reminders" / f"{person_key(username)}.json")

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            # A damaged file costs at most one extra reminder, never the desk.
            log.warning("reminder file %s unreadable (%s); starting afresh", self.path.name, error)
            return {}
        return data if isinstance(data, dict) else {}

    def load(self) -> ReminderMark | None:
        data = self._read()
        try:
            at = datetime.fromisoformat(data["at"])
            mark = ReminderMark(date.fromisoformat(data["day"]), at)
        except (ValueError, KeyError, TypeError):
            return None
        return mark if at.tzinfo is not None else None

    def save(self, mark: ReminderMark) -> None:
        data = self._read()
        data.update(day=mark.day.isoformat(), at=mark.at.isoformat())
        write_json(self.path, data)

    def enabled(self) -> bool:
        """On unless the person switched them off."""
        return self._read().get("enabled") is not False

    def set_enabled(self, on: bool) -> None:
        data = self._read()
        data["enabled"] = on
        write_json(self.path, data)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def reminder_due(now: datetime, last: ReminderMark | None) -> bool:
    """Past 07:30 today (province time) and not yet reminded today."""
    local = now.astimezone(LOCAL_TZ)
    if local.time() < MORNING:
        return False
    return last is None or last.day < local.date()


class MorningReminders:
    """Decides whether the morning reminder is due, counts it and remembers the day."""

    def __init__(
        self,
        store: Store,
        log_file: ReminderLog,
        *,
        now: Callable[[], datetime] = _utc_now,
        enabled: bool = True,
    ) -> None:
        self.store = store
        self.log = log_file
        self.now = now
        self.enabled = enabled

    def take(self) -> ReminderCounts | None:
        """The counts to announce now, or None (not due, off, nobody signed in).

        A reminder with nothing to say is still remembered, so it is not tried again
        all day; the caller shows nothing for it (an empty `ReminderCounts` is falsy).
        """
        if not self.enabled or not self.log.enabled():
            return None
        identity = self.store.identity()
        if identity is None:
            return None
        now = self.now()
        last = self.log.load()
        if not reminder_due(now, last):
            return None
        since = last.at if last is not None else now - FIRST_LOOK_BACK
        counts = self.store.reminder_counts(identity, now, since)
        try:
            self.log.save(ReminderMark(now.astimezone(LOCAL_TZ).date(), now))
        except OSError as error:
            log.warning("could not remember today's reminder: %s", error)
        return counts


__all__ = ["MORNING", "MorningReminders", "ReminderLog", "ReminderMark", "reminder_due"]
