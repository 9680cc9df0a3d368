"""Saved views in the desk: name what is on screen, come back to it, after a restart too."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from deskhandler.app.desk import Desk
from deskhandler.app.saved_views import FileViewStore, SavedView
from deskhandler.app.session import DeskSession
from deskhandler.config import load_config
from deskhandler.store.queue import DeadlineFilter
from deskhandler.ui.queue_model import Column
from deskhandler.ui.queue_view import QuickFilter
from deskhandler.ui.sync_status import SyncEvents
from deskhandler.ui.workspace import Workspace
from tests.ui.cases import fill
from tests.ui.conftest import Loop, until


def open_desk(tmp_path: Path) -> Desk:
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    config.profile.create_dirs()
    desk = Desk.open(config)
    desk.store.set_identity("lan", "clerk", "SXD")
    return desk


def menu_entries(ws: Workspace) -> list[str]:
    return [a.text() for a in ws.queue.views_menu.actions() if a.text() and not a.menu()]


def test_a_view_is_saved_chosen_again_and_kept_across_a_restart(
    aloop: Loop, tmp_path: Path
) -> None:
    desk = open_desk(tmp_path)
    fill(desk.store, 300)
    views = FileViewStore.for_user(desk.config.profile.data_dir, "lan")

    async def first_session() -> None:
        ws = Workspace(
            desk, DeskSession(desk), SyncEvents(), aloop.worker, aloop.tasks, views=views
        )
        await ws.start()
        queue = ws.queue
        queue.set_quick_filter(QuickFilter.OVERDUE)
        queue.search.setText("Lê Lợi & Huế")
        queue.table.horizontalHeader().setSortIndicator(
            Column.DEADLINE, Qt.SortOrder.DescendingOrder
        )
        await until(lambda: ws.model.queue_filter.search == "Lê Lợi & Huế")
        dialog = queue.ask_view_name()
        dialog.setTextValue("  Quá hạn Lê Lợi  ")
        dialog.accept()
        await until(lambda: len(queue.saved_views) == 1)
        assert queue.saved_views[0] == SavedView(
            "Quá hạn Lê Lợi", "overdue", "Lê Lợi & Huế", int(Column.DEADLINE), True
        )
        assert "Quá hạn Lê Lợi" in menu_entries(ws)
        # An empty name is refused with a message and changes nothing.
        queue.view_save_requested.emit(queue.current_view("   "))
        await asyncio.sleep(0.2)
        assert len(queue.saved_views) == 1
        assert ws.window.statusBar().currentMessage()

    aloop.run(first_session())
    assert views.load()[0].name == "Quá hạn Lê Lợi"

    async def second_session() -> None:
        ws = Workspace(
            desk, DeskSession(desk), SyncEvents(), aloop.worker, aloop.tasks, views=views
        )
        await ws.start()
        queue = ws.queue
        assert queue.query.quick is QuickFilter.ALL
        [entry] = [a for a in queue.views_menu.actions() if a.text() == "Quá hạn Lê Lợi"]
        entry.trigger()
        await until(lambda: ws.model.queue_filter.deadline is DeadlineFilter.OVERDUE)
        assert ws.model.queue_filter.search == "Lê Lợi & Huế"
        assert queue.filter_buttons[QuickFilter.OVERDUE].isChecked()
        assert queue.search.text() == "Lê Lợi & Huế"
        assert ws.model.sort_state() == (int(Column.DEADLINE), Qt.SortOrder.DescendingOrder)
        # Deleting it from the menu removes it from the file too.
        delete = next(a.menu() for a in queue.views_menu.actions() if a.menu())
        assert isinstance(delete, QMenu)
        [remove] = [a for a in delete.actions() if a.text() == "Quá hạn Lê Lợi"]
        remove.trigger()
        await until(lambda: not queue.saved_views)
        assert "Quá hạn Lê Lợi" not in menu_entries(ws)

    aloop.run(second_session())
    assert views.load() == []
    app = QApplication.instance()
    assert app is not None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog)]


def test_a_name_with_an_ampersand_shows_it_in_the_menu(aloop: Loop, tmp_path: Path) -> None:
    desk = open_desk(tmp_path)
    views = FileViewStore.for_user(desk.config.profile.data_dir, "lan")
    views.save([SavedView("Điện & nước", "mine")])

    async def scenario() -> None:
        ws = Workspace(
            desk, DeskSession(desk), SyncEvents(), aloop.worker, aloop.tasks, views=views
        )
        await ws.start()
        [entry] = [a for a in ws.queue.views_menu.actions() if "nước" in a.text()]
        assert entry.text() == "Điện && nước", "shown as '&', not taken as a shortcut key"
        entry.trigger()
        await until(lambda: ws.model.queue_filter.assignee is not None)

    aloop.run(scenario())
