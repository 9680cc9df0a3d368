"""Each unit's load: open and overdue cases per unit, for the coordinator's routing choice.

A coordinator's desk mirrors every unit's cases, so "who is overloaded, who is late" is
one GROUP BY over the local store: it works offline and costs one pass over the
``(department, status)`` index, whatever the number of units.  Cases at the IOC
(``department`` null) are no unit's load and are left out.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from deskhandler.domain.statuses import OPEN
from deskhandler.store.overlay import moment_key

#: A unit with more overdue cases than this is shown "late".
LATE_OVERDUE = 5
#: A unit with more open cases than this (and not late) is shown "overloaded".
OVERLOADED_OPEN = 100


class LoadState(StrEnum):
    NORMAL = "normal"
    OVERLOADED = "overloaded"
    LATE = "late"


@dataclass(frozen=True, slots=True)
class UnitLoad:
    """Open cases at a unit and how many of them are past their deadline."""

    open: int = 0
    overdue: int = 0

    @property
    def state(self) -> LoadState:
        """Late (too many overdue) weighs more than overloaded (too many open)."""
        if self.overdue > LATE_OVERDUE:
            return LoadState.LATE
        if self.open > OVERLOADED_OPEN:
            return LoadState.OVERLOADED
        return LoadState.NORMAL


def units_load(conn: sqlite3.Connection, now: datetime) -> dict[str, UnitLoad]:
    """``{unit code: UnitLoad}`` for every unit holding open cases, as the desk sees them
    (pending local actions included: the columns are the effective case)."""
    statuses = sorted(s.value for s in OPEN)
    sql = (
        "SELECT department, count(*), "
        "coalesce(sum(due_at IS NOT NULL AND due_at <= ?), 0) "
        f"FROM cases WHERE department IS NOT NULL AND status IN ({', '.join('?' * len(statuses))}) "
        "GROUP BY department"
    )
    return {
        str(unit): UnitLoad(int(open_), int(overdue))
        for unit, open_, overdue in conn.execute(sql, [moment_key(now), *statuses])
    }


__all__ = ["LATE_OVERDUE", "OVERLOADED_OPEN", "LoadState", "UnitLoad", "units_load"]
