"""The supervisor's deadline dashboard, computed from the local store (so it works offline).

A handful of SQL aggregates over the *effective* columns of ``cases`` (the queue's: a
pending local action counts at once), never a Python loop over the cases:

- open cases overdue / due today / due this week, per assignee and per category, from
  one ``GROUP BY status, assignee, category`` (the totals and both breakdowns are sums of its
  few rows).  The horizons are `deskhandler.domain.deadlines.due_horizons` of ``now``,
  the same ones the queue's deadline filters use, so a click on a bar opens exactly the
  cases it counts;
- per local day of the last 30 or 90 days: cases received (``reported_at``) and resolved,
  how many of those had a deadline and met it, and the median handling time (window
  functions, per day and over the whole period, from one read of the finished cases).

"Resolved at" is the case's ``resolved_at`` column: the wire's (the server sets it when a
case becomes resolved or closed, keeps it when a resolved case is closed, clears it on a
reopen), or a pending local action's moment.  The server's statistics count by the same
moment, so the two agree (docs/decisions.md, "Deadline dashboard").
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from deskhandler.domain.deadlines import LOCAL_TZ, due_horizons, local_day
from deskhandler.domain.statuses import OPEN
from deskhandler.store.overlay import moment_key
from deskhandler.store.queue import Span

#: The periods the trend offers, in days.
TREND_DAYS = (30, 90)

_OPEN = tuple(sorted(s.value for s in OPEN))
_OFFSET = LOCAL_TZ.utcoffset(None)
#: SQLite date modifier turning a UTC moment into the local one.
_TO_LOCAL = f"{int(_OFFSET.total_seconds() // 3600):+d} hours"


@dataclass(frozen=True, slots=True)
class DeadlineCounts:
    """Open cases and how many of them are overdue, due today or due this week.

    ``due_today`` and ``due_this_week`` count cases not yet overdue; the week includes
    today (as the printed summary counts it), so the bars stack overdue, today and
    ``later_this_week``."""

    open: int = 0
    overdue: int = 0
    due_today: int = 0
    due_this_week: int = 0

    @property
    def later_this_week(self) -> int:
        return self.due_this_week - self.due_today

    def __add__(self, other: DeadlineCounts) -> DeadlineCounts:
        return DeadlineCounts(
            self.open + other.open,
            self.overdue + other.overdue,
            self.due_today + other.due_today,
            self.due_this_week + other.due_this_week,
        )


@dataclass(frozen=True, slots=True)
class Handling:
    """Cases resolved in a period: how many, how many met their deadline, median time."""

    resolved: int = 0
    #: Of those, how many had a deadline, and how many were resolved on or before it.
    with_deadline: int = 0
    on_time: int = 0
    #: From ``reported_at`` to resolution, whole seconds; None when nothing was resolved.
    median: timedelta | None = None

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.with_deadline if self.with_deadline else None


@dataclass(frozen=True, slots=True)
class DayTrend:
    """One local day of the trend."""

    day: date
    received: int = 0
    handling: Handling = field(default_factory=Handling)
    #: Citizens' ratings given that day, and how many were not "unsatisfied".
    rated: int = 0
    satisfied: int = 0

    @property
    def satisfaction(self) -> float | None:
        """The share of satisfied ratings of the day; None without a rating."""
        return self.satisfied / self.rated if self.rated else None


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Everything the dashboard shows, for one unit (every unit in the mirror when
    ``department`` is None) at ``now``."""

    now: datetime
    department: str | None
    days: int
    totals: DeadlineCounts
    #: ``(assignee or None for nobody, counts)``, the most overdue first.
    by_assignee: tuple[tuple[str | None, DeadlineCounts], ...]
    #: ``(category code, counts)``, the most overdue first.
    by_category: tuple[tuple[str, DeadlineCounts], ...]
    #: One entry per local day of the period, the oldest first (days without cases too).
    trend: tuple[DayTrend, ...]
    received: int
    handling: Handling
    #: Citizens' ratings given in the period, and how many were not "unsatisfied".
    rated: int = 0
    satisfied: int = 0

    @property
    def satisfaction(self) -> float | None:
        """The period's share of satisfied ratings; None without a rating."""
        return self.satisfied / self.rated if self.rated else None


def period_start(now: datetime, days: int) -> datetime:
    """The first moment (UTC) of the period of ``days`` local days that ends today."""
    if days < 1:
        raise ValueError("a period has at least one day")
    first = local_day(now) - timedelta(days=days - 1)
    return datetime.combine(first, time(0), LOCAL_TZ).astimezone(UTC)


def day_span(day: date, now: datetime) -> Span:
    """The moments of local ``day`` that a day of the trend counts, as a queue filter's
    span: from its local midnight to the next one, or to ``now`` (included) for today."""
    start = datetime.combine(day, time(0), LOCAL_TZ).astimezone(UTC)
    return start, min(start + timedelta(days=1), now + timedelta(microseconds=1))


def _most_overdue(item: tuple[Any, DeadlineCounts]) -> tuple[int, int, int, int, str]:
    key, counts = item
    return (-counts.overdue, -counts.due_today, -counts.due_this_week, -counts.open, key or "")


def _unit(department: str | None) -> tuple[str, list[Any]]:
    return ("AND department = ?", [department]) if department is not None else ("", [])


def deadline_groups(
    conn: sqlite3.Connection, now: datetime, department: str | None
) -> tuple[DeadlineCounts, dict[str | None, DeadlineCounts], dict[str, DeadlineCounts]]:
    """Totals, per assignee and per category, from one grouped scan of the open cases.

    Grouped by status too, though no caller wants it: the groups then come in the order
    of the ``cases_department`` index (department, status, assignee, category, due_at),
    which SQLite reads without sorting 60,000 rows into a temporary b-tree first (15 ms
    instead of 100-400 ms at 100,000 cases of one unit)."""
    today_end, week_end = due_horizons(now)
    now_key = moment_key(now)
    unit, unit_params = _unit(department)
    rows = conn.execute(
        "SELECT assignee, category, count(*), "
        "coalesce(sum(due_at <= ?), 0), "
        "coalesce(sum(due_at > ? AND due_at <= ?), 0), "
        "coalesce(sum(due_at > ? AND due_at <= ?), 0) "
        f"FROM cases WHERE status IN ({', '.join('?' * len(_OPEN))}) {unit} "
        "GROUP BY status, assignee, category",
        [
            now_key,
            now_key,
            moment_key(today_end),
            now_key,
            moment_key(week_end),
            *_OPEN,
            *unit_params,
        ],
    ).fetchall()
    totals = DeadlineCounts()
    by_assignee: dict[str | None, DeadlineCounts] = {}
    by_category: dict[str, DeadlineCounts] = {}
    for assignee, category, *numbers in rows:
        counts = DeadlineCounts(*(int(n) for n in numbers))
        totals += counts
        by_assignee[assignee] = by_assignee.get(assignee, DeadlineCounts()) + counts
        by_category[category] = by_category.get(category, DeadlineCounts()) + counts
    return totals, by_assignee, by_category


#: The key of the whole period's row in `_finished` (a day's key is its ISO date).
_PERIOD = ""


def _finished(conn: sqlite3.Connection, where: str, params: list[Any]) -> dict[str, Handling]:
    """The finished cases ``where`` selects, per local day of resolution (ISO date) and for
    the whole period (`_PERIOD`), in one read of the rows: counts and medians (window
    functions over the materialized rows; the median of an even count is the mean of the
    middle two)."""
    rows = conn.execute(
        "WITH done AS MATERIALIZED (SELECT "
        f"date(resolved_at, '{_TO_LOCAL}') AS d, "
        "unixepoch(resolved_at) - unixepoch(reported_at) AS s, "
        "due_at IS NOT NULL AS due, coalesce(resolved_at <= due_at, 0) AS met "
        f"FROM cases WHERE {where}), "
        "per_day AS (SELECT d, s, due, met, row_number() OVER (PARTITION BY d ORDER BY s) AS k, "
        "count(*) OVER (PARTITION BY d) AS c FROM done), "
        "period AS (SELECT s, due, met, row_number() OVER (ORDER BY s) AS k, "
        "count(*) OVER () AS c FROM done) "
        "SELECT d, count(*), sum(due), sum(met), "
        "avg(CASE WHEN k IN ((c + 1) / 2, (c + 2) / 2) THEN s END) FROM per_day GROUP BY d "
        "UNION ALL SELECT ?, count(*), coalesce(sum(due), 0), coalesce(sum(met), 0), "
        "avg(CASE WHEN k IN ((c + 1) / 2, (c + 2) / 2) THEN s END) FROM period",
        [*params, _PERIOD],
    ).fetchall()
    return {
        str(d): Handling(
            int(n), int(due), int(met), None if s is None else timedelta(seconds=float(s))
        )
        for d, n, due, met, s in rows
    }


def _ratings(
    conn: sqlite3.Connection, start_key: str | None, now_key: str | None, department: str | None
) -> dict[str, tuple[int, int]]:
    """Citizens' ratings given from ``start_key`` to ``now_key`` per local day (ISO date):
    how many, and how many were not "unsatisfied"."""
    unit, unit_params = _unit(department)
    return {
        d: (int(n), int(happy))
        for d, n, happy in conn.execute(
            f"SELECT date(rated_at, '{_TO_LOCAL}') AS d, count(*), sum(rating_satisfied) "
            f"FROM cases WHERE rated_at >= ? AND rated_at <= ? {unit} "
            "AND rating_satisfied IS NOT NULL GROUP BY d",
            [start_key, now_key, *unit_params],
        )
    }


def satisfaction(
    conn: sqlite3.Connection, now: datetime, department: str | None, days: int
) -> tuple[int, int]:
    """Citizens' ratings of the last ``days`` local days: how many, how many satisfied (the
    dashboard's figures, for the "Unhappy citizens" filter's line)."""
    ratings = _ratings(conn, moment_key(period_start(now, days)), moment_key(now), department)
    return sum(n for n, _ in ratings.values()), sum(happy for _, happy in ratings.values())


def dashboard(
    conn: sqlite3.Connection, now: datetime, department: str | None = None, days: int = 30
) -> Dashboard:
    """The dashboard of ``department`` at ``now`` with a trend over the last ``days`` days."""
    totals, by_assignee, by_category = deadline_groups(conn, now, department)
    start_key, now_key = moment_key(period_start(now, days)), moment_key(now)
    unit, unit_params = _unit(department)
    received = {
        d: int(n)
        for d, n in conn.execute(
            f"SELECT date(reported_at, '{_TO_LOCAL}') AS d, count(*) FROM cases "
            f"WHERE reported_at >= ? AND reported_at <= ? {unit} GROUP BY d",
            [start_key, now_key, *unit_params],
        )
    }
    # An open case has no resolved_at (the partial index `cases_department_resolved`).
    finished = f"resolved_at >= ? AND resolved_at <= ? {unit}"
    finished_params = [start_key, now_key, *unit_params]
    handled = _finished(conn, finished, finished_params)
    ratings = _ratings(conn, start_key, now_key, department)
    first = local_day(now) - timedelta(days=days - 1)
    trend = tuple(
        DayTrend(
            day,
            received.get(day.isoformat(), 0),
            handled.get(day.isoformat(), Handling()),
            *ratings.get(day.isoformat(), (0, 0)),
        )
        for day in (first + timedelta(days=offset) for offset in range(days))
    )
    return Dashboard(
        now=now,
        department=department,
        days=days,
        totals=totals,
        by_assignee=tuple(sorted(by_assignee.items(), key=_most_overdue)),
        by_category=tuple(sorted(by_category.items(), key=_most_overdue)),
        trend=trend,
        received=sum(received.values()),
        handling=handled.get(_PERIOD, Handling()),
        rated=sum(n for n, _ in ratings.values()),
        satisfied=sum(happy for _, happy in ratings.values()),
    )


__all__ = [
    "TREND_DAYS",
    "Dashboard",
    "DayTrend",
    "DeadlineCounts",
    "Handling",
    "dashboard",
    "day_span",
    "deadline_groups",
    "period_start",
    "satisfaction",
]
