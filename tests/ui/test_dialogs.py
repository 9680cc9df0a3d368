"""Action dialogs: validation, payloads the rules accept, templates, privacy, drafts."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from deskhandler.app.drafts import FileDraftStore
from deskhandler.domain.actions import ActionKind, WorkflowState, decide
from deskhandler.domain.statuses import Role, Status
from deskhandler.server.reference import CATEGORIES, DEPARTMENTS, RESOLUTIONS, TEMPLATES
from deskhandler.store.records import CaseView
from deskhandler.ui.dialogs import (
    DIALOGS,
    AcceptDialog,
    ActionDialog,
    ApproveDialog,
    AssignDialog,
    CloseDialog,
    DialogContext,
    MemoryDraftStore,
    NoteDialog,
    ReassignDialog,
    ReopenDialog,
    ReplyDialog,
    ReturnDialog,
    TriageDialog,
    kinds_for,
)
from deskhandler.ui.dialogs.widgets import NEUTRAL_ADDRESS, fill_template
from deskhandler.wire.models import ActionIn, Case

NOW = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)
REPORTER = "Trần Văn Bình"

D = TypeVar("D", bound=ActionDialog)


def directory(**changes: Any) -> dict[str, Any]:
    """The directory the reference server serves (names from server/reference.py)."""
    data: dict[str, Any] = {
        "departments": [{"code": code, "name": name} for code, name in DEPARTMENTS],
        "users": [
            {"username": "lan", "name": "Nguyễn Thị Lan", "role": "clerk", "department": "SXD"},
            {"username": "minh", "name": "Lê Văn Minh", "role": "clerk", "department": "SXD"},
            {"username": "hoa", "name": "Phạm Thị Hoa", "role": "supervisor", "department": "SXD"},
            {"username": "tuan", "name": "Võ Tuấn", "role": "clerk", "department": "SGTVT"},
        ],
        "categories": [
            {"code": code, "name": name, "name_en": name_en, "handling_days": days}
            for code, name, name_en, days, *_ in CATEGORIES
        ],
        "templates": [{"code": c, "name": n, "text": t} for c, n, t in TEMPLATES],
        "resolutions": [{"code": code, "name": name} for code, name in RESOLUTIONS],
        "holidays": [],
    }
    data.update(changes)
    return data


def context(role: str = "clerk", **kwargs: Any) -> DialogContext:
    data = kwargs.pop("directory", None) or directory()
    return DialogContext.from_directory(
        data, username="lan", role=role, department="SXD", now=lambda: NOW, **kwargs
    )


def case(**fields: Any) -> CaseView:
    data: dict[str, Any] = {
        "id": "HUE-2026-000123",
        "version": 3,
        "workflow_version": 2,
        "status": "in_progress",
        "department": "SXD",
        "assignee": "lan",
        "category": "HTGT",
        "priority": "normal",
        "title": "Ổ gà trên đường Lê Lợi",
        "description": "Mặt đường bị sụt lún gần cầu Trường Tiền.",
        "address": "12 Lê Lợi, phường Vĩnh Ninh",
        "lat": 16.46,
        "long": 107.59,
        "reported_at": (NOW - timedelta(days=2)).isoformat(),
        "due_at": "2026-11-09T16:59:59+00:00",
        "updated_at": NOW.isoformat(),
        "reporter": {"name": REPORTER, "phone": "0905123456"},
    }
    data.update(fields)
    wire = Case.model_validate(data)
    return CaseView(case=wire, snapshot=wire)


def open_dialog(
    qtbot: QtBot, cls: type[D], view: CaseView | None = None, ctx: DialogContext | None = None
) -> D:
    dialog = cls(view or case(), ctx or context())
    qtbot.addWidget(dialog)
    return dialog


def rules_accept(kind: ActionKind, payload: dict[str, Any], view: CaseView, role: str) -> None:
    """The payload passes the domain rules and the wire model the server reads."""
    c = view.case
    decide(
        kind,
        payload,
        WorkflowState(Status(c.status), c.department, c.assignee),
        actor="lan",
        role=Role(role),
    )
    ActionIn.model_validate(
        {
            "action_id": str(uuid.uuid4()),
            "case_id": c.id,
            "kind": kind.value,
            "payload": payload,
            "base": {"version": c.version},
        }
    )


def label_text(dialog: ActionDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def accept(dialog: ActionDialog) -> dict[str, Any]:
    assert dialog.ok_button().isEnabled(), dialog.problems()
    dialog.ok_button().click()
    assert dialog.result() == ActionDialog.DialogCode.Accepted
    return dialog.payload()


# --- the registry ----------------------------------------------------------------------------


def test_every_action_kind_has_a_dialog() -> None:
    assert set(DIALOGS) == {kind.value for kind in ActionKind}
    for kind, cls in DIALOGS.items():
        assert cls.kind.value == kind


def test_kinds_offered_follow_role_and_status() -> None:
    assigned = case(status="assigned")
    assert "accept" in kinds_for(assigned, context())
    assert "reply" not in kinds_for(assigned, context())
    assert "assign" not in kinds_for(case(), context("clerk"))
    assert "assign" in kinds_for(case(), context("supervisor"))
    assert kinds_for(case(status="closed"), context()) == ["note", "reopen"]


# --- one dialog each ----------------------------------------------------------------------


def test_note_needs_text_and_sends_it_trimmed(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, NoteDialog)
    assert not dialog.ok_button().isEnabled()
    assert dialog.problems() == ["Write the note."]
    dialog.text.setPlainText("   ")
    assert not dialog.ok_button().isEnabled()
    dialog.text.setPlainText("  Đã gọi điện cho tổ dân phố.\n")
    payload = accept(dialog)
    assert payload == {"text": "Đã gọi điện cho tổ dân phố."}
    rules_accept(ActionKind.NOTE, payload, case(), "clerk")


def test_note_too_long_is_refused_with_a_count(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, NoteDialog)
    dialog.text.setPlainText("x" * 20_001)
    assert not dialog.ok_button().isEnabled()
    assert "20001" in dialog.problems()[0]


def test_accept_sends_an_empty_payload(qtbot: QtBot) -> None:
    view = case(status="assigned", assignee=None)
    dialog = open_dialog(qtbot, AcceptDialog, view)
    payload = accept(dialog)
    assert payload == {}
    rules_accept(ActionKind.ACCEPT, payload, view, "clerk")


def test_return_has_a_structured_reason_and_an_optional_suggested_unit(qtbot: QtBot) -> None:
    view = case(status="assigned")
    dialog = open_dialog(qtbot, ReturnDialog, view)
    dialog.reason_box.setCurrentIndex(dialog.reason_box.findData("other"))
    assert dialog.problems() == ["Describe the reason in the details."]
    dialog.details.setPlainText("Khu vực thuộc dự án của tỉnh")
    dialog.suggest.setChecked(True)
    assert dialog.problems() == ["Pick the unit you suggest, or untick the suggestion."]
    assert "SXD" not in dialog.units.visible_codes()
    dialog.units.search.setText("giao thong")
    assert dialog.units.visible_codes() == ["SGTVT"]
    payload = accept(dialog)
    assert payload == {
        "reason": "Lý do khác: Khu vực thuộc dự án của tỉnh",
        "suggested_department": "SGTVT",
    }
    rules_accept(ActionKind.RETURN, payload, view, "clerk")


def test_return_payload_comes_back_as_the_structured_reason(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, ReturnDialog, case(status="assigned"))
    dialog.prefill({"reason": "Trùng với phản ánh khác: HUE-9", "suggested_department": "CAT"})
    assert dialog.reason_box.currentData() == "duplicate"
    assert dialog.details.toPlainText() == "HUE-9"
    assert dialog.units.code() == "CAT"


def test_triage_sends_only_what_changed(qtbot: QtBot) -> None:
    view = case(tags=["ổ gà"])
    dialog = open_dialog(qtbot, TriageDialog, view)
    assert dialog.problems() == ["Nothing changed yet."]
    dialog.priority.setCurrentIndex(dialog.priority.findData("urgent"))
    dialog.tags.setText("ổ gà; Lê Lợi, ,ổ gà")
    dialog.change_due.setChecked(True)
    dialog.due.setDate(QDate(2026, 11, 5))
    payload = accept(dialog)
    assert payload == {
        "priority": "urgent",
        "tags": ["Lê Lợi", "ổ gà"],
        "due_at": "2026-11-05T23:59:59+07:00",
    }
    rules_accept(ActionKind.TRIAGE, payload, view, "clerk")


def test_triage_refuses_a_deadline_in_the_past(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, TriageDialog)
    dialog.change_due.setChecked(True)
    dialog.due.setDate(QDate(2026, 11, 1))
    assert dialog.problems() == ["The deadline cannot be in the past."]
    assert not dialog.ok_button().isEnabled()


def test_reassign_searches_units_without_diacritics_and_needs_a_reason(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, ReassignDialog)
    assert "SXD" not in dialog.units.visible_codes()  # the case's own unit
    dialog.units.search.setText("phuong VINH ninh")
    assert dialog.units.visible_codes() == ["UBND-VINHNINH"]
    dialog.units.search.setText("Sở Du lịch")
    assert dialog.units.visible_codes() == ["SDL"]
    assert dialog.units.code() == "SDL"  # the only match is picked
    assert dialog.problems() == ["Say why the case goes to that unit."]
    dialog.reason.setPlainText("Thuộc lĩnh vực du lịch")
    payload = accept(dialog)
    assert payload == {"to": "SDL", "reason": "Thuộc lĩnh vực du lịch"}
    rules_accept(ActionKind.REASSIGN, payload, case(), "clerk")


def test_reassign_without_a_visible_choice_is_not_valid(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, ReassignDialog)
    dialog.reason.setPlainText("Lý do")
    dialog.units.search.setText("khong co don vi nao")
    assert dialog.units.visible_codes() == []
    assert dialog.problems() == ["Pick the unit to send the case to."]


def test_close_needs_a_resolution_and_a_public_text(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, CloseDialog)
    assert dialog.problems() == [
        "Choose how the case was resolved.",
        "Write the text the citizen will read.",
    ]
    assert not dialog.duplicate_of.isVisibleTo(dialog)
    dialog.resolution.setCurrentIndex(dialog.resolution.findData("duplicate"))
    assert dialog.duplicate_of.isVisibleTo(dialog)
    dialog.duplicate_of.setText("HUE-2026-000100")
    dialog.composer.set_text("Phản ánh trùng với phản ánh HUE-2026-000100 đã được xử lý.")
    payload = accept(dialog)
    assert payload == {
        "resolution": "duplicate",
        "text": "Phản ánh trùng với phản ánh HUE-2026-000100 đã được xử lý.",
        "duplicate_of": "HUE-2026-000100",
    }
    rules_accept(ActionKind.CLOSE, payload, case(), "clerk")


def test_reopen_needs_a_reason(qtbot: QtBot) -> None:
    view = case(status="resolved")
    dialog = open_dialog(qtbot, ReopenDialog, view)
    assert not dialog.ok_button().isEnabled()
    dialog.reason.setPlainText("Công dân phản hồi: chưa khắc phục")
    payload = accept(dialog)
    rules_accept(ActionKind.REOPEN, payload, view, "clerk")


def test_assign_lists_the_units_people_and_can_unassign(qtbot: QtBot) -> None:
    ctx = context("supervisor")
    dialog = open_dialog(qtbot, AssignDialog, ctx=ctx)
    people = [dialog.assignee.itemData(i) for i in range(dialog.assignee.count())]
    assert people == ["", "minh", "lan", "hoa"]  # by name; "tuan" is of another unit
    assert not dialog.ok_button().isEnabled()  # already lan's
    dialog.assignee.setCurrentIndex(dialog.assignee.findData("minh"))
    assert accept(dialog) == {"assignee": "minh"}
    rules_accept(ActionKind.ASSIGN, {"assignee": "minh"}, case(), "supervisor")
    other = open_dialog(qtbot, AssignDialog, ctx=ctx)
    other.assignee.setCurrentIndex(0)
    payload = accept(other)
    assert payload == {"assignee": None}
    rules_accept(ActionKind.ASSIGN, payload, case(), "supervisor")


def test_approve_sends_text_only_when_edited(qtbot: QtBot) -> None:
    view = case(status="awaiting_approval", pending_reply="Đã xử lý xong.")
    ctx = context("supervisor")
    dialog = open_dialog(qtbot, ApproveDialog, view, ctx)
    assert dialog.composer.preview.toPlainText() == "Đã xử lý xong."
    assert accept(dialog) == {}
    edited = open_dialog(qtbot, ApproveDialog, view, ctx)
    edited.composer.set_text("Đã xử lý xong, cảm ơn.")
    payload = accept(edited)
    assert payload == {"text": "Đã xử lý xong, cảm ơn."}
    rules_accept(ActionKind.APPROVE, payload, view, "supervisor")


# --- templates, preview, privacy -------------------------------------------------------------


def test_template_placeholders_are_filled_from_the_case(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, ReplyDialog)
    composer = dialog.composer
    composer.template_box.setCurrentIndex(composer.template_box.findData("received"))
    composer.insert_button.click()
    text = composer.published_text()
    assert "HUE-2026-000123" in text
    assert "Ổ gà trên đường Lê Lợi" in text
    assert "Sở Xây dựng" in text
    assert "09/11/2026" in text  # the deadline, in the province's time (UTC+7)
    assert text.startswith(f"Kính gửi {NEUTRAL_ADDRESS},")
    assert REPORTER not in text  # the reporter's name is never put in a public text
    assert "{" not in text
    assert accept(dialog) == {"text": text}


def test_brief_placeholders_and_unknown_ones() -> None:
    values = {"code": "HUE-1", "title": "T", "address": "A"}
    assert fill_template("{code} {title} {address}", values) == "HUE-1 T A"
    # A template is data: no attribute access, stray braces stay, unknown names stay.
    assert fill_template("{0.__class__} {x} {", values) == "{0.__class__} {x} {"


def test_unfilled_placeholder_blocks_sending(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, ReplyDialog)
    dialog.composer.set_text("Kết quả xem tại {link}.")
    assert dialog.problems() == ["Fill in or remove the placeholders: {link}."]


def test_preview_is_exactly_what_is_sent(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, ReplyDialog)
    # Decomposed diacritics and outer blank space: what is sent is NFC and trimmed.
    dialog.composer.set_text("\n  Đa\u0303 xử lý <b>xong</b>.\n\n")
    preview = dialog.composer.preview.toPlainText()
    assert preview == "Đã xử lý <b>xong</b>."
    assert accept(dialog) == {"text": preview}


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Liên hệ 0905 123 456 để biết thêm.", "a phone number"),
        ("Gửi tới binh.tran@example.vn.", "an e-mail address"),
        ("CCCD 046090001234 đã xác minh.", "an ID number (CMND/CCCD)"),
        ("CMND 191234567 đã xác minh.", "an ID number (CMND/CCCD)"),
        ("Cảm ơn anh tran van binh đã phản ánh.", "the reporter's name"),
    ],
)
def test_personal_data_must_be_confirmed(qtbot: QtBot, text: str, what: str) -> None:
    dialog = open_dialog(qtbot, ReplyDialog)
    privacy = dialog.composer.privacy
    dialog.composer.set_text(text)
    assert privacy.isVisibleTo(dialog)
    assert what in label_text(dialog, "privacy_message")
    assert not dialog.ok_button().isEnabled()
    assert "The text contains personal data" in dialog.problems()[0]
    dialog.ok_button().click()  # refused while unconfirmed
    assert dialog.result() != ActionDialog.DialogCode.Accepted
    privacy.confirm_box().setChecked(True)
    assert accept(dialog) == {"text": text}


def test_new_personal_data_asks_again(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, CloseDialog)
    dialog.resolution.setCurrentIndex(1)
    dialog.composer.set_text("Gọi 0905123456.")
    dialog.composer.privacy.confirm_box().setChecked(True)
    assert dialog.ok_button().isEnabled()
    dialog.composer.editor.appendPlainText("Hoặc 0914555666.")
    assert not dialog.composer.privacy.confirm_box().isChecked()
    assert not dialog.ok_button().isEnabled()
    dialog.composer.editor.appendPlainText("Cảm ơn.")  # same findings: stays confirmed
    dialog.composer.privacy.confirm_box().setChecked(True)
    dialog.composer.editor.appendPlainText("Trân trọng.")
    assert dialog.ok_button().isEnabled()


def test_editing_out_personal_data_clears_the_flag(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, ReplyDialog)
    dialog.composer.set_text("Gọi 0905123456.")
    assert not dialog.ok_button().isEnabled()
    dialog.composer.privacy.show_requested.emit(4, 14)
    assert dialog.composer.editor.textCursor().selectedText() == "0905123456"
    dialog.composer.editor.textCursor().removeSelectedText()
    assert not dialog.composer.privacy.isVisibleTo(dialog)
    assert dialog.ok_button().isEnabled()


def test_reply_says_when_the_unit_approves_replies(qtbot: QtBot) -> None:
    units = [{"code": "SXD", "name": "Sở Xây dựng", "approval_required": True}]
    ctx = context(directory=directory(departments=units))
    dialog = open_dialog(qtbot, ReplyDialog, ctx=ctx)
    assert "supervisor approves" in label_text(dialog, "outcome")
    plain = open_dialog(qtbot, ReplyDialog)
    assert "becomes resolved" in label_text(plain, "outcome")


# --- drafts ------------------------------------------------------------------------------------


def test_draft_survives_recreating_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    drafts = FileDraftStore(tmp_path / "drafts")
    first = open_dialog(qtbot, ReplyDialog, ctx=context(drafts=drafts))
    first.composer.set_text("Đang xử lý, sẽ")
    qtbot.waitUntil(lambda: drafts.load("HUE-2026-000123", "reply") is not None)
    first.deleteLater()  # as after a crash: no close, no cancel
    # A new process: a new store object over the same folder.
    again = open_dialog(qtbot, ReplyDialog, ctx=context(drafts=FileDraftStore(tmp_path / "drafts")))
    assert again.composer.editor.toPlainText() == "Đang xử lý, sẽ"


def test_cancel_keeps_the_draft_and_accept_clears_it(qtbot: QtBot) -> None:
    drafts = MemoryDraftStore()
    ctx = context(drafts=drafts)
    dialog = open_dialog(qtbot, ReopenDialog, case(status="closed"), ctx)
    dialog.reason.setPlainText("Chưa khắc phục")
    dialog.cancel_button().click()
    assert drafts.load("HUE-2026-000123", "reopen") == {"reason": "Chưa khắc phục"}
    again = open_dialog(qtbot, ReopenDialog, case(status="closed"), ctx)
    assert again.reason.toPlainText() == "Chưa khắc phục"
    accept(again)
    assert drafts.load("HUE-2026-000123", "reopen") is None
    again.keep_draft()  # Desk.act refused it: the text comes back
    assert drafts.load("HUE-2026-000123", "reopen") == {"reason": "Chưa khắc phục"}


def test_attached_files_stay_with_the_draft_but_never_in_the_payload(
    qtbot: QtBot, tmp_path: Path
) -> None:
    drafts = MemoryDraftStore()
    ctx = context(drafts=drafts)
    photos = [tmp_path / f"ảnh {n}.jpg" for n in range(21)]
    dialog = open_dialog(qtbot, CloseDialog, ctx=ctx)
    assert dialog.attached is not None
    dialog.attached.add_paths(photos[:2])
    dialog.cancel_button().click()
    saved = drafts.load("HUE-2026-000123", "close")
    assert saved is not None
    assert saved["files"] == [str(p) for p in photos[:2]]

    again = open_dialog(qtbot, CloseDialog, ctx=ctx)
    assert again.files() == photos[:2]
    assert "files" not in again.payload()
    assert again.attached is not None
    again.attached.list.setCurrentRow(0)
    again.attached.remove_selected()
    assert again.files() == photos[1:2]
    again.attached.add_paths(photos)
    assert len(again.files()) == 21
    assert any("at most 20 files" in problem for problem in again.problems())
    assert not again.ok_button().isEnabled()
    assert open_dialog(qtbot, ReopenDialog, case(status="closed"), ctx).attached is None


def test_drafts_are_per_case_and_kind_and_emptying_clears(qtbot: QtBot) -> None:
    drafts = MemoryDraftStore()
    ctx = context(drafts=drafts)
    note = open_dialog(qtbot, NoteDialog, ctx=ctx)
    note.text.setPlainText("ghi chú")
    note.save_draft()
    assert open_dialog(qtbot, NoteDialog, case(id="HUE-OTHER"), ctx).text.toPlainText() == ""
    assert open_dialog(qtbot, ReopenDialog, ctx=ctx).reason.toPlainText() == ""
    note.text.setPlainText("")
    note.save_draft()
    assert drafts.load("HUE-2026-000123", "note") is None


def test_every_typing_dialog_restores_its_draft(qtbot: QtBot) -> None:
    ctx = context("supervisor")
    view = case(status="in_progress")
    filled: dict[str, Callable[[Any], object]] = {
        "note": lambda d: d.text.setPlainText("n"),
        "reply": lambda d: d.composer.set_text("r"),
        "close": lambda d: (d.resolution.setCurrentIndex(2), d.composer.set_text("c")),
        "reopen": lambda d: d.reason.setPlainText("o"),
        "reassign": lambda d: (d.units.set_code("CAT"), d.reason.setPlainText("a")),
        "return": lambda d: d.details.setPlainText("t"),
        "triage": lambda d: d.priority.setCurrentIndex(3),
        "approve": lambda d: d.composer.set_text("p"),
    }
    for kind, fill in filled.items():
        first = open_dialog(qtbot, DIALOGS[kind], view, ctx)
        fill(first)
        wanted = first.payload()
        first.save_draft()
        second = open_dialog(qtbot, DIALOGS[kind], view, ctx)
        assert second.payload() == wanted, kind


def test_file_drafts_are_atomic_per_user_and_ignore_damage(tmp_path: Path) -> None:
    lan = FileDraftStore.for_user(tmp_path, "lan")
    minh = FileDraftStore.for_user(tmp_path, "minh")
    lan.save("HUE-1", "reply", {"text": "Xin chào"})
    assert lan.load("HUE-1", "reply") == {"text": "Xin chào"}
    assert minh.load("HUE-1", "reply") is None
    assert lan.case_ids() == {"HUE-1"}
    assert not list(lan.folder.glob("*.part"))
    (path,) = lan.folder.glob("*.json")
    path.write_text("{not json", encoding="utf-8")
    assert lan.load("HUE-1", "reply") is None
    lan.clear("HUE-1", "reply")
    lan.clear("HUE-1", "reply")
    assert not path.exists()


def test_a_long_run_without_spaces_blocks_sending_and_does_not_freeze(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, ReplyDialog)
    started = time.perf_counter()
    dialog.composer.set_text("Xem " + "x" * 100_000 + " 0905123456")
    # The privacy scan of domain/privacy.py is quadratic on such runs: minutes, unmasked.
    assert time.perf_counter() - started < 10
    assert dialog.problems()[1] == (
        "Break up the run of 100000 characters without a space (at most 200)."
    )
    assert "a phone number" in label_text(dialog, "privacy_message")  # the rest is scanned
    dialog.composer.set_text("Xem " + "x" * 200 + " ở đây.")
    assert dialog.ok_button().isEnabled()


def test_ctrl_enter_sends_only_when_valid(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, NoteDialog)
    with qtbot.waitActive(dialog):  # shortcuts only fire in the active window
        dialog.show()
        dialog.activateWindow()
    dialog.text.setFocus()
    QTest.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() != ActionDialog.DialogCode.Accepted
    QTest.keyClicks(dialog.text, "Ghi chu")  # QTest types Latin-1 only
    QTest.keyClick(dialog.text, Qt.Key.Key_Return)  # a new line, not sending
    assert dialog.isVisible()
    assert dialog.text.toPlainText() == "Ghi chu\n"
    QTest.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == ActionDialog.DialogCode.Accepted
    assert dialog.payload() == {"text": "Ghi chu"}
