"""Bulk actions in the window: preview per case, apply, undo until upload, and the upload
against the real central API; dropping queued cases on a person of the team view."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QMimeData, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from deskhandler.server.models import CaseRow, TimelineRow
from deskhandler.sync.engine import State
from deskhandler.ui.app import DeskApp
from deskhandler.ui.case_drag import CASE_IDS_MIME, case_ids_from, case_ids_mime
from deskhandler.ui.dialogs.bulk import ASSIGN, DUPLICATE, PRIORITY, REPLY, BulkDialog
from deskhandler.ui.dialogs.widgets import fill_template, template_values
from deskhandler.ui.team import TeamDialog
from deskhandler.ui.workspace import Workspace
from tests.support.desk import timeline_kinds
from tests.support.faultproxy import FaultProxy
from tests.support.people import add_person
from tests.ui.conftest import Central, Loop, until
from tests.ui.test_dialogs import case as dialog_case
from tests.ui.test_dialogs import context as dialog_context
from tests.ui.test_flows import desk_config, sign_in
from tests.ui.test_team_view import NOW
from tests.ui.test_team_view import _open as open_team_desk
from tests.ui.workspaces import offline_workspace


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def select_cases(ws: Workspace, case_ids: list[str]) -> None:
    selection = ws.queue.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for case_id in case_ids:
        row = ws.model.row_of(case_id)
        assert row is not None
        selection.select(ws.model.index(row, 0), flags)
    assert sorted(ws.queue.selected_cases()) == sorted(case_ids)


async def open_bulk(ws: Workspace, kind: str) -> BulkDialog:
    ws.window.bulk_action.trigger()
    await until(lambda: isinstance(ws.bulk.dialog, BulkDialog))
    dialog = ws.bulk.dialog
    assert isinstance(dialog, BulkDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    return dialog


def priorities(ws: Workspace, case_ids: list[str]) -> dict[str, str]:
    return {row.id: row.priority for row in ws.desk.store.rows(case_ids)}


def triage_count(central: Central, case_id: str) -> int:
    with central.db.reading() as session:
        return int(
            session.scalar(
                select(func.count()).where(
                    TimelineRow.case_id == case_id, TimelineRow.kind == "triage"
                )
            )
            or 0
        )


def server_case(central: Central, case_id: str) -> CaseRow:
    with central.db.reading() as session:
        row = session.get(CaseRow, case_id)
        assert row is not None
        session.expunge(row)
        return row


def test_reprioritize_preview_apply_undo_apply_then_upload_once(
    aloop: Loop, central: Central, tmp_path: Path
) -> None:
    supervisor = add_person(central.db, "supervisor", "SXD")
    cases = [central.cases.in_progress(title=f"Ngập nước đường Lê Duẩn {n}") for n in range(3)]
    with FaultProxy(central.url) as proxy:
        config = desk_config(tmp_path, proxy.url)

        async def scenario() -> None:
            app = DeskApp(config)
            running = asyncio.ensure_future(app.run())
            ws = await sign_in(app, supervisor)
            await until(lambda: ws.model.rowCount() == 3, 30)
            await until(lambda: ws.sync.current.state is State.ONLINE, 30)
            proxy.down()
            ws.sync_now()
            await until(lambda: ws.sync.current.state is State.OFFLINE, 30)

            select_cases(ws, cases)
            dialog = await open_bulk(ws, PRIORITY)
            dialog.priority.setCurrentIndex(dialog.priority.findData("urgent"))
            await until(dialog.preview_current)
            assert dialog.model.rowCount() == 3
            assert [dialog.model.text(r) for r in range(3)] == ["priority Normal → Urgent"] * 3
            assert dialog.apply_button.isEnabled()
            assert "3" in dialog.apply_button.text()
            assert ws.desk.store.outbox_count() == 0, "the preview queues nothing"
            dialog.apply_button.click()

            await until(lambda: ws.desk.store.outbox_count() == 3)
            assert priorities(ws, cases) == dict.fromkeys(cases, "urgent")
            await until(ws.undo_bar.isVisible)
            assert "3" in ws.undo_bar.label.text()
            ws.undo_bar.undo_button.click()
            await until(lambda: ws.desk.store.outbox_count() == 0)
            assert priorities(ws, cases) == dict.fromkeys(cases, "normal")
            assert not ws.undo_bar.isVisible()
            row = ws.model.row_of(cases[0])
            assert row is not None
            await until(lambda: ws.model.cached_row(cases[0]).priority == "normal")  # type: ignore[union-attr]

            select_cases(ws, cases)
            dialog = await open_bulk(ws, PRIORITY)
            dialog.priority.setCurrentIndex(dialog.priority.findData("urgent"))
            await until(lambda: dialog.preview_current() and dialog.apply_button.isEnabled())
            dialog.apply_button.click()
            await until(lambda: ws.desk.store.outbox_count() == 3)
            assert all(triage_count(central, c) == 0 for c in cases)

            proxy.up()
            ws.sync_now()
            await until(lambda: ws.desk.store.outbox_count() == 0, 60)
            await until(lambda: not ws.undo_bar.isVisible(), 30)
            for case_id in cases:
                assert server_case(central, case_id).priority == "urgent"
                assert triage_count(central, case_id) == 1, "once, never the undone one"
            ws.window.close()
            assert await running == 0

        aloop.run(scenario(), timeout=240)


def test_close_as_duplicates_in_bulk_keeps_both_timelines(
    aloop: Loop, central: Central, tmp_path: Path
) -> None:
    supervisor = add_person(central.db, "supervisor", "SXD")
    main = central.cases.in_progress(title="Ổ gà trước số 12 Hùng Vương")
    copies = [central.cases.in_progress(title="Ổ gà lớn ở Hùng Vương") for _ in range(2)]
    with FaultProxy(central.url) as proxy:
        config = desk_config(tmp_path, proxy.url)

        async def scenario() -> None:
            app = DeskApp(config)
            running = asyncio.ensure_future(app.run())
            ws = await sign_in(app, supervisor)
            await until(lambda: ws.model.rowCount() == 3, 30)
            select_cases(ws, [main, *copies])
            dialog = await open_bulk(ws, DUPLICATE)
            dialog.main_case.setCurrentIndex(dialog.main_case.findData(main))
            await until(lambda: dialog.preview_current() and dialog.apply_button.isEnabled())
            texts = {
                dialog.model.rows()[r].case_id: dialog.model.text(r)
                for r in range(dialog.model.rowCount())
            }
            assert texts[main] == "Not changed: the main case stays open"
            for copy in copies:
                assert texts[copy].startswith(
                    f"status In progress → Closed; duplicate of {main}; public text: "
                )
            dialog.apply_button.click()
            await until(lambda: ws.desk.store.outbox_count() == 2)
            ws.sync_now()
            await until(lambda: ws.desk.store.outbox_count() == 0, 60)
            for copy in copies:
                closed = server_case(central, copy)
                assert (closed.status, closed.duplicate_of) == ("closed", main)
                assert "close" in timeline_kinds(central.db, copy)
                assert "accept" in timeline_kinds(central.db, copy), "its history is kept"
            assert server_case(central, main).status == "in_progress"
            assert "close" not in timeline_kinds(central.db, main)
            ws.window.close()
            assert await running == 0

        aloop.run(scenario(), timeout=240)


def test_cases_dropped_on_a_person_of_the_team_open_the_assign_preview(
    aloop: Loop, tmp_path: Path
) -> None:
    desk = open_team_desk(tmp_path, "supervisor")

    async def scenario() -> None:
        async with offline_workspace(desk, aloop, lambda: NOW) as ws:
            select_cases(ws, ["A", "E"])
            table = ws.queue.table
            dragged = table.selected_case_ids()  # type: ignore[attr-defined]
            assert dragged == [
                ws.model.case_id(r) for r in sorted(ws.model.row_of(c) or 0 for c in ("A", "E"))
            ]
            mime = case_ids_mime(dragged)
            assert mime.hasFormat(CASE_IDS_MIME)

            ws.window.team_action.trigger()
            await until(lambda: isinstance(ws.team, TeamDialog) and ws.team.isVisible())
            team = ws.team
            assert isinstance(team, TeamDialog)
            model = team.table.model()
            assert CASE_IDS_MIME in model.mimeTypes()
            minh = next(
                r
                for r in range(team.table.rowCount())
                if team.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "minh"  # type: ignore[union-attr]
            )
            target = model.index(minh, 0)
            assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
            assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)

            await until(lambda: isinstance(ws.bulk.dialog, BulkDialog))
            dialog = ws.bulk.dialog
            assert isinstance(dialog, BulkDialog)
            assert dialog.choice() == ASSIGN
            assert dialog.person.currentData() == "minh"
            await until(dialog.preview_current)
            assert {r.case_id for r in dialog.model.rows() if r.queued} == {"A", "E"}
            assert desk.store.outbox_count() == 0, "nothing before the person confirms"
            dialog.apply_button.click()
            await until(lambda: desk.store.outbox_count() == 2)
            assert {e.case_id: dict(e.payload) for e in desk.store.outbox()} == {
                "A": {"assignee": "minh"},
                "E": {"assignee": "minh"},
            }
            # Another application's drop, or a damaged one, is not taken.
            assert not model.dropMimeData(
                case_ids_mime([]), Qt.DropAction.CopyAction, -1, -1, target
            )
            team.reject()
            await until(lambda: aloop.tasks.running == 0)

    try:
        aloop.run(scenario(), timeout=120)
    finally:
        desk.close()


def test_only_our_case_ids_come_out_of_a_drop() -> None:
    assert case_ids_from(case_ids_mime(["HUE-1", "HUE-2", "HUE-1"])) == ["HUE-1", "HUE-2"]
    other = QMimeData()
    other.setText("HUE-1")
    assert case_ids_from(other) == []
    for bad in (b"{", b'{"a": 1}', b"[1, 2]", b'["' + b"x" * 65 + b'"]'):
        damaged = QMimeData()
        damaged.setData(CASE_IDS_MIME, bad)
        assert case_ids_from(damaged) == []


def test_a_reply_template_is_filled_per_case_as_the_reply_dialog_fills_it(qtbot: QtBot) -> None:
    ctx = dialog_context("supervisor")
    dialog = BulkDialog([("HUE-2026-000123", "Ổ gà"), ("HUE-2", "Đèn")], ctx)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(REPLY))
    dialog.template.setCurrentIndex(1)
    action = dialog.action()
    assert action.text_for is not None
    one = dialog_case().case
    expected = fill_template(ctx.templates[1].text, template_values(one, ctx.unit_name)).strip()
    assert action.text_for(one) == expected
    assert f"phản ánh {one.id} tại" in expected
    assert "{" not in expected, "every placeholder filled from the case"
    with qtbot.waitSignal(dialog.preview_requested, timeout=2000):
        dialog.template.setCurrentIndex(0)
    assert not dialog.apply_button.isEnabled(), "no Apply before the preview"


def test_undo_of_actions_a_sync_already_claimed_says_they_stay(aloop: Loop, tmp_path: Path) -> None:
    desk = open_team_desk(tmp_path, "supervisor")

    async def scenario() -> None:
        async with offline_workspace(desk, aloop, lambda: NOW) as ws:
            select_cases(ws, ["A", "B"])
            dialog = await open_bulk(ws, PRIORITY)
            dialog.priority.setCurrentIndex(dialog.priority.findData("low"))
            await until(lambda: dialog.preview_current() and dialog.apply_button.isEnabled())
            dialog.apply_button.click()
            await until(lambda: desk.store.outbox_count() == 2)
            await until(ws.undo_bar.isVisible)
            # A sync takes the first one on its way (claimed before its POST).
            [first, _second] = ws.bulk.undoable
            desk.store.claim([first])
            ws.undo_bar.undo_button.click()
            await until(lambda: desk.store.outbox_count() == 1)
            assert [e.action_id for e in desk.store.outbox()] == [first]
            await until(lambda: any("not undone" in box.text() for box in message_boxes()))
            for box in message_boxes():
                box.reject()
            await until(lambda: aloop.tasks.running == 0)

    try:
        aloop.run(scenario(), timeout=120)
    finally:
        desk.close()
