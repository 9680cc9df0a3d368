"""The deadline dashboard on the local store, against numbers worked out by hand.

NOW is Tuesday 24 November 2026, 10:00 in Huế (03:00 UTC): today ends 16:59:59 UTC,
the week ends Sunday 29 November 16:59:59 UTC; the 30-day period starts on 26 October,
local time (25 October 17:00 UTC).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from deskhandler.store import Store
from deskhandler.store.dashboard import DeadlineCounts, Handling, day_span, period_start
from deskhandler.store.queue import DeadlineFilter, QueueFilter
from tests.store.conftest import page, wire_case

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


def at(text: str) -> str:
    """A UTC moment written short: "11-24 03:00" is 24 November 2026, 03:00 UTC."""
    return datetime.strptime(f"2026-{text}", "%Y-%m-%d %H:%M").replace(tzinfo=UTC).isoformat()


#: (id, assignee, status, category, reported_at, due_at, updated_at, unit)
CASES = [
    # open cases of SXD
    ("A", "lan", "in_progress", "VSMT", "11-10 01:00", "11-23 22:00", "11-12 01:00", "SXD"),
    ("B", "lan", "in_progress", "VSMT", "11-20 01:00", "11-24 08:00", "11-21 01:00", "SXD"),
    ("C", "lan", "assigned", "TTXD", "11-21 01:00", "11-27 16:59", "11-21 02:00", "SXD"),
    ("D", "minh", "in_progress", "TTXD", "11-22 01:00", "12-05 16:59", "11-22 02:00", "SXD"),
    ("E", None, "assigned", "VSMT", "11-23 23:30", "11-23 03:00", "11-23 23:40", "SXD"),
    ("F", "minh", "awaiting_approval", "VSMT", "11-24 02:00", None, "11-24 02:30", "SXD"),
    # due exactly now: overdue, as in the queue
    ("G", "minh", "in_progress", "TTXD", "10-01 01:00", "11-24 03:00", "10-02 01:00", "SXD"),
    # finished cases of SXD
    ("R1", "lan", "resolved", "VSMT", "11-20 02:00", "11-25 16:59", "11-23 02:00", "SXD"),
    ("R2", "minh", "closed", "TTXD", "11-10 00:00", "11-17 16:59", "11-23 18:00", "SXD"),
    ("R3", "lan", "resolved", "VSMT", "11-22 10:00", None, "11-23 10:00", "SXD"),
    ("R4", "lan", "closed", "VSMT", "09-01 10:00", "09-08 16:59", "10-01 10:00", "SXD"),
    # another unit's cases never count for SXD
    ("X1", "tuan", "in_progress", "VSMT", "11-23 01:00", "11-23 02:00", "11-23 01:00", "SGTVT"),
    ("X2", "tuan", "resolved", "VSMT", "11-23 01:00", "11-24 02:00", "11-23 05:00", "SGTVT"),
]


@pytest.fixture
def filled(store: Store) -> Store:
    store.apply_changes(
        page(
            [
                wire_case(
                    cid,
                    assignee=who,
                    status=status,
                    category=category,
                    reported_at=at(reported),
                    due_at=at(due) if due else None,
                    updated_at=at(updated),
                    department=unit,
                )
                for cid, who, status, category, reported, due, updated, unit in CASES
            ]
        )
    )
    return store


def test_period_starts_at_local_midnight() -> None:
    assert period_start(NOW, 30) == datetime(2026, 10, 25, 17, 0, tzinfo=UTC)
    assert period_start(NOW, 1) == datetime(2026, 11, 23, 17, 0, tzinfo=UTC)
    with pytest.raises(ValueError):
        period_start(NOW, 0)


def test_deadline_counts_by_hand(filled: Store) -> None:
    board = filled.dashboard(NOW, "SXD")
    # open: A B C D E F G; overdue A E G (G due exactly now); today B; week B C.
    assert board.totals == DeadlineCounts(open=7, overdue=3, due_today=1, due_this_week=2)
    assert board.totals.later_this_week == 1
    assert dict(board.by_assignee) == {
        "lan": DeadlineCounts(3, 1, 1, 2),
        "minh": DeadlineCounts(3, 1, 0, 0),
        None: DeadlineCounts(1, 1, 0, 0),
    }
    assert [who for who, _ in board.by_assignee] == ["lan", "minh", None], "most overdue first"
    assert dict(board.by_category) == {
        "VSMT": DeadlineCounts(4, 2, 1, 1),
        "TTXD": DeadlineCounts(3, 1, 0, 1),
    }


def test_trend_by_hand(filled: Store) -> None:
    board = filled.dashboard(NOW, "SXD", days=30)
    assert len(board.trend) == 30
    assert board.trend[0].day == date(2026, 10, 26)
    assert board.trend[-1].day == date(2026, 11, 24)
    days = {t.day: t for t in board.trend}
    # Received, by local day: A 11-10, R2 11-10 (07:00 local), B 11-20, R1 11-20,
    # C 11-21, D 11-22, R3 11-22 (17:00 local), E 11-24 (06:30 local), F 11-24; G and R4
    # came before the period.
    assert board.received == 9
    received = {t.day.isoformat(): t.received for t in board.trend if t.received}
    assert received == {
        "2026-11-10": 2,
        "2026-11-20": 2,
        "2026-11-21": 1,
        "2026-11-22": 2,
        "2026-11-24": 2,
    }
    # Resolved: R1 11-23 09:00 local, R3 11-23 17:00 local, R2 11-24 01:00 local.
    # R1 took 3 days and met its deadline; R3 1 day and had none; R2 13 days 18 hours,
    # late.  R4 was resolved before the period.
    assert days[date(2026, 11, 23)].handling == Handling(2, 1, 1, timedelta(days=2))
    assert days[date(2026, 11, 24)].handling == Handling(1, 1, 0, timedelta(days=13, hours=18))
    assert sum(t.handling.resolved for t in board.trend) == 3
    assert board.handling == Handling(3, 2, 1, timedelta(days=3))
    assert board.handling.on_time_rate == 0.5
    assert days[date(2026, 11, 22)].handling == Handling()
    assert days[date(2026, 11, 22)].handling.on_time_rate is None
    assert board.satisfaction is None, "nobody rated yet"


def test_satisfaction_by_hand(filled: Store) -> None:
    """Ratings count on the local day they were given, inside the period, in the unit."""

    def rate(case_id: str, version: int, satisfied: bool, when: str, unit: str = "SXD") -> None:
        rating = {"satisfied": satisfied, "comment": None, "rated_at": at(when)}
        filled.apply_changes(
            page(
                [
                    wire_case(
                        case_id,
                        version=version,
                        status="resolved",
                        department=unit,
                        rating=rating,
                    )
                ]
            )
        )

    rate("R1", 50, True, "11-23 05:00")  # 23 Nov, 12:00 local
    rate("R2", 50, False, "11-23 18:00")  # 24 Nov, 01:00 local
    rate("R3", 50, True, "11-23 20:00")  # 24 Nov, 03:00 local
    rate("R4", 50, True, "10-20 01:00")  # before the 30-day period
    board = filled.dashboard(NOW, "SXD", days=30)
    days = {t.day: t for t in board.trend}
    assert (board.rated, board.satisfied) == (3, 2)
    assert board.satisfaction == pytest.approx(2 / 3)
    assert (days[date(2026, 11, 23)].rated, days[date(2026, 11, 23)].satisfied) == (1, 1)
    assert (days[date(2026, 11, 24)].rated, days[date(2026, 11, 24)].satisfied) == (2, 1)
    assert days[date(2026, 11, 22)].satisfaction is None
    assert filled.dashboard(NOW, "SXD", days=90).rated == 4
    # the line beside "Unhappy citizens" counts the same
    assert filled.satisfaction(NOW, "SXD", 30) == (3, 2)
    assert filled.satisfaction(NOW, "SXD", 90) == (4, 3)
    assert filled.satisfaction(NOW, "SGTVT", 90) == (0, 0)


def test_ninety_days_reach_the_older_case(filled: Store) -> None:
    board = filled.dashboard(NOW, "SXD", days=90)
    assert len(board.trend) == 90
    # R4 (resolved 1 October, 30 days after it was reported, late) and G (reported
    # 1 October) now count.
    assert board.received == 11
    assert board.handling.resolved == 4
    assert board.handling.on_time == 1
    assert board.handling.with_deadline == 3
    # durations 1 d, 3 d, 13 d 18 h, 30 d: the median is between the middle two.
    assert board.handling.median == timedelta(days=8, hours=9)


def test_every_unit_of_the_mirror_without_a_department(filled: Store) -> None:
    board = filled.dashboard(NOW)
    assert board.totals == DeadlineCounts(open=8, overdue=4, due_today=1, due_this_week=2)
    assert dict(board.by_assignee)["tuan"] == DeadlineCounts(1, 1, 0, 0)
    assert board.handling.resolved == 4


def test_pending_local_actions_count_at_once(filled: Store) -> None:
    filled.enqueue("B", "close", {"resolution": "duplicate", "text": "Đã xử lý ở hồ sơ khác."})
    board = filled.dashboard(NOW, "SXD")
    assert board.totals == DeadlineCounts(open=6, overdue=3, due_today=0, due_this_week=1)
    assert dict(board.by_assignee)["lan"] == DeadlineCounts(2, 1, 0, 1)


def test_the_queue_filters_open_what_the_dashboard_counts(filled: Store) -> None:
    """Each tile and bar opens exactly the cases it counts."""
    board = filled.dashboard(NOW, "SXD")

    def ids(deadline: DeadlineFilter, **more: object) -> set[str]:
        flt = QueueFilter(department="SXD", deadline=deadline, now=NOW, **more)  # type: ignore[arg-type]
        return set(filled.query_ids(flt))

    assert ids(DeadlineFilter.OVERDUE) == {"A", "E", "G"}
    assert ids(DeadlineFilter.DUE_TODAY) == {"B"}
    assert ids(DeadlineFilter.DUE_THIS_WEEK) == {"B", "C"}
    assert len(ids(DeadlineFilter.DUE_THIS_WEEK)) == board.totals.due_this_week
    for who, counts in board.by_assignee:
        assignee = who or "unassigned"
        assert len(ids(DeadlineFilter.OVERDUE, assignee=assignee)) == counts.overdue
        assert len(ids(DeadlineFilter.DUE_TODAY, assignee=assignee)) == counts.due_today
    for category, counts in board.by_category:
        assert len(ids(DeadlineFilter.DUE_THIS_WEEK, category=category)) == counts.due_this_week
    # The old two-state counts are unchanged by the new filters.
    assert set(filled.deadline_counts(NOW)) == {"overdue", "due_soon"}


def test_a_day_of_the_trend_opens_exactly_the_cases_it_counts(filled: Store) -> None:
    """Received, resolved and rated on a local day, as the trend's points count them (a
    click on a point opens these)."""
    filled.apply_changes(
        page(
            [
                wire_case(
                    "R3",
                    version=50,
                    status="resolved",
                    department="SXD",
                    reported_at=at("11-22 10:00"),
                    updated_at=at("11-23 10:00"),
                    rating={"satisfied": False, "comment": None, "rated_at": at("11-23 20:00")},
                )
            ]
        )
    )
    board = filled.dashboard(NOW, "SXD", days=90)

    def ids(**span: object) -> set[str]:
        return set(filled.query_ids(QueueFilter(department="SXD", **span)))  # type: ignore[arg-type]

    for day in board.trend:
        span = day_span(day.day, NOW)
        assert len(ids(reported_in=span)) == day.received, day.day
        assert len(ids(resolved_in=span)) == day.handling.resolved, day.day
        assert len(ids(rated_in=span)) == day.rated, day.day
    assert day_span(date(2026, 11, 24), NOW) == (
        datetime(2026, 11, 23, 17, 0, tzinfo=UTC),
        NOW + timedelta(microseconds=1),
    )
    assert ids(reported_in=day_span(date(2026, 11, 22), NOW)) == {"D", "R3"}
    # R1 at 09:00 local and R3 at 17:00 local on the 23rd; R2 at 01:00 on the 24th
    assert ids(resolved_in=day_span(date(2026, 11, 23), NOW)) == {"R1", "R3"}
    assert ids(resolved_in=day_span(date(2026, 11, 24), NOW)) == {"R2"}
    assert ids(rated_in=day_span(date(2026, 11, 24), NOW)) == {"R3"}


def test_resolutions_count_at_resolved_at_not_at_the_last_update(filled: Store) -> None:
    """R1 was resolved on the 23rd (09:00 local) and closed on the 24th: it stays a
    resolution of the 23rd, three days after it was reported, on time.  A reply queued
    here now (a pending local action) resolves B at the moment it was taken."""
    filled.apply_changes(
        page(
            [
                wire_case(
                    "R1",
                    version=60,
                    assignee="lan",
                    status="closed",
                    category="VSMT",
                    department="SXD",
                    reported_at=at("11-20 02:00"),
                    due_at=at("11-25 16:59"),
                    updated_at=at("11-24 02:00"),
                    resolved_at=at("11-23 02:00"),
                )
            ]
        )
    )
    board = filled.dashboard(NOW, "SXD", days=30)
    days = {t.day: t for t in board.trend}
    assert days[date(2026, 11, 23)].handling == Handling(2, 1, 1, timedelta(days=2))
    assert days[date(2026, 11, 24)].handling.resolved == 1, "only R2"

    taken = NOW - timedelta(hours=1)
    filled.enqueue("B", "reply", {"text": "Đã dọn xong."}, created_at=taken)
    board = filled.dashboard(NOW, "SXD", days=30)
    today = board.trend[-1]
    # B: reported 20 Nov 01:00 UTC, resolved 24 Nov 02:00 UTC, due 08:00: on time
    assert today.handling.resolved == 2
    assert today.handling.on_time == 1
    flt = QueueFilter(department="SXD", resolved_in=day_span(date(2026, 11, 24), NOW))
    assert set(filled.query_ids(flt)) == {"B", "R2"}
    # Reopened (a pending reopen), it is open again: no resolution at all.
    filled.enqueue("R2", "reopen", {"reason": "Người dân chưa hài lòng."})
    board = filled.dashboard(NOW, "SXD", days=30)
    assert board.trend[-1].handling.resolved == 1
