"""Queue filters, sorts and counts over the effective values."""

from __future__ import annotations

from datetime import timedelta

from deskhandler.store import ME, UNASSIGNED, DeadlineFilter, QueueFilter, Sort, SortKey, Store
from deskhandler.store.records import Workload
from tests.store.conftest import T0, page, wire_case

NOW = T0 + timedelta(days=3)


def seed(store: Store) -> None:
    store.apply_changes(
        page(
            [
                wire_case("A", title="Đường ngập", priority="urgent", assignee="lan",
                          due_at=(NOW - timedelta(hours=1)).isoformat()),
                wire_case("B", title="Cây đổ", priority="low", assignee=None, status="assigned",
                          due_at=(NOW + timedelta(days=1)).isoformat()),
                wire_case("C", title="Ánh sáng yếu", priority="high", assignee="minh",
                          due_at=(NOW + timedelta(days=10)).isoformat()),
                wire_case("D", title="Bãi rác", priority="normal", assignee="lan",
                          status="closed", due_at=(NOW - timedelta(days=1)).isoformat()),
                wire_case("E", title="đèn hỏng", priority="normal", assignee="lan", due_at=None,
                          category="ha_tang_do_thi", department="SGTVT"),
            ]
        )
    )  # fmt: skip


def test_filters(store: Store) -> None:
    seed(store)
    ids = store.query_ids
    assert ids(QueueFilter(assignee=ME), Sort(SortKey.TITLE)) == ["D", "E", "A"]
    assert ids(QueueFilter(assignee=UNASSIGNED)) == ["B"]
    assert ids(QueueFilter(assignee="minh")) == ["C"]
    assert ids(QueueFilter(statuses=frozenset({"assigned", "closed"}))) == ["D", "B"]
    assert ids(QueueFilter(priority="urgent")) == ["A"]
    assert ids(QueueFilter(category="ha_tang_do_thi")) == ["E"]
    assert ids(QueueFilter(department="SGTVT")) == ["E"]
    assert ids(QueueFilter(deadline=DeadlineFilter.OVERDUE, now=NOW)) == ["A"], "D is closed"
    assert ids(QueueFilter(deadline=DeadlineFilter.DUE_SOON, now=NOW)) == ["B"]
    assert store.count(QueueFilter(assignee=ME)) == 3
    store.enqueue("B", "accept", {})
    assert ids(QueueFilter(pending_only=True)) == ["B"]
    assert ids(QueueFilter(assignee=ME)) == ["D", "A", "B", "E"], "accepted offline"
    store.settle(store.outbox()[0].action_id, "conflict", None, None)
    assert ids(QueueFilter(conflicts=True)) == ["B"]


def test_sorts(store: Store) -> None:
    seed(store)
    ids = store.query_ids
    assert ids(sort=Sort(SortKey.DUE_AT)) == ["D", "A", "B", "C", "E"], "no deadline goes last"
    assert ids(sort=Sort(SortKey.DUE_AT, descending=True)) == ["C", "B", "A", "D", "E"]
    assert ids(sort=Sort(SortKey.PRIORITY, descending=True))[:2] == ["A", "C"]
    # Vietnamese-sensible: "Ánh" with A, "Đèn"/"đèn" with D, case does not matter.
    assert ids(sort=Sort(SortKey.TITLE)) == ["C", "D", "B", "E", "A"]


def test_a_case_worked_on_here_is_the_latest_updated_before_upload(store: Store) -> None:
    seed(store)
    ids = store.query_ids
    newest = Sort(SortKey.UPDATED_AT, descending=True)
    assert ids(sort=newest)[0] == "E", "ties on updated_at: the highest id first"
    store.enqueue("C", "note", {"text": "Đã liên hệ điện lực."}, created_at=NOW)
    assert ids(sort=newest)[0] == "C"
    assert store.rows(["C"])[0].updated_at == NOW


def test_counts_for_dashboards(store: Store) -> None:
    seed(store)
    assert store.counts_by("status") == {"in_progress": 3, "assigned": 1, "closed": 1}
    assert store.counts_by("assignee") == {None: 1, "lan": 3, "minh": 1}
    assert store.deadline_counts(NOW) == {"overdue": 1, "due_soon": 1}
    assert store.deadline_counts(NOW, QueueFilter(assignee=ME)) == {"overdue": 1, "due_soon": 0}


def test_rows_keep_the_order_given(store: Store) -> None:
    seed(store)
    rows = store.rows(["C", "missing", "A"])
    assert [r.id for r in rows] == ["C", "A"]
    assert rows[1].due_at == NOW - timedelta(hours=1)


def test_workload_per_clerk_of_a_unit(store: Store) -> None:
    now = T0 + timedelta(days=3)
    due = {"late": now - timedelta(hours=1), "soon": now + timedelta(hours=12)}
    due["later"] = now + timedelta(days=10)
    cases = [
        ("A", "lan", "in_progress", "late", "SXD"),
        ("B", "lan", "in_progress", "soon", "SXD"),
        ("C", "lan", "resolved", "late", "SXD"),
        ("D", "minh", "assigned", "later", "SXD"),
        ("E", None, "assigned", "late", "SXD"),
        ("F", "tuan", "in_progress", "late", "SGTVT"),
    ]
    store.apply_changes(
        page(
            [
                wire_case(cid, assignee=who, status=st, department=unit, due_at=due[d].isoformat())
                for cid, who, st, d, unit in cases
            ]
        )
    )
    assert store.workload(now, "SXD") == {
        "lan": Workload(open=2, overdue=1, due_soon=1),
        "minh": Workload(open=1, overdue=0, due_soon=0),
        None: Workload(open=1, overdue=1, due_soon=0),
    }
    assert store.workload(now)["tuan"] == Workload(open=1, overdue=1, due_soon=0)
