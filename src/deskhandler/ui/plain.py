"""The one way text from outside reaches the screen: as plain text, never as markup.

Citizens, other units and the server write text we show.  Qt guesses rich text in labels,
message boxes and tooltips (``Qt::mightBeRichText``), so ``<img src=http://...>`` in a
description would fetch an image and a link would become clickable.  Every widget that shows
such text gets it through this module, and a test fails on ``setText``/``setToolTip``/
``setWindowTitle`` anywhere else in ``ui/``.

Besides forcing plain text, display text is *neutralised*:

- bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) are
  removed, so "gpj.exe" tricks and a reversed rest-of-the-line cannot happen;
- other control characters except newline and tab are removed;
- runs without spaces get zero-width break opportunities every ``BREAK_EVERY`` characters
  (never inside a combining sequence), so 100 kB without a space wraps instead of making a
  label 3 million pixels wide;
- text longer than the widget's budget is elided with "…".
"""

from __future__ import annotations

import html
import re
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

__all__ = [
    "BREAK_EVERY",
    "LABEL_LIMIT",
    "TITLE_LIMIT",
    "TOOLTIP_LIMIT",
    "display_text",
    "plain_label",
    "set_plain",
    "set_plain_title",
    "set_plain_tooltip",
    "single_line",
    "title_text",
    "tooltip_markup",
]

#: Characters that reorder text: embeddings, overrides (incl. RLO U+202E) and isolates.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: C0/C1 controls except tab and newline; they render as boxes or nothing at all.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ZWSP = "\u200b"
_JOINERS = {"\u200d", "\ufe0e", "\ufe0f"}

BREAK_EVERY = 40
LABEL_LIMIT = 4_000
TOOLTIP_LIMIT = 1_000
TITLE_LIMIT = 120
ELLIPSIS = "…"


def _break_run(run: str) -> str:
    out: list[str] = []
    since = 0
    previous = ""
    for char in run:
        joined = char in _JOINERS or previous in _JOINERS or unicodedata.combining(char)
        if since >= BREAK_EVERY and not joined:
            out.append(ZWSP)
            since = 0
        out.append(char)
        since += 1
        previous = char
    return "".join(out)


_RUN_PATTERN = re.compile(rf"\S{{{BREAK_EVERY + 1},}}")


def display_text(text: object, limit: int | None = LABEL_LIMIT) -> str:
    """``text`` as it may be shown: no reordering controls, breakable, at most ``limit`` chars."""
    value = "" if text is None else str(text)
    value = _BIDI_CONTROLS.sub("", value)
    value = _CONTROLS.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    if limit is not None and len(value) > limit:
        value = value[: max(limit - 1, 0)] + ELLIPSIS
    return _RUN_PATTERN.sub(lambda match: _break_run(match.group(0)), value)


def single_line(text: object, limit: int | None = LABEL_LIMIT) -> str:
    """Like :func:`display_text`, with line breaks turned into spaces (cells, titles)."""
    value = "" if text is None else str(text)
    value = " ".join(value.split())
    return display_text(value, limit)


def set_plain(widget: QWidget, text: object, *, limit: int | None = LABEL_LIMIT) -> None:
    """Show ``text`` on ``widget`` as plain text, whatever the widget would guess."""
    shown = display_text(text, limit)
    if isinstance(widget, QMessageBox):
        widget.setTextFormat(Qt.TextFormat.PlainText)
        widget.setText(shown)
    elif isinstance(widget, QLabel):
        widget.setTextFormat(Qt.TextFormat.PlainText)
        widget.setOpenExternalLinks(False)
        widget.setText(shown)
    elif isinstance(widget, QLineEdit):
        widget.setText(single_line(text, limit))
    elif isinstance(widget, QAbstractButton):
        # "&" would become a keyboard mnemonic and vanish from the caption.
        widget.setText(single_line(text, limit).replace("&", "&&"))
    elif isinstance(widget, QGroupBox):
        widget.setTitle(single_line(text, limit).replace("&", "&&"))
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        widget.setPlainText(shown)
    else:
        raise TypeError(f"set_plain does not know how to show text on {type(widget).__name__}")


def plain_label(
    text: object = "",
    parent: QWidget | None = None,
    *,
    wrap: bool = True,
    selectable: bool = False,
    limit: int | None = LABEL_LIMIT,
) -> QLabel:
    """A label that can only ever show plain text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    set_plain(label, text, limit=limit)
    return label


def tooltip_markup(text: object, limit: int | None = TOOLTIP_LIMIT) -> str:
    """Tooltips are always guessed as rich text: hand Qt escaped markup that shows ``text``."""
    shown = display_text(text, limit)
    if not shown:
        return ""
    escaped = html.escape(shown, quote=True).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def set_plain_tooltip(widget: QWidget, text: object, *, limit: int | None = TOOLTIP_LIMIT) -> None:
    """Set a tooltip that shows ``text`` literally (tags appear as tags, nothing is fetched)."""
    widget.setToolTip(tooltip_markup(text, limit))


def title_text(text: object, limit: int | None = TITLE_LIMIT) -> str:
    """One line, short, and with Qt's ``[*]`` modified-marker placeholder made literal."""
    return single_line(text, limit).replace("[*]", "[*][*]")


def set_plain_title(widget: QWidget, text: object, *, limit: int | None = TITLE_LIMIT) -> None:
    """Set a window title from text that may come from outside."""
    widget.setWindowTitle(title_text(text, limit))


def warning_box(parent: QWidget | None, title: object, text: object) -> QMessageBox:
    """A warning message box showing ``title`` and ``text`` as plain text (not opened yet)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    set_plain_title(box, title)
    set_plain(box, text)
    return box
