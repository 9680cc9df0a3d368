"""The queue model: ids in order, rows in blocks, refreshed by change sets, at 100,000 rows."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from deskhandler.store import ME, ChangeSet, DeadlineFilter, QueueFilter, Sort, SortKey, Store
from deskhandler.ui.queue_model import (
    SORT_OF_COLUMN,
    Column,
    QueueModel,
    Role,
    StoreQueueSource,
    deadline_state,
)
from tests.ui.cases import T0, fill, put, wire_case
from tests.ui.conftest import Loop

NOW = T0 + timedelta(days=3)


def make_model(store: Store, aloop: Loop) -> QueueModel:
    model = QueueModel(StoreQueueSource(store, aloop.worker), aloop.tasks, now=lambda: NOW)
    aloop.run(model.reload())
    return model


def due(hours: float) -> str:
    return (NOW + timedelta(hours=hours)).isoformat()


def seed_small(store: Store) -> None:
    put(
        store,
        wire_case("A", title="Đường ngập", priority="urgent", due_at=due(-1)),
        wire_case("B", title="Cây đổ", status="assigned", assignee=None, due_at=due(24)),
        wire_case("C", title="Ánh sáng yếu", assignee="minh", due_at=due(240)),
        wire_case("D", title="Bãi rác", status="closed", due_at=due(-24)),
        wire_case("E", title="đèn hỏng", due_at=None, category="GT"),
    )


def test_model_passes_the_model_tester(
    client_store: Store, aloop: Loop, qtmodeltester: ModelTester
) -> None:
    seed_small(client_store)
    model = make_model(client_store, aloop)
    aloop.until(lambda: model.cached_count == 5)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    client_store.enqueue("B", "accept", {})
    changed(aloop, model, "B")
    model.set_filter(QueueFilter(assignee=ME))
    aloop.until(lambda: model.rowCount() == 4)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def changed(aloop: Loop, model: QueueModel, *case_ids: str) -> None:
    task = model.apply_changes(ChangeSet.of(case_ids, outbox=True))
    assert task is not None
    aloop.run(task)


def test_rows_load_lazily_never_in_data(client_store: Store, aloop: Loop) -> None:
    fill(client_store, 2_000)
    model = make_model(client_store, aloop)
    assert model.rowCount() == 2_000
    assert model.cached_count == QueueModel.BLOCK, "only the first block is read with the ids"
    far = model.index(1_500, Column.TITLE)
    assert model.data(far) is None, "not cached: empty now, fetched in the background"
    assert model.data(model.index(1_500, Column.ID)) == model.case_id(1_500)
    assert model.data(far, Role.LOADED) is False
    aloop.until(lambda: model.data(far, Role.LOADED))
    assert "trên đường" in model.data(far)
    assert model.cached_count == 2 * QueueModel.BLOCK


def test_display_roles_and_badges(client_store: Store, aloop: Loop) -> None:
    seed_small(client_store)
    model = make_model(client_store, aloop)
    order = [model.case_id(r) for r in range(model.rowCount())]
    assert order == ["D", "A", "B", "C", "E"], "by deadline, none last"
    row_a = order.index("A")
    assert model.data(model.index(row_a, Column.DEADLINE), Role.DEADLINE_STATE) == "overdue"
    assert model.data(model.index(order.index("B"), 0), Role.DEADLINE_STATE) == "due_soon"
    assert model.data(model.index(order.index("D"), 0), Role.DEADLINE_STATE) is None, "closed"
    assert model.data(model.index(row_a, Column.PRIORITY)) == "Urgent"
    assert model.data(model.index(row_a, Column.STATUS)) == "In progress"
    assert model.headerData(Column.UPLOAD, Qt.Orientation.Horizontal) == "Upload"
    assert model.data(model.index(row_a, Column.UPLOAD)) == ""


def test_an_action_refreshes_only_its_row(client_store: Store, aloop: Loop) -> None:
    seed_small(client_store)
    model = make_model(client_store, aloop)
    resets: list[int] = []
    cells: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b: cells.append((a.row(), b.row())))
    client_store.enqueue("C", "note", {"text": "Đã gọi điện"})
    changed(aloop, model, "C")
    row = model.row_of("C")
    assert row is not None
    assert model.data(model.index(row, 0), Role.PENDING) == 1
    assert model.data(model.index(row, Column.UPLOAD)) == "waiting to upload"
    assert resets == []
    assert cells == [(row, row)]
    assert model.apply_changes(ChangeSet()) is None, "nothing about cases: nothing to do"


def test_rows_leaving_and_joining_the_filter_are_removed_and_inserted(
    client_store: Store, aloop: Loop
) -> None:
    seed_small(client_store)
    model = make_model(client_store, aloop)
    aloop.run(model.set_filter(QueueFilter(pending_only=True)))
    assert model.rowCount() == 0
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda _p, a, b: events.append(f"insert {a}-{b}"))
    model.rowsRemoved.connect(lambda _p, a, b: events.append(f"remove {a}-{b}"))
    client_store.enqueue("E", "note", {"text": "x"})
    changed(aloop, model, "E")
    assert events == ["insert 0-0"]
    client_store.enqueue("A", "note", {"text": "y"})
    changed(aloop, model, "A")
    assert events[-1] == "insert 0-0", "A is due first"
    entry = next(e for e in client_store.outbox() if e.case_id == "E")
    client_store.settle(entry.action_id, "applied", None, None)
    changed(aloop, model, "E")
    assert events[-1] == "remove 1-1"
    assert [model.case_id(0)] == ["A"]


def test_a_reorder_keeps_the_selected_case(client_store: Store, aloop: Loop) -> None:
    seed_small(client_store)
    model = make_model(client_store, aloop)
    held = model.index(model.row_of("C") or 0, 0)
    persistent = QPersistentModelIndex(held)
    client_store.enqueue("C", "triage", {"due_at": due(-120)})
    changed(aloop, model, "C")
    assert model.case_id(0) == "C"
    assert persistent.row() == 0
    assert model.data(model.index(0, 0), Role.CASE_ID) == "C"


@pytest.mark.parametrize("column", list(Column))
def test_sort_by_every_column(client_store: Store, aloop: Loop, column: Column) -> None:
    seed_small(client_store)
    model = make_model(client_store, aloop)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        assert model.sort_state() == (int(column), order)
        aloop.run(model.reload())
        expected = client_store.query_ids(
            QueueFilter(), Sort(SORT_OF_COLUMN[column], order == Qt.SortOrder.DescendingOrder)
        )
        assert [model.case_id(r) for r in range(model.rowCount())] == expected


def test_deadline_filters_use_the_clock(client_store: Store, aloop: Loop) -> None:
    seed_small(client_store)
    model = make_model(client_store, aloop)
    aloop.run(model.set_filter(QueueFilter(deadline=DeadlineFilter.OVERDUE)))
    assert [model.case_id(0)] == ["A"]
    row = client_store.rows(["B"])[0]
    assert deadline_state(row, NOW) == "due_soon"
    assert deadline_state(row, NOW + timedelta(days=2)) == "overdue"


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("big") / "desk.sqlite3"
    with Store.open(path) as store:
        store.set_identity("lan", "clerk", "SXD")
        fill(store, 100_000)
        yield store


def test_100k_rows_load_and_filter_without_holding_them(
    big_store: Store, aloop: Loop, qtmodeltester: ModelTester
) -> None:
    started = time.perf_counter()
    model = make_model(big_store, aloop)
    loaded = time.perf_counter() - started
    assert model.rowCount() == 100_000
    assert model.cached_count <= QueueModel.BLOCK
    last = model.index(99_999, Column.TITLE)
    model.data(last)
    aloop.until(lambda: model.data(last, Role.LOADED))
    assert model.cached_count <= 2 * QueueModel.BLOCK
    started = time.perf_counter()
    aloop.run(model.set_filter(QueueFilter(search="duong le loi")))
    searched = time.perf_counter() - started
    assert 0 < model.rowCount() < 100_000
    title = model.data(model.index(0, Column.TITLE))
    assert "Lê Lợi" in title, "diacritics-insensitive"
    print(f"\n100k: ids + first block {loaded * 1000:.0f} ms, search {searched * 1000:.0f} ms")
    assert not model.index(0, 0).parent().isValid()
    assert model.rowCount(QModelIndex()) == model.rowCount()


class HeldSource(StoreQueueSource):
    """The store's ids and rows, except that whole lists wait for ``release``: a broad
    filter over a big queue, whose every match takes a while to list."""

    def __init__(self, store: Store, aloop: Loop) -> None:
        super().__init__(store, aloop.worker)
        self.release = asyncio.Event()

    async def ids(self, flt: QueueFilter, sort: Sort, limit: int | None = None) -> list[str]:
        if limit is None:
            await self.release.wait()
        return await super().ids(flt, sort, limit)


def test_the_first_rows_show_before_the_whole_list_is_read(
    client_store: Store, aloop: Loop
) -> None:
    fill(client_store, 1_000)
    source = HeldSource(client_store, aloop)
    model = QueueModel(source, aloop.tasks, now=lambda: NOW)
    counts: list[int] = []
    model.loaded.connect(counts.append)
    task = model.reload()
    aloop.until(lambda: model.rowCount() == QueueModel.BLOCK)
    assert model.data(model.index(0, Column.TITLE), Role.LOADED), "the window's rows are read"
    assert not task.done()
    assert counts == [], "the count waits for the whole list"
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    source.release.set()
    aloop.run(task)
    assert counts == [1_000]
    assert inserted == [(QueueModel.BLOCK, 999)], "the rest is appended, not a reset"
    everything = client_store.query_ids(QueueFilter(), Sort(SortKey.DUE_AT))
    assert [model.case_id(row) for row in range(model.rowCount())] == everything


def test_a_filter_matching_less_than_a_window_needs_no_second_read(
    client_store: Store, aloop: Loop
) -> None:
    fill(client_store, 1_000)
    source = HeldSource(client_store, aloop)
    model = QueueModel(source, aloop.tasks, now=lambda: NOW)
    source.release.set()
    aloop.run(model.reload())
    source.release.clear()
    aloop.run(model.set_filter(QueueFilter(search="so 999")))  # would hang on a whole read
    assert model.rowCount() == 1
    assert model.data(model.index(0, Column.TITLE)).endswith("số 999")
