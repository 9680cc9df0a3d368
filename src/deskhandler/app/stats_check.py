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

#: The figures compared: the open cases' deadline counts (``totals`` on both sides), the
#: period's flow (the same names on both sides) and how the resolved were handled (the
#: desk's ``handling``; top-level figures of the server's answer).
_TOTALS = ("open", "overdue", "due_today", "due_this_week")
_FLOW = ("received", "rated", "satisfied")
_HANDLING = ("resolved", "on_time")
FIGURES = (*_TOTALS, "received", *_HANDLING, "rated", "satisfied")


@dataclass(frozen=True, slots=True)
class Difference:
    """One figure the desk and the server count differently."""

    figure: str
    desk: int
    server: int


def _figures(totals: object, flow: object, handling: object) -> dict[str, int]:
    """`FIGURES` read from the objects that hold them, each by its own name."""
    holders = {
        **dict.fromkeys(_TOTALS, totals),
        **dict.fromkeys(_FLOW, flow),
        **dict.fromkeys(_HANDLING, handling),
    }
    return {name: int(getattr(holders[name], name)) for name in FIGURES}


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
    desk = _figures(board.totals, board, board.handling)
    server = _figures(stats.totals, stats, stats)
    return tuple(
        Difference(name, desk[name], server[name]) for name in FIGURES if desk[name] != server[name]
    )


__all__ = ["FIGURES", "Difference", "comparable", "differences"]
