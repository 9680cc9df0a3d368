"""The conflicts list with the desk behind it: an edited action leaves the list once queued."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from deskhandler.app.desk import Desk
from deskhandler.app.session import DeskSession
from deskhandler.config import load_config
from deskhandler.ui.dialogs import DIALOGS, ConflictsDialog
from deskhandler.ui.sync_status import SyncEvents
from deskhandler.ui.workspace import Workspace
from deskhandler.wire.models import ErrorDetail
from tests.ui.cases import put, wire_case
from tests.ui.conftest import Loop, until


def test_an_edited_conflict_leaves_the_open_list(aloop: Loop, tmp_path: Path) -> None:
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    config.profile.create_dirs()
    desk = Desk.open(config)
    store = desk.store
    store.set_identity("lan", "clerk", "SXD")
    put(store, wire_case("HUE-1", title="Đèn hỏng"), wire_case("HUE-2", title="Cây đổ"))
    for case_id in ("HUE-1", "HUE-2"):
        entry = store.enqueue(case_id, "note", {"text": f"Ghi chú {case_id}"})
        moved = wire_case(case_id, version=9)
        store.settle(entry.action_id, "conflict", moved, ErrorDetail(code="conflict", message="m"))
    assert len(store.conflicts()) == 2

    async def scenario() -> None:
        ws = Workspace(desk, DeskSession(desk), SyncEvents(), aloop.worker, aloop.tasks)
        await ws.start()
        ws.actions.open_conflicts()
        await until(lambda: isinstance(ws.actions.dialog, ConflictsDialog))
        listing = ws.actions.dialog
        assert isinstance(listing, ConflictsDialog)
        assert listing.list.count() == 2
        listing.list.setCurrentRow(0)
        edited_id = listing.current_id()
        listing.edit_button.click()
        note_type = DIALOGS["note"]

        def editor() -> object:
            # Dialogs of earlier tests may linger, hidden, until Qt deletes them: take the
            # one on screen.
            found = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, note_type) and w.isVisible()
            ]
            return found[0] if found else None

        await until(editor)
        dialog = editor()
        assert isinstance(dialog, note_type)
        dialog.accept()
        await until(lambda: listing.list.count() == 1)
        assert listing.current_id() != edited_id
        assert [c.id for c in await aloop.worker.run(store.conflicts)] != [edited_id]
        assert len(await aloop.worker.run(store.conflicts)) == 1
        listing.reject()

    aloop.run(scenario())
    desk.close()
