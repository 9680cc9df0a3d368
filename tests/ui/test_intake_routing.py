"""The coordinator's intake: route a new case with the searchable, suggested unit picker
(offline, then uploaded), each unit's load beside it; and the morning reminder in the window.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from deskhandler.app.desk import Desk
from deskhandler.config import load_config
from deskhandler.domain.deadlines import LOCAL_TZ
from deskhandler.server.models import CaseRow
from deskhandler.store.units_load import UnitLoad
from deskhandler.sync.engine import State
from deskhandler.ui.app import DeskApp
from deskhandler.ui.dialogs.reassign import ReassignDialog
from deskhandler.ui.dialogs.route_picker import STATE_ROLE, SUGGESTED_ROLE, RoutePicker
from deskhandler.ui.dialogs.settings import SettingsDialog, SettingsValues
from deskhandler.ui.queue_model import Column
from deskhandler.ui.queue_view import QuickFilter
from deskhandler.wire.models import Department
from tests.store.conftest import page, wire_case
from tests.support.desk import case_row, new_case
from tests.support.faultproxy import FaultProxy
from tests.support.people import add_person
from tests.ui.conftest import Central, Loop, until
from tests.ui.test_dialogs import directory
from tests.ui.test_flows import desk_config, sign_in
from tests.ui.workspaces import offline_workspace


def test_coordinator_routes_a_new_case_from_intake_offline_then_it_lands_at_the_unit(
    aloop: Loop, central: Central, tmp_path: Path
) -> None:
    coordinator = add_person(central.db, "coordinator", "IOC")
    fresh = new_case(
        central.db,
        "TTXD",
        title="Công trình lấn chiếm vỉa hè",
        description="Công trình xây dựng lấn chiếm vỉa hè đường Lê Lợi",
    )
    at_sxd = [central.cases.routed(to="SXD") for _ in range(2)]
    late = central.cases.routed(to="SGTVT")
    with central.db.writing() as session:  # SGTVT's case is two days past its deadline
        session.execute(
            update(CaseRow)
            .where(CaseRow.id == late)
            .values(due_at=datetime.now(UTC) - timedelta(days=2))
        )
    with FaultProxy(central.url) as proxy:
        config = desk_config(tmp_path, proxy.url)

        async def scenario() -> None:
            app = DeskApp(config)
            running = asyncio.ensure_future(app.run())
            ws = await sign_in(app, coordinator)
            await until(lambda: ws.model.rowCount() == 4, 30)
            intake = ws.queue.filter_buttons[QuickFilter.INTAKE]
            assert intake.isVisible()
            intake.click()
            await until(lambda: ws.model.rowCount() == 1)
            assert ws.model.case_id(0) == fresh
            assert ws.queue.select_case(fresh)
            await until(lambda: ws.case.view is not None and ws.case.view.case.id == fresh)

            proxy.down()
            ws.sync_now()
            await until(lambda: ws.sync.current.state is State.OFFLINE, 30)

            ws.actions.start(fresh, "reassign")
            await until(lambda: isinstance(ws.actions.dialog, ReassignDialog))
            dialog = ws.actions.dialog
            assert isinstance(dialog, ReassignDialog)
            assert dialog.routing
            picker = dialog.units
            assert isinstance(picker, RoutePicker)
            assert picker.visible_codes()[0] == "SXD", "the category's unit comes first"
            first = picker.choices.index(0, 0)
            assert first.data(SUGGESTED_ROLE) is True
            assert "suggested" in first.data()
            assert "2 open, 0 overdue" in first.data(), "hand-counted: two cases at SXD"
            sgtvt = picker.visible_codes().index("SGTVT")
            assert "1 open, 1 overdue" in picker.choices.index(sgtvt, 0).data()
            assert sum(1 for code in picker.visible_codes() if code == "SXD") == 1

            QTest.keyClicks(picker.edit, "xay dung")
            await until(lambda: picker.matches() == ["SXD"])
            assert picker.popup.isVisible()
            QTest.keyClick(picker.popup, Qt.Key.Key_Return)
            await until(lambda: picker.code() == "SXD")
            assert picker.edit.text() == "Sở Xây dựng (SXD)"
            if ws.actions.dialog is dialog:  # Enter may already have sent it
                assert dialog.problems() == []
                dialog.ok_button().click()
            await until(lambda: ws.actions.dialog is None)
            assert dialog.payload() == {"to": "SXD"}

            # Routed on the desk at once: it leaves the intake, and waits to upload.
            await until(lambda: ws.model.row_of(fresh) is None)
            await until(lambda: "1 action" in ws.sync.waiting.text())
            ws.queue.set_quick_filter(QuickFilter.ALL)
            await until(lambda: ws.model.row_of(fresh) is not None)
            row = ws.model.row_of(fresh)
            assert row is not None
            assert ws.model.data(ws.model.index(row, Column.UPLOAD)) == "waiting to upload"
            assert case_row(central.db, fresh).department is None, "not uploaded yet"

            proxy.up()
            ws.sync_now()
            await until(lambda: case_row(central.db, fresh).department == "SXD", 30)
            assert case_row(central.db, fresh).status == "assigned"
            await until(lambda: ws.sync.waiting.text() == "", 30)
            ws.window.close()
            await asyncio.wait_for(running, 30)

        aloop.run(scenario(), 120)
    assert set(at_sxd).isdisjoint({fresh})


def test_clerks_have_no_intake_and_reassign_with_the_plain_picker(
    aloop: Loop, tmp_path: Path
) -> None:
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    config.profile.create_dirs()
    desk = Desk.open(config)
    desk.store.set_identity("lan", "clerk", "SXD")
    desk.store.save_directory(directory(), None)
    desk.store.apply_changes(page([wire_case("A", status="in_progress")]))
    now = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)

    async def scenario() -> None:
        async with offline_workspace(desk, aloop, lambda: now) as ws:
            assert not ws.queue.filter_buttons[QuickFilter.INTAKE].isVisible()
            ws.actions.start("A", "reassign")
            await until(lambda: isinstance(ws.actions.dialog, ReassignDialog))
            dialog = ws.actions.dialog
            assert isinstance(dialog, ReassignDialog)
            assert not dialog.routing
            assert not isinstance(dialog.units, RoutePicker)
            dialog.reject()
            await until(lambda: ws.actions.dialog is None)

    try:
        aloop.run(scenario())
    finally:
        desk.close()


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, accents too (QTest.keyClicks takes ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_late_and_overloaded_units_are_marked(qtbot: QtBot) -> None:
    units = [
        Department(code="SXD", name="Sở Xây dựng"),
        Department(code="SGTVT", name="Sở Giao thông vận tải"),
        Department(code="HEPCO", name="Công ty Môi trường và Công trình đô thị Huế"),
        Department(code="SDL", name="Sở Du lịch"),
    ]
    load = {"SXD": UnitLoad(20, 9), "HEPCO": UnitLoad(150, 1), "SDL": UnitLoad(4, 0)}
    picker = RoutePicker(units, suggested=["SDL", "NOPE"], load=load)
    qtbot.addWidget(picker)
    codes = picker.visible_codes()
    assert codes[0] == "SDL"
    assert codes[1:] == ["HEPCO", "SGTVT", "SXD"], "the rest as Vietnamese sorts"
    states = {code: picker.choices.index(i, 0).data(STATE_ROLE) for i, code in enumerate(codes)}
    assert states == {"SDL": "normal", "HEPCO": "overloaded", "SGTVT": "normal", "SXD": "late"}
    sxd = picker.choices.index(codes.index("SXD"), 0)
    assert sxd.data().endswith("20 open, 9 overdue · late")
    assert sxd.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "0 open, 0 overdue" in picker.choices.index(codes.index("SGTVT"), 0).data()
    # Typing with or without accents, or a code, narrows the same way.
    for typed in ("so du lich", "Sở Du lịch", "sdl"):
        picker.edit.clear()
        type_text(picker.edit, typed)
        assert picker.matches() == ["SDL"], typed
    assert picker.code() is None, "typing alone chooses nothing"
    picker.set_code("SGTVT")
    assert picker.code() == "SGTVT"
    QTest.keyClicks(picker.edit, "x")
    assert picker.code() is None, "typing over a choice un-chooses it"


def test_morning_reminder_in_the_window_once_a_day(aloop: Loop, tmp_path: Path) -> None:
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    config.profile.create_dirs()
    desk = Desk.open(config)
    desk.store.set_identity("hoa", "supervisor", "SXD")
    desk.store.save_directory(directory(), None)
    today_end = datetime(2026, 11, 24, 23, 59, 59, tzinfo=LOCAL_TZ)
    desk.store.apply_changes(
        page(
            [
                wire_case("A", status="in_progress", due_at=today_end.isoformat()),
                wire_case("B", status="awaiting_approval", due_at=today_end.isoformat()),
                wire_case(
                    "C", status="in_progress", due_at=(today_end - timedelta(days=1)).isoformat()
                ),
            ]
        )
    )
    clock = [datetime(2026, 11, 24, 7, 45, tzinfo=LOCAL_TZ)]
    said: list[tuple[str, str]] = []

    async def scenario() -> None:
        async with offline_workspace(desk, aloop, lambda: clock[0]) as ws:
            ws.notifier.announced.connect(lambda title, text: said.append((title, text)))
            # start() already gave today's reminder before we listened: ask again, nothing.
            assert await ws.notifier.remind(ws.morning_reminders()) is None
            status = ws.window.statusBar().currentMessage()
            assert "Due today: 2, newly overdue: 1" in status
            assert "1 reply wait" in status or "1 reply(ies) wait" in status
            clock[0] += timedelta(days=1)
            counts = await ws.notifier.remind(ws.morning_reminders())
            assert counts is not None
            assert (counts.due_today, counts.newly_overdue, counts.awaiting_approval) == (0, 2, 1)
            assert said
            assert said[-1][1].startswith("Due today: 0, newly overdue: 2")
            loaded: list[int] = []
            ws.model.loaded.connect(loaded.append)
            ws.notifier.reminder_clicked.emit(counts)
            assert ws.queue.query.quick is QuickFilter.OVERDUE
            await until(lambda: loaded)
            assert ws.model.rowCount() == 3  # A, B and C, all past due now
            # Switched off in the settings: the next morning says nothing.
            assert await ws.reminders_on()
            await ws.set_reminders_on(False)
            assert not await ws.reminders_on()
            clock[0] += timedelta(days=1)
            assert await ws.notifier.remind(ws.morning_reminders()) is None

    try:
        aloop.run(scenario())
    finally:
        desk.close()


def test_settings_switch_morning_reminders_off(qtbot: QtBot) -> None:
    values = SettingsValues(server_url="https://hue.gov.vn", data_folder="/tmp/desk")
    dialog = SettingsDialog(values)
    qtbot.addWidget(dialog)
    assert dialog.reminders.isChecked()
    dialog.reminders.setChecked(False)
    with qtbot.waitSignal(dialog.morning_reminders_changed) as emitted:
        dialog.accept()
    assert emitted.args == [False]
    unchanged = SettingsDialog(replace(values, morning_reminders=False))
    qtbot.addWidget(unchanged)
    assert not unchanged.reminders.isChecked()
    with qtbot.assertNotEmitted(unchanged.morning_reminders_changed):
        unchanged.accept()
