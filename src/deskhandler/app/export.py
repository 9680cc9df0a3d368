"""Export a queue view (the rows of a filter and sort, the columns on screen) to CSV or XLSX.

The rows are read from the store in chunks as the file is written, so 100,000 cases never
sit in memory as rows; the file is written under a temporary name and renamed when whole,
so a failed or cancelled export never leaves half a spreadsheet under the chosen name.
CSV is UTF-8 with a byte-order mark (Excel then reads Vietnamese correctly) and ``;`` is
not used: a comma, as every spreadsheet program reads it.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from deskhandler.store.queue import QueueFilter, Sort
from deskhandler.store.records import CaseRow
from deskhandler.store.store import Store

#: Rows read from the store per step (and per progress report).
CHUNK = 1_000

#: Characters that make a spreadsheet read a CSV cell as a formula ("CSV injection"): such a
#: cell of citizen text is written with a leading apostrophe.  XLSX cells are typed as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cells = Callable[[CaseRow], Sequence[str]]
Progress = Callable[[int, int], bool]


class ExportCancelled(Exception):
    """The person stopped the export; no file was written."""


def _safe(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _rows(
    store: Store, ids: Sequence[str], cells: Cells, progress: Progress | None
) -> Iterator[list[str]]:
    for start in range(0, len(ids), CHUNK):
        for row in store.rows(ids[start : start + CHUNK]):
            yield [str(value) for value in cells(row)]
        done = min(start + CHUNK, len(ids))
        if progress is not None and not progress(done, len(ids)):
            raise ExportCancelled


def export_view(
    store: Store,
    path: Path,
    headers: Sequence[str],
    cells: Cells,
    *,
    flt: QueueFilter | None = None,
    sort: Sort | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the cases of ``flt`` in ``sort`` order to ``path`` (``.xlsx`` or CSV by the
    suffix); returns how many rows.  ``progress(done, total)`` returning False cancels
    (`ExportCancelled`, nothing written); OSError when the file cannot be written."""
    path = Path(path)
    ids = store.query_ids(flt, sort)
    rows = _rows(store, ids, cells, progress)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".partial")
    os.close(fd)
    partial = Path(name)
    try:
        if path.suffix.lower() == ".xlsx":
            _write_xlsx(partial, headers, rows)
        else:
            _write_csv(partial, headers, rows)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return len(ids)


def _write_csv(path: Path, headers: Sequence[str], rows: Iterator[list[str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(headers)
        writer.writerows([_safe(value) for value in row] for row in rows)
        file.flush()
        os.fsync(file.fileno())


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterator[list[str]]) -> None:
    # write_only streams rows to the file instead of building the sheet in memory.
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    assert isinstance(sheet, WriteOnlyWorksheet)
    sheet.append(list(headers))
    try:
        for row in rows:
            sheet.append([_text_cell(sheet, value) for value in row])
    except BaseException:
        # Finish the half-written sheet, or its writer complains when collected.
        with contextlib.suppress(Exception):
            sheet.close()
        raise
    book.save(path)


def _text_cell(sheet: WriteOnlyWorksheet, value: str) -> Cell:
    """A cell that stays text ("=1+1" is not a formula); characters XML forbids dropped."""
    cell = WriteOnlyCell(sheet, ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"
    return cell
