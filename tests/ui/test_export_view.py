"""Export view…: the queue as on screen (filter, order, visible columns) into a spreadsheet."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from deskhandler.app.desk import Desk
from deskhandler.config import load_config
from deskhandler.ui.queue_model import Column
from deskhandler.ui.queue_view import QuickFilter
from tests.ui.cases import fill
from tests.ui.conftest import Loop, until
from tests.ui.workspaces import offline_workspace

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


def test_the_view_on_screen_is_what_the_file_holds(aloop: Loop, tmp_path: Path) -> None:
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    config.profile.create_dirs()
    desk = Desk.open(config)
    desk.store.set_identity("lan", "clerk", "SXD")
    fill(desk.store, 2500)

    async def scenario() -> None:
        async with offline_workspace(desk, aloop, lambda: NOW) as ws:
            ws.queue.filter_buttons[QuickFilter.MINE].setChecked(True)
            ws.queue.search.setText("đèn đường")
            ws.queue._apply_query()
            await ws.model.reload()
            shown = ws.model.rowCount()
            assert 0 < shown < 2500
            header = ws.queue.table.horizontalHeader()
            header.moveSection(header.visualIndex(Column.TITLE), 0)  # the clerk dragged it first
            header.hideSection(Column.CATEGORY)
            columns = ws.visible_columns()
            assert columns[0] is Column.TITLE
            assert Column.CATEGORY not in columns

            ws.window.export_action.trigger()
            chooser = ws.exporter.chooser
            assert chooser is not None
            assert chooser.isVisible(), "opened with open(): no nested event loop"
            target = tmp_path / "hàng đợi của tôi.xlsx"
            chooser.fileSelected.emit(str(target))
            chooser.reject()
            await until(target.exists, 30)
            await until(lambda: "exported" in ws.window.statusBar().currentMessage(), 30)
            sheet = load_workbook(target, read_only=True).active
            assert sheet is not None
            rows = [[cell.value or "" for cell in row] for row in sheet.iter_rows()]
            headers = [ws.model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
            assert rows[0] == headers
            assert len(rows) == shown + 1
            ws.queue.table.scrollToTop()
            await until(lambda: ws.model.cached_row(ws.model.case_id(49) or "") is not None)
            for r in range(50):
                assert rows[r + 1] == [ws.model.data(ws.model.index(r, c)) or "" for c in columns]

            as_csv = tmp_path / "view.csv"
            assert await ws.exporter.export(as_csv) == shown
            with as_csv.open(encoding="utf-8-sig", newline="") as file:
                assert [row[0] for row in csv.reader(file)] == [row[0] for row in rows]

    try:
        aloop.run(scenario(), timeout=120)
    finally:
        desk.close()
