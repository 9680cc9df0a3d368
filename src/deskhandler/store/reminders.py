"""What the morning reminder counts: due today, newly overdue, replies waiting for approval.

Counted on the local store, so the reminder works offline and says what the queue shows.
Whose cases count depends on the role: a clerk's own open cases, a supervisor's whole
unit, a coordinator's (or admin's) intake at the IOC.  "Today" is the province's day
(`LOCAL_TZ`): deadlines end at the end of a local working day, the same on every PC.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from deskhandler.domain.deadlines import LOCAL_TZ
from deskhandler.domain.statuses import AT_IOC, OPEN, PROVINCE_WIDE_ROLES, Role, Status
from deskhandler.store.overlay import moment_key
from deskhandler.store.records import Identity


@dataclass(frozen=True, slots=True)
class ReminderCounts:
    due_today: int = 0
    newly_overdue: int = 0
    #: Replies waiting for the supervisor's approval (always 0 for other roles).
    awaiting_approval: int = 0

    def __bool__(self) -> bool:
        return bool(self.due_today or self.newly_overdue or self.awaiting_approval)


def end_of_local_day(now: datetime) -> datetime:
    """The last moment of ``now``'s day in the province."""
    day = now.astimezone(LOCAL_TZ).date()
    return datetime.combine(day + timedelta(days=1), time(), LOCAL_TZ) - timedelta(microseconds=1)


def _scope(identity: Identity) -> tuple[str, list[Any]]:
    """The cases that are this person's to watch, as SQL over the effective columns."""
    if identity.role in PROVINCE_WIDE_ROLES:
        at_ioc = sorted(s.value for s in AT_IOC)
        return f"status IN ({', '.join('?' * len(at_ioc))})", at_ioc
    open_ = sorted(s.value for s in OPEN)
    statuses = f"status IN ({', '.join('?' * len(open_))})"
    if identity.role is Role.SUPERVISOR:
        return f"{statuses} AND department = ?", [*open_, identity.department]
    return f"{statuses} AND assignee = ?", [*open_, identity.username]


def reminder_counts(
    conn: sqlite3.Connection, identity: Identity, now: datetime, since: datetime
) -> ReminderCounts:
    """Due later today, overdue since ``since`` (up to ``now``), and for a supervisor the
    unit's replies awaiting approval."""
    scope, params = _scope(identity)
    row = conn.execute(
        "SELECT coalesce(sum(due_at > ? AND due_at <= ?), 0), "
        "coalesce(sum(due_at > ? AND due_at <= ?), 0) "
        f"FROM cases WHERE due_at IS NOT NULL AND {scope}",
        [
            moment_key(now),
            moment_key(end_of_local_day(now)),
            moment_key(since),
            moment_key(now),
            *params,
        ],
    ).fetchone()
    waiting = 0
    if identity.role is Role.SUPERVISOR:
        waiting = int(
            conn.execute(
                "SELECT count(*) FROM cases WHERE status = ? AND department = ?",
                (Status.AWAITING_APPROVAL.value, identity.department),
            ).fetchone()[0]
        )
    return ReminderCounts(int(row[0]), int(row[1]), waiting)


__all__ = ["ReminderCounts", "end_of_local_day", "reminder_counts"]
