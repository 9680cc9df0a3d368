"""The deadline dashboard in the desk: tiles and bars counted on the local store, each
opening exactly the cases it counts in the queue; the 30/90-day toggle; a real click on a
clerk's overdue bar after a real sync."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select, update

from deskhandler.app.desk import Desk
from deskhandler.app.stats_check import Difference
from deskhandler.config import load_config
from deskhandler.domain.statuses import OPEN
from deskhandler.server import feed
from deskhandler.server.models import CaseRow, utcnow
from deskhandler.server.seed import DEMO_PASSWORD, seed
from deskhandler.store.queue import DeadlineFilter
from deskhandler.ui.app import DeskApp
from deskhandler.ui.dashboard import DashboardDialog, ServerCheck, TrendMeasure, chart_text
from deskhandler.ui.queue_model import QueueModel
from deskhandler.ui.workspace import Workspace
from tests.store.conftest import page, wire_case
from tests.store.test_dashboard import CASES, NOW, at
from tests.support.cases import routed_case
from tests.support.people import Person
from tests.ui.conftest import Central, Loop, until
from tests.ui.test_dialogs import directory
from tests.ui.test_flows import desk_config, sign_in
from tests.ui.workspaces import offline_workspace


def shown_ids(model: QueueModel) -> set[str]:
    return {case_id for row in range(model.rowCount()) if (case_id := model.case_id(row))}


def _desk(tmp_path: Path, role: str = "supervisor", **more: object) -> Desk:
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    config.profile.create_dirs()
    desk = Desk.open(config)
    desk.store.set_identity("hoa", role, "SXD")
    desk.store.save_directory(directory(**more), None)
    desk.store.apply_changes(
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
    return desk


async def _open_dashboard(ws: Workspace) -> DashboardDialog:
    assert ws.window.dashboard_action.isEnabled()
    assert ws.window.dashboard_action.shortcut().toString() == "Ctrl+D"
    ws.window.dashboard_action.trigger()
    await until(lambda: isinstance(ws.dashboard, DashboardDialog) and ws.dashboard.isVisible())
    assert ws.dashboard is not None
    return ws.dashboard


def click_bar(view: QChartView, index: int, value: float) -> None:
    """A real mouse click in the middle of a bar segment that runs from 0 to ``value``."""
    chart = view.chart()
    series = chart.series()[0]
    inside = chart.mapToPosition(QPointF(value / 2, index), series)
    where = view.mapFromScene(chart.mapToScene(inside))
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where
    )


def test_tiles_bars_and_period_on_the_local_store(aloop: Loop, tmp_path: Path) -> None:
    desk = _desk(tmp_path)

    async def scenario() -> None:
        async with offline_workspace(desk, aloop, lambda: NOW) as ws:
            board = await _open_dashboard(ws)
            tiles = {d: t.number.text() for d, t in board.tiles.items()}
            assert tiles == {
                DeadlineFilter.OVERDUE: "3",
                DeadlineFilter.DUE_TODAY: "1",
                DeadlineFilter.DUE_THIS_WEEK: "2",
            }
            assert "tuan" not in board.bar_keys("person"), "another unit's clerk"
            # bottom to top: the most overdue person is drawn at the top
            assert board.bar_keys("person") == [None, "minh", "lan"]
            assert "30" in board.flow.text()
            assert "9 received" in board.flow.text()
            assert "50 %" in board.on_time.text()
            assert "3.0 days" in board.median.text()
            await until(lambda: "offline" in board.server_check.text())

            board.tiles[DeadlineFilter.OVERDUE].click()
            await until(lambda: shown_ids(ws.model) == {"A", "E", "G"})
            assert ws.queue.assignee_chip.isVisible()

            # the "Nobody" overdue bar
            board.bars("person").sets[DeadlineFilter.OVERDUE].clicked.emit(0)
            await until(lambda: shown_ids(ws.model) == {"E"})
            # category TTXD, due this week
            index = board.bar_keys("category").index("TTXD")
            board.bars("category").sets[DeadlineFilter.DUE_THIS_WEEK].clicked.emit(index)
            await until(lambda: shown_ids(ws.model) == {"C"})
            ws.queue.assignee_chip.click()
            await until(lambda: len(shown_ids(ws.model)) == len(CASES))

            board.period_buttons[90].click()
            await until(lambda: board.board.days == 90)
            assert board.period_buttons[90].isChecked()
            assert "11 received" in board.flow.text()
            assert len(board.trend.lines[0].points()) == 90
            board.reject()
            await until(lambda: aloop.tasks.running == 0)

    try:
        aloop.run(scenario(), timeout=120)
    finally:
        desk.close()


def click_day(board: DashboardDialog, day: date, line: int) -> None:
    """A real mouse click on the point of ``day`` on ``line`` of the trend."""
    where = board.trend.point_at(day, line).toPoint()
    QTest.mouseClick(
        board.trend.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        where,
    )


def test_a_click_on_a_day_of_the_trend_opens_its_cases(aloop: Loop, tmp_path: Path) -> None:
    """Each measure of the trend is drawn from the store's days, and a click on a day's
    point shows the cases it counts (received, resolved) in the queue."""
    desk = _desk(tmp_path)

    async def scenario() -> None:
        async with offline_workspace(desk, aloop, lambda: NOW) as ws:
            board = await _open_dashboard(ws)
            board.resize(1240, 700)
            await until(board.trend.view.isVisible)
            assert board.trend_measure is TrendMeasure.FLOW
            received, resolved = board.trend.lines
            assert received.isVisible()
            assert resolved.isVisible()
            assert [p.y() for p in received.points()] == [
                float(t.received) for t in board.board.trend
            ]
            # the 22nd: D and R3 received (2), nothing resolved: the click is on "received"
            click_day(board, date(2026, 11, 22), 0)
            await until(lambda: shown_ids(ws.model) == {"D", "R3"})
            assert "22/11/2026" in ws.queue.assignee_chip.text()
            # the 23rd: R1 and R3 resolved (2), nothing received
            click_day(board, date(2026, 11, 23), 1)
            await until(lambda: shown_ids(ws.model) == {"R1", "R3"})

            board.measure.setCurrentIndex(board.measure.findData(TrendMeasure.ON_TIME.value))
            assert not resolved.isVisible()
            # only days with a resolved case that had a deadline have a point: R1 met its
            # deadline on the 23rd (100 %), R2 missed its on the 24th (0 %)
            assert [(p.y()) for p in received.points()] == [100.0, 0.0]
            click_day(board, date(2026, 11, 24), 0)
            await until(lambda: shown_ids(ws.model) == {"R2"})

            board.measure.setCurrentIndex(board.measure.findData(TrendMeasure.HANDLING_TIME.value))
            assert [p.y() for p in received.points()] == [2.0, 13.75]
            board.measure.setCurrentIndex(board.measure.findData(TrendMeasure.SATISFACTION.value))
            assert received.points() == [], "nobody rated yet"
            ws.queue.assignee_chip.click()
            await until(lambda: len(shown_ids(ws.model)) == len(CASES))
            board.reject()
            await until(lambda: aloop.tasks.running == 0)

    try:
        aloop.run(scenario(), timeout=120)
    finally:
        desk.close()


def test_the_server_check_names_what_differs_and_why(qapp: object, tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    try:
        board = DashboardDialog(
            desk.store.dashboard(NOW, "SXD"), person_name=str, category_name=str
        )
        board.show_check(ServerCheck(asking=True))
        assert "Checking" in board.server_check.text()
        board.show_check(ServerCheck(True, (Difference("overdue", 3, 4),), pending=2))
        text = board.server_check.text()
        assert "overdue: 3 here, 4 there" in text
        assert "2 change" in text
        assert "wait for upload" in text
        board.show_check(ServerCheck(True, ()))
        assert "counts the same" in board.server_check.text()
        board.close()
    finally:
        desk.close()


def test_names_from_the_server_are_shown_literally_in_the_charts(
    aloop: Loop, tmp_path: Path
) -> None:
    users = [
        {"username": "lan", "name": "<b>Lan</b> & co", "role": "clerk", "department": "SXD"},
        {"username": "hoa", "name": "Phạm Thị Hoa", "role": "supervisor", "department": "SXD"},
    ]
    desk = _desk(tmp_path, users=users)

    async def scenario() -> None:
        async with offline_workspace(desk, aloop, lambda: NOW) as ws:
            board = await _open_dashboard(ws)
            axis = next(
                a for a in board.bars("person").chart.axes() if isinstance(a, QBarCategoryAxis)
            )
            assert "&lt;b&gt;Lan&lt;/b&gt; &amp; co" in axis.categories()
            assert chart_text("<i>x</i>") == "&lt;i&gt;x&lt;/i&gt;"
            board.reject()
            await until(lambda: aloop.tasks.running == 0)

    try:
        aloop.run(scenario(), timeout=120)
    finally:
        desk.close()


def test_a_clerk_has_no_dashboard(aloop: Loop, tmp_path: Path) -> None:
    desk = _desk(tmp_path, role="clerk")

    async def scenario() -> None:
        async with offline_workspace(desk, aloop, lambda: NOW) as ws:
            assert not ws.window.dashboard_action.isEnabled()
            await ws.show_dashboard()
            assert ws.dashboard is None
            await until(lambda: aloop.tasks.running == 0)  # the first case is read, then close

    try:
        aloop.run(scenario(), timeout=60)
    finally:
        desk.close()


def test_clicking_a_clerks_overdue_bar_after_a_real_sync(
    aloop: Loop, central: Central, tmp_path: Path
) -> None:
    """Seeded demo data on the real server, the desk signed in as SXD's supervisor and
    synced: a mouse click on the overdue part of a clerk's bar shows exactly that clerk's
    overdue cases, as the server's own database lists them."""
    seed(central.db, cases=400, seed=5, photos=False, now=utcnow())
    # and three more overdue cases of one clerk, beside whatever the seed made
    for _ in range(3):
        case_id = routed_case(central.db, "SXD")
        with central.db.writing() as session:
            session.execute(
                update(CaseRow)
                .where(CaseRow.id == case_id)
                .values(
                    assignee="clerk2.sxd",
                    status="in_progress",
                    due_at=utcnow() - timedelta(days=1),
                    version=CaseRow.version + 1,
                )
            )
            feed.mark_changed(session, case_id)
    with central.db.reading() as session:
        unit_cases = len(
            session.scalars(select(CaseRow.id).where(CaseRow.department == "SXD")).all()
        )
    leader = Person("supervisor.sxd", "supervisor", "SXD", DEMO_PASSWORD)
    config = desk_config(tmp_path, central.url)

    async def scenario() -> None:
        app = DeskApp(config)
        running = asyncio.ensure_future(app.run())
        ws = await sign_in(app, leader)
        await until(lambda: ws.model.rowCount() == unit_cases, 60)
        dialog = await _open_dashboard(ws)
        rows = dict(dialog.board.by_assignee)
        clerk = next(k for k, c in dialog.board.by_assignee if k is not None and c.overdue)
        index = dialog.bar_keys("person").index(clerk)
        with central.db.reading() as session:
            expected = set(
                session.scalars(
                    select(CaseRow.id).where(
                        CaseRow.department == "SXD",
                        CaseRow.assignee == clerk,
                        CaseRow.status.in_([s.value for s in OPEN]),
                        CaseRow.due_at <= utcnow(),
                    )
                )
            )
        assert len(expected) == rows[clerk].overdue > 0
        await until(lambda: "counts the same" in dialog.server_check.text(), 30)

        view = dialog.bars("person").view
        dialog.raise_()
        click_bar(view, index, rows[clerk].overdue)
        await until(lambda: shown_ids(ws.model) == expected, 30)
        assert ws.queue.assignee_chip.isVisible()

        # a case becomes overdue on the server, not synced yet: the check says so
        case_id = routed_case(central.db, "SXD")
        with central.db.writing() as session:
            session.execute(
                update(CaseRow)
                .where(CaseRow.id == case_id)
                .values(assignee=clerk, status="in_progress", due_at=utcnow() - timedelta(hours=2))
            )
        overdue = dialog.board.totals.overdue
        await ws.show_dashboard()
        await until(lambda: "differently" in dialog.server_check.text(), 30)
        assert f"overdue: {overdue} here, {overdue + 1} there" in dialog.server_check.text()
        assert "A sync brings" in dialog.server_check.text()
        # after a sync the two agree again
        ws.sync_now()
        await until(lambda: ws.desk.store.count() == unit_cases + 1, 60)
        await ws.show_dashboard()
        await until(lambda: "counts the same" in dialog.server_check.text(), 30)
        assert dialog.board.totals.overdue == overdue + 1
        dialog.reject()
        ws.window.close()
        assert await running == 0

    aloop.run(scenario(), timeout=180)
