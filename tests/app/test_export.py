"""Exporting a queue view: the rows of the filter in its order, the columns given, to CSV or
XLSX, atomically, with progress and cancel."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from deskhandler.app.export import CHUNK, ExportCancelled, export_view
from deskhandler.store import QueueFilter, Store
from deskhandler.store.queue import Sort, SortKey
from deskhandler.store.records import CaseRow
from tests.store.conftest import T0, page, wire_case

HEADERS = ["Mã", "Tiêu đề", "Trạng thái"]
HOSTILE = '=HYPERLINK("http://x","bấm")'


def cells(row: CaseRow) -> list[str]:
    return [row.id, row.title, row.status]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "desk.sqlite3") as opened:
        opened.set_identity("lan", "clerk", "SXD")
        cases = [
            wire_case(
                f"HUE-{n:05d}",
                title=f"Đèn đường hỏng số {n}",
                status="resolved" if n % 3 == 0 else "in_progress",
                due_at=(T0 + timedelta(hours=n)).isoformat(),
            )
            for n in range(1, CHUNK + 500)
        ]
        cases.append(wire_case("HUE-HOSTILE", title=HOSTILE + "\x07", due_at=None))
        opened.apply_changes(page(cases))
        yield opened


def expected(store: Store, flt: QueueFilter | None, sort: Sort | None) -> list[list[str]]:
    return [cells(row) for row in store.rows(store.query_ids(flt, sort))]


def test_csv_holds_the_views_rows_in_order_readable_by_excel(store: Store, tmp_path: Path) -> None:
    flt = QueueFilter(statuses=frozenset({"in_progress"}))
    sort = Sort(SortKey.DUE_AT, descending=True)
    target = tmp_path / "hàng đợi.csv"
    seen: list[tuple[int, int]] = []

    def report(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    count = export_view(store, target, HEADERS, cells, flt=flt, sort=sort, progress=report)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM: Excel reads the Vietnamese as UTF-8"
    with target.open(encoding="utf-8-sig", newline="") as file:
        written = list(csv.reader(file))
    rows = expected(store, flt, sort)
    assert count == len(rows) == len(written) - 1
    assert written[0] == HEADERS
    safe = [[("'" + v if v.startswith("=") else v) for v in row] for row in rows]
    assert written[1:] == safe
    assert any(row[1].startswith("'=HYPERLINK") for row in written), "no formula in a cell"
    assert seen[-1] == (count, count)
    assert len(seen) == -(-count // CHUNK)


def test_xlsx_keeps_text_as_text(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "view.xlsx"
    count = export_view(store, target, HEADERS, cells)
    sheet = load_workbook(target, read_only=True).active
    assert sheet is not None
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == HEADERS
    assert len(values) == count + 1 == store.count() + 1
    hostile = next(row for row in values if row[0] == "HUE-HOSTILE")
    assert hostile[1] == HOSTILE, "a formula-looking title stays text; the bell is dropped"
    assert values[1:] == [
        [v.replace("\x07", "") for v in row] for row in expected(store, None, None)
    ]


def test_cancel_or_failure_leaves_no_file(store: Store, tmp_path: Path) -> None:
    def written() -> list[str]:
        return sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("desk."))

    with pytest.raises(ExportCancelled):
        export_view(store, tmp_path / "view.xlsx", HEADERS, cells, progress=lambda d, t: False)

    def broken(row: CaseRow) -> list[str]:
        if row.id == "HUE-00700":
            raise RuntimeError("a bad row")
        return cells(row)

    with pytest.raises(RuntimeError):
        export_view(store, tmp_path / "view.csv", HEADERS, broken)
    assert written() == [], "no file and no partial file"
    with pytest.raises(OSError):
        export_view(store, tmp_path / "missing" / "view.csv", HEADERS, cells)
