"""A unit's deadline and handling figures, counted by the server from its own database.

The desk computes the same figures offline from its mirror (`deskhandler.store.dashboard`);
``GET /api/v1/stats`` lets the two be checked against each other.  Written separately on
purpose (SQLAlchemy, portable to PostgreSQL, with the trend bucketed in Python): two
independent countings that agree are the check.  The definitions are the dashboard's:
the horizons of `deskhandler.domain.deadlines.due_horizons`, local days in UTC+7, and
"resolved at" = ``resolved_at`` of a resolved or closed case: the moment it last became
finished (`deskhandler.domain.statuses.resolved_at_after`), not its last update, so
closing a resolved case, a rating or a note later leaves its day, handling time
(``resolved_at - reported_at``) and on-time (``resolved_at <= due_at``) alone.  A finished
case without ``resolved_at`` (only data written before the column existed) counts as not
resolved in any period.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from deskhandler.domain.deadlines import LOCAL_TZ, due_horizons, local_day
from deskhandler.domain.statuses import FINISHED, OPEN
from deskhandler.server.models import CaseRow
from deskhandler.wire.stats import DayStats, DeadlineStats, GroupStats, UnitStats

_OPEN = sorted(s.value for s in OPEN)
_FINISHED = sorted(s.value for s in FINISHED)


def _count_when(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _whole_seconds(moment: datetime) -> int:
    return int(moment.timestamp())


def _median(durations: list[int]) -> float | None:
    return float(statistics.median(durations)) if durations else None


def _groups(sums: dict[Any, list[int]]) -> list[GroupStats]:
    groups = [
        GroupStats(key=key, open=n[0], overdue=n[1], due_today=n[2], due_this_week=n[3])
        for key, n in sums.items()
    ]
    return sorted(
        groups,
        key=lambda g: (-g.overdue, -g.due_today, -g.due_this_week, -g.open, g.key or ""),
    )


def unit_stats(session: Session, now: datetime, department: str | None, days: int) -> UnitStats:
    """The figures of ``department`` (every unit when None) at ``now`` over ``days`` days."""
    now = now.astimezone(UTC)
    today_end, week_end = due_horizons(now)
    in_unit = [CaseRow.department == department] if department is not None else []
    due = CaseRow.due_at
    rows = session.execute(
        select(
            CaseRow.assignee,
            CaseRow.category,
            func.count(),
            _count_when(due <= now),
            _count_when(and_(due > now, due <= today_end)),
            _count_when(and_(due > now, due <= week_end)),
        )
        .where(CaseRow.status.in_(_OPEN), *in_unit)
        .group_by(CaseRow.assignee, CaseRow.category)
    ).all()
    totals = [0, 0, 0, 0]
    by_assignee: dict[str | None, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for assignee, category, *numbers in rows:
        for index, value in enumerate(numbers):
            totals[index] += int(value)
            by_assignee[assignee][index] += int(value)
            by_category[category][index] += int(value)

    first = local_day(now) - timedelta(days=days - 1)
    start = datetime.combine(first, time(0), LOCAL_TZ).astimezone(UTC)
    received = Counter(
        local_day(reported)
        for reported in session.scalars(
            select(CaseRow.reported_at).where(
                CaseRow.reported_at >= start, CaseRow.reported_at <= now, *in_unit
            )
        )
    )
    finished: dict[Any, list[tuple[int, bool | None]]] = defaultdict(list)
    for reported, resolved, due_at in session.execute(
        select(CaseRow.reported_at, CaseRow.resolved_at, CaseRow.due_at).where(
            CaseRow.status.in_(_FINISHED),
            CaseRow.resolved_at >= start,
            CaseRow.resolved_at <= now,
            *in_unit,
        )
    ):
        assert resolved is not None  # the WHERE keeps only resolved cases; this tells mypy
        seconds = _whole_seconds(resolved) - _whole_seconds(reported)
        finished[local_day(resolved)].append(
            (seconds, None if due_at is None else resolved <= due_at)
        )
    ratings: dict[Any, list[bool]] = defaultdict(list)
    for rated_at, rating in session.execute(
        select(CaseRow.satisfaction_at, CaseRow.satisfaction_rating).where(
            CaseRow.satisfaction_at >= start,
            CaseRow.satisfaction_at <= now,
            CaseRow.satisfaction_rating.is_not(None),
            *in_unit,
        )
    ):
        if rated_at is not None:  # the WHERE keeps only rated cases; this tells mypy
            ratings[local_day(rated_at)].append(rating != "unsatisfied")
    trend = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        done = finished.get(day, [])
        trend.append(
            DayStats(
                day=day,
                received=received.get(day, 0),
                resolved=len(done),
                with_deadline=sum(1 for _, met in done if met is not None),
                on_time=sum(1 for _, met in done if met),
                median_handling_seconds=_median([s for s, _ in done]),
                rated=len(ratings.get(day, [])),
                satisfied=sum(ratings.get(day, [])),
            )
        )
    every = [item for done in finished.values() for item in done]
    every_rating = [satisfied for given in ratings.values() for satisfied in given]
    return UnitStats(
        department=department,
        now=now,
        days=days,
        totals=DeadlineStats(
            open=totals[0], overdue=totals[1], due_today=totals[2], due_this_week=totals[3]
        ),
        by_assignee=_groups(by_assignee),
        by_category=_groups(by_category),
        trend=trend,
        received=sum(received.values()),
        resolved=len(every),
        with_deadline=sum(1 for _, met in every if met is not None),
        on_time=sum(1 for _, met in every if met),
        median_handling_seconds=_median([s for s, _ in every]),
        rated=len(every_rating),
        satisfied=sum(every_rating),
    )
