"""The main screen at 1366x768 in English and Vietnamese, saved for review and the README."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from deskhandler.app.desk import Desk
from deskhandler.app.session import DeskSession
from deskhandler.config import load_config
from deskhandler.ui.i18n import LanguageSwitcher
from deskhandler.ui.queue_view import QuickFilter
from deskhandler.ui.sync_status import SyncEvents
from deskhandler.ui.workspace import Workspace
from deskhandler.wire.models import CaseDetail
from tests.ui.cases import PROBLEMS, STREETS, T0, put, wire_case
from tests.ui.conftest import Loop, until

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
NOW = T0 + timedelta(days=3)


def fill_realistic(desk: Desk) -> str:
    store = desk.store
    store.set_identity("clerk.sxd", "clerk", "SXD")
    store.save_directory(
        {
            "departments": [{"code": "SXD", "name": "Sở Xây dựng"}],
            "users": [{"username": "clerk.sxd", "name": "Nguyễn Thị Lan", "role": "clerk"}],
            "categories": [
                {"code": "XD", "name": "Trật tự xây dựng", "handling_days": 5},
                {"code": "GT", "name": "Hạ tầng giao thông", "handling_days": 5},
                {"code": "MT", "name": "Vệ sinh môi trường", "handling_days": 3},
            ],
            "templates": [],
            "resolutions": [{"code": "done", "name": "Đã xử lý"}],
            "holidays": [],
        },
        None,
    )
    cases = []
    for n in range(40):
        problem, street = PROBLEMS[n % len(PROBLEMS)], STREETS[n % len(STREETS)]
        cases.append(
            wire_case(
                f"HUE-2026-{1200 + n}",
                title=f"{problem} trên đường {street}",
                description=f"Người dân phản ánh {problem.lower()} tại số {n + 3} {street}.",
                address=f"{n + 3} {street}, phường Vĩnh Ninh, Huế",
                status=["assigned", "in_progress", "in_progress", "resolved"][n % 4],
                priority=["normal", "high", "urgent", "low"][n % 4],
                category=["XD", "GT", "MT"][n % 3],
                assignee=[None, "clerk.sxd", "minh"][n % 3],
                due_at=(NOW + timedelta(hours=12 * n - 60)).isoformat(),
            )
        )
    put(desk.store, *cases)
    first = cases[6]
    store.save_detail(
        CaseDetail.model_validate(
            {
                **first.model_dump(mode="json"),
                "timeline": [
                    {"action_id": "r", "kind": "report", "actor": "citizen", "at": T0.isoformat(),
                     "payload": {}},
                    {"action_id": "a", "kind": "accept", "actor": "minh",
                     "at": (T0 + timedelta(hours=2)).isoformat(), "payload": {}},
                ],
            }
        )
    )  # fmt: skip
    store.enqueue(first.id, "note", {"text": "Đã gọi điện cho người dân, hẹn kiểm tra chiều nay."})
    return first.id


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    switcher = LanguageSwitcher(qapp)
    chosen: str = request.param
    switcher.apply(chosen)
    yield chosen
    switcher.apply("en")


@pytest.mark.parametrize("language", ["en", "vi"], indirect=True)
def test_main_window_at_1366x768(aloop: Loop, tmp_path: Path, language: str) -> None:
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    config.profile.create_dirs()
    desk = Desk.open(config)
    case_id = fill_realistic(desk)

    async def scenario() -> None:
        session = DeskSession(desk)
        ws = Workspace(desk, session, SyncEvents(), aloop.worker, aloop.tasks, now=lambda: NOW)
        ws.window.resize(1366, 768)
        ws.window.show()
        await ws.start()
        assert ws.queue.select_case(case_id)
        await until(lambda: ws.case.view is not None and ws.case.timeline.count() == 3)
        await until(lambda: all(ws.model.data(ws.model.index(r, 1)) for r in range(20)))
        await asyncio.sleep(0.3)
        window = ws.window
        assert window.width() <= 1366
        assert window.height() <= 768
        assert window.minimumSizeHint().width() <= 1366, "fits a 1366 wide screen"
        assert window.minimumSizeHint().height() <= 768
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(SHOTS / f"main-window-{language}.png"))
        window.close()
        await session.close()

    try:
        aloop.run(scenario(), timeout=120)
    finally:
        desk.close()


def fill_unit_for_leaders(desk: Desk) -> None:
    """A unit as its supervisor sees it: three clerks, four categories, two months of
    cases received and resolved, some overdue, some due today or this week."""
    import random

    store = desk.store
    store.set_identity("supervisor.sxd", "supervisor", "SXD")
    clerks = {
        "clerk.sxd": "Nguyễn Thị Lan",
        "clerk2.sxd": "Lê Văn Minh",
        "clerk3.sxd": "Trần Quốc Bảo",
        "supervisor.sxd": "Phạm Thị Hoa",
    }
    store.save_directory(
        {
            "departments": [{"code": "SXD", "name": "Sở Xây dựng"}],
            "users": [
                {"username": u, "name": n, "role": "supervisor" if u.startswith("sup") else "clerk",
                 "department": "SXD"}
                for u, n in clerks.items()
            ],
            "categories": [
                {"code": "XD", "name": "Trật tự xây dựng", "handling_days": 5},
                {"code": "GT", "name": "Hạ tầng giao thông", "handling_days": 5},
                {"code": "MT", "name": "Vệ sinh môi trường", "handling_days": 3},
                {"code": "DT", "name": "Hạ tầng đô thị (chiếu sáng, thoát nước, cây xanh)",
                 "handling_days": 5},
            ],
            "templates": [],
            "resolutions": [{"code": "done", "name": "Đã xử lý"}],
            "holidays": [],
        },
        None,
    )  # fmt: skip
    rng = random.Random(5)
    people = [None, "clerk.sxd", "clerk2.sxd", "clerk2.sxd", "clerk3.sxd"]
    cases = []
    for n in range(260):
        problem, street = PROBLEMS[n % len(PROBLEMS)], STREETS[n % len(STREETS)]
        reported = NOW - timedelta(days=rng.uniform(0, 95))
        finished = rng.random() < 0.7 and reported < NOW - timedelta(days=1)
        took = timedelta(days=rng.uniform(0.3, 9))
        done = min(reported + took, NOW - timedelta(hours=1))
        due = (
            reported + timedelta(days=7)
            if finished
            else NOW + timedelta(hours=rng.uniform(-90, 200))
        )
        cases.append(
            wire_case(
                f"HUE-2026-{3000 + n}",
                title=f"{problem} trên đường {street}",
                description=f"Người dân phản ánh {problem.lower()} tại số {n + 3} {street}.",
                status=rng.choice(["resolved", "closed"]) if finished
                else rng.choice(["assigned", "in_progress", "in_progress"]),
                category=rng.choice(["XD", "GT", "GT", "MT", "DT"]),
                assignee=rng.choice(people),
                reported_at=reported.isoformat(),
                due_at=due.isoformat(),
                updated_at=(done if finished else reported).isoformat(),
            )
        )  # fmt: skip
    put(store, *cases)


@pytest.mark.parametrize("language", ["en", "vi"], indirect=True)
def test_dashboard_and_team_at_1366x768(aloop: Loop, tmp_path: Path, language: str) -> None:
    from deskhandler.ui.dashboard import DashboardDialog
    from deskhandler.ui.team import TeamDialog

    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    config.profile.create_dirs()
    desk = Desk.open(config)
    fill_unit_for_leaders(desk)

    async def scenario() -> None:
        session = DeskSession(desk)
        ws = Workspace(desk, session, SyncEvents(), aloop.worker, aloop.tasks, now=lambda: NOW)
        ws.window.resize(1366, 768)
        ws.window.show()
        await ws.start()
        ws.window.dashboard_action.trigger()
        await until(lambda: isinstance(ws.dashboard, DashboardDialog) and ws.dashboard.isVisible())
        ws.window.team_action.trigger()
        await until(lambda: isinstance(ws.team, TeamDialog) and ws.team.isVisible())
        await asyncio.sleep(0.3)
        SHOTS.mkdir(parents=True, exist_ok=True)
        # The supervisor's own filters (awaiting approval, unhappy citizens) on their row.
        leaders_row = ws.queue.role_row
        assert leaders_row.isVisible()
        # With "Unhappy citizens" chosen the row also holds the unit's satisfaction and
        # the trend button: still 1366 px wide at most, in both languages.
        ws.queue.filter_buttons[QuickFilter.UNHAPPY].click()
        await until(ws.queue.satisfaction_note.isVisible)
        if language == "en":
            assert ws.queue.satisfaction_note.text() == "Unit satisfaction: no rating yet"
        assert ws.window.minimumSizeHint().width() <= 1366
        assert leaders_row.minimumSizeHint().width() <= ws.queue.width()
        ws.queue.filter_buttons[QuickFilter.ALL].click()
        await until(lambda: aloop.tasks.running == 0)
        shots = (("dashboard", ws.dashboard), ("team", ws.team), ("supervisor", ws.window))
        for name, widget in shots:
            assert widget is not None
            assert widget.width() <= 1366, name
            assert widget.height() <= 768, name
            assert widget.minimumSizeHint().width() <= 1366, f"{name} fits a 1366 wide screen"
            assert widget.minimumSizeHint().height() <= 768
            assert widget.grab().save(str(SHOTS / f"{name}-{language}.png"))
        ws.window.close()
        await until(lambda: aloop.tasks.running == 0)
        await session.close()

    try:
        aloop.run(scenario(), timeout=120)
    finally:
        desk.close()
