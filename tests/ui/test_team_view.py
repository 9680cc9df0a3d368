"""The supervisor's team view: counts per person from the local store, and a row opens
that person's cases in the queue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel

from deskhandler.app.desk import Desk
from deskhandler.config import load_config
from deskhandler.store.queue import UNASSIGNED
from deskhandler.ui.dialogs.bulk import ASSIGN, BulkDialog
from deskhandler.ui.team import TeamDialog
from tests.store.conftest import page, wire_case
from tests.ui.conftest import Loop, until
from tests.ui.test_dialogs import directory
from tests.ui.workspaces import offline_workspace

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


def _open(tmp_path: Path, role: str) -> Desk:
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    config.profile.create_dirs()
    desk = Desk.open(config)
    desk.store.set_identity("hoa", role, "SXD")
    desk.store.save_directory(directory(), None)
    late, soon, later = (NOW + timedelta(hours=h) for h in (-5, 20, 200))
    cases = [
        ("A", "lan", "in_progress", late, "SXD"),
        ("B", "lan", "in_progress", soon, "SXD"),
        ("C", "lan", "resolved", late, "SXD"),
        ("D", "minh", "assigned", later, "SXD"),
        ("E", None, "assigned", late, "SXD"),
        ("F", "tuan", "in_progress", late, "SGTVT"),
    ]
    desk.store.apply_changes(
        page(
            [
                wire_case(cid, assignee=who, status=st, department=unit, due_at=due.isoformat())
                for cid, who, st, due, unit in cases
            ]
        )
    )
    return desk


def test_a_supervisor_sees_the_units_workload_and_opens_a_clerks_cases(
    aloop: Loop, tmp_path: Path
) -> None:
    desk = _open(tmp_path, "supervisor")

    async def scenario() -> None:
        async with offline_workspace(desk, aloop, lambda: NOW) as ws:
            assert ws.window.team_action.isEnabled()
            ws.window.team_action.trigger()
            await until(lambda: isinstance(ws.team, TeamDialog) and ws.team.isVisible())
            team = ws.team
            assert isinstance(team, TeamDialog)
            assert team.counts() == {
                "hoa": (0, 0, 0),  # the supervisor is staff too, with nothing assigned
                "lan": (2, 1, 1),
                "minh": (1, 0, 0),
                UNASSIGNED: (1, 1, 0),
            }, "tuan works in another unit"
            names = [team.table.item(r, 0).text() for r in range(team.table.rowCount())]  # type: ignore[union-attr]
            assert names[:3] == ["Lê Văn Minh", "Nguyễn Thị Lan", "Phạm Thị Hoa"], (
                "Vietnamese order"
            )

            team.select("lan")
            team.show_button.click()
            await until(lambda: ws.model.rowCount() == 3)
            assert {ws.model.case_id(r) for r in range(3)} == {"A", "B", "C"}
            assert ws.queue.assignee_chip.isVisible()
            assert "Nguyễn Thị Lan" in ws.queue.assignee_chip.text()
            ws.queue.assignee_chip.click()
            await until(lambda: ws.model.rowCount() == 6)
            assert not ws.queue.assignee_chip.isVisible()
            team.select(UNASSIGNED)
            team.show_button.click()
            await until(lambda: ws.model.rowCount() == 1)
            assert ws.model.case_id(0) == "E"
            team.reject()

    try:
        aloop.run(scenario(), timeout=120)
    finally:
        desk.close()


def test_a_supervisor_assigns_several_selected_cases_at_once(aloop: Loop, tmp_path: Path) -> None:
    desk = _open(tmp_path, "supervisor")

    async def scenario() -> None:
        async with offline_workspace(desk, aloop, lambda: NOW) as ws:
            selection = ws.queue.table.selectionModel()
            selection.clearSelection()
            for case_id in ("A", "C", "D", "E"):
                row = ws.model.row_of(case_id)
                assert row is not None
                flags = (
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                selection.select(ws.model.index(row, 0), flags)
            assert sorted(ws.queue.selected_cases()) == ["A", "C", "D", "E"]
            assert ws.window.assign_selected_action.isEnabled()
            ws.window.assign_selected_action.trigger()
            await until(lambda: isinstance(ws.bulk.dialog, BulkDialog))
            dialog = ws.bulk.dialog
            assert isinstance(dialog, BulkDialog)
            assert dialog.choice() == ASSIGN, "opens on assign, the person left to choose"
            dialog.person.setCurrentIndex(dialog.person.findData("minh"))
            await until(lambda: dialog.preview_current() and dialog.apply_button.isEnabled())
            rows = {r.case_id: r for r in dialog.model.rows()}
            # D is minh's already: nothing to send for it
            assert {c for c, r in rows.items() if r.queued} == {"A", "E"}
            assert rows["C"].refusal is not None, "the closed one says why, before anything"
            assert desk.store.outbox_count() == 0, "the preview queues nothing"
            dialog.apply_button.click()
            await until(lambda: desk.store.outbox_count() == 2)
            assert {e.case_id: e.payload for e in desk.store.outbox()} == {
                c: {"assignee": "minh"} for c in ("A", "E")
            }
            assert ws.bulk.undo_bar.isVisible(), "undo until it uploads"

            def assigned_to_minh() -> bool:
                row = ws.model.cached_row("A")
                return row is not None and row.assignee == "minh"

            await until(assigned_to_minh)
            await until(lambda: aloop.tasks.running == 0)

    try:
        aloop.run(scenario(), timeout=120)
    finally:
        desk.close()


def test_a_clerk_has_no_team_view(aloop: Loop, tmp_path: Path) -> None:
    desk = _open(tmp_path, "clerk")

    async def scenario() -> None:
        async with offline_workspace(desk, aloop, lambda: NOW) as ws:
            assert not ws.window.team_action.isEnabled()
            assert not ws.window.assign_selected_action.isEnabled()
            await ws.show_team()
            assert ws.team is None
            await until(lambda: aloop.tasks.running == 0)  # the first case is read, then close

    try:
        aloop.run(scenario(), timeout=60)
    finally:
        desk.close()
