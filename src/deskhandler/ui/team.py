"""The supervisor's team view: each person of the unit with open, overdue and due-soon
cases, counted on the local store (so it works offline); a row opens that person's cases
in the queue."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskhandler.domain.statuses import Role
from deskhandler.domain.text import sort_key
from deskhandler.store.queue import UNASSIGNED
from deskhandler.store.records import Workload
from deskhandler.ui.case_drag import CASE_IDS_MIME, case_ids_from
from deskhandler.ui.plain import plain_label, set_plain, set_plain_title, single_line
from deskhandler.wire.models import DirectoryUser

# Who appears in the team even with no case: the unit's handling staff.
_STAFF = frozenset({Role.CLERK, Role.SUPERVISOR})


class _Count(QTableWidgetItem):
    """A number cell that sorts as a number."""

    def __init__(self, value: int) -> None:
        super().__init__()
        self.setData(Qt.ItemDataRole.DisplayRole, value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _Person(QTableWidgetItem):
    """A name cell that sorts as Vietnamese is read (by base letters, then tones); nobody
    last."""

    def __init__(self, who: str, name: str) -> None:
        super().__init__(single_line(name, 120))
        self.setData(Qt.ItemDataRole.UserRole, who)
        self._key = ("\uffff",) if who == UNASSIGNED else sort_key(name)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _Person):
            return self._key < other._key
        return super().__lt__(other)


class _TeamTable(QTableWidget):
    """The team's rows accept cases dragged from the queue (`ui.case_drag`): a drop on a
    person asks to assign those cases to them."""

    # (case ids, the row's assignee: a username or `UNASSIGNED`)
    cases_dropped = Signal(list, str)

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__(rows, columns)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        # A drop lands on a row, never between two (which would name the next person).
        self.setDragDropOverwriteMode(True)

    def mimeTypes(self) -> list[str]:
        return [CASE_IDS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def dropMimeData(self, row: int, column: int, data: QMimeData, action: Qt.DropAction) -> bool:
        ids = case_ids_from(data)
        person = self.item(row, 0) if 0 <= row < self.rowCount() else None
        if not ids or person is None:
            return False
        # Nothing moves in this table: the assignment is previewed and queued elsewhere.
        self.cases_dropped.emit(ids, str(person.data(Qt.ItemDataRole.UserRole)))
        return True


class TeamDialog(QDialog):
    """Counts per person; "Show cases" (or a double click) asks the queue for theirs."""

    # (assignee: a username or `UNASSIGNED`, the name to show)
    show_requested = Signal(str, str)
    # Cases dragged from the queue onto a person: (case ids, username or `UNASSIGNED`)
    assign_requested = Signal(list, str)

    def __init__(
        self,
        people: Sequence[DirectoryUser],
        workload: Mapping[str | None, Workload],
        department: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("team_dialog")
        staff = {
            p.username: p.name
            for p in people
            if p.active and p.role in _STAFF and (department is None or p.department == department)
        }
        names = {**staff, **{w: w for w in workload if w is not None and w not in staff}}
        self._rows: list[tuple[str, str]] = list(names.items())
        self._unassigned_row = len(self._rows)
        self._rows.append((UNASSIGNED, ""))
        self._heading = plain_label(wrap=True)
        self.table = _TeamTable(len(self._rows), 4)
        self.table.cases_dropped.connect(self.assign_requested)
        self.table.setObjectName("team")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        for row, (who, name) in enumerate(self._rows):
            self.table.setItem(row, 0, _Person(who, name))
            load = workload.get(None if who == UNASSIGNED else who, Workload(0, 0, 0))
            for column, value in enumerate((load.open, load.overdue, load.due_soon), start=1):
                self.table.setItem(row, column, _Count(value))
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # The names take the room the counts leave, so the table fills the dialog.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        self.table.itemDoubleClicked.connect(lambda _item: self._show())
        self.show_button = QPushButton()
        self.show_button.setObjectName("show_cases")
        self.show_button.clicked.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._close = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(640, 420)

    def retranslate(self) -> None:
        set_plain_title(self, self.tr("Team"))
        set_plain(
            self._heading,
            self.tr("Open cases per person, and how many are overdue or due within two days."),
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Open"), self.tr("Overdue"), self.tr("Due soon")]
        )
        for row in range(self.table.rowCount()):
            item = self._cell(row, 0)
            if item.data(Qt.ItemDataRole.UserRole) == UNASSIGNED:
                item.setText(self.tr("Nobody (unassigned)"))
        self.show_button.setText(self.tr("&Show their cases"))
        self._close.setText(self.tr("Close"))

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is filled in __init__
        return item

    def counts(self) -> dict[str, tuple[int, int, int]]:
        """What the table shows, by username (`UNASSIGNED` for nobody): tests read it."""
        shown = {}
        for row in range(self.table.rowCount()):
            who = str(self._cell(row, 0).data(Qt.ItemDataRole.UserRole))
            numbers = [int(self._cell(row, c).data(Qt.ItemDataRole.DisplayRole)) for c in (1, 2, 3)]
            shown[who] = (numbers[0], numbers[1], numbers[2])
        return shown

    def select(self, who: str) -> None:
        for row in range(self.table.rowCount()):
            if self._cell(row, 0).data(Qt.ItemDataRole.UserRole) == who:
                self.table.selectRow(row)
                return

    def _show(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self._cell(rows[0].row(), 0)
        self.show_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)), item.text())
