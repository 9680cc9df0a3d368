"""Bulk actions on the selected cases: choose one change, read its preview per case, apply.

The dialog only collects the change (`deskhandler.app.bulk.BulkAction`) and shows the
preview the controller computes on the store thread (`app.bulk.preview_selection`): one
row per selected case with what will change, or why it will not (the rules' own reasons).
Every change of the form asks for a new preview; "Apply" is offered only for the preview
on screen, so what is queued is exactly what was read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskhandler.app.bulk import (
    MAIN_CASE,
    NOT_FOUND,
    PERSONAL_DATA,
    UNCHANGED,
    UNFILLED,
    BulkAction,
    FieldChange,
    PreviewRow,
)
from deskhandler.domain.actions import ActionKind, may_take
from deskhandler.domain.statuses import Priority, Status
from deskhandler.store.overlay import parse_moment
from deskhandler.ui.dialogs.base import clean_text
from deskhandler.ui.dialogs.context import DialogContext
from deskhandler.ui.dialogs.duplicates import duplicate_close_payload
from deskhandler.ui.dialogs.people import people_box
from deskhandler.ui.dialogs.triage import deadline_at
from deskhandler.ui.dialogs.widgets import PROVINCE_TZ, fill_template, template_values
from deskhandler.ui.labels import moment_text, priority_label, status_label
from deskhandler.ui.plain import (
    plain_label,
    set_plain,
    set_plain_title,
    single_line,
    tooltip_markup,
)
from deskhandler.wire.models import Case

Index = QModelIndex | QPersistentModelIndex

#: The forms of the dialog, in the order of its "Change" list.
ASSIGN, PRIORITY, DEADLINE, REPLY, DUPLICATE = (
    "assign",
    "priority",
    "deadline",
    "reply",
    "duplicate",
)
REFUSED_COLOUR = QColor("#a4262c")


class PreviewModel(QAbstractTableModel):
    """The preview rows as plain text: case, title, what changes (or why not)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._texts: list[str] = []

    def set_rows(self, rows: Sequence[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [self.describe(row) for row in self._rows]
        self.endResetModel()

    def rows(self) -> list[PreviewRow]:
        return list(self._rows)

    def text(self, row: int) -> str:
        """What the third column says for ``row`` (tests read it)."""
        return self._texts[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Case"), self.tr("Title"), self.tr("What changes"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return single_line(row.case_id, 64)
            if index.column() == 1:
                return single_line(row.title, 200)
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            # The whole change (a public text is long), escaped: never rich text.
            full = self._texts[index.row()]
            return tooltip_markup(full if row.text is None else f"{full}\n\n{row.text}")
        if role == Qt.ItemDataRole.ForegroundRole and not row.queued:
            return REFUSED_COLOUR
        return None

    # --- words --------------------------------------------------------------------------

    def describe(self, row: PreviewRow) -> str:
        if row.refusal is not None:
            return self.tr("Not changed: {reason}").format(reason=self._reason(*row.refusal))
        parts = [self._change(change) for change in row.changes]
        if row.text is not None:
            parts.append(self.tr("public text: {text}").format(text=single_line(row.text, 120)))
        return "; ".join(parts)

    def _reason(self, code: str, message: str) -> str:
        known = {
            UNCHANGED: self.tr("nothing to change"),
            MAIN_CASE: self.tr("the main case stays open"),
            PERSONAL_DATA: self.tr("the text would publish personal data; answer it on its own"),
            UNFILLED: self.tr("the template has placeholders this case cannot fill"),
            NOT_FOUND: self.tr("not in the local queue"),
        }
        # Other refusals are the rules' own words, as the server would give them.
        return known.get(code, single_line(message, 200))

    def _change(self, change: FieldChange) -> str:
        before, after = change.before, change.after
        if change.field == "status":
            return self.tr("status {before} → {after}").format(
                before=status_label(before), after=status_label(after)
            )
        if change.field == "priority":
            return self.tr("priority {before} → {after}").format(
                before=priority_label(before), after=priority_label(after)
            )
        if change.field == "assignee":
            return self.tr("handled by {before} → {after}").format(
                before=self._person(before), after=self._person(after)
            )
        if change.field == "due_at":
            return self.tr("deadline {before} → {after}").format(
                before=self._moment(before), after=self._moment(after)
            )
        return self.tr("duplicate of {case}").format(case=single_line(after or "", 64))

    def _person(self, who: object) -> str:
        return single_line(who, 64) if who else self.tr("nobody")

    def _moment(self, value: object) -> str:
        if not isinstance(value, str):
            return self.tr("none")
        try:
            return moment_text(parse_moment(value))
        except ValueError:
            return single_line(value, 40)


class BulkDialog(QDialog):
    """One change for the selected cases, its preview, and "Apply"."""

    #: (generation, `BulkAction`): compute the preview and hand it to `show_preview`.
    preview_requested = Signal(int, object)

    PREVIEW_DELAY_MS = 150

    def __init__(
        self,
        cases: Sequence[tuple[str, str]],
        context: DialogContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulk_dialog")
        self.setSizeGripEnabled(True)
        self._cases = list(cases)
        self._context = context
        self._generation = 0
        self._shown_generation = -1

        self._heading = plain_label(wrap=True)
        self.kind = QComboBox()
        self.kind.setObjectName("bulk_kind")
        self.pages = QStackedWidget()
        self._labels: dict[str, QLabel] = {}
        self._page_of: dict[str, int] = {}

        self.person = people_box(context.users, context.department)
        self.priority = QComboBox()
        self.priority.setObjectName("priority")
        for priority in Priority:
            self.priority.addItem("", priority.value)
        self.priority.setCurrentIndex(self.priority.findData(Priority.HIGH.value))
        self.due = QDateEdit()
        self.due.setObjectName("due")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")  # the province's way, in both languages
        today = context.now().astimezone(PROVINCE_TZ).date()
        self.due.setDate(QDate(today.year, today.month, today.day))
        self.template = QComboBox()
        self.template.setObjectName("template")
        for template in context.templates:
            # Combo box items are always plain text.
            self.template.addItem(template.name, template.code)
        self.main_case = QComboBox()
        self.main_case.setObjectName("main_case")
        for case_id, title in self._cases:
            self.main_case.addItem(single_line(f"{case_id} — {title}", 90), case_id)
        self._reply_note = plain_label(wrap=True)
        self._duplicate_note = plain_label(wrap=True)

        leads = may_take(context.role, ActionKind.ASSIGN, Status.IN_PROGRESS)
        forms: list[tuple[str, QWidget, QLabel | None]] = [
            (PRIORITY, self.priority, None),
            (DEADLINE, self.due, None),
        ]
        if leads:
            forms.insert(0, (ASSIGN, self.person, None))
        if context.templates:
            forms.append((REPLY, self.template, self._reply_note))
        if len(self._cases) > 1:
            forms.append((DUPLICATE, self.main_case, self._duplicate_note))
        for key, field, note in forms:
            page = QWidget()
            form = QFormLayout(page)
            form.setContentsMargins(0, 0, 0, 0)
            label = QLabel()
            label.setBuddy(field)
            self._labels[key] = label
            form.addRow(label, field)
            if note is not None:
                form.addRow(note)
            self._page_of[key] = self.pages.addWidget(page)
            self.kind.addItem("", key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_label = QLabel()
        self._kind_label.setBuddy(self.kind)

        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("bulk_preview")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 120)
        header.resizeSection(1, 260)
        header.setStretchLastSection(True)
        self.summary = plain_label(wrap=True)
        self.summary.setObjectName("bulk_summary")

        self.apply_button = QPushButton()
        self.apply_button.setObjectName("apply")
        self.apply_button.setDefault(True)
        self.apply_button.setEnabled(False)
        self._cancel = QPushButton()
        buttons = QDialogButtonBox()
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self._cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.request_preview)
        for signal in (
            self.person.currentIndexChanged,
            self.priority.currentIndexChanged,
            self.due.dateChanged,
            self.template.currentIndexChanged,
            self.main_case.currentIndexChanged,
        ):
            signal.connect(self._form_changed)

        top = QFormLayout()
        top.addRow(self._kind_label, self.kind)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(900, 540)
        self._kind_changed()

    def retranslate(self) -> None:
        set_plain_title(self, self.tr("Bulk actions on the selected cases"))
        set_plain(
            self._heading,
            self.tr(
                "%n selected case(s). Choose one change; the list shows what it does to "
                "each case before anything is queued.",
                "",
                len(self._cases),
            ),
        )
        self._kind_label.setText(self.tr("C&hange:"))
        names = {
            ASSIGN: self.tr("Assign to a person"),
            PRIORITY: self.tr("Change the priority"),
            DEADLINE: self.tr("Set the deadline"),
            REPLY: self.tr("Reply with a template"),
            DUPLICATE: self.tr("Close as duplicates of a main case"),
        }
        fields = {
            ASSIGN: self.tr("Handled by:"),
            PRIORITY: self.tr("Priority:"),
            DEADLINE: self.tr("Deadline (end of day):"),
            REPLY: self.tr("Template:"),
            DUPLICATE: self.tr("Main case:"),
        }
        for index in range(self.kind.count()):
            key = str(self.kind.itemData(index))
            self.kind.setItemText(index, names[key])
            set_plain(self._labels[key], fields[key])
        self.person.setItemText(0, self.tr("Nobody (unassigned)"))
        for index in range(self.priority.count()):
            self.priority.setItemText(index, priority_label(self.priority.itemData(index)))
        set_plain(
            self._reply_note,
            self.tr(
                "Each case gets the template filled from its own data. A case whose text "
                "would publish personal data is left out: answer it on its own."
            ),
        )
        set_plain(
            self._duplicate_note,
            self.tr(
                "The main case stays open; the others are closed as its duplicates with a "
                "public message pointing the citizen to it. Both timelines are kept."
            ),
        )
        self.table.setAccessibleName(self.tr("Preview per case"))
        self._cancel.setText(self.tr("Cancel"))
        self._show_summary()

    # --- the form ---------------------------------------------------------------------

    def choice(self) -> str:
        return str(self.kind.currentData())

    def choose(self, key: str, *, assignee: str | None = None) -> None:
        """Open on one change (a drop on a person of the team view: assign to them;
        without ``assignee`` the person is left to choose)."""
        index = self.kind.findData(key)
        if index >= 0:
            self.kind.setCurrentIndex(index)
        if key == ASSIGN and assignee is not None:
            found = self.person.findData(assignee or "")
            if found < 0 and assignee:
                self.person.addItem(single_line(assignee, 64), assignee)
                found = self.person.count() - 1
            self.person.setCurrentIndex(max(found, 0))
        self.request_preview()

    def _kind_changed(self) -> None:
        key = self.choice()
        if key in self._page_of:
            self.pages.setCurrentIndex(self._page_of[key])
        # The stack as tall as the page shown, not as its tallest page.
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            assert page is not None  # index < count()
            policy = QSizePolicy.Policy.Preferred
            if index != self.pages.currentIndex():
                policy = QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.pages.adjustSize()
        self._form_changed()

    def _form_changed(self) -> None:
        self._generation += 1
        self.model.set_rows([])
        self.apply_button.setEnabled(False)
        self._show_summary()
        self._timer.start()

    def action(self) -> BulkAction:
        """The change the form describes now."""
        key = self.choice()
        if key == ASSIGN:
            return BulkAction(ActionKind.ASSIGN, {"assignee": self.person.currentData() or None})
        if key == PRIORITY:
            return BulkAction(ActionKind.TRIAGE, {"priority": self.priority.currentData()})
        if key == DEADLINE:
            day = self.due.date().toPython()
            assert isinstance(day, date)
            return BulkAction(ActionKind.TRIAGE, {"due_at": deadline_at(day)})
        if key == REPLY:
            return BulkAction(ActionKind.REPLY, {}, text_for=self._template_text())
        main = str(self.main_case.currentData())
        return BulkAction(ActionKind.CLOSE, duplicate_close_payload(main), main_case=main)

    def _template_text(self) -> Callable[[Case], str]:
        index = max(self.template.currentIndex(), 0)
        text = self._context.templates[index].text
        unit_name = self._context.unit_name
        # Filled exactly as the reply dialog fills it, then sent as that dialog sends it.
        return lambda case: clean_text(fill_template(text, template_values(case, unit_name)))

    # --- the preview --------------------------------------------------------------------

    def request_preview(self) -> None:
        self._timer.stop()
        self.preview_requested.emit(self._generation, self.action())

    def show_preview(self, generation: int, rows: Sequence[PreviewRow]) -> None:
        """Show the preview computed for ``generation``; an older one is dropped."""
        if generation != self._generation:
            return
        self._shown_generation = generation
        self.model.set_rows(rows)
        self.apply_button.setEnabled(any(row.queued for row in rows))
        self._show_summary()

    def preview_current(self) -> bool:
        return self._shown_generation == self._generation

    def previewed(self) -> list[PreviewRow]:
        """The rows on screen, when they belong to the form as it is."""
        return self.model.rows() if self.preview_current() else []

    def _show_summary(self) -> None:
        rows = self.model.rows()
        queued = [row for row in rows if row.queued]
        if not self.preview_current():
            text = self.tr("Preparing the preview…")
        else:
            text = self.tr("%n case(s) will change; ", "", len(queued)) + self.tr(
                "%n will not (in red, with the reason).", "", len(rows) - len(queued)
            )
        set_plain(self.summary, text)
        # The default button (Enter); set_plain as the count makes it a non-literal.
        set_plain(self.apply_button, self.tr("Apply to %n case(s)", "", len(queued)))

    def accept(self) -> None:
        if self.preview_current() and any(row.queued for row in self.model.rows()):
            super().accept()


__all__ = ["BulkDialog", "PreviewModel"]
