"""The queue as a table model that holds case ids and loads rows in blocks.

A department's queue has 100,000 cases; holding them as objects (or items of a
``QStandardItemModel``) costs seconds and hundreds of megabytes.  The model keeps only the
ordered ids of its filter (one indexed query, run on the store thread) and a bounded cache
of `CaseRow` blocks.  ``data()`` never queries: a row that is not cached yet asks for its
block to be fetched in the background and shows empty until it arrives (STYLE.md point 6,
Anki's browser table model).

Writes arrive as `ChangeSet` values (from an action or a sync).  The model re-reads the id
list and the changed rows it holds, then tells the view only what moved: changed cells,
a few inserted or removed rows, a reorder, or - when the list changed wholesale - a reset.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from deskhandler.domain.deadlines import DUE_SOON
from deskhandler.domain.statuses import OPEN
from deskhandler.store.queue import QueueFilter, Sort, SortKey
from deskhandler.store.records import CaseRow, ChangeSet
from deskhandler.store.store import Store
from deskhandler.ui.labels import moment_text, priority_label, status_label
from deskhandler.ui.plain import single_line, tooltip_markup
from deskhandler.ui.tasks import StoreWorker, Tasks

Index = QModelIndex | QPersistentModelIndex

_OPEN_CODES = frozenset(s.value for s in OPEN)


class Column(IntEnum):
    ID = 0
    TITLE = 1
    CATEGORY = 2
    PRIORITY = 3
    STATUS = 4
    DEADLINE = 5
    ASSIGNEE = 6
    UPLOAD = 7


SORT_OF_COLUMN: dict[Column, SortKey] = {
    Column.ID: SortKey.ID,
    Column.TITLE: SortKey.TITLE,
    Column.CATEGORY: SortKey.CATEGORY,
    Column.PRIORITY: SortKey.PRIORITY,
    Column.STATUS: SortKey.STATUS,
    Column.DEADLINE: SortKey.DUE_AT,
    Column.ASSIGNEE: SortKey.ASSIGNEE,
    Column.UPLOAD: SortKey.PENDING,
}


class Role(IntEnum):
    CASE_ID = Qt.ItemDataRole.UserRole + 1
    #: "overdue", "due_soon" or None (open cases only).
    DEADLINE_STATE = Qt.ItemDataRole.UserRole + 2
    PENDING = Qt.ItemDataRole.UserRole + 3
    CONFLICTS = Qt.ItemDataRole.UserRole + 4
    LOADED = Qt.ItemDataRole.UserRole + 5


class QueueSource(Protocol):
    """Where the model gets ids and rows; every call may take a while."""

    async def ids(self, flt: QueueFilter, sort: Sort, limit: int | None = None) -> list[str]:
        """The matching ids in order; with ``limit``, only the first that many."""
        ...

    async def rows(self, ids: Sequence[str]) -> list[CaseRow]: ...


class StoreQueueSource:
    """Ids and rows from the store, read on the store thread."""

    def __init__(self, store: Store, worker: StoreWorker) -> None:
        self._store = store
        self._worker = worker

    async def ids(self, flt: QueueFilter, sort: Sort, limit: int | None = None) -> list[str]:
        return await self._worker.run(self._store.query_ids, flt, sort, limit=limit)

    async def rows(self, ids: Sequence[str]) -> list[CaseRow]:
        return await self._worker.run(self._store.rows, list(ids))


def deadline_state(row: CaseRow, now: datetime) -> str | None:
    return deadline_state_of(row.due_at, row.status, now)


def deadline_state_of(due_at: datetime | None, status: str, now: datetime) -> str | None:
    """ "overdue", "due_soon" or None: only open cases have a deadline that matters."""
    if due_at is None or status not in _OPEN_CODES:
        return None
    if due_at <= now:
        return "overdue"
    if due_at <= now + DUE_SOON:
        return "due_soon"
    return None


def _runs(indices: Sequence[int]) -> list[tuple[int, int]]:
    """Contiguous runs ``(first, last)`` of sorted indices."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _utc_now() -> datetime:
    return datetime.now(UTC)


class QueueModel(QAbstractTableModel):
    """Ordered case ids of the current filter and sort, rows fetched lazily in blocks."""

    #: The id list was (re)loaded; the argument is the number of rows.
    loaded = Signal(int)

    BLOCK = 200
    CACHE_LIMIT = 5_000
    #: More inserted/removed runs than this and a reset is cheaper for the view.
    MAX_RUNS = 40

    def __init__(
        self,
        source: QueueSource,
        tasks: Tasks,
        *,
        now: Callable[[], datetime] = _utc_now,
        category_name: Callable[[str], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._tasks = tasks
        self._now = now
        self._category_name = category_name or (lambda code: code)
        self._ids: list[str] = []
        self._cache: dict[str, CaseRow] = {}
        self._requested: set[int] = set()
        self._generation = 0
        self._filter = QueueFilter()
        self._sort = Sort(SortKey.DUE_AT)
        self._sort_column = Column.DEADLINE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._moment = now()
        self._dirty = False
        self._structural = False
        self._changed: set[str] = set()
        self._reload_task: asyncio.Task[None] | None = None
        self._headers: dict[Column, str] = {}
        self._name_columns()

    def _name_columns(self) -> None:
        self._headers = {
            Column.ID: self.tr("Code"),
            Column.TITLE: self.tr("Title"),
            Column.CATEGORY: self.tr("Category"),
            Column.PRIORITY: self.tr("Priority"),
            Column.STATUS: self.tr("Status"),
            Column.DEADLINE: self.tr("Deadline"),
            Column.ASSIGNEE: self.tr("Assignee"),
            Column.UPLOAD: self.tr("Upload"),
        }

    def retranslate(self) -> None:
        """Headers and the words in cells (statuses, priorities, badges) in the new language:
        nothing is read again, the cells are only asked to repaint."""
        self._name_columns()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(Column) - 1)
            )

    # --- what is shown ---------------------------------------------------------------

    @property
    def queue_filter(self) -> QueueFilter:
        return self._filter

    @property
    def current_sort(self) -> Sort:
        return self._sort

    def set_filter(self, flt: QueueFilter) -> asyncio.Task[None]:
        self._filter = flt
        return self._request(structural=True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_OF_COLUMN.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        self._sort_column, self._sort_order = Column(column), order
        self._sort = Sort(key, descending=order == Qt.SortOrder.DescendingOrder)
        self._request(structural=True)

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return int(self._sort_column), self._sort_order

    def reload(self) -> asyncio.Task[None]:
        """Read the id list again (e.g. the clock moved past deadlines); the first read
        shows a first window at once, like a new filter."""
        return self._request(structural=not self._ids)

    def apply_changes(self, changes: ChangeSet) -> asyncio.Task[None] | None:
        """Refresh what ``changes`` touched; nothing when it touched no case."""
        if changes.reset:
            self._cache.clear()
            self._requested.clear()
            return self._request(structural=True)
        if not changes.case_ids and not changes.conflicts:
            return None
        self._changed |= changes.case_ids
        return self._request(structural=False)

    def _request(self, *, structural: bool) -> asyncio.Task[None]:
        self._dirty = True
        self._structural = self._structural or structural
        if self._reload_task is None or self._reload_task.done():
            self._reload_task = self._tasks.spawn(self._reload_loop())
        return self._reload_task

    async def _reload_loop(self) -> None:
        while self._dirty:
            self._dirty = False
            structural, self._structural = self._structural, False
            changed, self._changed = self._changed, set()
            moment = self._now()
            flt = self._filter
            if flt.deadline is not None:
                flt = replace(flt, now=moment)
            if structural:
                # A new filter or sort shows its first rows before the whole list is read:
                # the store reads a window from an index at once, while listing every match
                # of a broad filter over 100,000 cases takes a noticeable moment.
                first = await self._source.ids(flt, self._sort, limit=self.BLOCK)
                if not await self._show(first, changed, moment, structural=True):
                    continue
                if len(first) < self.BLOCK:
                    self.loaded.emit(len(self._ids))
                    continue
                changed = set()
            ids = await self._source.ids(flt, self._sort)
            if await self._show(ids, changed, moment, structural=False):
                self.loaded.emit(len(self._ids))

    async def _show(
        self, ids: list[str], changed: set[str], moment: datetime, *, structural: bool
    ) -> bool:
        """Read the rows ``ids`` starts with (and the changed ones) and show ``ids``;
        False when the filter changed again meanwhile and ``ids`` is already old."""
        wanted = [i for i in ids[: self.BLOCK] if i not in self._cache or i in changed]
        wanted += [i for i in changed if i in self._cache and i not in wanted]
        rows = await self._source.rows(wanted) if wanted else []
        if self._dirty and self._structural:
            self._changed |= changed
            return False
        self._moment = moment
        for gone in changed - {row.id for row in rows}:
            self._cache.pop(gone, None)
        for row in rows:
            self._cache[row.id] = row
        self._install(ids, structural=structural)
        self._refresh_cells(changed)
        return True

    def _install(self, new: list[str], *, structural: bool) -> None:
        old = self._ids
        if new == old:
            return
        self._generation += 1
        self._requested.clear()
        if structural:
            self.beginResetModel()
            self._ids = new
            self.endResetModel()
            return
        if len(new) > len(old) and new[: len(old)] == old:
            # The rest of a list whose first window is on screen.
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._ids = new
            self.endInsertRows()
            return
        old_set, new_set = set(old), set(new)
        if len(old) == len(new) and old_set == new_set:
            self._reorder(new)
            return
        removed = [i for i, case_id in enumerate(old) if case_id not in new_set]
        added = [j for j, case_id in enumerate(new) if case_id not in old_set]
        kept_old = [case_id for case_id in old if case_id in new_set]
        kept_new = [case_id for case_id in new if case_id in old_set]
        removed_runs, added_runs = _runs(removed), _runs(added)
        if kept_old != kept_new or len(removed_runs) + len(added_runs) > self.MAX_RUNS:
            self.beginResetModel()
            self._ids = new
            self.endResetModel()
            return
        ids = list(old)
        for first, last in reversed(removed_runs):
            self.beginRemoveRows(QModelIndex(), first, last)
            del ids[first : last + 1]
            self._ids = ids
            self.endRemoveRows()
        for first, last in added_runs:
            self.beginInsertRows(QModelIndex(), first, last)
            ids[first:first] = new[first : last + 1]
            self._ids = ids
            self.endInsertRows()

    def _reorder(self, new: list[str]) -> None:
        self.layoutAboutToBeChanged.emit()
        position = {case_id: row for row, case_id in enumerate(new)}
        old = self._ids
        for index in self.persistentIndexList():
            if index.isValid():
                row = position[old[index.row()]]
                self.changePersistentIndex(index, self.index(row, index.column()))
        self._ids = new
        self.layoutChanged.emit()

    def _refresh_cells(self, changed: set[str]) -> None:
        if not changed or not self._ids:
            return
        rows = [row for row, case_id in enumerate(self._ids) if case_id in changed]
        last_column = len(Column) - 1
        for first, last in _runs(rows):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    # --- lazy rows -------------------------------------------------------------------

    def _want(self, row: int) -> None:
        block = row // self.BLOCK
        if block in self._requested:
            return
        self._requested.add(block)
        self._tasks.spawn(self._fetch_block(block, self._generation))

    async def _fetch_block(self, block: int, generation: int) -> None:
        first = block * self.BLOCK
        ids = self._ids[first : first + self.BLOCK]
        rows = await self._source.rows(ids)
        if len(self._cache) + len(rows) > self.CACHE_LIMIT:
            # Forget the oldest rows; blocks still on screen are asked for again on paint.
            for case_id in list(self._cache)[: len(self._cache) // 2]:
                del self._cache[case_id]
            self._requested.clear()
            self._requested.add(block)
        for row in rows:
            self._cache[row.id] = row
        if not self._ids:
            return
        last_column = len(Column) - 1
        if generation == self._generation:
            last = min(first + self.BLOCK, len(self._ids)) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
        else:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, last_column))

    def row_of(self, case_id: str) -> int | None:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def case_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def cached_row(self, case_id: str) -> CaseRow | None:
        return self._cache.get(case_id)

    @property
    def cached_count(self) -> int:
        return len(self._cache)

    # --- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        case_id = self._ids[index.row()]
        if role == Role.CASE_ID:
            return case_id
        row = self._cache.get(case_id)
        if role == Role.LOADED:
            return row is not None
        if row is None:
            self._want(index.row())
            if role == Qt.ItemDataRole.DisplayRole and index.column() == Column.ID:
                return case_id
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            return tooltip_markup(row.title)
        if role == Role.DEADLINE_STATE:
            return deadline_state(row, self._moment)
        if role == Role.PENDING:
            return row.pending
        if role == Role.CONFLICTS:
            return row.conflicts
        return None

    def display_text(self, row: CaseRow, column: Column) -> str:
        """The text ``row`` shows in ``column`` (also what an export writes)."""
        return self._display(row, column)

    def _display(self, row: CaseRow, column: Column) -> str:
        if column == Column.ID:
            return single_line(row.id, 64)
        if column == Column.TITLE:
            return single_line(row.title, 300)
        if column == Column.CATEGORY:
            return single_line(self._category_name(row.category), 120)
        if column == Column.PRIORITY:
            return priority_label(row.priority)
        if column == Column.STATUS:
            return status_label(row.status)
        if column == Column.DEADLINE:
            return moment_text(row.due_at)
        if column == Column.ASSIGNEE:
            return single_line(row.assignee or "", 64)
        if row.conflicts:
            return self.upload_texts()[0]
        if row.pending:
            return self.upload_texts()[1]
        return ""

    def upload_texts(self) -> tuple[str, str]:
        """What the upload column can say (conflicts, waiting): the view sizes it to fit."""
        return self.tr("needs attention"), self.tr("waiting to upload")


__all__ = [
    "SORT_OF_COLUMN",
    "Column",
    "QueueModel",
    "QueueSource",
    "Role",
    "StoreQueueSource",
    "deadline_state",
    "deadline_state_of",
]
