"""Bulk actions: the per-case preview (the rules' own refusals, personal data per case)
and queueing what was previewed, with undo until upload, on a real store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from deskhandler.app.bulk import (
    MAIN_CASE,
    PERSONAL_DATA,
    PLACEHOLDER,
    UNCHANGED,
    UNFILLED,
    BulkAction,
    FieldChange,
    preview_selection,
    queue_previewed,
)
from deskhandler.domain.actions import ActionKind
from deskhandler.store.store import Store
from deskhandler.store.withdrawal import NotWithdrawn
from deskhandler.wire.models import Case
from tests.store.conftest import page, wire_case


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "desk.sqlite3") as opened:
        opened.set_identity("truong", "supervisor", "SXD")
        opened.apply_changes(
            page(
                [
                    wire_case("HUE-1"),
                    wire_case("HUE-2", priority="high"),
                    wire_case("HUE-3", status="closed"),
                    wire_case("HUE-4", reporter={"name": "Nguyễn Văn An"}),
                ]
            )
        )
        yield opened


IDS = ["HUE-1", "HUE-2", "HUE-3", "HUE-4"]


def test_reprioritize_previews_each_case_and_refuses_by_the_rules(store: Store) -> None:
    action = BulkAction(ActionKind.TRIAGE, {"priority": "high"})
    rows = preview_selection(store, [*IDS, "HUE-404"], action)
    assert [row.case_id for row in rows] == [*IDS, "HUE-404"]
    first, same, closed, fourth, missing = rows
    assert first.changes == (FieldChange("priority", "normal", "high"),)
    assert first.title == "Ổ gà trên đường Lê Lợi"
    assert same.refusal is not None
    assert same.refusal[0] == UNCHANGED
    assert closed.refusal is not None
    assert closed.refusal[0] == "invalid_transition"
    assert fourth.queued
    assert missing.refusal is not None
    assert missing.refusal[0] == "not_found"
    assert store.outbox_count() == 0, "a preview writes nothing"


def test_queue_then_undo_restores_every_case_and_empties_the_outbox(store: Store) -> None:
    rows = preview_selection(store, IDS, BulkAction(ActionKind.TRIAGE, {"priority": "urgent"}))
    result = queue_previewed(store, rows)
    assert sorted(result.queued) == ["HUE-1", "HUE-2", "HUE-4"]
    assert result.refused == {}
    assert {r.id: r.priority for r in store.rows(IDS)} == {
        "HUE-1": "urgent", "HUE-2": "urgent", "HUE-3": "normal", "HUE-4": "urgent",
    }  # fmt: skip
    undone = store.withdraw(list(result.queued.values()))
    assert undone.withdrawn == frozenset(result.queued.values())
    assert {r.id: r.priority for r in store.rows(IDS)} == {
        "HUE-1": "normal", "HUE-2": "high", "HUE-3": "normal", "HUE-4": "normal",
    }  # fmt: skip
    assert store.outbox_count() == 0
    # Claimed by a sync: no longer undoable.
    again = queue_previewed(store, rows)
    store.claim([again.queued["HUE-1"]])
    kept = store.withdraw(list(again.queued.values()))
    assert kept.kept == {again.queued["HUE-1"]: NotWithdrawn.UPLOADING}
    assert store.outbox_count() == 1


def test_a_case_that_moved_since_the_preview_is_refused_at_queueing(store: Store) -> None:
    rows = preview_selection(
        store, ["HUE-1", "HUE-2"], BulkAction(ActionKind.ASSIGN, {"assignee": "minh"})
    )
    store.enqueue("HUE-2", "close", {"resolution": "done", "text": "Đã xử lý xong."})
    result = queue_previewed(store, rows)
    assert list(result.queued) == ["HUE-1"]
    assert "HUE-2" in result.refused


def test_a_reply_template_is_filled_and_checked_for_personal_data_per_case(store: Store) -> None:
    def text_for(case: Case) -> str:
        name = case.reporter.name if case.reporter else "Ông/Bà"
        return f"Phản ánh {case.id} đã được xử lý. Cảm ơn {name}."

    rows = preview_selection(store, ["HUE-1", "HUE-4"], BulkAction(ActionKind.REPLY, {}, text_for))
    ok, leaking = rows
    assert ok.queued
    assert ok.text == "Phản ánh HUE-1 đã được xử lý. Cảm ơn Ông/Bà."
    assert ok.changes == (FieldChange("status", "in_progress", "resolved"),)
    assert leaking.refusal is not None
    assert leaking.refusal[0] == PERSONAL_DATA
    assert "Nguyễn Văn An" not in leaking.refusal[1], "the finding is masked"
    unfilled = preview_selection(
        store, ["HUE-1"], BulkAction(ActionKind.REPLY, {}, lambda case: "Kính gửi {ward}")
    )
    assert unfilled[0].refusal is not None
    assert unfilled[0].refusal[0] == UNFILLED


def test_close_as_duplicate_leaves_the_main_case_open(store: Store) -> None:
    payload = {"resolution": "duplicate", "duplicate_of": "HUE-1", "text": "Trùng với HUE-1."}
    action = BulkAction(ActionKind.CLOSE, payload, main_case="HUE-1")
    main, duplicate = preview_selection(store, ["HUE-1", "HUE-2"], action)
    assert main.refusal is not None
    assert main.refusal[0] == MAIN_CASE
    assert duplicate.changes == (
        FieldChange("status", "in_progress", "closed"),
        FieldChange("duplicate_of", None, "HUE-1"),
    )
    result = queue_previewed(store, [main, duplicate])
    assert list(result.queued) == ["HUE-2"]
    assert store.rows(["HUE-2"])[0].status == "closed"


def test_the_placeholder_pattern_is_the_reply_dialogs() -> None:
    from deskhandler.ui.dialogs.widgets import PLACEHOLDER as DIALOGS

    assert PLACEHOLDER.pattern == DIALOGS.pattern


def test_a_deadline_is_compared_as_a_moment(store: Store) -> None:
    # wire_case's deadline is T0 + 7 days = 2026-11-09 08:00 UTC = 15:00 in Huế.
    same = BulkAction(ActionKind.TRIAGE, {"due_at": "2026-11-09T15:00:00+07:00"})
    assert preview_selection(store, ["HUE-1"], same)[0].refusal == (UNCHANGED, "nothing to change")
    later = BulkAction(ActionKind.TRIAGE, {"due_at": "2026-11-20T23:59:59+07:00"})
    [row] = preview_selection(store, ["HUE-1"], later)
    [change] = row.changes
    assert change.field == "due_at"
    assert change.after == "2026-11-20T16:59:59Z"


def test_an_exported_entry_a_sync_sent_stays_non_undoable_where_it_is_imported(
    store: Store, tmp_path: Path
) -> None:
    rows = preview_selection(
        store, ["HUE-1", "HUE-2"], BulkAction(ActionKind.TRIAGE, {"priority": "low"})
    )
    result = queue_previewed(store, rows)
    sent, unsent = result.queued["HUE-1"], result.queued["HUE-2"]
    store.claim([sent])
    store.export_outbox(tmp_path / "outbox.json")
    with Store.open(tmp_path / "other.sqlite3") as other:
        other.set_identity("truong", "supervisor", "SXD")
        assert other.import_outbox(tmp_path / "outbox.json") == 2
        attempt = other.withdraw([sent, unsent])
        assert attempt.kept == {sent: NotWithdrawn.UPLOADING}
        assert attempt.withdrawn == frozenset({unsent})
