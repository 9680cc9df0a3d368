"""Pieces several dialogs share: the privacy check, the public-text composer, the unit picker.

The composer is what a clerk writes for the citizen with: a template picker whose
placeholders are filled from the case, the editor, a preview of exactly the text that will be
published, and the privacy check that must be confirmed when the text holds personal data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import timedelta, timezone

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskhandler.domain.privacy import Finding, PersonalKind, find_personal_data
from deskhandler.domain.text import fold
from deskhandler.ui.dialogs.base import clean_text
from deskhandler.ui.plain import plain_label, set_plain
from deskhandler.wire.models import Case, Department, ReplyTemplate

#: The province's local time (deadlines are dated in it; DOMAIN.md, decisions.md).
PROVINCE_TZ = timezone(timedelta(hours=7))

#: ``{name}`` placeholders of reply templates.
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_REORDERING = re.compile("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b-\x1f\x7f-\x9f]")

#: The longest run without a space a public text may hold.  Nobody reads a longer one, and
#: the e-mail pattern of ``domain/privacy.py`` backtracks quadratically on such runs (100 kB
#: of pasted text froze the dialog for minutes), so longer runs block sending and are left
#: out of the scan, which keeps every sendable text fully scanned.
LONG_RUN = 200
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN + 1},}}")


def long_runs(text: str) -> list[int]:
    """Lengths of the runs without a space longer than `LONG_RUN`."""
    return [len(match.group()) for match in _LONG_RUN.finditer(text)]


def _masked(text: str) -> str:
    """``text`` with over-long runs blanked, positions unchanged."""
    return _LONG_RUN.sub(lambda match: " " * len(match.group()), text)


#: How a template addresses the citizen: the reporter's name is personal data and is never
#: published (DOMAIN.md), so ``{reporter}`` becomes the polite neutral form of address.
NEUTRAL_ADDRESS = "Ông/Bà"


def _one_line(text: str | None) -> str:
    """Citizen text fit for a public sentence: one line, no reordering or control characters."""
    return " ".join(_REORDERING.sub("", text or "").split())


def template_values(case: Case, unit_name: Callable[[str | None], str]) -> dict[str, str]:
    """The values the placeholders of a reply template are filled with."""
    due = case.due_at.astimezone(PROVINCE_TZ).strftime("%d/%m/%Y") if case.due_at else ""
    return {
        "code": case.id,
        "case_id": case.id,
        "title": _one_line(case.title),
        "address": _one_line(case.address),
        "department": _one_line(unit_name(case.department)),
        "due_date": due,
        "reporter": NEUTRAL_ADDRESS,
    }


def fill_template(text: str, values: Mapping[str, str]) -> str:
    """Replace the known ``{name}`` placeholders; unknown ones stay for the clerk to fill.

    A plain substitution, not ``str.format``: a template is data from the server and must not
    reach attributes (``{0.__class__}``) or fail on a stray brace.
    """
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def unfilled_placeholders(text: str) -> list[str]:
    return sorted({m.group(0) for m in PLACEHOLDER.finditer(text)})


class PrivacyCheck(QFrame):
    """Says which personal data a public text holds; the clerk must confirm or edit it.

    A confirmation holds for the findings it was given for: new personal data asks again.
    """

    changed = Signal()
    #: (start, end) of a finding in the text, to select it in the editor.
    show_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacy_check")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#privacy_check { background: #fff4ce; }")
        self._findings: list[Finding] = []
        self._confirmed_for: tuple[tuple[str, str], ...] = ()
        self._message = plain_label(wrap=True)
        self._message.setObjectName("privacy_message")
        self._confirm = QCheckBox()
        self._confirm.setObjectName("privacy_confirm")
        self._show = QPushButton()
        self._show.setObjectName("privacy_show")
        self._show.clicked.connect(self._show_first)
        self._confirm.toggled.connect(self._confirmed)
        row = QHBoxLayout()
        row.addWidget(self._confirm, 1)
        row.addWidget(self._show)
        layout = QVBoxLayout(self)
        layout.addWidget(self._message)
        layout.addLayout(row)
        self.retranslate()
        self.setVisible(False)

    def _labels(self) -> dict[PersonalKind, str]:
        return {
            PersonalKind.PHONE: self.tr("a phone number"),
            PersonalKind.ID_NUMBER: self.tr("an ID number (CMND/CCCD)"),
            PersonalKind.EMAIL: self.tr("an e-mail address"),
            PersonalKind.NAME: self.tr("the reporter's name"),
        }

    def retranslate(self) -> None:
        self._confirm.setText(self.tr("I have checked: this may be published as it is"))
        self._show.setText(self.tr("Show in the text"))
        self._update_message()

    def _update_message(self) -> None:
        labels = self._labels()
        found = ", ".join(f"{labels[f.kind]} ({f.hint})" for f in self._findings)
        message = self.tr(
            "The public text contains personal data: {found}. Remove it, or confirm that it "
            "may be published."
        ).format(found=found)
        set_plain(self._message, message)

    def _key(self) -> tuple[tuple[str, str], ...]:
        return tuple((f.kind.value, f.hint) for f in self._findings)

    def check(self, text: str, names: Iterable[str | None]) -> None:
        self._findings = find_personal_data(_masked(text), names)
        if self._key() != self._confirmed_for:
            self._confirm.blockSignals(True)
            self._confirm.setChecked(False)
            self._confirm.blockSignals(False)
            self._confirmed_for = ()
        self._update_message()
        self.setVisible(bool(self._findings))

    def _confirmed(self, checked: bool) -> None:
        self._confirmed_for = self._key() if checked else ()
        self.changed.emit()

    def _show_first(self) -> None:
        positioned = [f for f in self._findings if f.end > f.start]
        if positioned:
            self.show_requested.emit(positioned[0].start, positioned[0].end)

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def ok(self) -> bool:
        """True when there is nothing to confirm, or the clerk confirmed these findings."""
        return not self._findings or self._confirm.isChecked()

    def confirm_box(self) -> QCheckBox:
        return self._confirm


class PublicTextComposer(QWidget):
    """Templates, the editor, the preview of the published text, and the privacy check."""

    changed = Signal()

    def __init__(
        self,
        case: Case,
        templates: Sequence[ReplyTemplate],
        unit_name: Callable[[str | None], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._case = case
        self._values = template_values(case, unit_name)
        self._templates = list(templates)
        self._names = [case.reporter.name] if case.reporter and case.reporter.name else []

        self.template_box = QComboBox()
        self.template_box.setObjectName("template")
        for template in self._templates:
            # Combo box items are always plain text.
            self.template_box.addItem(template.name, template.code)
        self.insert_button = QPushButton()
        self.insert_button.setObjectName("insert_template")
        self.insert_button.clicked.connect(self.insert_template)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("public_text")
        self.editor.setTabChangesFocus(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setStyleSheet("QPlainTextEdit#preview { background: #f3f6fa; }")
        self.privacy = PrivacyCheck()
        self.privacy.changed.connect(self.changed)
        self.privacy.show_requested.connect(self._select)
        self.editor.textChanged.connect(self._text_changed)

        self._template_label = QLabel()
        self._template_label.setBuddy(self.template_box)
        self._editor_group = QGroupBox()
        self._preview_group = QGroupBox()
        self._preview_hint = QLabel()
        self._preview_hint.setWordWrap(True)
        self._preview_hint.setStyleSheet("color: #505050;")

        templates_row = QHBoxLayout()
        templates_row.addWidget(self._template_label)
        templates_row.addWidget(self.template_box, 1)
        templates_row.addWidget(self.insert_button)
        has_templates = bool(self._templates)
        for widget in (self._template_label, self.template_box, self.insert_button):
            widget.setVisible(has_templates)
        editor_layout = QVBoxLayout(self._editor_group)
        editor_layout.addLayout(templates_row)
        editor_layout.addWidget(self.editor)
        preview_layout = QVBoxLayout(self._preview_group)
        preview_layout.addWidget(self._preview_hint)
        preview_layout.addWidget(self.preview)
        sides = QHBoxLayout()
        sides.addWidget(self._editor_group, 1)
        sides.addWidget(self._preview_group, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(sides, 1)
        layout.addWidget(self.privacy)
        self.retranslate()
        self._text_changed()

    def retranslate(self) -> None:
        self._template_label.setText(self.tr("&Template:"))
        self.insert_button.setText(self.tr("&Insert"))
        self.template_box.setAccessibleName(self.tr("Reply template"))
        self.editor.setAccessibleName(self.tr("Public text"))
        self.editor.setPlaceholderText(self.tr("What the citizen will read…"))
        self.preview.setAccessibleName(self.tr("Preview of the published text"))
        self._editor_group.setTitle(self.tr("Public text"))
        self._preview_group.setTitle(self.tr("What the citizen will see"))
        self._preview_hint.setText(
            self.tr("Published as plain text, exactly as below, on the citizen's report.")
        )
        self.privacy.retranslate()

    def published_text(self) -> str:
        """The text exactly as it will be sent and published."""
        return clean_text(self.editor.toPlainText())

    def _text_changed(self) -> None:
        text = self.published_text()
        self.preview.setPlainText(text)
        self.privacy.check(text, self._names)
        self.changed.emit()

    def insert_template(self) -> None:
        index = self.template_box.currentIndex()
        if index < 0:
            return
        filled = fill_template(self._templates[index].text, self._values)
        self.editor.insertPlainText(filled)
        self.editor.setFocus()

    def _select(self, start: int, end: int) -> None:
        # Findings are positions in the NFC text; the editor holds what was typed, usually
        # already NFC, and the outer blank space that clean_text strips comes first.
        raw = self.editor.toPlainText()
        offset = len(raw) - len(raw.lstrip())
        cursor = self.editor.textCursor()
        cursor.setPosition(offset + start)
        cursor.setPosition(offset + end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    def ok(self) -> bool:
        return self.privacy.ok()


_FOLDED = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2


class _FoldedFilter(QSortFilterProxyModel):
    """Keeps rows whose folded text holds every folded word of the search."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(index.data(_FOLDED) or "")
        return all(word in haystack for word in self._words)


class UnitPicker(QWidget):
    """A search box over the units: "so xay dung" finds "Sở Xây dựng", so does "SXD"."""

    changed = Signal()

    def __init__(
        self,
        units: Sequence[Department],
        parent: QWidget | None = None,
        *,
        exclude: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        for unit in units:
            if unit.code == exclude:
                continue
            item = QStandardItem(f"{unit.name} ({unit.code})")
            item.setEditable(False)
            item.setData(fold(f"{unit.name} {unit.code}"), _FOLDED)
            item.setData(unit.code, CODE_ROLE)
            self._model.appendRow(item)
        self._filter = _FoldedFilter(self)
        self._filter.setSourceModel(self._model)
        self.search = QLineEdit()
        self.search.setObjectName("unit_search")
        self.search.setClearButtonEnabled(True)
        self.list = QListView()
        self.list.setObjectName("units")
        self.list.setModel(self._filter)
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(120)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._pick_single)
        self.list.selectionModel().currentChanged.connect(lambda *_: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search units (accents optional)…"))
        self.search.setAccessibleName(self.tr("Search units"))
        self.list.setAccessibleName(self.tr("Units"))

    def _search(self, text: str) -> None:
        self._filter.set_search(text)
        if self._filter.rowCount() == 1:
            self.list.setCurrentIndex(self._filter.index(0, 0))
        self.changed.emit()

    def _pick_single(self) -> None:
        if self._filter.rowCount() >= 1 and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self._filter.index(0, 0))

    def visible_codes(self) -> list[str]:
        return [
            str(self._filter.index(row, 0).data(CODE_ROLE))
            for row in range(self._filter.rowCount())
        ]

    def code(self) -> str | None:
        """The chosen unit, if one is chosen and still shown by the search."""
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isSelected(index):
            return None
        return str(index.data(CODE_ROLE))

    def set_code(self, code: str | None) -> None:
        if code is None:
            self.list.clearSelection()
            self.list.setCurrentIndex(QModelIndex())
            return
        for row in range(self._model.rowCount()):
            if self._model.item(row).data(CODE_ROLE) == code:
                self.search.clear()
                self.list.setCurrentIndex(self._filter.mapFromSource(self._model.index(row, 0)))
                return


__all__ = [
    "NEUTRAL_ADDRESS",
    "PROVINCE_TZ",
    "PrivacyCheck",
    "PublicTextComposer",
    "UnitPicker",
    "fill_template",
    "template_values",
    "unfilled_placeholders",
]
