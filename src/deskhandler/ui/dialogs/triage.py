"""Triage: priority, category, deadline and tags.  Only the fields changed are sent, so the
server compares each against the value the clerk saw (field by field, ARCHITECTURE.md)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any, ClassVar

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit

from deskhandler.domain.actions import ActionKind
from deskhandler.domain.statuses import Priority
from deskhandler.ui.dialogs.base import ActionDialog
from deskhandler.ui.dialogs.widgets import PROVINCE_TZ

MAX_TAGS = 32
MAX_TAG = 64
#: A deadline is the end of its last working day in the province (docs/decisions.md).
END_OF_DAY = time(23, 59, 59)


def parse_tags(text: str) -> list[str]:
    """Comma- or semicolon-separated tags, trimmed, without blanks and repeats, sorted."""
    parts = (part.strip() for part in text.replace(";", ",").split(","))
    return sorted({part for part in parts if part})


def deadline_at(day: date) -> str:
    """The ISO date-time of the end of ``day`` in the province's time."""
    return datetime.combine(day, END_OF_DAY, tzinfo=PROVINCE_TZ).isoformat()


class TriageDialog(ActionDialog):
    kind: ClassVar[ActionKind] = ActionKind.TRIAGE

    def _build(self) -> None:
        self.priority = QComboBox()
        self.priority.setObjectName("priority")
        for priority in Priority:
            self.priority.addItem("", priority.value)
        self.category = QComboBox()
        self.category.setObjectName("category")
        vietnamese = QLocale().language() == QLocale.Language.Vietnamese
        codes = [c.code for c in self.context.categories]
        for category in self.context.categories:
            name = category.name if vietnamese else (category.name_en or category.name)
            self.category.addItem(f"{name} ({category.code})", category.code)
        if self.case.category not in codes:
            # A category the directory no longer lists stays selectable as it is.
            self.category.addItem(self.case.category, self.case.category)
        self.change_due = QCheckBox()
        self.change_due.setObjectName("change_due")
        self.due = QDateEdit()
        self.due.setObjectName("due")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")  # the province's way, in both languages
        self.due.setEnabled(False)
        self.change_due.toggled.connect(self.due.setEnabled)
        self.tags = QLineEdit()
        self.tags.setObjectName("tags")
        self._reset_fields()
        for combo in (self.priority, self.category):
            combo.currentIndexChanged.connect(self.changed)
        self.change_due.toggled.connect(self.changed)
        self.due.dateChanged.connect(self.changed)
        self.tags.textChanged.connect(self.changed)
        due_row = QHBoxLayout()
        due_row.addWidget(self.change_due)
        due_row.addWidget(self.due, 1)
        self._labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self._labels, (self.priority, self.category, self.change_due, self.tags), strict=True
        ):
            label.setBuddy(field)
        self.form.addRow(self._labels[0], self.priority)
        self.form.addRow(self._labels[1], self.category)
        self.form.addRow(self._labels[2], due_row)
        self.form.addRow(self._labels[3], self.tags)
        self.resize(560, 300)

    def _reset_fields(self) -> None:
        self.priority.setCurrentIndex(max(self.priority.findData(self.case.priority.value), 0))
        self.category.setCurrentIndex(max(self.category.findData(self.case.category), 0))
        self.change_due.setChecked(False)
        self.due.setDate(self._qdate(self._current_due() or self.context.now().date()))
        self.tags.setText(", ".join(self.case.tags))

    def _current_due(self) -> date | None:
        due = self.case.due_at
        return due.astimezone(PROVINCE_TZ).date() if due else None

    @staticmethod
    def _qdate(day: date) -> QDate:
        return QDate(day.year, day.month, day.day)

    def _today(self) -> date:
        return self.context.now().astimezone(PROVINCE_TZ).date()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Triage"))
        names = {
            Priority.LOW.value: self.tr("Low"),
            Priority.NORMAL.value: self.tr("Normal"),
            Priority.HIGH.value: self.tr("High"),
            Priority.URGENT.value: self.tr("Urgent"),
        }
        for index in range(self.priority.count()):
            self.priority.setItemText(index, names[str(self.priority.itemData(index))])
        for label, text in zip(
            self._labels,
            (
                self.tr("&Priority:"),
                self.tr("&Category:"),
                self.tr("&Deadline:"),
                self.tr("&Tags:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.change_due.setText(self.tr("Change to"))
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. pothole, Lê Lợi"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.due.setAccessibleName(self.tr("New deadline"))

    def _ok_text(self) -> str:
        return self.tr("&Save triage")

    def _changes(self) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        priority = self.priority.currentData()
        if priority != self.case.priority.value:
            changes["priority"] = priority
        category = self.category.currentData()
        if category != self.case.category:
            changes["category"] = category
        if self.change_due.isChecked():
            day = self.due.date().toPython()
            assert isinstance(day, date)
            if day != self._current_due():
                changes["due_at"] = deadline_at(day)
        tags = parse_tags(self.tags.text())
        if tags != sorted(set(self.case.tags)):
            changes["tags"] = tags
        return changes

    def _problems_now(self) -> list[str]:
        problems = []
        tags = parse_tags(self.tags.text())
        if len(tags) > MAX_TAGS:
            problems.append(self.tr("At most {max} tags.").format(max=MAX_TAGS))
        if any(len(tag) > MAX_TAG for tag in tags):
            problems.append(self.tr("A tag has at most {max} characters.").format(max=MAX_TAG))
        if self.change_due.isChecked():
            day = self.due.date().toPython()
            if isinstance(day, date) and day < self._today():
                problems.append(self.tr("The deadline cannot be in the past."))
        if not problems and not self._changes():
            problems.append(self.tr("Nothing changed yet."))
        return problems

    def _payload(self) -> dict[str, Any]:
        return self._changes()

    def _restore(self, draft: Mapping[str, Any]) -> None:
        if "priority" in draft:
            self.priority.setCurrentIndex(max(self.priority.findData(draft["priority"]), 0))
        if "category" in draft:
            index = self.category.findData(draft["category"])
            if index < 0:
                self.category.addItem(str(draft["category"]), draft["category"])
                index = self.category.count() - 1
            self.category.setCurrentIndex(index)
        due = draft.get("due_at")
        if isinstance(due, str):
            try:
                day = datetime.fromisoformat(due).astimezone(PROVINCE_TZ).date()
            except ValueError:
                day = None
            if day is not None:
                self.change_due.setChecked(True)
                self.due.setDate(self._qdate(day))
        if "tags" in draft and isinstance(draft["tags"], list):
            self.tags.setText(", ".join(str(tag) for tag in draft["tags"]))
