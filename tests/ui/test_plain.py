"""The plain-text factory: markup stays text, reordering controls go, long runs can wrap."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from deskhandler.ui import plain

HOSTILE = "<b>bold</b> <img src=http://example.invalid/x.png> <a href='http://x'>link</a>"


def test_label_is_plain_and_keeps_tags_visible(qtbot: QtBot) -> None:
    label = plain.plain_label(HOSTILE)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == HOSTILE
    assert not label.openExternalLinks()


def test_bidi_overrides_and_controls_are_removed() -> None:
    assert plain.display_text("abc\u202egpj.exe\u202c\x00\x07 ok") == "abcgpj.exe ok"
    assert plain.display_text("\u2066x\u2069\u202a\u202b\u202d") == "x"
    assert plain.display_text("line\r\nnext") == "line\nnext"


def test_long_runs_get_break_opportunities_not_inside_combining_marks() -> None:
    run = "a" * 100
    shown = plain.display_text(run)
    assert shown.replace(plain.ZWSP, "") == run
    assert all(len(part) <= plain.BREAK_EVERY for part in shown.split(plain.ZWSP))
    decomposed = "e\u0301" * 60
    broken = plain.display_text(decomposed)
    assert all(not part.startswith("\u0301") for part in broken.split(plain.ZWSP))


def test_huge_text_is_elided_to_the_budget() -> None:
    shown = plain.display_text("x" * 100_000, limit=500)
    assert shown.replace(plain.ZWSP, "").endswith(plain.ELLIPSIS)
    assert len(shown.replace(plain.ZWSP, "")) == 500
    assert plain.display_text("short", limit=None) == "short"
    assert plain.display_text(None) == ""


def test_tooltip_is_escaped_markup_that_reads_as_the_text(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    plain.set_plain_tooltip(label, HOSTILE + "\nsecond")
    doc = QTextDocument()
    doc.setHtml(label.toolTip())
    assert doc.toPlainText().replace("\u2028", "\n") == HOSTILE + "\nsecond"
    assert "<img" not in label.toolTip()
    plain.set_plain_tooltip(label, "")
    assert label.toolTip() == ""


def test_window_title_is_one_short_line_with_literal_placeholder(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    plain.set_plain_title(label, "a\nb [*] " + "c" * 500)
    title = label.windowTitle()
    assert "\n" not in title
    assert title.startswith("a b [*][*] ")
    assert len(title.replace(plain.ZWSP, "")) <= plain.TITLE_LIMIT + 3


def test_set_plain_on_each_kind_of_widget(qtbot: QtBot) -> None:
    box = QMessageBox()
    button = QPushButton()
    group = QGroupBox()
    edit = QLineEdit()
    text = QPlainTextEdit()
    for widget in (box, button, group, edit, text):
        qtbot.addWidget(widget)
        plain.set_plain(widget, "Tom & <i>Jerry</i>\u202e")
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == "Tom & <i>Jerry</i>"
    assert button.text() == "Tom && <i>Jerry</i>"
    assert group.title() == "Tom && <i>Jerry</i>"
    assert edit.text() == "Tom & <i>Jerry</i>"
    assert text.toPlainText() == "Tom & <i>Jerry</i>"


def test_set_plain_refuses_unknown_widgets(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    with pytest.raises(TypeError, match="QWidget"):
        plain.set_plain(widget, "x")
