"""The supervisor's deadline dashboard: tiles, bar charts by person and by category, and
the received-versus-resolved trend, drawn with QtCharts from a `Dashboard` the store
computed offline (`deskhandler.store.dashboard`).

A tile or a bar segment asks for the queue filtered to what it counts
(`filter_requested`); the period toggle asks for the dashboard again over 30 or 90 days
(`period_requested`).  The dialog never reads the store itself: the workspace loads the
numbers on the store thread and hands them in with `show_dashboard`.

QtCharts draws axis labels and legend entries as rich text, so names that come from the
server (people, categories) are escaped before they reach a chart (`chart_text`).
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskhandler.domain.deadlines import LOCAL_TZ
from deskhandler.store.dashboard import TREND_DAYS, Dashboard, DeadlineCounts
from deskhandler.store.queue import UNASSIGNED, DeadlineFilter
from deskhandler.ui.plain import plain_label, set_plain, set_plain_title, single_line

OVERDUE_COLOUR = QColor("#c62828")
TODAY_COLOUR = QColor("#ef6c00")
WEEK_COLOUR = QColor("#f9a825")
RECEIVED_COLOUR = QColor("#1565c0")
RESOLVED_COLOUR = QColor("#2e7d32")

#: Bars shown per chart; the rest are summed up in the tiles (the most overdue come first).
MAX_BARS = 12


def count_axis(top: int) -> QValueAxis:
    """An axis of whole numbers from 0 with at most about five steps."""
    step = max(1, math.ceil(top / 5))
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, max(step * math.ceil(top / step), 4 if step == 1 else step))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    return axis


def chart_text(text: object, limit: int = 40) -> str:
    """Text for a chart label: one short line, escaped (QtCharts renders labels as HTML)."""
    return html.escape(single_line(text, limit), quote=False)


@dataclass(frozen=True, slots=True)
class QueueRequest:
    """What a tile or bar counts, as the queue should show it."""

    label: str
    deadline: DeadlineFilter
    department: str | None
    assignee: str | None = None
    category: str | None = None


class _Tile(QPushButton):
    """A big number over its caption (two plain labels on the button); a click opens
    those cases."""

    def __init__(self, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(64)
        self.setAutoDefault(False)
        self.setStyleSheet(
            f"QPushButton {{ border-left: 6px solid {colour.name()}; text-align: left; }}"
        )
        self.number = plain_label(wrap=False)
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = plain_label(wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 4, 8, 4)
        layout.setSpacing(0)
        for label in (self.number, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def show_count(self, value: int, caption: str) -> None:
        set_plain(self.number, str(value))
        set_plain(self.caption, caption)
        self.setAccessibleName(f"{caption}: {value}")


class _ClickableBars:
    """One horizontal stacked bar chart: overdue / due today / later this week per key."""

    def __init__(self, on_click: Callable[[str | None, DeadlineFilter], None]) -> None:
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.keys: list[str | None] = []
        self.sets: dict[DeadlineFilter, QBarSet] = {}
        self.series = QHorizontalStackedBarSeries()
        self._on_click = on_click

    def fill(
        self,
        rows: Sequence[tuple[str | None, DeadlineCounts]],
        name: Callable[[str | None], str],
        captions: dict[DeadlineFilter, str],
    ) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        # The most overdue at the top: a horizontal chart draws its first category lowest.
        shown = [row for row in rows if row[1].due_this_week or row[1].overdue][:MAX_BARS]
        shown.reverse()
        self.keys = [key for key, _ in shown]
        self.series = QHorizontalStackedBarSeries()
        self.sets = {}
        segments: tuple[tuple[DeadlineFilter, QColor, list[int]], ...] = (
            (DeadlineFilter.OVERDUE, OVERDUE_COLOUR, [c.overdue for _, c in shown]),
            (DeadlineFilter.DUE_TODAY, TODAY_COLOUR, [c.due_today for _, c in shown]),
            (DeadlineFilter.DUE_THIS_WEEK, WEEK_COLOUR, [c.later_this_week for _, c in shown]),
        )
        for deadline, colour, values in segments:
            bars = QBarSet(chart_text(captions[deadline]))
            bars.setColor(colour)
            bars.setBorderColor(colour)
            bars.append([float(v) for v in values])
            bars.clicked.connect(lambda index, d=deadline: self._clicked(index, d))
            self.series.append(bars)
            self.sets[deadline] = bars
        self.series.setBarWidth(0.7)
        self.chart.addSeries(self.series)
        names = QBarCategoryAxis()
        names.append([chart_text(name(key), 28) for key in self.keys] or [""])
        self.chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(names)
        counts = count_axis(max((c.overdue + c.due_this_week for _, c in shown), default=0))
        self.chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(counts)

    def _clicked(self, index: int, deadline: DeadlineFilter) -> None:
        if 0 <= index < len(self.keys):
            self._on_click(self.keys[index], deadline)


class DashboardDialog(QDialog):
    """The dashboard of one unit (or every unit for the IOC); not modal, like the team
    view, so a leader can click through to the queue and come back."""

    #: A tile or bar was clicked: show those cases (a `QueueRequest`).
    filter_requested = Signal(object)
    #: The trend period chosen (30 or 90 days) or Refresh: load the dashboard again.
    period_requested = Signal(int)

    def __init__(
        self,
        board: Dashboard,
        *,
        person_name: Callable[[str], str],
        category_name: Callable[[str], str],
        unit_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_dialog")
        self.board = board
        self._person_name = person_name
        self._category_name = category_name
        self._unit_name = unit_name

        self._heading = plain_label(wrap=True)
        self.tiles = {
            DeadlineFilter.OVERDUE: _Tile(OVERDUE_COLOUR, self),
            DeadlineFilter.DUE_TODAY: _Tile(TODAY_COLOUR, self),
            DeadlineFilter.DUE_THIS_WEEK: _Tile(WEEK_COLOUR, self),
        }
        for deadline, tile in self.tiles.items():
            tile.setObjectName(f"tile_{deadline.value}")
            tile.clicked.connect(lambda _=False, d=deadline: self._tile_clicked(d))
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)

        self.median = plain_label(wrap=True)
        self.on_time = plain_label(wrap=True)
        self.flow = plain_label(wrap=True)
        self.satisfaction = plain_label(wrap=True)
        self.figures = QGroupBox(self)
        figures = QVBoxLayout(self.figures)
        for label in (self.flow, self.median, self.on_time, self.satisfaction):
            figures.addWidget(label)
        figures.addStretch(1)

        self.by_person = _ClickableBars(self._person_clicked)
        self.by_category = _ClickableBars(self._category_clicked)
        self.person_box = self._boxed(self.by_person.view)
        self.category_box = self._boxed(self.by_category.view)

        self.trend_chart = QChart()
        self.trend_chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.trend_chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.trend_chart.setMargins(QMargins(4, 4, 4, 4))
        self.trend_view = QChartView(self.trend_chart)
        self.trend_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.trend_view.setMinimumHeight(200)
        self.received_series = QLineSeries()
        self.resolved_series = QLineSeries()
        self.period_buttons: dict[int, QToolButton] = {}
        self._periods = QButtonGroup(self)
        self._periods.setExclusive(True)
        period_row = QHBoxLayout()
        for days in TREND_DAYS:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setObjectName(f"period_{days}")
            button.clicked.connect(lambda _=False, d=days: self._period_clicked(d))
            self._periods.addButton(button)
            self.period_buttons[days] = button
            period_row.addWidget(button)
        period_row.addStretch(1)
        self.trend_box = QGroupBox(self)
        trend_layout = QVBoxLayout(self.trend_box)
        trend_layout.setContentsMargins(4, 4, 4, 4)
        trend_layout.addLayout(period_row)
        trend_layout.addWidget(self.trend_view, 1)

        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refresh_dashboard")
        self.refresh_button.clicked.connect(lambda: self.period_requested.emit(self.board.days))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._close = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addLayout(tiles)
        left.addWidget(self.figures, 1)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addWidget(self.trend_box, 0, 1)
        grid.addWidget(self.person_box, 1, 0)
        grid.addWidget(self.category_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(1240, 700)
        self.retranslate()

    def _boxed(self, view: QChartView) -> QGroupBox:
        box = QGroupBox(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addWidget(view)
        return box

    # --- words and numbers ------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        set_plain_title(self, self.tr("Deadline dashboard"))
        set_plain(self.figures, self.tr("Handling"))
        set_plain(self.person_box, self.tr("Open cases by person"))
        set_plain(self.category_box, self.tr("Open cases by category"))
        set_plain(self.trend_box, self.tr("Received and resolved per day"))
        for days, button in self.period_buttons.items():
            set_plain(button, self.tr("%n day(s)", "", days))
        self.refresh_button.setText(self.tr("&Refresh"))
        self._close.setText(self.tr("Close"))
        self.show_dashboard(self.board)

    def _captions(self) -> dict[DeadlineFilter, str]:
        return {
            DeadlineFilter.OVERDUE: self.tr("Overdue"),
            DeadlineFilter.DUE_TODAY: self.tr("Due today"),
            DeadlineFilter.DUE_THIS_WEEK: self.tr("Later this week"),
        }

    def _who(self, key: str | None) -> str:
        return self._person_name(key) if key is not None else self.tr("Nobody")

    def _category(self, key: str | None) -> str:
        return self._category_name(key or "")

    def show_dashboard(self, board: Dashboard) -> None:
        """Show ``board`` (after a refresh or a change of period)."""
        self.board = board
        local = board.now.astimezone(LOCAL_TZ)
        when = local.strftime("%d/%m/%Y %H:%M")
        if self._unit_name:
            heading = self.tr("{unit}: open cases and deadlines as of {when}.").format(
                unit=self._unit_name, when=when
            )
        else:
            heading = self.tr("Every unit: open cases and deadlines as of {when}.").format(
                when=when
            )
        set_plain(self._heading, heading)
        totals = board.totals
        for deadline, caption, value in (
            (DeadlineFilter.OVERDUE, self.tr("Overdue"), totals.overdue),
            (DeadlineFilter.DUE_TODAY, self.tr("Due today"), totals.due_today),
            (DeadlineFilter.DUE_THIS_WEEK, self.tr("Due this week"), totals.due_this_week),
        ):
            self.tiles[deadline].show_count(value, caption)
        self._show_figures(board)
        captions = self._captions()
        self.by_person.fill(board.by_assignee, self._who, captions)
        self.by_category.fill(board.by_category, self._category, captions)
        self._show_trend(board)
        button = self.period_buttons.get(board.days)
        if button is not None:
            button.setChecked(True)

    def _show_figures(self, board: Dashboard) -> None:
        handling = board.handling
        set_plain(
            self.flow,
            self.tr(
                "Last %n day(s): {received} received, {resolved} resolved.", "", board.days
            ).format(received=board.received, resolved=handling.resolved),
        )
        if handling.median is None:
            set_plain(self.median, self.tr("Median handling time: no case resolved yet."))
        else:
            days = handling.median.total_seconds() / 86400
            set_plain(
                self.median,
                self.tr("Median handling time: {days} days.").format(days=f"{days:.1f}"),
            )
        rate = handling.on_time_rate
        if rate is None:
            set_plain(self.on_time, self.tr("Resolved on time: no deadline to meet yet."))
        else:
            set_plain(
                self.on_time,
                self.tr("Resolved on time: {rate} % ({met} of {due}).").format(
                    rate=round(rate * 100), met=handling.on_time, due=handling.with_deadline
                ),
            )
        if board.satisfaction is None:
            set_plain(self.satisfaction, self.tr("Citizen satisfaction: not counted yet."))
        else:
            set_plain(
                self.satisfaction,
                self.tr("Citizen satisfaction: {rate} %.").format(
                    rate=round(board.satisfaction * 100)
                ),
            )

    def _show_trend(self, board: Dashboard) -> None:
        chart = self.trend_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.received_series = QLineSeries()
        self.received_series.setName(chart_text(self.tr("Received")))
        self.received_series.setColor(RECEIVED_COLOUR)
        self.resolved_series = QLineSeries()
        self.resolved_series.setName(chart_text(self.tr("Resolved")))
        self.resolved_series.setColor(RESOLVED_COLOUR)
        top = 0
        for day in board.trend:
            moment = datetime.combine(day.day, time(12), LOCAL_TZ).astimezone(UTC)
            x = moment.timestamp() * 1000
            self.received_series.append(x, day.received)
            self.resolved_series.append(x, day.handling.resolved)
            top = max(top, day.received, day.handling.resolved)
        chart.addSeries(self.received_series)
        chart.addSeries(self.resolved_series)
        dates = QDateTimeAxis()
        dates.setFormat("dd/MM")
        dates.setTickCount(7 if board.days <= 30 else 10)
        counts = count_axis(top)
        chart.addAxis(dates, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        for series in (self.received_series, self.resolved_series):
            series.attachAxis(dates)
            series.attachAxis(counts)

    # --- clicks -----------------------------------------------------------------------

    def _tile_clicked(self, deadline: DeadlineFilter) -> None:
        caption = {
            DeadlineFilter.OVERDUE: self.tr("Overdue"),
            DeadlineFilter.DUE_TODAY: self.tr("Due today"),
            DeadlineFilter.DUE_THIS_WEEK: self.tr("Due this week"),
        }[deadline]
        self.filter_requested.emit(QueueRequest(caption, deadline, self.board.department))

    def _person_clicked(self, key: str | None, deadline: DeadlineFilter) -> None:
        label = self.tr("{who}: {what}").format(
            who=self._who(key), what=self._deadline_caption(deadline)
        )
        assignee = key if key is not None else UNASSIGNED
        self.filter_requested.emit(
            QueueRequest(label, deadline, self.board.department, assignee=assignee)
        )

    def _category_clicked(self, key: str | None, deadline: DeadlineFilter) -> None:
        label = self.tr("{category}: {what}").format(
            category=self._category(key), what=self._deadline_caption(deadline)
        )
        self.filter_requested.emit(
            QueueRequest(label, deadline, self.board.department, category=key)
        )

    def _deadline_caption(self, deadline: DeadlineFilter) -> str:
        # "Later this week" opens the whole week (today's cases are a part of it).
        if deadline is DeadlineFilter.DUE_THIS_WEEK:
            return self.tr("due this week")
        if deadline is DeadlineFilter.DUE_TODAY:
            return self.tr("due today")
        return self.tr("overdue")

    def _period_clicked(self, days: int) -> None:
        if days != self.board.days:
            self.period_requested.emit(days)

    # --- for tests --------------------------------------------------------------------

    def bar_keys(self, chart: str) -> list[str | None]:
        """The keys of the bars of ``chart`` ("person" or "category"), bottom to top."""
        return list((self.by_person if chart == "person" else self.by_category).keys)

    def bars(self, chart: str) -> _ClickableBars:
        return self.by_person if chart == "person" else self.by_category


__all__ = ["DashboardDialog", "QueueRequest", "chart_text"]
