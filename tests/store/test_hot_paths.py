"""The store's hot paths: the first sync's inserts, windows of the queue, moment keys."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from deskhandler.store import QueueFilter, Sort, SortKey, Store
from deskhandler.store.overlay import moment_key, parse_moment
from deskhandler.store.queue import where
from tests.store.conftest import T0, page, wire_case
from tests.support.store_files import file_at_version


def statements(store: Store) -> list[str]:
    """Collects the SQL the store runs from now on."""
    seen: list[str] = []
    store._conn.set_trace_callback(seen.append)
    return seen


def test_new_cases_are_inserted_without_upsert_or_search_deletes(store: Store) -> None:
    seen = statements(store)
    store.apply_changes(page([wire_case(f"HUE-{n}", title=f"Cây đổ số {n}") for n in range(3)]))
    store._conn.set_trace_callback(None)
    written = [s for s in seen if s.startswith(("INSERT INTO case", "UPDATE case", "DELETE"))]
    assert len(written) == 6  # 3 cases and their 3 search rows
    assert not [s for s in written if "ON CONFLICT" in s or not s.startswith("INSERT")]
    assert store.query_ids(QueueFilter(search="cay do so 2")) == ["HUE-2"]


def test_a_page_mixing_new_and_stored_cases_keeps_numbers_and_search(store: Store) -> None:
    store.apply_changes(page([wire_case("HUE-1", title="Ổ gà"), wire_case("HUE-2")]))
    numbers = dict(store._conn.execute("SELECT id, n FROM cases").fetchall())
    store.apply_changes(
        page(
            [
                wire_case("HUE-2", version=4, title="Đèn đường hỏng"),
                wire_case("HUE-3", title="Ngập nước"),
                wire_case("HUE-1", version=2, title="Older than stored"),
            ]
        )
    )
    after = dict(store._conn.execute("SELECT id, n FROM cases").fetchall())
    assert after["HUE-1"] == numbers["HUE-1"]
    assert after["HUE-2"] == numbers["HUE-2"]
    assert after["HUE-3"] > max(numbers.values())
    assert store.query_ids(QueueFilter(search="den duong")) == ["HUE-2"]
    assert store.query_ids(QueueFilter(search="o ga")) == ["HUE-1"]
    assert store.query_ids(QueueFilter(search="older")) == []
    assert store.query_ids(QueueFilter(search="ngap")) == ["HUE-3"]
    count = store._conn.execute("SELECT count(*) FROM case_search").fetchone()[0]
    assert count == 3


def test_a_removed_last_case_leaves_no_search_row_behind(store: Store) -> None:
    store.apply_changes(page([wire_case("HUE-1"), wire_case("HUE-2", title="Cây đổ")]))
    store.apply_changes(page([], removed=["HUE-2"]))
    store.apply_changes(page([wire_case("HUE-3", title="Rác thải")]))
    assert store.query_ids(QueueFilter(search="cay do")) == []
    assert store.query_ids(QueueFilter(search="rac thai")) == ["HUE-3"]


def test_query_ids_gives_a_window_of_the_queue(store: Store) -> None:
    cases = [
        wire_case(f"HUE-{n}", due_at=(T0 + timedelta(days=n % 4)).isoformat()) for n in range(9)
    ]
    store.apply_changes(page([*cases, wire_case("HUE-none", due_at=None)]))
    for sort in (Sort(), Sort(SortKey.DUE_AT, descending=True), Sort(SortKey.TITLE)):
        everything = store.query_ids(None, sort)
        assert len(everything) == 10
        assert store.query_ids(None, sort, limit=3) == everything[:3]
        assert store.query_ids(None, sort, limit=4, offset=3) == everything[3:7]
        assert store.query_ids(None, sort, offset=8) == everything[8:]
        assert store.query_ids(None, sort, limit=0) == []
    flt = QueueFilter(search="o ga")
    assert store.query_ids(flt, limit=2, offset=1) == store.query_ids(flt)[1:3]
    with pytest.raises(ValueError, match="negative"):
        store.query_ids(limit=-1)


@pytest.mark.parametrize(
    ("flt", "index"),
    [
        (QueueFilter(), "cases_deadline"),
        (QueueFilter(statuses=frozenset({"in_progress"})), "cases_status_deadline"),
        (QueueFilter(assignee="lan"), "cases_assignee_deadline"),
        (QueueFilter(assignee="lan", search="den duong"), "cases_assignee_deadline"),
    ],
)
def test_the_deadline_window_is_read_from_an_index(
    store: Store, flt: QueueFilter, index: str
) -> None:
    clause, params = where(flt, "lan")
    sql = f"SELECT id FROM cases {clause} {Sort().sql()} LIMIT 200"
    plan = " | ".join(row[3] for row in store._conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    assert f"COVERING INDEX {index}" in plan
    assert "TEMP B-TREE" not in plan


@pytest.mark.parametrize(
    ("flt", "index"),
    [
        (QueueFilter(pending_only=True), "cases_pending"),
        (QueueFilter(category="x"), "cases_category"),
        (QueueFilter(assignee="lan"), "cases_assignee_deadline"),
    ],
)
def test_a_whole_filtered_list_uses_the_filters_index(
    store: Store, flt: QueueFilter, index: str
) -> None:
    clause, params = where(flt, "lan")
    sql = f"SELECT id FROM cases {clause} {Sort().sql()}"
    plan = " | ".join(row[3] for row in store._conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    assert index in plan
    assert "SCAN cases" not in plan


def test_upgrade_to_v3_swaps_the_deadline_indexes(db_path: Path) -> None:
    conn = file_at_version(db_path, 2)
    conn.close()
    with Store.open(db_path) as store:
        indexes = {row[0] for row in store._conn.execute("SELECT name FROM sqlite_master")}
        store.apply_changes(page([wire_case("HUE-1"), wire_case("HUE-2", due_at=None)]))
        assert store.query_ids(limit=1) == ["HUE-1"]
    assert {"cases_deadline", "cases_status_deadline"} <= indexes
    assert not {"cases_due", "cases_status_due"} & indexes


@pytest.mark.parametrize(
    ("key", "index"), [(SortKey.TITLE, "title"), (SortKey.PRIORITY, "priority")]
)
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("window", ["", " LIMIT 200"])
def test_the_title_and_priority_orders_are_read_from_an_index(
    store: Store, key: SortKey, index: str, descending: bool, window: str
) -> None:
    """Both terms of the order (the column, then the id) and the id listed come from the
    index: no row is read, nothing is sorted, for the whole list or its first window."""
    clause, params = where(QueueFilter(), "lan")
    sql = f"SELECT id FROM cases {clause} {Sort(key, descending).sql()}{window}"
    plan = " | ".join(row[3] for row in store._conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    assert f"COVERING INDEX cases_{index}" in plan
    assert "TEMP B-TREE" not in plan


def test_upgrade_to_v9_swaps_the_title_and_priority_indexes(db_path: Path) -> None:
    conn = file_at_version(db_path, 8)
    conn.close()
    with Store.open(db_path) as store:
        definitions = dict(
            store._conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
        )
        store.apply_changes(
            page(
                [
                    wire_case("HUE-3", title="Cây đổ", priority="high"),
                    wire_case("HUE-1", title="Cây đổ", priority="low"),
                    wire_case("HUE-2", title="Ánh đèn", priority="high"),
                ]
            )
        )
        by_title = store.query_ids(sort=Sort(SortKey.TITLE))
        by_priority = store.query_ids(sort=Sort(SortKey.PRIORITY, descending=True))
    assert definitions["cases_title"].endswith("(title_key, id)")
    assert definitions["cases_priority"].endswith("(priority_rank, id)")
    assert by_title == ["HUE-2", "HUE-1", "HUE-3"]  # "Ánh" before "Cây"; ties by id
    assert by_priority == ["HUE-3", "HUE-2", "HUE-1"]  # high first, ties by id descending


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-02T08:00:00Z",
        "2026-11-02T08:00:00.123456Z",
        "2026-11-02T15:00:00+07:00",
        "2026-11-02T08:00:00.5Z",
        "2026-11-02T08:00:00+00:00",
    ],
)
def test_moment_keys_of_texts_match_those_of_the_moments(text: str) -> None:
    moment = parse_moment(text)
    assert moment_key(text) == moment_key(moment)
    assert moment_key(text) == moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def test_moment_keys_sort_like_the_moments() -> None:
    moments = [
        datetime(2026, 11, 2, 8, 0, tzinfo=UTC),
        datetime(2026, 11, 2, 8, 0, 0, 1, tzinfo=UTC),
        datetime(2026, 11, 2, 14, 59, tzinfo=timezone(timedelta(hours=7))),
    ]
    texts = [wire_case(due_at=m.isoformat()).model_dump(mode="json")["due_at"] for m in moments]
    keys = [str(moment_key(t)) for t in texts]
    assert sorted(keys) == [str(moment_key(m)) for m in sorted(moments)]
