"""Switching the language in the settings re-words the open window at once, not at restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from deskhandler.app.desk import Desk
from deskhandler.app.session import DeskSession
from deskhandler.config import load_config
from deskhandler.ui import i18n
from deskhandler.ui.queue_model import Column
from deskhandler.ui.queue_view import QuickFilter
from deskhandler.ui.sync_status import SyncEvents
from deskhandler.ui.workspace import Workspace
from tests.ui.cases import put, wire_case
from tests.ui.conftest import Loop, until


def words(ws: Workspace) -> dict[str, str]:
    header = ws.model.headerData(Column.ID, Qt.Orientation.Horizontal)
    return {
        "menu": ws.window.desk_menu.title(),
        "action": ws.window.sync_action.text(),
        "filter": ws.queue.filter_buttons[QuickFilter.ALL].text(),
        "header": str(header),
        "field": ws.case.field_names["deadline"].text(),
        "button": ws.case.copy_location.text(),
        "sync": ws.sync.button.text(),
        "status": ws.model.data(ws.model.index(0, Column.STATUS)) or "",
    }


def test_the_open_window_follows_a_language_switch(
    aloop: Loop, tmp_path: Path, switcher: i18n.LanguageSwitcher
) -> None:
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    config.profile.create_dirs()
    desk = Desk.open(config)
    desk.store.set_identity("lan", "clerk", "SXD")
    put(desk.store, wire_case("HUE-1", title="Đèn hỏng", status="in_progress"))

    async def scenario() -> None:
        ws = Workspace(desk, DeskSession(desk), SyncEvents(), aloop.worker, aloop.tasks)
        ws.window.show()
        await ws.start()
        await until(lambda: ws.case.view is not None)
        english = words(ws)
        assert english["menu"] == "&Desk"
        assert english["field"] == "Deadline"
        switcher.apply("vi")
        QApplication.processEvents()
        await until(lambda: ws.window.desk_menu.title() == "&Bàn làm việc")
        vietnamese = words(ws)
        assert vietnamese["filter"] == "Tất cả"
        assert vietnamese["sync"] == "Đồng bộ ngay (F5)"
        changed = [key for key in english if english[key] == vietnamese[key]]
        assert changed == [], f"still in English after the switch: {changed}"
        switcher.apply("en")
        QApplication.processEvents()
        await until(lambda: ws.window.desk_menu.title() == "&Desk")
        assert words(ws) == english
        ws.window.close()

    aloop.run(scenario())
    desk.close()
