"""Each unit's load (the coordinator's routing view) and the morning reminder's counts.

The numbers are computed by hand from the cases listed in each test.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from deskhandler.app.reminders import MorningReminders, ReminderLog, reminder_due
from deskhandler.domain.deadlines import LOCAL_TZ
from deskhandler.store import Store
from deskhandler.store.reminders import ReminderCounts
from deskhandler.store.units_load import LATE_OVERDUE, LoadState, UnitLoad
from tests.store.conftest import page, wire_case

#: Tuesday 24 November 2026, 06:00 in Huế.
DAWN = datetime(2026, 11, 24, 6, 0, tzinfo=LOCAL_TZ)
END_OF_DAY = datetime(2026, 11, 24, 23, 59, 59, tzinfo=LOCAL_TZ)


def _feed(store: Store, cases: list[tuple[str, str, str | None, str | None, datetime]]) -> None:
    store.apply_changes(
        page(
            [
                wire_case(cid, status=status, department=unit, assignee=who, due_at=due.isoformat())
                for cid, status, unit, who, due in cases
            ]
        )
    )


def test_units_load_counts_open_and_overdue_per_unit(store: Store) -> None:
    now = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    late, later = now - timedelta(hours=1), now + timedelta(days=3)
    cases = [
        ("A", "in_progress", "SXD", "lan", late),
        ("B", "assigned", "SXD", None, later),
        ("C", "awaiting_approval", "SXD", "lan", late),
        ("D", "resolved", "SXD", "lan", late),  # not open: no load
        ("E", "closed", "SGTVT", "tuan", late),
        ("F", "in_progress", "SGTVT", "tuan", later),
        ("G", "new", None, None, late),  # at the IOC: no unit's load
        ("H", "assigned", "HEPCO", None, now),  # due exactly now: overdue
    ]
    _feed(store, cases)
    assert store.units_load(now) == {
        "SXD": UnitLoad(open=3, overdue=2),
        "SGTVT": UnitLoad(open=1, overdue=0),
        "HEPCO": UnitLoad(open=1, overdue=1),
    }


def test_a_local_pending_action_moves_the_load_at_once(store: Store) -> None:
    now = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    store.set_identity("dieuphoi", "coordinator", "IOC")
    _feed(store, [("N1", "new", None, None, now + timedelta(days=1))])
    assert store.units_load(now) == {}
    store.enqueue("N1", "reassign", {"to": "SXD", "reason": "Xây dựng"})
    assert store.units_load(now) == {"SXD": UnitLoad(open=1, overdue=0)}


def test_load_states() -> None:
    assert UnitLoad(3, LATE_OVERDUE).state is LoadState.NORMAL
    assert UnitLoad(30, LATE_OVERDUE + 1).state is LoadState.LATE
    assert UnitLoad(101, 0).state is LoadState.OVERLOADED
    assert UnitLoad(500, 50).state is LoadState.LATE


def _reminder_cases(store: Store) -> None:
    yesterday_end = END_OF_DAY - timedelta(days=1)
    _feed(
        store,
        [
            ("T1", "in_progress", "SXD", "lan", END_OF_DAY),  # due today
            ("T2", "assigned", "SXD", "lan", END_OF_DAY),  # due today
            ("T3", "in_progress", "SXD", "minh", END_OF_DAY),  # due today, a colleague's
            ("T4", "resolved", "SXD", "lan", END_OF_DAY),  # done: not due
            ("Y1", "in_progress", "SXD", "lan", yesterday_end),  # overdue since last night
            ("Y2", "in_progress", "SXD", "minh", yesterday_end),  # a colleague's
            ("O1", "in_progress", "SXD", "lan", DAWN - timedelta(days=5)),  # long overdue
            ("L1", "in_progress", "SXD", "lan", END_OF_DAY + timedelta(days=2)),  # later
            ("W1", "awaiting_approval", "SXD", "lan", END_OF_DAY + timedelta(days=2)),
            ("W2", "awaiting_approval", "SXD", "minh", END_OF_DAY - timedelta(days=3)),
            ("W3", "awaiting_approval", "SGTVT", "tuan", END_OF_DAY),
            ("X1", "in_progress", "SGTVT", "tuan", END_OF_DAY),  # another unit
            ("N1", "new", None, None, END_OF_DAY),  # at the IOC, due today
            ("R1", "returned", None, None, yesterday_end),  # at the IOC, overdue since
        ],
    )


def test_reminder_counts_by_role(store: Store) -> None:
    _reminder_cases(store)
    now = DAWN + timedelta(hours=2)  # 08:00
    since = now - timedelta(days=1)
    clerk = store.identity()
    assert clerk is not None
    # lan: due today T1, T2; newly overdue Y1 (O1 was overdue long before).
    assert store.reminder_counts(clerk, now, since) == ReminderCounts(2, 1, 0)
    store.set_identity("hoa", "supervisor", "SXD")
    leader = store.identity()
    assert leader is not None
    # the unit: T1 T2 T3 due today (W1 not); Y1 Y2 newly overdue (W2 long before);
    # W1 W2 wait for approval (W3 is another unit's).
    assert store.reminder_counts(leader, now, since) == ReminderCounts(3, 2, 2)
    store.set_identity("dieuphoi", "coordinator", "IOC")
    ioc = store.identity()
    assert ioc is not None
    assert store.reminder_counts(ioc, now, since) == ReminderCounts(1, 1, 0)


def test_morning_reminder_once_a_day_across_restarts(store: Store, tmp_path: Path) -> None:
    _reminder_cases(store)
    store.set_identity("hoa", "supervisor", "SXD")
    clock = [DAWN + timedelta(hours=1)]  # 07:00: too early

    def reminders() -> MorningReminders:
        """A new one each time, as after a restart: only the file remembers."""
        return MorningReminders(store, ReminderLog.for_user(tmp_path, "hoa"), now=lambda: clock[0])

    assert reminders().take() is None
    clock[0] = DAWN + timedelta(hours=1, minutes=31)  # 07:31: the first look after 07:30
    assert reminders().take() == ReminderCounts(3, 2, 2)
    clock[0] = DAWN + timedelta(hours=4)
    assert reminders().take() is None  # not again the same day
    clock[0] = DAWN + timedelta(hours=17, minutes=59)  # 23:59 the same day
    assert reminders().take() is None
    # The next morning: T1-T3 and the unit's other cases due yesterday are newly overdue.
    clock[0] = DAWN + timedelta(days=1, hours=3)
    assert reminders().take() == ReminderCounts(0, 3, 2)
    assert reminders().take() is None
    files = list((tmp_path / "reminders").iterdir())
    assert len(files) == 1
    assert "hoa" not in files[0].name
    assert json.loads(files[0].read_text())["day"] == "2026-11-25"


def test_reminder_switched_off_or_damaged_file(store: Store, tmp_path: Path) -> None:
    _reminder_cases(store)
    log = ReminderLog.for_user(tmp_path, "lan")
    now = DAWN + timedelta(hours=3)
    assert MorningReminders(store, log, now=lambda: now, enabled=False).take() is None
    log.path.parent.mkdir(parents=True)
    log.path.write_text("{not json", encoding="utf-8")
    assert MorningReminders(store, log, now=lambda: now).take() == ReminderCounts(2, 1, 0)
    assert MorningReminders(store, log, now=lambda: now).take() is None
    log.set_enabled(False)
    assert not log.enabled()
    tomorrow = now + timedelta(days=1)
    assert MorningReminders(store, log, now=lambda: tomorrow).take() is None, "switched off"
    log.set_enabled(True)
    assert MorningReminders(store, log, now=lambda: tomorrow).take() is not None


def test_reminder_due_uses_the_province_clock() -> None:
    # 00:40 UTC is 07:40 in Huế: due, whatever the PC's own zone.
    assert reminder_due(datetime(2026, 11, 24, 0, 40, tzinfo=UTC), None)
    assert not reminder_due(datetime(2026, 11, 24, 0, 20, tzinfo=UTC), None)
