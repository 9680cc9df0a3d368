"""The desk's offline dashboard checked against the central API's own count.

`deskhandler.store.dashboard` counts from the local store; ``GET /api/v1/stats`` counts
the same figures from the server's database, written separately.  `differences` lists
the figures on which the two disagree: none when the desk is in step with the server;
some when changes wait for upload or the server has news the desk has not synced yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from deskhandler.store.dashboard import Dashboard
from deskhandler.wire.stats import UnitStats

#: The figures compared, by name: (the desk's, the server's).
FIGURES = (
    "open",
    "overdue",
    "due_today",
    "due_this_week",
    "received",
    "resolved",
    "on_time",
    "rated",
    "satisfied",
)


@dataclass(frozen=True, slots=True)
class Difference:
    """One figure the desk and the server count differently."""

    figure: str
    desk: int
    server: int


def _desk_figures(board: Dashboard) -> dict[str, int]:
    totals = board.totals
    return {
        "open": totals.open,
        "overdue": totals.overdue,
        "due_today": totals.due_today,
        "due_this_week": totals.due_this_week,
        "received": board.received,
        "resolved": board.handling.resolved,
        "on_time": board.handling.on_time,
        "rated": board.rated,
        "satisfied": board.satisfied,
    }


def _server_figures(stats: UnitStats) -> dict[str, int]:
    totals = stats.totals
    return {
        "open": totals.open,
        "overdue": totals.overdue,
        "due_today": totals.due_today,
        "due_this_week": totals.due_this_week,
        "received": stats.received,
        "resolved": stats.resolved,
        "on_time": stats.on_time,
        "rated": stats.rated,
        "satisfied": stats.satisfied,
    }


def comparable(board: Dashboard, stats: UnitStats) -> bool:
    """Whether ``stats`` counts what ``board`` counts: the same unit, period and moment."""
    return (
        stats.department == board.department and stats.days == board.days and stats.now == board.now
    )


def differences(board: Dashboard, stats: UnitStats) -> tuple[Difference, ...]:
    """The figures of `FIGURES` on which the desk's ``board`` and the server's ``stats``
    disagree, in that order."""
    if not comparable(board, stats):
        raise ValueError("the server's figures are of another unit, period or moment")
    desk, server = _desk_figures(board), _server_figures(stats)
    return tuple(
        Difference(name, desk[name], server[name]) for name in FIGURES if desk[name] != server[name]
    )


__all__ = ["FIGURES", "Difference", "comparable", "differences"]
