"""The outbox and its overlay: every action shows at once, uploads in order, never lost."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from deskhandler.store import ActionRefused, Store, StoreError
from deskhandler.store.records import OutboxFile
from deskhandler.wire.models import ErrorDetail
from tests.store.conftest import page, wire_case


def effective(store: Store, case_id: str = "HUE-1") -> dict[str, Any]:
    view = store.case(case_id)
    assert view is not None
    return view.case.model_dump(mode="json")


@pytest.mark.parametrize(
    ("role", "snapshot", "action", "expected"),
    [
        ("clerk", {}, ("note", {"text": "Đã gọi chủ nhà"}), {"status": "in_progress"}),
        (
            "clerk",
            {},
            ("reply", {"text": "Đã vá ổ gà."}),
            {"status": "resolved", "public_text": "Đã vá ổ gà."},
        ),
        (
            "clerk",
            {},
            ("triage", {"priority": "urgent", "tags": ["ổ gà", "cầu"]}),
            {"priority": "urgent", "track": "immediate", "tags": ["cầu", "ổ gà"]},
        ),
        (
            "clerk",
            {},
            ("triage", {"due_at": "2026-12-01T17:00:00+07:00", "category": "ha_tang_giao_thong"}),
            {"due_at": "2026-12-01T10:00:00Z", "category": "ha_tang_giao_thong"},
        ),
        (
            "clerk",
            {"status": "assigned", "assignee": None},
            ("accept", {}),
            {"status": "in_progress", "assignee": "lan"},
        ),
        (
            "clerk",
            {},
            ("return", {"reason": "Không thuộc thẩm quyền"}),
            {"status": "returned", "department": None, "assignee": None},
        ),
        (
            "clerk",
            {},
            ("reassign", {"to": "SGTVT", "reason": "Đường do Sở GTVT quản lý"}),
            {"status": "assigned", "department": "SGTVT", "assignee": None},
        ),
        (
            "clerk",
            {},
            (
                "close",
                {"resolution": "duplicate", "text": "Trùng phản ánh", "duplicate_of": "HUE-9"},
            ),
            {
                "status": "closed",
                "resolution": "duplicate",
                "public_text": "Trùng phản ánh",
                "duplicate_of": "HUE-9",
            },
        ),
        (
            "clerk",
            {"status": "closed", "resolution": "fixed"},
            ("reopen", {"reason": "Người dân chưa hài lòng"}),
            {"status": "in_progress", "resolution": None},
        ),
        ("supervisor", {}, ("assign", {"assignee": "minh"}), {"assignee": "minh"}),
        (
            "supervisor",
            {"status": "awaiting_approval", "pending_reply": "Bản nháp"},
            ("approve", {}),
            {"status": "resolved", "public_text": "Bản nháp", "pending_reply": None},
        ),
        (
            "coordinator",
            {"status": "new", "department": None, "assignee": None},
            ("reassign", {"to": "SXD"}),
            {"status": "assigned", "department": "SXD"},
        ),
    ],
)
def test_overlay_shows_every_kind_at_once(
    store: Store,
    role: str,
    snapshot: dict[str, Any],
    action: tuple[str, dict[str, Any]],
    expected: dict[str, Any],
) -> None:
    kind, payload = action
    store.set_identity("lan", role, "SXD" if role != "coordinator" else "IOC")
    store.apply_changes(page([wire_case(**snapshot)]))

    entry = store.enqueue("HUE-1", kind, payload)

    after = effective(store)
    for key, value in expected.items():
        assert after[key] == value, key
    view = store.case("HUE-1")
    assert view is not None
    assert view.snapshot == wire_case(**snapshot), "the server's snapshot stays as it was"
    assert [e.action_id for e in view.pending] == [entry.action_id]
    row = store.rows(["HUE-1"])[0]
    assert row.pending == 1
    assert row.status == after["status"]
    assert row.assignee == after["assignee"]


def test_reply_of_a_unit_that_requires_approval_waits_for_it(store: Store) -> None:
    store.save_directory({"departments": [{"code": "SXD", "approval_required": True}]}, "e1")
    store.apply_changes(page([wire_case()]))
    store.enqueue("HUE-1", "reply", {"text": "Đã xử lý xong"})
    after = effective(store)
    assert after["status"] == "awaiting_approval"
    assert after["pending_reply"] == "Đã xử lý xong"
    assert after["public_text"] is None


def test_base_is_the_version_seen_and_the_old_triage_values(store: Store) -> None:
    store.apply_changes(page([wire_case(version=7, priority="high")]))
    entry = store.enqueue("HUE-1", "triage", {"priority": "urgent"})
    assert entry.base == {"version": 7, "priority": "high"}
    chained = store.enqueue("HUE-1", "triage", {"priority": "low"})
    assert chained.base == {"version": 7, "priority": "urgent"}, "what the person saw"
    given = store.enqueue("HUE-1", "note", {"text": "x"}, base={"version": 5})
    assert given.base == {"version": 5}


def test_refused_action_writes_nothing(store: Store) -> None:
    store.apply_changes(page([wire_case(status="assigned")]))
    with pytest.raises(ActionRefused) as refused:
        store.enqueue("HUE-1", "reply", {"text": "Đã xử lý"})
    assert refused.value.code == "invalid_transition"
    with pytest.raises(ActionRefused) as forbidden:
        store.enqueue("HUE-1", "approve", {})
    assert forbidden.value.code == "forbidden"
    with pytest.raises(ActionRefused) as missing:
        store.enqueue("HUE-404", "note", {"text": "x"})
    assert missing.value.code == "not_found"
    with pytest.raises(ActionRefused):
        store.enqueue("HUE-1", "triage", {"due_at": "next tuesday"})
    assert store.outbox() == []
    assert store.rows(["HUE-1"])[0].pending == 0


def test_without_identity_nothing_is_queued(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.apply_changes(page([wire_case()]))
        with pytest.raises(StoreError):
            store.enqueue("HUE-1", "note", {"text": "x"})


def test_outbox_and_overlay_are_one_transaction(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.apply_changes(page([wire_case()]))

    def broken(*args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    # The outbox row is written, then the overlay update fails: both must be undone.
    monkeypatch.setattr(store, "_refresh", broken)
    with pytest.raises(sqlite3.OperationalError):
        store.enqueue("HUE-1", "reply", {"text": "Đã xử lý"})
    monkeypatch.undo()

    assert store.outbox() == []
    assert effective(store)["status"] == "in_progress"
    assert store.rows(["HUE-1"])[0].pending == 0
    # The store is usable afterwards.
    store.enqueue("HUE-1", "reply", {"text": "Đã xử lý"})
    assert effective(store)["status"] == "resolved"


def test_next_batch_is_fifo_and_one_entry_per_case(store: Store) -> None:
    store.apply_changes(page([wire_case(f"HUE-{n}") for n in (1, 2, 3)]))
    a1 = store.enqueue("HUE-2", "note", {"text": "a1"})
    b1 = store.enqueue("HUE-1", "note", {"text": "b1"})
    a2 = store.enqueue("HUE-2", "reply", {"text": "a2"})
    c1 = store.enqueue("HUE-3", "note", {"text": "c1"})
    b2 = store.enqueue("HUE-1", "close", {"resolution": "fixed", "text": "b2"})

    assert [e.action_id for e in store.next_batch()] == [a1.action_id, b1.action_id, c1.action_id]
    assert [e.action_id for e in store.next_batch(limit=2)] == [a1.action_id, b1.action_id]
    store.settle(a1.action_id, "applied", wire_case("HUE-2", version=4), None)
    assert [e.action_id for e in store.next_batch()] == [b1.action_id, a2.action_id, c1.action_id]
    store.settle(b1.action_id, "applied", wire_case("HUE-1", version=4), None)
    assert [e.action_id for e in store.next_batch()] == [a2.action_id, c1.action_id, b2.action_id]


def test_settle_applied_rebases_the_next_entry_of_the_case(store: Store) -> None:
    store.apply_changes(page([wire_case(version=3, workflow_version=2)]))
    reply = store.enqueue("HUE-1", "reply", {"text": "Đã sửa"})
    close = store.enqueue("HUE-1", "close", {"resolution": "fixed", "text": "Đóng"})
    assert close.base["version"] == 3

    returned = wire_case(version=4, workflow_version=4, status="resolved", public_text="Đã sửa")
    changes = store.settle(reply.action_id, "applied", returned, None)

    assert changes.case_ids == {"HUE-1"}
    assert changes.outbox
    assert not changes.conflicts
    [left] = store.outbox()
    assert left.action_id == close.action_id
    assert left.base["version"] == 4, "rebased on the version the server returned"
    view = store.case("HUE-1")
    assert view is not None
    assert view.snapshot.version == 4
    assert view.case.status == "closed", "the close is still shown on top"
    # Settling again (an answer that arrived twice) changes nothing.
    assert not store.settle(reply.action_id, "duplicate", returned, None)


def test_rebase_never_goes_back(store: Store) -> None:
    store.apply_changes(page([wire_case(version=3)]))
    first = store.enqueue("HUE-1", "note", {"text": "1"})
    store.apply_changes(page([wire_case(version=8, workflow_version=8)], cursor="c2"))
    second = store.enqueue("HUE-1", "note", {"text": "2"})
    assert second.base["version"] == 8
    store.settle(first.action_id, "duplicate", wire_case(version=4), None)
    assert store.outbox()[0].base["version"] == 8
    view = store.case("HUE-1")
    assert view is not None
    assert view.snapshot.version == 8, "an older returned snapshot is ignored"


@pytest.mark.parametrize("outcome", ["conflict", "rejected"])
def test_conflict_or_rejection_keeps_the_text_and_does_not_block(
    store: Store, outcome: str
) -> None:
    store.apply_changes(page([wire_case(), wire_case("HUE-2")]))
    close = store.enqueue("HUE-1", "close", {"resolution": "fixed", "text": "Đã sửa xong"})
    note = store.enqueue("HUE-1", "note", {"text": "sau khi đóng"})
    other = store.enqueue("HUE-2", "note", {"text": "khác"})
    current = wire_case(version=9, workflow_version=9, assignee="minh")
    error = ErrorDetail(code=outcome, message="the case moved on")

    changes = store.settle(close.action_id, outcome, current, error)  # type: ignore[arg-type]

    assert changes.conflicts
    assert changes.outbox
    [parked] = store.conflicts()
    assert parked.action_id == close.action_id
    assert parked.payload == {"resolution": "fixed", "text": "Đã sửa xong"}
    assert parked.outcome == outcome
    assert (parked.error_code, parked.error_message) == (outcome, "the case moved on")
    assert parked.case_version == 9
    assert [e.action_id for e in store.next_batch()] == [note.action_id, other.action_id]
    after = effective(store)
    assert after["status"] == "in_progress", "the refused close is no longer shown"
    assert after["assignee"] == "minh"
    assert store.rows(["HUE-1"])[0].conflicts == 1


def test_rejected_for_a_case_no_longer_visible_keeps_the_entry(store: Store) -> None:
    store.apply_changes(page([wire_case()]))
    reply = store.enqueue("HUE-1", "reply", {"text": "Trả lời"})
    store.apply_changes(page([], removed=["HUE-1"], cursor="c2"))
    assert store.case("HUE-1") is None
    assert [e.action_id for e in store.outbox()] == [reply.action_id]
    error = ErrorDetail(code="not_visible", message="the case is no longer with your unit")
    store.settle(reply.action_id, "rejected", None, error)
    [parked] = store.conflicts()
    assert parked.payload["text"] == "Trả lời"
    assert parked.case_version is None


def test_reapply_and_edit_and_discard_conflicts(store: Store) -> None:
    store.apply_changes(page([wire_case()]))
    close = store.enqueue("HUE-1", "close", {"resolution": "fixed", "text": "Bản đầu"})
    note = store.enqueue("HUE-1", "note", {"text": "ghi chú"})
    moved = wire_case(version=6, workflow_version=6, assignee="minh")
    store.settle(close.action_id, "conflict", moved, ErrorDetail(code="conflict", message="m"))
    store.settle(note.action_id, "applied", wire_case(version=7, workflow_version=6), None)
    [parked] = store.conflicts()

    again = store.reapply_conflict(parked.id, {"resolution": "fixed", "text": "Bản sửa"})

    assert again.action_id != close.action_id
    assert again.base["version"] == 7, "based on the current version"
    assert again.payload["text"] == "Bản sửa"
    assert store.conflicts() == []
    assert effective(store)["public_text"] == "Bản sửa"

    store.settle(again.action_id, "rejected", None, ErrorDetail(code="x", message="y"))
    [parked] = store.conflicts()
    store.apply_changes(page([wire_case(version=8, status="closed")], cursor="c3"))
    with pytest.raises(ActionRefused):
        store.reapply_conflict(parked.id)
    assert [c.id for c in store.conflicts()] == [parked.id], "kept when the rules refuse"

    changes = store.discard_conflict(parked.id)
    assert changes.conflicts
    assert store.conflicts() == []
    with pytest.raises(KeyError):
        store.discard_conflict(parked.id)


def test_export_import_round_trip_to_another_profile(store: Store, tmp_path: Path) -> None:
    store.apply_changes(page([wire_case(), wire_case("HUE-2")]))
    store.enqueue("HUE-1", "note", {"text": "Ghi chú một"})
    photo = OutboxFile("ab" * 32, "ảnh.png", "image/png", 2000, uploaded_id="up-1")
    store.enqueue("HUE-1", "reply", {"text": "Trả lời"}, files=[photo])
    store.enqueue("HUE-2", "triage", {"priority": "high"})
    exported = tmp_path / "outbox.json"
    assert store.export_outbox(exported) == 3
    assert json.loads(exported.read_text(encoding="utf-8"))["format"] == "deskhandler-outbox"

    with Store.open(tmp_path / "other" / "desk.sqlite3") as other:
        other.set_identity("minh", "clerk", "SXD")
        other.apply_changes(page([wire_case(), wire_case("HUE-2")]))
        assert other.import_outbox(exported) == 3
        assert other.import_outbox(exported) == 0, "re-import adds nothing"
        mine = [(e.action_id, e.kind, e.payload, e.base, e.files) for e in store.outbox()]
        theirs = [(e.action_id, e.kind, e.payload, e.base, e.files) for e in other.outbox()]
        assert theirs == mine
        view = other.case("HUE-1")
        assert view is not None
        assert view.case.status == "resolved"
        assert other.rows(["HUE-2"])[0].priority == "high"

    # Entries that went to the conflicts list are not imported again either.
    first = store.outbox()[0]
    store.settle(first.action_id, "rejected", None, ErrorDetail(code="x", message="y"))
    assert store.import_outbox(exported) == 0


def test_import_refuses_other_files(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else", "entries": []}', encoding="utf-8")
    with pytest.raises(StoreError):
        store.import_outbox(bad)
    bad.write_text("not json", encoding="utf-8")
    with pytest.raises(StoreError):
        store.import_outbox(bad)
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "deskhandler-outbox", "version": 99, "entries": []}')
    with pytest.raises(StoreError, match="newer"):
        store.import_outbox(newer)


def test_an_uploaded_file_is_recorded_and_joins_the_actions_attachments(store: Store) -> None:
    store.apply_changes(page([wire_case()]))
    files = [OutboxFile(c * 64, f"{c}.png", "image/png", 10) for c in "ab"]
    entry = store.enqueue("HUE-1", "note", {"text": "Ảnh"}, files=files)
    assert store.waiting_file_digests() == {"a" * 64, "b" * 64}
    with pytest.raises(ValueError, match="not uploaded"):
        entry.to_wire()
    store.record_upload(entry.action_id, "a" * 64, "id-a")
    updated = store.record_upload(entry.action_id, "b" * 64, "id-b")
    assert updated is not None
    assert updated.to_wire()["payload"] == {"text": "Ảnh", "attachments": ["id-a", "id-b"]}
    [reread] = store.outbox()
    assert reread.waiting_files == []
    assert reread.files == updated.files
    assert store.waiting_file_digests() == set()
    assert store.record_upload("gone", "a" * 64, "x") is None
