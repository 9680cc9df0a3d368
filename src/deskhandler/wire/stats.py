"""JSON shapes of ``GET /api/v1/stats``: a unit's deadline and handling figures as the
server counts them from its own database, for checking the desk's offline dashboard
(`deskhandler.store.dashboard`) against.  The same definitions on both sides: see that
module's docstring."""

from __future__ import annotations

from datetime import date

from pydantic import AwareDatetime

from deskhandler.wire.models import _Read


class DeadlineStats(_Read):
    """Open cases; how many are overdue, due today, due this week (today included)."""

    open: int
    overdue: int
    due_today: int
    due_this_week: int


class GroupStats(DeadlineStats):
    #: The assignee (null: nobody) or the category code.
    key: str | None


class DayStats(_Read):
    """One local (UTC+7) day: cases received, cases resolved and how."""

    day: date
    received: int
    resolved: int
    #: Resolved cases that had a deadline, and those resolved on or before it.
    with_deadline: int
    on_time: int
    #: Median of (resolution - report) in whole seconds; null when none was resolved.
    median_handling_seconds: float | None
    #: Citizens' ratings given that day, and how many of them were not "unsatisfied".
    rated: int = 0
    satisfied: int = 0


class UnitStats(_Read):
    """The figures of ``department`` (null: every unit, for coordinators and admins)."""

    department: str | None
    now: AwareDatetime
    days: int
    totals: DeadlineStats
    by_assignee: list[GroupStats]
    by_category: list[GroupStats]
    #: One entry per local day of the period, the oldest first.
    trend: list[DayStats]
    received: int
    resolved: int
    with_deadline: int
    on_time: int
    median_handling_seconds: float | None
    rated: int = 0
    satisfied: int = 0
