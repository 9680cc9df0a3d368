"""The coordinator's unit picker for routing: searchable, suggested units first, each with its load.

An editable combo box with a completer: typing "xay dung" (accents optional) narrows the
list to "Sở Xây dựng"; Enter takes the first unit shown.  The units the directory names for
the case's category come first, marked "suggested".  Beside each unit: its open and
overdue cases on the coordinator's desk, and "late" / "overloaded" in colour when the unit
is behind (`UnitLoad.state`).  Everything is plain item text; colour and weight come from
the model's roles, the view's delegate paints them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from deskhandler.domain.text import fold, sort_key
from deskhandler.store.units_load import LoadState, UnitLoad
from deskhandler.wire.models import Department

Index = QModelIndex | QPersistentModelIndex

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 2
SUGGESTED_ROLE = Qt.ItemDataRole.UserRole + 3
STATE_ROLE = Qt.ItemDataRole.UserRole + 4

STATE_COLOURS = {LoadState.LATE: QColor("#c62828"), LoadState.OVERLOADED: QColor("#b25e00")}


@dataclass(frozen=True, slots=True)
class UnitChoice:
    unit: Department
    suggested: bool
    load: UnitLoad | None


def route_choices(
    units: Sequence[Department],
    suggested: Sequence[str],
    load: Mapping[str, UnitLoad] | None = None,
    *,
    exclude: str | None = None,
) -> list[UnitChoice]:
    """The units in the picker's order: the suggested ones (in the directory's order of
    preference), then the rest as Vietnamese sorts."""
    by_code = {unit.code: unit for unit in units if unit.code != exclude}
    first = [code for code in dict.fromkeys(suggested) if code in by_code]
    rest = sorted((u for c, u in by_code.items() if c not in first), key=lambda u: sort_key(u.name))
    loads = load if load is not None else None

    def choice(unit: Department, is_suggested: bool) -> UnitChoice:
        return UnitChoice(
            unit, is_suggested, None if loads is None else loads.get(unit.code, UnitLoad())
        )

    return [choice(by_code[code], True) for code in first] + [choice(u, False) for u in rest]


class UnitChoices(QAbstractListModel):
    """The units to route to; the edit text is the unit alone, the display adds the marks."""

    def __init__(self, choices: Sequence[UnitChoice], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._choices)

    def choice(self, row: int) -> UnitChoice:
        return self._choices[row]

    def retranslate(self) -> None:
        if self._choices:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._choices) - 1, 0))

    def display_text(self, choice: UnitChoice) -> str:
        parts = [self.unit_text(choice)]
        if choice.suggested:
            parts.append(self.tr("suggested"))
        if choice.load is not None:
            parts.append(
                self.tr("{open} open, {overdue} overdue").format(
                    open=choice.load.open, overdue=choice.load.overdue
                )
            )
            state = choice.load.state
            if state is LoadState.LATE:
                parts.append(self.tr("late"))
            elif state is LoadState.OVERLOADED:
                parts.append(self.tr("overloaded"))
        return " · ".join(parts)

    @staticmethod
    def unit_text(choice: UnitChoice) -> str:
        return f"{choice.unit.name} ({choice.unit.code})"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(choice)
        if role == Qt.ItemDataRole.EditRole:
            return self.unit_text(choice)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display_text(choice)
        if role == CODE_ROLE:
            return choice.unit.code
        if role == FOLDED_ROLE:
            return fold(f"{choice.unit.name} {choice.unit.code}")
        if role == SUGGESTED_ROLE:
            return choice.suggested
        state = choice.load.state if choice.load is not None else LoadState.NORMAL
        if role == STATE_ROLE:
            return state.value
        if role == Qt.ItemDataRole.ForegroundRole and state in STATE_COLOURS:
            return QBrush(STATE_COLOURS[state])
        if role == Qt.ItemDataRole.FontRole and choice.suggested:
            font = QFont()
            font.setBold(True)
            return font
        return None


class _FoldedUnits(QSortFilterProxyModel):
    """Keeps the units whose folded name and code hold every folded word typed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(index.data(FOLDED_ROLE) or "")
        return all(word in haystack for word in self._words)


class RoutePicker(QWidget):
    """Pick the unit to route a case to; same face as `UnitPicker` (``code``, ``changed``)."""

    changed = Signal()

    def __init__(
        self,
        units: Sequence[Department],
        *,
        suggested: Sequence[str] = (),
        load: Mapping[str, UnitLoad] | None = None,
        exclude: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choices = UnitChoices(route_choices(units, suggested, load, exclude=exclude), self)
        self._filter = _FoldedUnits(self)
        self._filter.setSourceModel(self.choices)
        self.combo = QComboBox(self)
        self.combo.setObjectName("route_units")
        self.combo.setEditable(True)
        self.edit = QLineEdit(self.combo)
        self.edit.setObjectName("route_search")
        self.edit.setClearButtonEnabled(True)
        self.combo.setLineEdit(self.edit)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setModel(self.choices)
        self.combo.setMaxVisibleItems(14)
        self.combo.setMinimumContentsLength(30)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # The list may be wider than the box: long unit names and their load stay whole.
        view = self.combo.view()
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 32, 900))
        self.completer = QCompleter(self._filter, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        self.completer.setMaxVisibleItems(10)
        self.combo.setCompleter(self.completer)
        self.completer.activated.connect(self._completed)
        #: The widget a label points at (like `UnitPicker.search`).
        self.search = self.edit
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self._take_first)
        self.combo.currentIndexChanged.connect(lambda _row: self.changed.emit())
        self.edit.textChanged.connect(lambda _text: self.changed.emit())
        self.combo.setCurrentIndex(-1)
        self.edit.clear()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Type a unit's name or code (accents optional)…"))
        self.combo.setAccessibleName(self.tr("Unit to route to"))
        self.choices.retranslate()

    # --- searching ----------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        self._filter.set_search(text)
        # After the completer's own reaction to the key: show the folded matches, the first
        # one current, so Enter takes it.
        QTimer.singleShot(0, self._show_matches)

    @property
    def popup(self) -> QAbstractItemView:
        """The completer's list of matches."""
        popup = self.completer.popup()
        assert popup is not None  # a completer always has one
        return popup

    def _show_matches(self) -> None:
        if not self.edit.text().strip() or self._filter.rowCount() == 0:
            self.popup.hide()
            return
        self.completer.complete()
        self.popup.setCurrentIndex(self.completer.completionModel().index(0, 0))

    def matches(self) -> list[str]:
        """The codes the search shows now, in order."""
        return [
            str(self._filter.index(row, 0).data(CODE_ROLE))
            for row in range(self._filter.rowCount())
        ]

    def _completed(self, text: str) -> None:
        """A match taken from the list (its edit text, "name (code)"): choose that unit."""
        for row in range(self.choices.rowCount()):
            if self.choices.unit_text(self.choices.choice(row)) == text:
                self.combo.setCurrentIndex(row)
                return

    def _take_first(self) -> None:
        if self.code() is None and self._filter.rowCount() and self.edit.text().strip():
            source = self._filter.mapToSource(self._filter.index(0, 0))
            self.combo.setCurrentIndex(source.row())
            self.popup.hide()

    # --- the choice ---------------------------------------------------------------------

    def code(self) -> str | None:
        """The chosen unit, while the box shows it (typing over it un-chooses)."""
        row = self.combo.currentIndex()
        if row < 0 or row >= self.choices.rowCount():
            return None
        choice = self.choices.choice(row)
        if self.edit.text() != self.choices.unit_text(choice):
            return None
        return choice.unit.code

    def set_code(self, code: str | None) -> None:
        if code is not None:
            for row in range(self.choices.rowCount()):
                if self.choices.choice(row).unit.code == code:
                    self._filter.set_search("")
                    self.combo.setCurrentIndex(row)
                    return
        self.combo.setCurrentIndex(-1)
        self.edit.clear()

    def visible_codes(self) -> list[str]:
        """All units in the picker's order (suggested first)."""
        return [self.choices.choice(row).unit.code for row in range(self.choices.rowCount())]


__all__ = ["RoutePicker", "UnitChoice", "UnitChoices", "route_choices"]
