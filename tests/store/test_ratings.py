"""The citizen's rating in the mirror: its columns and the "citizen not satisfied" filter."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from deskhandler.store import QueueFilter, Store
from deskhandler.store.queue import where
from tests.store.conftest import T0, page, wire_case


def rated(satisfied: bool, hours: int, comment: str | None = None) -> dict[str, Any]:
    return {
        "satisfied": satisfied,
        "comment": comment,
        "rated_at": (T0 + timedelta(days=3, hours=hours)).isoformat(),
    }


def columns(store: Store, case_id: str) -> tuple[Any, ...]:
    with store.transaction() as conn:
        row = conn.execute(
            "SELECT rating_satisfied, rated_at FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
    return tuple(row)


def test_the_rating_becomes_columns_in_the_sortable_form(store: Store) -> None:
    store.apply_changes(
        page(
            [
                wire_case("HUE-1", status="resolved", rating=rated(False, 2, "Vẫn còn rác.")),
                wire_case("HUE-2", status="closed", rating=rated(True, 1)),
                wire_case("HUE-3", status="resolved"),
            ]
        )
    )
    assert columns(store, "HUE-1") == (0, "2026-11-05T10:00:00.000000Z")
    assert columns(store, "HUE-2") == (1, "2026-11-05T09:00:00.000000Z")
    assert columns(store, "HUE-3") == (None, None)
    view = store.case("HUE-1")
    assert view is not None
    assert view.case.rating is not None
    assert view.case.rating.comment == "Vẫn còn rác."


def test_a_newer_snapshot_replaces_the_rating(store: Store) -> None:
    store.apply_changes(page([wire_case("HUE-1", status="resolved", rating=rated(True, 1))]))
    store.apply_changes(
        page([wire_case("HUE-1", version=4, status="resolved", rating=rated(False, 5))])
    )
    assert columns(store, "HUE-1") == (0, "2026-11-05T13:00:00.000000Z")
    # An older snapshot arriving late changes nothing.
    store.apply_changes(page([wire_case("HUE-1", status="resolved", rating=rated(True, 1))]))
    assert columns(store, "HUE-1") == (0, "2026-11-05T13:00:00.000000Z")


def test_pending_actions_keep_the_citizens_rating(store: Store) -> None:
    store.set_identity("lan", "supervisor", "SXD")
    store.apply_changes(page([wire_case("HUE-1", status="resolved", rating=rated(False, 1))]))
    store.enqueue("HUE-1", "reopen", {"reason": "Người dân chưa hài lòng"})
    assert columns(store, "HUE-1")[0] == 0
    assert store.query_ids(QueueFilter(unsatisfied=True)) == ["HUE-1"]


def test_the_filter_returns_exactly_the_unsatisfied_cases(store: Store) -> None:
    store.apply_changes(
        page(
            [
                wire_case("HUE-1", status="resolved", rating=rated(False, 1)),
                wire_case("HUE-2", status="closed", rating=rated(True, 2)),
                wire_case("HUE-3", status="resolved"),
                wire_case("HUE-4", status="closed", rating=rated(False, 3), department="SGTVT"),
                wire_case("HUE-5", status="in_progress", rating=rated(False, 4)),
                wire_case("HUE-6", status="in_progress"),
            ]
        )
    )
    unhappy = QueueFilter(unsatisfied=True)
    assert sorted(store.query_ids(unhappy)) == ["HUE-1", "HUE-4", "HUE-5"]
    assert store.count(unhappy) == 3
    assert sorted(store.query_ids(QueueFilter(unsatisfied=True, department="SXD"))) == [
        "HUE-1",
        "HUE-5",
    ]
    assert len(store.query_ids(QueueFilter())) == 6
    # Satisfied again: the case leaves the follow-up.
    store.apply_changes(
        page([wire_case("HUE-1", version=4, status="resolved", rating=rated(True, 9))])
    )
    assert sorted(store.query_ids(unhappy)) == ["HUE-4", "HUE-5"]


def test_the_filter_reads_the_partial_index(store: Store) -> None:
    clause, params = where(QueueFilter(unsatisfied=True, department="SXD"), None)
    with store.transaction() as conn:
        plan = " ".join(
            str(row[-1])
            for row in conn.execute(f"EXPLAIN QUERY PLAN SELECT id FROM cases {clause}", params)
        )
    assert "cases_unsatisfied" in plan
