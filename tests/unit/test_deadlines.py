"""Working-day deadlines with a holiday calendar given as data."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskhandler.domain.deadlines import (
    LOCAL_TZ,
    DeadlineState,
    HolidayCalendar,
    deadline_state,
    due_at,
    end_of_day,
    local_day,
)

TET_2026 = ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"]
calendar = HolidayCalendar(TET_2026)


def test_weekends_are_skipped() -> None:
    friday = date(2026, 11, 20)
    assert calendar.add_working_days(friday, 1) == date(2026, 11, 23)
    assert calendar.add_working_days(friday, 5) == date(2026, 11, 27)


def test_tet_is_skipped() -> None:
    # Reported on Friday 13 Feb 2026, five working days: Tết week is off.
    assert calendar.add_working_days(date(2026, 2, 13), 5) == date(2026, 2, 27)
    assert HolidayCalendar().add_working_days(date(2026, 2, 13), 5) == date(2026, 2, 20)


def test_zero_days_means_the_next_working_day_if_today_is_off() -> None:
    assert calendar.add_working_days(date(2026, 11, 21), 0) == date(2026, 11, 23)
    assert calendar.add_working_days(date(2026, 11, 23), 0) == date(2026, 11, 23)


def test_negative_days_are_refused() -> None:
    with pytest.raises(ValueError):
        calendar.add_working_days(date(2026, 1, 1), -1)


def test_due_at_is_the_end_of_the_local_working_day() -> None:
    # 20:00 UTC on Sunday is already Monday in Hue; one working day later is Tuesday.
    reported = datetime(2026, 11, 22, 20, 0, tzinfo=UTC)
    assert local_day(reported) == date(2026, 11, 23)
    due = due_at(reported, 1, calendar)
    assert due.astimezone(LOCAL_TZ).date() == date(2026, 11, 24)
    assert due.astimezone(LOCAL_TZ).time().hour == 23


def test_urgent_cases_get_one_day_whatever_the_category_says() -> None:
    reported = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    assert due_at(reported, 10, calendar, urgent=True) == end_of_day(date(2026, 11, 24))


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError):
        local_day(datetime(2026, 1, 1))


def test_deadline_states() -> None:
    due = datetime(2026, 11, 25, 16, 59, 59, tzinfo=UTC)
    assert deadline_state(due, due - timedelta(days=5)).state is DeadlineState.ON_TIME
    assert deadline_state(due, due - timedelta(days=1)).state is DeadlineState.DUE_SOON
    assert deadline_state(due, due + timedelta(seconds=1)).state is DeadlineState.OVERDUE
    assert deadline_state(due, due + timedelta(days=9), is_open=False).state is DeadlineState.NONE
    assert deadline_state(None, due).state is DeadlineState.NONE


days = st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31))
holiday_sets = st.sets(days, max_size=30)


@given(start=days, n=st.integers(min_value=0, max_value=60), holidays=holiday_sets)
def test_adding_working_days_lands_on_a_working_day_n_days_later(
    start: date, n: int, holidays: set[date]
) -> None:
    cal = HolidayCalendar(holidays)
    end = cal.add_working_days(start, n)
    assert cal.is_working_day(end)
    assert end >= start
    if n > 0:
        assert cal.working_days_between(start, end) == n


@given(start=days, a=st.integers(0, 40), b=st.integers(0, 40), holidays=holiday_sets)
def test_more_days_never_come_earlier(start: date, a: int, b: int, holidays: set[date]) -> None:
    cal = HolidayCalendar(holidays)
    lo, hi = sorted((a, b))
    assert cal.add_working_days(start, lo) <= cal.add_working_days(start, hi)


@given(start=days, end=days, holidays=holiday_sets)
def test_working_days_between_is_antisymmetric(start: date, end: date, holidays: set[date]) -> None:
    cal = HolidayCalendar(holidays)
    assert cal.working_days_between(start, end) == -cal.working_days_between(end, start)


@given(day=days, holidays=holiday_sets)
def test_holidays_and_weekends_are_not_working_days(day: date, holidays: set[date]) -> None:
    cal = HolidayCalendar(holidays)
    assert cal.is_working_day(day) == (day.weekday() < 5 and day not in holidays)
