"""Queue filters and sort orders, turned into SQL over the effective columns of ``cases``.

Queries return ids only: the queue model keeps the ordered ids of its filter and loads
rows in blocks (STYLE.md point 6), so 100,000 cases never become 100,000 objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from deskhandler.domain.deadlines import DUE_SOON, due_horizons
from deskhandler.domain.statuses import OPEN, Priority
from deskhandler.store.overlay import moment_key
from deskhandler.store.search import match_query

#: ``QueueFilter.assignee`` values with a meaning of their own.
ME = "me"
UNASSIGNED = "unassigned"

PRIORITY_RANK = {p.value: rank for rank, p in enumerate(Priority)}


#: A span of time ``[start, end)``.
Span = tuple[datetime, datetime]


class DeadlineFilter(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    #: Not overdue, due by the end of today / of this week (local time, `due_horizons`);
    #: the week includes today.  The dashboard's tiles and bars open these.
    DUE_TODAY = "due_today"
    DUE_THIS_WEEK = "due_this_week"


class SortKey(StrEnum):
    DUE_AT = "due_at"
    REPORTED_AT = "reported_at"
    UPDATED_AT = "updated_at"
    PRIORITY = "priority"
    TITLE = "title"
    ID = "id"
    STATUS = "status"
    CATEGORY = "category"
    ASSIGNEE = "assignee"
    PENDING = "pending"


_SORT_COLUMN = {
    SortKey.DUE_AT: "due_at",
    SortKey.REPORTED_AT: "reported_at",
    SortKey.UPDATED_AT: "updated_at",
    SortKey.PRIORITY: "priority_rank",
    SortKey.TITLE: "title_key",
    SortKey.ID: "id",
    SortKey.STATUS: "status",
    SortKey.CATEGORY: "category",
    SortKey.ASSIGNEE: "assignee",
    SortKey.PENDING: "pending",
}


@dataclass(frozen=True, slots=True)
class Sort:
    key: SortKey = SortKey.DUE_AT
    descending: bool = False

    def sql(self) -> str:
        column = _SORT_COLUMN[self.key]
        direction = "DESC" if self.descending else "ASC"
        # Cases without a deadline go last either way; id breaks ties so pages are stable.
        nulls = f"{column} IS NULL, " if self.key is SortKey.DUE_AT else ""
        return f"ORDER BY {nulls}{column} {direction}, id {direction}"


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What the queue shows; empty fields do not filter.

    ``assignee`` is a username, `ME` or `UNASSIGNED`.  ``deadline`` needs ``now`` (the
    caller's clock, so tests and the UI agree on "overdue").  ``conflicts`` keeps cases
    with actions in the conflicts list; ``pending_only`` those waiting for upload;
    ``unsatisfied`` those whose citizen's latest rating is "not satisfied".

    ``reported_in``, ``resolved_in`` and ``rated_in`` keep the cases reported, finished
    (resolved or closed, at their ``resolved_at``) or rated by their citizen in a span
    ``[start, end)``: what a day of the dashboard's trend counts.
    """

    statuses: frozenset[str] = frozenset()
    assignee: str | None = None
    category: str | None = None
    priority: str | None = None
    department: str | None = None
    deadline: DeadlineFilter | None = None
    now: datetime | None = None
    search: str | None = None
    pending_only: bool = False
    conflicts: bool = False
    unsatisfied: bool = False
    reported_in: Span | None = None
    resolved_in: Span | None = None
    rated_in: Span | None = None


def _span(column: str, span: Span, clauses: list[str], params: list[Any]) -> None:
    clauses.append(f"{column} >= ? AND {column} < ?")
    params.extend([moment_key(span[0]), moment_key(span[1])])


def where(flt: QueueFilter, me: str | None) -> tuple[str, list[Any]]:
    """The WHERE clause (with a leading "WHERE", or empty) and its parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if flt.statuses:
        clauses.append(f"status IN ({', '.join('?' * len(flt.statuses))})")
        params.extend(sorted(flt.statuses))
    if flt.assignee == UNASSIGNED:
        clauses.append("assignee IS NULL")
    elif flt.assignee is not None:
        clauses.append("assignee = ?")
        params.append(me if flt.assignee == ME else flt.assignee)
    for column in ("category", "priority", "department"):
        value = getattr(flt, column)
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if flt.deadline is not None:
        if flt.now is None:
            raise ValueError("a deadline filter needs `now`")
        open_statuses = sorted(s.value for s in OPEN)
        clauses.append(f"status IN ({', '.join('?' * len(open_statuses))})")
        params.extend(open_statuses)
        if flt.deadline is DeadlineFilter.OVERDUE:
            clauses.append("due_at <= ?")
            params.append(moment_key(flt.now))
        elif flt.deadline in (DeadlineFilter.DUE_TODAY, DeadlineFilter.DUE_THIS_WEEK):
            today_end, week_end = due_horizons(flt.now)
            horizon = today_end if flt.deadline is DeadlineFilter.DUE_TODAY else week_end
            clauses.append("due_at > ? AND due_at <= ?")
            params.extend([moment_key(flt.now), moment_key(horizon)])
        else:
            clauses.append("due_at > ? AND due_at <= ?")
            params.extend([moment_key(flt.now), moment_key(flt.now + DUE_SOON)])
    if flt.search is not None and flt.search.strip():
        query = match_query(flt.search)
        if query is None:
            clauses.append("0")
        else:
            clauses.append("n IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
            params.append(query)
    if flt.pending_only:
        # As a subquery, so SQLite reads the few pending cases from their partial index
        # instead of walking the whole deadline index to save a sort.
        clauses.append("n IN (SELECT n FROM cases WHERE pending > 0)")
    if flt.conflicts:
        clauses.append("id IN (SELECT case_id FROM conflicts)")
    if flt.unsatisfied:
        # As a subquery spelled as the partial index `cases_unsatisfied` is: SQLite reads
        # the few unhappy cases from it instead of a unit's whole department index.
        clauses.append("n IN (SELECT n FROM cases WHERE rating_satisfied = 0)")
    if flt.reported_in is not None:
        _span("reported_at", flt.reported_in, clauses, params)
    if flt.resolved_in is not None:
        _span("resolved_at", flt.resolved_in, clauses, params)
    if flt.rated_in is not None:
        clauses.append("rating_satisfied IS NOT NULL")
        _span("rated_at", flt.rated_in, clauses, params)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def placeholders(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))
