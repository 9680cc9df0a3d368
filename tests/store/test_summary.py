"""The counts of the printed unit summary: open cases by status, deadline and category."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from deskhandler.domain.deadlines import LOCAL_TZ, due_horizons
from deskhandler.store import Store
from deskhandler.store.summary import DeadlineCounts
from deskhandler.wire.models import Case
from tests.store.conftest import page, wire_case

#: Tuesday 24 November 2026, 10:00 in Huế.
NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


def due(case_id: str, status: str, at: datetime | None, category: str, unit: str = "SXD") -> Case:
    return wire_case(
        case_id,
        status=status,
        due_at=at.isoformat() if at else None,
        category=category,
        department=unit,
    )


def fill(store: Store) -> None:
    cases = [
        due("A", "in_progress", NOW - timedelta(hours=1), "XD"),  # overdue
        due("B", "assigned", datetime(2026, 11, 24, 16, 0, tzinfo=UTC), "XD"),  # 23:00 today
        due("C", "in_progress", datetime(2026, 11, 24, 17, 30, tzinfo=UTC), "XD"),  # tomorrow
        due("D", "awaiting_approval", datetime(2026, 11, 29, 16, 0, tzinfo=UTC), "GT"),  # Sunday
        due("E", "in_progress", datetime(2026, 11, 29, 17, 30, tzinfo=UTC), "GT"),  # Monday
        due("F", "in_progress", None, "MT"),
        due("G", "resolved", NOW - timedelta(days=3), "XD"),  # closed work never counts
        due("H", "in_progress", NOW - timedelta(days=1), "GT", unit="SGTVT"),
    ]
    store.apply_changes(page(cases))


def test_counts_of_one_unit(store: Store) -> None:
    fill(store)
    counts = store.unit_counts(NOW, "SXD")
    assert counts.by_status == {"in_progress": 4, "assigned": 1, "awaiting_approval": 1}
    assert counts.open == 6
    assert counts.deadlines == DeadlineCounts(open=6, overdue=1, due_today=1, due_this_week=3)
    assert counts.top_categories == [("XD", 3), ("GT", 2), ("MT", 1)]


def test_counts_of_every_unit(store: Store) -> None:
    fill(store)
    counts = store.unit_counts(NOW)
    assert counts.by_status["in_progress"] == 5
    assert counts.deadlines.overdue == 2
    assert counts.top_categories == [("GT", 3), ("XD", 3), ("MT", 1)]


def test_an_empty_unit_counts_zero(store: Store) -> None:
    counts = store.unit_counts(NOW, "SXD")
    assert counts.open == 0
    assert counts.by_status == {}
    assert counts.deadlines == DeadlineCounts()
    assert counts.top_categories == []


def test_the_week_ends_on_sunday_night_in_hue() -> None:
    sunday_night = datetime(2026, 11, 29, 23, 0, tzinfo=LOCAL_TZ)
    assert due_horizons(sunday_night)[1] == datetime(2026, 11, 29, 23, 59, 59, tzinfo=LOCAL_TZ)
    monday = datetime(2026, 11, 30, 0, 30, tzinfo=LOCAL_TZ)
    assert due_horizons(monday)[1].date().isoformat() == "2026-12-06"
    # 17:30 UTC on Sunday is already Monday in Huế.
    assert due_horizons(datetime(2026, 11, 29, 17, 30, tzinfo=UTC))[1].day == 6
