"""Conflicts dialog: what the clerk did, what changed on the server, Re-apply/Edit/Discard."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from deskhandler.store.records import ConflictEntry
from deskhandler.ui.dialogs import ConflictsDialog, ReplyDialog
from deskhandler.ui.plain import ZWSP
from tests.ui.test_dialogs import case, context

AT = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)


def conflict(conflict_id: int = 1, **fields: Any) -> ConflictEntry:
    data: dict[str, Any] = {
        "id": conflict_id,
        "action_id": f"a-{conflict_id}",
        "case_id": "HUE-2026-000123",
        "kind": "reply",
        "payload": {"text": "Đã xử lý xong."},
        "base": {"version": 2},
        "created_at": AT,
        "outcome": "conflict",
        "error_code": "stale",
        "error_message": "the case changed",
        "case_version": 5,
        "parked_at": AT,
    }
    data.update(fields)
    return ConflictEntry(**data)


def make(qtbot: QtBot, *entries: ConflictEntry) -> ConflictsDialog:
    view = case(version=5, status="closed", assignee="minh")
    dialog = ConflictsDialog(list(entries), lambda _id: view, context())
    qtbot.addWidget(dialog)
    return dialog


def text_of(dialog: ConflictsDialog, name: str) -> str:
    widget = dialog.findChild(QLabel, name)
    assert widget is not None
    return widget.text()


def test_shows_what_was_done_and_what_changed(qtbot: QtBot) -> None:
    dialog = make(
        qtbot,
        conflict(),
        conflict(
            2, kind="triage", payload={"priority": "urgent"}, base={"version": 2, "priority": "low"}
        ),
    )
    assert dialog.list.count() == 2
    assert "Reply to citizen" in text_of(dialog, "what_you_did")
    typed = dialog.findChild(QPlainTextEdit, "typed_text")
    assert typed is not None
    assert typed.toPlainText() == "Đã xử lý xong."
    changed = text_of(dialog, "what_changed")
    assert "You saw version 2; the server now has version 5." in changed
    assert "Closed" in changed
    assert "minh" in changed
    assert "the case changed" in text_of(dialog, "server_said")
    dialog.list.setCurrentRow(1)
    assert "priority: you saw “low”, now “normal”." in text_of(dialog, "what_changed")


def test_reapply_and_edit_emit_the_conflict_id(qtbot: QtBot) -> None:
    dialog = make(qtbot, conflict(7), conflict(8))
    with qtbot.waitSignal(dialog.edit_requested) as edit:
        dialog.edit_button.click()
    assert edit.args == [7]
    assert dialog.list.count() == 2  # edit keeps it until the edited action is queued
    with qtbot.waitSignal(dialog.reapply_requested) as reapply:
        dialog.reapply_button.click()
    assert reapply.args == [7]
    assert dialog.list.count() == 1
    assert dialog.current_id() == 8


def test_discard_asks_first(qtbot: QtBot) -> None:
    dialog = make(qtbot, conflict(3))
    discarded: list[int] = []
    dialog.discard_requested.connect(discarded.append)
    dialog.discard_button.click()
    assert discarded == []
    assert dialog.confirm_discard.isVisibleTo(dialog)
    dialog.keep_button.click()
    assert discarded == []
    dialog.discard_button.click()
    dialog.confirm_discard.click()
    assert discarded == [3]
    assert dialog.list.count() == 0
    assert not dialog.reapply_button.isEnabled()


def test_not_visible_case_offers_copy_not_reapply(qtbot: QtBot) -> None:
    dialog = make(qtbot, conflict(4, outcome="rejected", error_code="not_visible"))
    assert not dialog.reapply_button.isEnabled()
    assert not dialog.edit_button.isEnabled()
    assert "no longer visible" in text_of(dialog, "server_said")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Đã xử lý xong."


def test_server_text_is_shown_as_plain_text(qtbot: QtBot) -> None:
    hostile = "<img src=http://example.invalid/x.png><b>x</b>"
    dialog = make(qtbot, conflict(5, error_message=hostile, payload={"text": hostile}))
    label = dialog.findChild(QLabel, "server_said")
    assert label is not None
    assert hostile in label.text().replace(ZWSP, "")
    for child in dialog.findChildren(QLabel):
        if "<" in child.text():
            assert child.textFormat().name == "PlainText"


def test_edit_prefills_the_kinds_dialog_with_the_payload(qtbot: QtBot) -> None:
    entry = conflict(6)
    dialog = ReplyDialog(case(), context())
    qtbot.addWidget(dialog)
    dialog.prefill(entry.payload)
    assert dialog.payload() == {"text": "Đã xử lý xong."}
