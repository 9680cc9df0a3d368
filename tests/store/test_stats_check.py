"""The desk's dashboard against the server's figures: which figures differ, and never a
comparison of figures counted for another unit, period or moment."""

from __future__ import annotations

from datetime import timedelta

import pytest

from deskhandler.app.stats_check import Difference, comparable, differences
from deskhandler.store import Store
from deskhandler.wire.stats import DeadlineStats, UnitStats
from tests.store.test_dashboard import NOW, filled

__all__ = ["filled"]


def as_server_counts(store: Store, **changed: int) -> UnitStats:
    """The server's answer for the board of SXD at NOW, with ``changed`` figures."""
    board = store.dashboard(NOW, "SXD")
    totals = {
        name: changed.get(name, getattr(board.totals, name))
        for name in ("open", "overdue", "due_today", "due_this_week")
    }
    return UnitStats(
        department="SXD",
        now=NOW,
        days=30,
        totals=DeadlineStats(**totals),
        by_assignee=[],
        by_category=[],
        trend=[],
        received=changed.get("received", board.received),
        resolved=changed.get("resolved", board.handling.resolved),
        with_deadline=board.handling.with_deadline,
        on_time=changed.get("on_time", board.handling.on_time),
        median_handling_seconds=None,
        rated=board.rated,
        satisfied=board.satisfied,
    )


def test_the_same_figures_have_no_differences(filled: Store) -> None:
    board = filled.dashboard(NOW, "SXD")
    assert differences(board, as_server_counts(filled)) == ()


def test_each_differing_figure_is_named_with_both_counts(filled: Store) -> None:
    board = filled.dashboard(NOW, "SXD")
    server = as_server_counts(filled, overdue=board.totals.overdue + 1, received=0)
    assert differences(board, server) == (
        Difference("overdue", board.totals.overdue, board.totals.overdue + 1),
        Difference("received", board.received, 0),
    )


def test_figures_of_another_moment_are_not_compared(filled: Store) -> None:
    board = filled.dashboard(NOW, "SXD")
    later = as_server_counts(filled).model_copy(update={"now": NOW + timedelta(minutes=1)})
    assert not comparable(board, later)
    with pytest.raises(ValueError, match="another unit"):
        differences(board, later)
    other_unit = as_server_counts(filled).model_copy(update={"department": "SGTVT"})
    assert not comparable(board, other_unit)
