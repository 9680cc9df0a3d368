"""The queue panel: quick filters, a search box that filters as you type, and the table.

The table never sizes columns to their contents (at 100,000 rows that costs a second
whatever the rows); widths are fixed, the title stretches.  Badges (overdue, due soon,
waiting to upload, needs attention) are painted by `BadgeDelegate` from the model's roles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskhandler.app.saved_views import SavedView
from deskhandler.domain.actions import decides_approvals
from deskhandler.domain.statuses import AT_IOC, PROVINCE_WIDE_ROLES, Status
from deskhandler.domain.statuses import Role as PersonRole
from deskhandler.store.queue import ME, DeadlineFilter, QueueFilter
from deskhandler.store.records import Identity
from deskhandler.ui.case_drag import CaseDragTable
from deskhandler.ui.plain import plain_label, set_plain, single_line
from deskhandler.ui.queue_model import Column, QueueModel, Role

Index = QModelIndex | QPersistentModelIndex

OVERDUE_COLOUR = QColor("#c62828")
DUE_SOON_COLOUR = QColor("#ef6c00")
PENDING_COLOUR = QColor("#1565c0")
CONFLICT_COLOUR = QColor("#ad1457")

SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect
    | QItemSelectionModel.SelectionFlag.Rows
    | QItemSelectionModel.SelectionFlag.Current
)

#: Column widths in pixels at 100% scaling (the title takes what is left).
COLUMN_WIDTHS = {
    Column.ID: 116,
    Column.CATEGORY: 96,
    Column.PRIORITY: 64,
    Column.STATUS: 100,
    Column.DEADLINE: 130,
    Column.ASSIGNEE: 76,
    Column.UPLOAD: 92,
}


#: Who sees the "Unhappy citizens" filter: those who decide how a complaint is followed up.
FOLLOW_UP_ROLES = frozenset({PersonRole.SUPERVISOR, PersonRole.COORDINATOR, PersonRole.ADMIN})


class QuickFilter(StrEnum):
    ALL = "all"
    MINE = "mine"
    MY_UNIT = "my_unit"
    NEW = "new"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    PENDING = "pending"
    CONFLICTS = "conflicts"
    #: The coordinator's intake: cases at the IOC (new or returned), waiting to be routed.
    INTAKE = "intake"
    #: Drafted replies waiting for a leader's decision (shown to those who decide).
    AWAITING_APPROVAL = "awaiting_approval"
    #: Cases the citizen rated "not satisfied": the leaders' follow-up (issue #5).
    UNHAPPY = "unhappy"


#: The filters of one role's work, each offered to the roles it names, on a row of their own.
ROLE_FILTERS: dict[QuickFilter, Callable[[PersonRole], bool]] = {
    QuickFilter.INTAKE: lambda role: role in PROVINCE_WIDE_ROLES,
    QuickFilter.AWAITING_APPROVAL: decides_approvals,
    QuickFilter.UNHAPPY: lambda role: role in FOLLOW_UP_ROLES,
}


@dataclass(frozen=True, slots=True)
class QueueQuery:
    """What the person chose: a quick filter and the search text."""

    quick: QuickFilter = QuickFilter.ALL
    search: str = ""
    #: One person's cases (a username or `UNASSIGNED`), chosen in the team view.
    assignee: str | None = None
    #: What a dashboard tile, bar or day of the trend counts, shown instead of the quick
    #: filter.
    counted: QueueFilter | None = None


def queue_filter(query: QueueQuery, identity: Identity | None) -> QueueFilter:
    """The store filter for a quick filter plus search text."""
    quick = query.quick
    flt = QueueFilter()
    if query.counted is not None:
        flt = query.counted
    elif quick is QuickFilter.MINE:
        flt = QueueFilter(assignee=ME)
    elif quick is QuickFilter.MY_UNIT:
        department = identity.department if identity else None
        flt = QueueFilter(department=department) if department else QueueFilter()
    elif quick is QuickFilter.NEW:
        flt = QueueFilter(statuses=frozenset({Status.NEW.value, Status.ASSIGNED.value}))
    elif quick is QuickFilter.OVERDUE:
        flt = QueueFilter(deadline=DeadlineFilter.OVERDUE)
    elif quick is QuickFilter.DUE_SOON:
        flt = QueueFilter(deadline=DeadlineFilter.DUE_SOON)
    elif quick is QuickFilter.PENDING:
        flt = QueueFilter(pending_only=True)
    elif quick is QuickFilter.CONFLICTS:
        flt = QueueFilter(conflicts=True)
    elif quick is QuickFilter.INTAKE:
        flt = QueueFilter(statuses=frozenset(s.value for s in AT_IOC))
    elif quick is QuickFilter.AWAITING_APPROVAL:
        flt = QueueFilter(statuses=frozenset({Status.AWAITING_APPROVAL.value}))
    elif quick is QuickFilter.UNHAPPY:
        flt = QueueFilter(unsatisfied=True)
    if query.assignee is not None:
        flt = replace(flt, assignee=query.assignee)
    text = query.search.strip()
    return replace(flt, search=text) if text else flt


class BadgeDelegate(QStyledItemDelegate):
    """Paints deadline badges and the upload marks; every other cell as the style does."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        column = index.column()
        badge: QColor | None = None
        if column == Column.DEADLINE:
            state = index.data(Role.DEADLINE_STATE)
            badge = {"overdue": OVERDUE_COLOUR, "due_soon": DUE_SOON_COLOUR}.get(state or "")
        elif column == Column.UPLOAD:
            if index.data(Role.CONFLICTS):
                badge = CONFLICT_COLOUR
            elif index.data(Role.PENDING):
                badge = PENDING_COLOUR
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if badge is None or not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = opt.fontMetrics
        shown = metrics.elidedText(str(text), Qt.TextElideMode.ElideRight, opt.rect.width() - 12)
        width = min(metrics.horizontalAdvance(shown) + 10, opt.rect.width() - 2)
        height = metrics.height() + 2
        rect = QRectF(opt.rect.left() + 2, opt.rect.center().y() - height / 2 + 1, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(badge)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 8))


class QueueView(QWidget):
    """Filters, search and the case table over one `QueueModel`."""

    #: The case the person is looking at ("" when none).
    current_case_changed = Signal(str)
    #: Enter or double-click on a case.
    case_activated = Signal(str)
    #: The person named the view on screen to keep it (a `SavedView`).
    view_save_requested = Signal(object)
    #: The person chose to delete the saved view of this name.
    view_delete_requested = Signal(str)
    #: The quick filter chosen (its value), e.g. for the "Unhappy citizens" line.
    quick_filter_changed = Signal(str)
    #: "Satisfaction trend…" beside the unhappy citizens: open the dashboard on it.
    satisfaction_trend_requested = Signal()

    SEARCH_DELAY_MS = 150

    def __init__(
        self, model: QueueModel, identity: Identity | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._identity = identity
        self._query = QueueQuery()
        self._current = ""

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_query)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        filter_row = QHBoxLayout()
        filter_row.setSpacing(2)
        self.role_row = QWidget(self)
        role_layout = QHBoxLayout(self.role_row)
        role_layout.setContentsMargins(0, 0, 0, 0)
        role_layout.setSpacing(2)
        self.filter_buttons: dict[QuickFilter, QToolButton] = {}
        for quick in QuickFilter:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setProperty("quick_filter", quick.value)
            self.filters.addButton(button)
            self.filter_buttons[quick] = button
            if quick in ROLE_FILTERS:
                role_layout.addWidget(button)
            else:
                filter_row.addWidget(button)
        filter_row.addStretch(1)
        role_layout.addStretch(1)
        # Beside "Unhappy citizens" while it is chosen: the unit's satisfaction, and the
        # way to its trend on the dashboard.
        self.satisfaction_note = plain_label(wrap=False)
        self.satisfaction_note.setObjectName("satisfaction_note")
        self.trend_button = QToolButton(self)
        self.trend_button.setObjectName("satisfaction_trend")
        self.trend_button.clicked.connect(self.satisfaction_trend_requested.emit)
        self._satisfaction: tuple[tuple[int, int], tuple[int, int]] | None = None
        for widget in (self.satisfaction_note, self.trend_button):
            widget.setVisible(False)
            role_layout.addWidget(widget)
        self._saved_views: list[SavedView] = []
        self.views_menu = QMenu(self)
        self.views_button = QToolButton(self)
        self.views_button.setAutoRaise(True)
        self.views_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.views_button.setMenu(self.views_menu)
        filter_row.addWidget(self.views_button)
        self._rebuild_views_menu()
        self.filter_buttons[QuickFilter.ALL].setChecked(True)
        if identity is None or not identity.department:
            self.filter_buttons[QuickFilter.MY_UNIT].setEnabled(False)
        self._show_role_filters(identity)
        self.filters.buttonToggled.connect(self._filter_toggled)

        self.count = plain_label("", self, wrap=False)
        self._shown = 0

        # Drags its selected cases (onto a person of the team view: `ui.case_drag`).
        self.table: QTableView = CaseDragTable(self)
        self.table.setModel(model)
        self.table.setItemDelegate(BadgeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows (Shift/Ctrl+click) for a leader's "Assign selected"; the current row
        # is still the case on screen.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for section, width in COLUMN_WIDTHS.items():
            header.resizeSection(section, width)
        self._fit_upload_column()
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        sort_column, sort_order = model.sort_state()
        header.setSortIndicator(sort_column, sort_order)
        self.table.setSortingEnabled(True)

        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._activated)
        model.modelReset.connect(self._restore_current)
        model.loaded.connect(self._show_count)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        # Shown while the queue holds one person's cases (the team view); click: everyone.
        self.assignee_chip = QToolButton(self)
        self.assignee_chip.setObjectName("assignee_chip")
        self.assignee_chip.clicked.connect(lambda: self.show_assignee(None))
        self.assignee_chip.hide()
        self._assignee_name = ""
        top.addWidget(self.assignee_chip)
        top.addWidget(self.count)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        layout.addWidget(self.role_row)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.search, self.table)
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the panel in the current language (again after a switch)."""
        self.search.setPlaceholderText(self.tr("Search title, description, address, notes…"))
        self.search.setAccessibleName(self.tr("Search cases"))
        names = {
            QuickFilter.ALL: self.tr("All"),
            QuickFilter.MINE: self.tr("Mine"),
            QuickFilter.MY_UNIT: self.tr("My unit"),
            QuickFilter.NEW: self.tr("New"),
            QuickFilter.OVERDUE: self.tr("Overdue"),
            QuickFilter.DUE_SOON: self.tr("Due soon"),
            QuickFilter.PENDING: self.tr("Waiting to upload"),
            QuickFilter.CONFLICTS: self.tr("Conflicts"),
            QuickFilter.INTAKE: self.tr("Intake"),
            QuickFilter.AWAITING_APPROVAL: self.tr("Awaiting approval"),
            QuickFilter.UNHAPPY: self.tr("Unhappy citizens"),
        }
        for quick, name in names.items():
            set_plain(self.filter_buttons[quick], name)
            self.filter_buttons[quick].setAccessibleName(name)
        set_plain(self.trend_button, self.tr("Satisfaction trend…"))
        self._show_satisfaction()
        set_plain(self.views_button, self.tr("Views"))
        self.views_button.setAccessibleName(self.tr("Saved views"))
        self._rebuild_views_menu()
        self.count.setAccessibleName(self.tr("Number of cases shown"))
        set_plain(self.assignee_chip, self.tr("{name} ✕").format(name=self._assignee_name))
        self.assignee_chip.setAccessibleName(self.tr("Show everyone's cases again"))
        self.table.setAccessibleName(self.tr("Case queue"))
        self._show_count(self._shown)
        self.model.retranslate()
        self._fit_upload_column()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fit_upload_column(self) -> None:
        """Wide enough for its badge text in the current language (never the rows' contents)."""
        metrics = self.table.fontMetrics()
        needed = max(metrics.horizontalAdvance(text) for text in self.model.upload_texts()) + 24
        header = self.table.horizontalHeader()
        header.resizeSection(Column.UPLOAD, max(COLUMN_WIDTHS[Column.UPLOAD], needed))

    # --- filtering --------------------------------------------------------------------

    @property
    def query(self) -> QueueQuery:
        return self._query

    def set_identity(self, identity: Identity | None) -> None:
        self._identity = identity
        self.filter_buttons[QuickFilter.MY_UNIT].setEnabled(
            identity is not None and bool(identity.department)
        )
        self._show_role_filters(identity)

    def _show_role_filters(self, identity: Identity | None) -> None:
        """Offer each role's own filters (`ROLE_FILTERS`) to that role only, on their own row
        (hidden when the person has none): one row of every filter overflows 1366 px in
        Vietnamese."""
        role = identity.role if identity is not None else None
        shown = 0
        for quick, offered in ROLE_FILTERS.items():
            button = self.filter_buttons[quick]
            visible = role is not None and offered(role)
            button.setVisible(visible)
            button.setEnabled(visible)
            shown += visible
            if not visible and button.isChecked():
                self.filter_buttons[QuickFilter.ALL].setChecked(True)
        self.role_row.setVisible(shown > 0)

    def set_quick_filter(self, quick: QuickFilter) -> None:
        self.filter_buttons[quick].setChecked(True)

    def _filter_toggled(self, button: QToolButton, checked: bool) -> None:
        if checked:
            quick = QuickFilter(button.property("quick_filter"))
            self._query = replace(self._query, quick=quick)
            self._apply_query()
            unhappy = quick is QuickFilter.UNHAPPY
            self.trend_button.setVisible(unhappy)
            self.satisfaction_note.setVisible(unhappy and self._satisfaction is not None)
            self.quick_filter_changed.emit(quick.value)

    def show_satisfaction(self, last_30: tuple[int, int], last_90: tuple[int, int]) -> None:
        """The unit's citizens' ratings (how many, how many satisfied) over the last 30 and
        90 days, shown beside "Unhappy citizens"."""
        self._satisfaction = (last_30, last_90)
        self._show_satisfaction()
        self.satisfaction_note.setVisible(self._query.quick is QuickFilter.UNHAPPY)

    def _show_satisfaction(self) -> None:
        if self._satisfaction is None:
            return
        if not any(rated for rated, _ in self._satisfaction):
            set_plain(self.satisfaction_note, self.tr("Unit satisfaction: no rating yet"))
            return
        rates = [
            f"{round(happy * 100 / rated)} %" if rated else "–"
            for rated, happy in self._satisfaction
        ]
        set_plain(
            self.satisfaction_note,
            self.tr("Unit satisfaction: {last_30} (30 days), {last_90} (90 days)").format(
                last_30=rates[0], last_90=rates[1]
            ),
        )

    def show_assignee(self, assignee: str | None, name: str = "") -> None:
        """Show the cases of ``assignee`` (a username or `UNASSIGNED`) under the current
        quick filter and search; None shows everyone's again (and drops what a dashboard
        asked for)."""
        self._query = replace(self._query, assignee=assignee, counted=None)
        self._assignee_name = name or (assignee or "")
        set_plain(self.assignee_chip, self.tr("{name} ✕").format(name=self._assignee_name))
        self.assignee_chip.setVisible(assignee is not None)
        self._apply_query()

    def show_counted(self, label: str, counted: QueueFilter) -> None:
        """Show exactly the cases a dashboard tile, bar or day counts (``counted``, under
        the quick filter "All", no search); the chip says ``label`` and brings the whole
        queue back."""
        self._query = QueueQuery(QuickFilter.ALL, "", counted=counted)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.blockSignals(True)
        self.filter_buttons[QuickFilter.ALL].setChecked(True)
        self.filters.blockSignals(False)
        self._assignee_name = label
        set_plain(self.assignee_chip, self.tr("{name} ✕").format(name=label))
        self.assignee_chip.setVisible(True)
        self._apply_query()

    def _apply_query(self) -> None:
        self._search_timer.stop()
        self._query = replace(self._query, search=self.search.text())
        self.model.set_filter(queue_filter(self._query, self._identity))

    # --- saved views ------------------------------------------------------------------

    def current_view(self, name: str) -> SavedView:
        """What is on screen now, as a view called ``name``."""
        column, order = self.model.sort_state()
        return SavedView(
            name,
            self._query.quick.value,
            self.search.text(),
            column,
            order == Qt.SortOrder.DescendingOrder,
        )

    @property
    def saved_views(self) -> list[SavedView]:
        return list(self._saved_views)

    def set_saved_views(self, views: list[SavedView]) -> None:
        self._saved_views = list(views)
        self._rebuild_views_menu()

    def _rebuild_views_menu(self) -> None:
        menu = self.views_menu
        menu.clear()
        for view in self._saved_views:
            action = menu.addAction(_menu_text(view.name))
            action.triggered.connect(lambda _=False, v=view: self.apply_view(v))
        if self._saved_views:
            menu.addSeparator()
        menu.addAction(self.tr("Save this view…")).triggered.connect(self.ask_view_name)
        delete = menu.addMenu(self.tr("Delete a view"))
        delete.setEnabled(bool(self._saved_views))
        for view in self._saved_views:
            action = delete.addAction(_menu_text(view.name))
            action.triggered.connect(
                lambda _=False, name=view.name: self.view_delete_requested.emit(name)
            )

    def ask_view_name(self) -> QInputDialog:
        """Ask for a name, then ask for the view on screen to be saved under it."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Save this view"))
        dialog.setLabelText(self.tr("Name of the view (filter, search and order as now):"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.textValueSelected.connect(
            lambda name: self.view_save_requested.emit(self.current_view(name))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def apply_view(self, view: SavedView) -> None:
        """Show the queue as ``view`` says; values this version does not know are skipped."""
        try:
            quick = QuickFilter(view.quick)
        except ValueError:
            quick = QuickFilter.ALL
        if not self.filter_buttons[quick].isEnabled():
            quick = QuickFilter.ALL
        self.search.blockSignals(True)
        self.search.setText(view.search)
        self.search.blockSignals(False)
        self._query = QueueQuery(quick, view.search)
        self.filters.blockSignals(True)
        self.filter_buttons[quick].setChecked(True)
        self.filters.blockSignals(False)
        if 0 <= view.sort_column < self.model.columnCount():
            order = Qt.SortOrder.DescendingOrder if view.descending else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(view.sort_column, order)
        self._apply_query()

    def _show_count(self, count: int) -> None:
        self._shown = count
        set_plain(self.count, self.tr("%n case(s)", "", count))

    # --- the current case -------------------------------------------------------------

    @property
    def current_case(self) -> str:
        return self._current

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = self.model.case_id(current.row()) if current.isValid() else None
        self._set_current(case_id or "")

    def _set_current(self, case_id: str) -> None:
        if case_id != self._current:
            self._current = case_id
            self.current_case_changed.emit(case_id)

    def _activated(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id:
            self.case_activated.emit(case_id)

    def _restore_current(self) -> None:
        row = self.model.row_of(self._current) if self._current else None
        if row is None:
            self._set_current("")
            return
        self.select_row(row)

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, Column.TITLE)
        self.table.selectionModel().setCurrentIndex(index, SELECT_ROW)
        self.table.scrollTo(index)

    def selected_cases(self) -> list[str]:
        """The ids of the selected rows, in queue order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [case_id for row in rows if (case_id := self.model.case_id(row))]

    def select_case(self, case_id: str) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def select_relative(self, step: int) -> None:
        """Next (+1) or previous (-1) case; the first one when none is selected."""
        current = self.table.currentIndex()
        row = current.row() + step if current.isValid() else 0
        self.select_row(max(0, min(row, self.model.rowCount() - 1)))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()


def _menu_text(name: str) -> str:
    """A view's name as a menu entry: one line, and "&" shown rather than taken as a mnemonic."""
    return single_line(name, 80).replace("&", "&&")


__all__ = ["BadgeDelegate", "QueueQuery", "QueueView", "QuickFilter", "queue_filter"]
