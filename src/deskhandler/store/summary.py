"""The counts behind the printed one-page unit summary, as SQL aggregates.

A leader prints the state of the unit: open cases by status, how many are overdue, due
today and due by the end of this week, and the categories most of the open work is in.
Two grouped queries over the effective columns (``status``, ``due_at``, ``category``),
each read from an index, so the summary of 100,000 cases costs a few index scans and
never loads a case.  Per-person workload is `Store.workload`, computed beside it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from deskhandler.domain.statuses import OPEN
from deskhandler.store.dashboard import DeadlineCounts, deadline_groups

#: Categories listed on the summary, the biggest first.
TOP_CATEGORIES = 8

_OPEN = sorted(s.value for s in OPEN)


@dataclass(frozen=True, slots=True)
class UnitCounts:
    """What the summary counts: open cases by status, by deadline and by category."""

    by_status: dict[str, int]
    #: The dashboard's deadline counts (`store.dashboard.DeadlineCounts`), so the printout
    #: and the screen always agree.
    deadlines: DeadlineCounts
    #: ``(category code, open cases)``, the biggest first, at most `TOP_CATEGORIES`.
    top_categories: list[tuple[str, int]]

    @property
    def open(self) -> int:
        return sum(self.by_status.values())


def unit_counts(conn: sqlite3.Connection, now: datetime, department: str | None) -> UnitCounts:
    """The counts of ``department`` (every unit in the mirror when None) at ``now``: the
    deadlines and categories from the dashboard's grouped scan, plus one count by status."""
    clause = f"status IN ({', '.join('?' * len(_OPEN))})"
    params: list[object] = list(_OPEN)
    if department is not None:
        clause += " AND department = ?"
        params.append(department)
    by_status = {
        str(status): int(count)
        for status, count in conn.execute(
            f"SELECT status, count(*) FROM cases WHERE {clause} GROUP BY status", params
        )
    }
    totals, _, by_category = deadline_groups(conn, now, department)
    biggest = sorted(by_category.items(), key=lambda item: (-item[1].open, item[0]))
    top = [(code, counts.open) for code, counts in biggest[:TOP_CATEGORIES]]
    return UnitCounts(by_status, totals, top)


__all__ = ["TOP_CATEGORIES", "DeadlineCounts", "UnitCounts", "unit_counts"]
