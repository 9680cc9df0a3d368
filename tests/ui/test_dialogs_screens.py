"""Dialogs on screen: rendered in English and Vietnamese for review, nothing clipped, sizes that
fit a 1366x768 office PC, and hostile citizen text shown as plain text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from deskhandler.store.records import ConflictEntry
from deskhandler.ui.dialogs import (
    DIALOGS,
    ConflictsDialog,
    SettingsDialog,
    SettingsValues,
)
from deskhandler.ui.i18n import LanguageSwitcher
from tests.ui.test_dialogs import case, context

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots" / "dialogs"
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
AT = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)

#: How each screenshot is staged: (kind or name, case fields, what the clerk has typed).
Stage = Callable[[Any], object]


def _reply(d: Any) -> None:
    d.composer.template_box.setCurrentIndex(1)
    d.composer.insert_button.click()
    d.composer.editor.appendPlainText("Liên hệ 0905 123 456 nếu cần thêm thông tin.")


STAGES: dict[str, tuple[dict[str, Any], Stage]] = {
    "accept": ({"status": "assigned"}, lambda d: None),
    "note": ({}, lambda d: d.text.setPlainText("Đã gọi điện cho tổ trưởng tổ dân phố số 5.")),
    "triage": (
        {},
        lambda d: (d.priority.setCurrentIndex(2), d.tags.setText("ổ gà, Lê Lợi")),
    ),
    "reply": ({}, _reply),
    "reassign": ({}, lambda d: d.units.search.setText("giao thong")),
    "return": (
        {"status": "assigned"},
        lambda d: (d.suggest.setChecked(True), d.units.search.setText("moi truong")),
    ),
    "close": ({}, lambda d: None),
    "reopen": ({"status": "resolved"}, lambda d: None),
    "assign": ({}, lambda d: d.assignee.setCurrentIndex(d.assignee.findData("minh"))),
    "approve": (
        {"status": "awaiting_approval", "pending_reply": "Đã vá ổ gà, cảm ơn bạn."},
        lambda d: None,
    ),
    "send_back": (
        {"status": "awaiting_approval", "pending_reply": "Đã vá ổ gà, cảm ơn bạn."},
        lambda d: d.reason.setPlainText("Cần ghi rõ ngày hoàn thành và đơn vị thi công."),
    ),
}


@pytest.fixture
def switcher(qapp: QApplication, tmp_path: Path) -> Iterator[LanguageSwitcher]:
    switch = LanguageSwitcher(qapp, tmp_path / "cache")
    try:
        yield switch
    finally:
        switch.apply("en")
        QApplication.processEvents()


def conflicts_dialog() -> ConflictsDialog:
    entry = ConflictEntry(
        id=1,
        action_id="a-1",
        case_id="HUE-2026-000123",
        kind="reply",
        payload={"text": "Đã xử lý xong ổ gà trên đường Lê Lợi."},
        base={"version": 2},
        created_at=AT,
        outcome="conflict",
        error_code="stale",
        error_message="the case was closed by another clerk",
        case_version=5,
        parked_at=AT,
    )
    view = case(version=5, status="closed", assignee="minh")
    return ConflictsDialog([entry], lambda _id: view, context())


def settings_dialog() -> SettingsDialog:
    dialog = SettingsDialog(
        SettingsValues(
            language="vi",
            server_url="https://phananh.hue.gov.vn",
            data_folder=r"C:\Users\lan\AppData\Local\deskhandler",
            pending=2,
            signed_in_as="Nguyễn Thị Lan (lan)",
        )
    )
    dialog.erase.click()
    return dialog


def built(name: str) -> QDialog:
    if name == "conflicts":
        return conflicts_dialog()
    if name == "settings":
        return settings_dialog()
    fields, stage = STAGES[name]
    dialog = DIALOGS[name](case(**fields), context("supervisor"))
    stage(dialog)
    return dialog


NAMES = [*STAGES, "conflicts", "settings"]


def visible_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return ""


def clipped(dialog: QDialog) -> list[str]:
    """Buttons and one-line labels whose text is wider than the room they were given."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        text = visible_text(widget)
        if not text or "\n" in text:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        if widget.width() < widget.minimumSizeHint().width():
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()}px")
    for combo in dialog.findChildren(QComboBox):
        if combo.isVisibleTo(dialog) and combo.width() < 80:
            found.append(f"combo {combo.objectName()}: {combo.width()}px")
    return found


@pytest.mark.parametrize("language", ["en", "vi"])
@pytest.mark.parametrize("name", NAMES)
def test_render_for_review_without_clipping(
    qtbot: QtBot, switcher: LanguageSwitcher, language: str, name: str
) -> None:
    switcher.apply(language)
    dialog = built(name)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    QApplication.processEvents()
    # Fits a 1366x768 screen with the taskbar, and shrinks to fit one at 150% scaling.
    assert dialog.width() <= 1280
    assert dialog.height() <= 700
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 900, hint
    assert hint.height() <= 600, hint
    assert clipped(dialog) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / f"{name}_{language}.png"))


HOSTILE_TITLE = (
    "<img src=http://127.0.0.1:9/track.png><b>Ổ gà</b> <a href='http://x'>bấm</a>"
    "\u202egpj.exe\u202c " + "x" * 100_000
)


@pytest.mark.parametrize("name", list(STAGES))
def test_hostile_case_text_stays_plain_and_narrow(qtbot: QtBot, name: str) -> None:
    fields, stage = STAGES[name]
    view = case(
        title=HOSTILE_TITLE,
        address="<script>alert(1)</script>\u202e" + "y" * 100_000,
        reporter={"name": "<b>Trần</b>"},
        **fields,
    )
    dialog = DIALOGS[name](view, context("supervisor"))
    qtbot.addWidget(dialog)
    stage(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.sizeHint().width() < 1366
    assert dialog.width() < 1366
    assert "<" not in dialog.windowTitle()
    for widget in dialog.findChildren(QWidget):
        assert not widget.toolTip() or "<img" not in widget.toolTip()
        text = visible_text(widget) if not isinstance(widget, QGroupBox) else widget.title()
        if isinstance(widget, QCheckBox | QGroupBox):
            continue
        if "<" in text:
            assert isinstance(widget, QLabel)
            assert widget.textFormat() == Qt.TextFormat.PlainText, text[:80]
            assert not widget.openExternalLinks()
        assert not BIDI.search(text), text[:80]
    header = dialog.findChild(QLabel, "case_header")
    assert header is not None
    assert "<img src=http://127.0.0.1:9/track.png>" in header.text()
    assert len(header.text()) < 1_000


def test_hostile_title_in_a_template_is_one_clean_line(qtbot: QtBot) -> None:
    view = case(title="<b>Ổ gà</b>\u202egpj.exe\nthứ hai")
    dialog = DIALOGS["reply"](view, context())
    qtbot.addWidget(dialog)
    composer = dialog.composer  # type: ignore[attr-defined]
    composer.template_box.setCurrentIndex(composer.template_box.findData("received"))
    composer.insert_button.click()
    sent = dialog.payload()["text"]
    assert '"<b>Ổ gà</b>gpj.exe thứ hai"' in sent
    assert composer.preview.toPlainText() == sent
