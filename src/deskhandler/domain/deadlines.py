"""Deadlines in working days.

Working days skip Saturdays, Sundays and the public holidays of the calendar passed in
(Vietnam's lunar new year moves every year, so the calendar is data from the server).
A deadline is the end of its last working day, in the province's local time (UTC+7,
no daylight saving), so that "due today" means the same thing on every PC.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import StrEnum

#: Vietnam's time: a fixed offset, so no time-zone database is needed on Windows.
LOCAL_TZ = timezone(timedelta(hours=7), "ICT")

#: How long before its deadline an open case counts as "due soon".
DUE_SOON = timedelta(days=2)

#: Handling time of urgent (immediate track) cases, whatever the category says.
URGENT_DAYS = 1


class HolidayCalendar:
    """A set of public holidays; weekends are always off."""

    def __init__(self, holidays: Iterable[date | str] = ()) -> None:
        self._holidays = frozenset(
            d if isinstance(d, date) else date.fromisoformat(d) for d in holidays
        )

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._holidays

    def add_working_days(self, start: date, days: int) -> date:
        """The ``days``-th working day after ``start`` (``start`` itself never counts)."""
        if days < 0:
            raise ValueError("days must not be negative")
        day = start
        counted = 0
        while counted < days:
            day += timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        if days == 0:
            while not self.is_working_day(day):
                day += timedelta(days=1)
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative if before)."""
        if end < start:
            return -self.working_days_between(end, start)
        return sum(
            1
            for n in range(1, (end - start).days + 1)
            if self.is_working_day(start + timedelta(days=n))
        )


def local_day(moment: datetime) -> date:
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no meaning here; give a time zone")
    return moment.astimezone(LOCAL_TZ).date()


def end_of_day(day: date) -> datetime:
    """The last second of ``day`` in local time, as an aware UTC datetime."""
    return datetime.combine(day, time(23, 59, 59), LOCAL_TZ).astimezone(UTC)


def due_at(
    reported_at: datetime, handling_days: int, calendar: HolidayCalendar, *, urgent: bool = False
) -> datetime:
    """The deadline of a case reported at ``reported_at``."""
    days = URGENT_DAYS if urgent else handling_days
    return end_of_day(calendar.add_working_days(local_day(reported_at), days))


class DeadlineState(StrEnum):
    NONE = "none"
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class DeadlineView:
    state: DeadlineState
    remaining: timedelta | None


def deadline_state(due: datetime | None, now: datetime, *, is_open: bool = True) -> DeadlineView:
    """Whether an open case is overdue (quá hạn), due soon (sắp đến hạn) or on time."""
    if due is None or not is_open:
        return DeadlineView(DeadlineState.NONE, None)
    remaining = due - now
    if remaining <= timedelta(0):
        return DeadlineView(DeadlineState.OVERDUE, remaining)
    if remaining <= DUE_SOON:
        return DeadlineView(DeadlineState.DUE_SOON, remaining)
    return DeadlineView(DeadlineState.ON_TIME, remaining)


def due_horizons(now: datetime) -> tuple[datetime, datetime]:
    """The ends of "due today" and "due this week" for an open case at ``now`` (UTC).

    Today ends at the last second of the local day; the week is the local calendar week
    (Monday to Sunday) and includes today, so on a Sunday both are the same.  Shared by
    the desk's dashboard, its queue filters and the server's statistics, so all three
    count the same cases.
    """
    today = local_day(now)
    return end_of_day(today), end_of_day(today + timedelta(days=6 - today.weekday()))
