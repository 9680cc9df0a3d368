"""The supervisor's deadline dashboard: tiles, bar charts by person and by category, and
a trend per day, drawn with QtCharts from a `Dashboard` the store
computed offline (`deskhandler.store.dashboard`).

A tile, a bar segment or a day of the trend asks for the queue filtered to what it
counts (`filter_requested`); the period toggle asks for the dashboard again over 30 or 90
days (`period_requested`).  The trend shows one of four measures per day (`TrendMeasure`):
cases received and resolved, the median handling time, the share resolved on time, the
citizens' satisfaction.

The charts keep their series and axes and only get new numbers on a refresh: rebuilding
them (QtCharts lays every item of a chart out again) took most of a refresh's time.
The dialog never reads the store itself: the workspace loads the numbers on the store
thread and hands them in with `show_dashboard`.

QtCharts draws axis labels and legend entries as rich text, so names that come from the
server (people, categories) are escaped before they reach a chart (`chart_text`).
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum

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
from PySide6.QtCore import QDateTime, QEvent, QMargins, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
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

from deskhandler.app.stats_check import Difference
from deskhandler.domain.deadlines import LOCAL_TZ
from deskhandler.store.dashboard import TREND_DAYS, Dashboard, DayTrend, DeadlineCounts, day_span
from deskhandler.store.queue import UNASSIGNED, DeadlineFilter, QueueFilter
from deskhandler.ui.plain import plain_label, set_plain, set_plain_title, single_line

OVERDUE_COLOUR = QColor("#c62828")
TODAY_COLOUR = QColor("#ef6c00")
WEEK_COLOUR = QColor("#f9a825")
RECEIVED_COLOUR = QColor("#1565c0")
RESOLVED_COLOUR = QColor("#2e7d32")

#: Bars shown per chart; the rest are summed up in the tiles (the most overdue come first).
MAX_BARS = 12


def count_axis() -> QValueAxis:
    """An axis of whole numbers from 0 (`set_top` gives it its range)."""
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    set_top(axis, 0)
    return axis


def set_top(axis: QValueAxis, top: float) -> None:
    """From 0 to a round number at or above ``top``, in at most about five steps."""
    step = max(1, math.ceil(top / 5))
    axis.setRange(0, max(step * math.ceil(top / step), 4 if step == 1 else step))
    axis.setTickInterval(step)


def chart_text(text: object, limit: int = 40) -> str:
    """Text for a chart label: one short line, escaped (QtCharts renders labels as HTML)."""
    return html.escape(single_line(text, limit), quote=False)


@dataclass(frozen=True, slots=True)
class QueueRequest:
    """What a tile, bar or day counts, as the queue should show it (``label`` on its
    chip)."""

    label: str
    counted: QueueFilter


class TrendMeasure(StrEnum):
    """What the trend chart draws per day."""

    #: Cases received and cases resolved (two lines).
    FLOW = "flow"
    #: The median handling time of the cases resolved that day, in days.
    HANDLING_TIME = "handling_time"
    #: The share of the day's resolved cases with a deadline that met it, in percent.
    ON_TIME = "on_time"
    #: The share of the day's citizens' ratings that were not "unsatisfied", in percent.
    SATISFACTION = "satisfaction"


#: Per measure, what a click on the first and on the second line opens: the cases
#: reported, resolved or rated that day (a `QueueFilter` span field).
_CLICK_OPENS = {
    TrendMeasure.FLOW: ("reported_in", "resolved_in"),
    TrendMeasure.HANDLING_TIME: ("resolved_in",),
    TrendMeasure.ON_TIME: ("resolved_in",),
    TrendMeasure.SATISFACTION: ("rated_in",),
}


def measure_points(measure: TrendMeasure, day: DayTrend) -> tuple[float | None, ...]:
    """The values of ``day`` on each line of ``measure``; None where there is nothing to
    measure (no case resolved, no deadline, no rating that day)."""
    if measure is TrendMeasure.FLOW:
        return (float(day.received), float(day.handling.resolved))
    if measure is TrendMeasure.HANDLING_TIME:
        median = day.handling.median
        return (None if median is None else median.total_seconds() / 86400,)
    share = day.handling.on_time_rate if measure is TrendMeasure.ON_TIME else day.satisfaction
    return (None if share is None else share * 100,)


def _noon_ms(day: date) -> float:
    """Where ``day`` sits on the date axis (its local noon, in ms since the epoch)."""
    return datetime.combine(day, time(12), LOCAL_TZ).astimezone(UTC).timestamp() * 1000


@dataclass(frozen=True, slots=True)
class ServerCheck:
    """How the numbers on screen compare with the central API's own count: not checked
    (``checked`` False: offline, or not asked yet), the same (no ``differences``), or
    not, with how many of the desk's changes wait for upload (a likely reason)."""

    checked: bool = False
    differences: tuple[Difference, ...] = ()
    pending: int = 0
    asking: bool = False


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
    """One horizontal stacked bar chart: overdue / due today / later this week per key.

    The series, its three bar sets and both axes are made once; `fill` gives them new
    numbers and names."""

    def __init__(self, on_click: Callable[[str | None, DeadlineFilter], None]) -> None:
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.keys: list[str | None] = []
        self._on_click = on_click
        self.series = QHorizontalStackedBarSeries()
        self.series.setBarWidth(0.7)
        self.sets: dict[DeadlineFilter, QBarSet] = {}
        for deadline, colour in (
            (DeadlineFilter.OVERDUE, OVERDUE_COLOUR),
            (DeadlineFilter.DUE_TODAY, TODAY_COLOUR),
            (DeadlineFilter.DUE_THIS_WEEK, WEEK_COLOUR),
        ):
            bars = QBarSet("")
            bars.setColor(colour)
            bars.setBorderColor(colour)
            bars.clicked.connect(lambda index, d=deadline: self._clicked(index, d))
            self.series.append(bars)
            self.sets[deadline] = bars
        self.chart.addSeries(self.series)
        self.names = QBarCategoryAxis()
        self.counts = count_axis()
        self.chart.addAxis(self.names, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(self.counts, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.names)
        self.series.attachAxis(self.counts)

    def fill(
        self,
        rows: Sequence[tuple[str | None, DeadlineCounts]],
        name: Callable[[str | None], str],
        captions: dict[DeadlineFilter, str],
    ) -> None:
        # The most overdue at the top: a horizontal chart draws its first category lowest.
        shown = [row for row in rows if row[1].due_this_week or row[1].overdue][:MAX_BARS]
        shown.reverse()
        self.keys = [key for key, _ in shown]
        values = {
            DeadlineFilter.OVERDUE: [c.overdue for _, c in shown],
            DeadlineFilter.DUE_TODAY: [c.due_today for _, c in shown],
            DeadlineFilter.DUE_THIS_WEEK: [c.later_this_week for _, c in shown],
        }
        for deadline, bars in self.sets.items():
            label = chart_text(captions[deadline])
            if bars.label() != label:
                bars.setLabel(label)
            bars.remove(0, bars.count())
            bars.append([float(v) for v in values[deadline]])
        self.names.setCategories([chart_text(name(key), 28) for key in self.keys] or [""])
        set_top(self.counts, max((c.overdue + c.due_this_week for _, c in shown), default=0))

    def _clicked(self, index: int, deadline: DeadlineFilter) -> None:
        if 0 <= index < len(self.keys):
            self._on_click(self.keys[index], deadline)


class _TrendChart(QObject):
    """The trend: one or two lines over the days of the period, on a date axis.

    A click anywhere in the plot opens the cases behind the nearest day's point of the
    nearest line (`clicked(day, line)`): a thin line is a small target for a mouse."""

    clicked = Signal(object, int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.view = QChartView(self.chart, parent)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(200)
        self.view.setCursor(Qt.CursorShape.PointingHandCursor)
        self.view.viewport().installEventFilter(self)
        self.dates = QDateTimeAxis()
        self.dates.setFormat("dd/MM")
        self.values = count_axis()
        self.chart.addAxis(self.dates, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.values, Qt.AlignmentFlag.AlignLeft)
        self.lines: list[QLineSeries] = []
        for colour in (RECEIVED_COLOUR, RESOLVED_COLOUR):
            line = QLineSeries()
            line.setColor(colour)
            line.setPointsVisible(True)
            line.setMarkerSize(6)
            self.chart.addSeries(line)
            line.attachAxis(self.dates)
            line.attachAxis(self.values)
            self.lines.append(line)
        self.days: list[date] = []
        #: Per line, the value of each day (None: nothing to measure that day).
        self.points: list[list[float | None]] = []

    def show_lines(
        self, days: Sequence[date], names: Sequence[str], points: Sequence[Sequence[float | None]]
    ) -> None:
        """One line per name; ``points[line][day]``."""
        self.days = list(days)
        self.points = [list(values) for values in points]
        top = 0.0
        for index, line in enumerate(self.lines):
            shown = index < len(names)
            values = self.points[index] if shown else [None] * len(self.days)
            line.replace(
                [
                    QPointF(_noon_ms(day), value)
                    for day, value in zip(self.days, values, strict=True)
                    if value is not None
                ]
            )
            top = max([top, *(v for v in values if v is not None)])
            if shown and line.name() != (name := chart_text(names[index])):
                line.setName(name)
            line.setVisible(shown)
            for marker in self.chart.legend().markers(line):
                marker.setVisible(shown)
        if self.days:
            first, last = self.days[0], self.days[-1]
            self.dates.setRange(
                QDateTime.fromMSecsSinceEpoch(int(_noon_ms(first) - 43_200_000)),
                QDateTime.fromMSecsSinceEpoch(int(_noon_ms(last) + 43_200_000)),
            )
            self.dates.setTickCount(7 if len(self.days) <= 30 else 10)
        set_top(self.values, top)

    def point_at(self, day: date, line: int) -> QPointF:
        """Where the point of ``day`` on ``line`` is drawn, in the view's coordinates."""
        value = self.points[line][self.days.index(day)] or 0.0
        inside = self.chart.mapToPosition(QPointF(_noon_ms(day), value), self.lines[line])
        return self.view.mapFromScene(self.chart.mapToScene(inside)).toPointF()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            self._click(event.position())
        return False

    def _click(self, where: QPointF) -> None:
        scene = self.view.mapToScene(where.toPoint())
        inside = self.chart.mapFromScene(scene)
        if not self.days or not self.chart.plotArea().contains(inside):
            return
        value = self.chart.mapToValue(inside, self.lines[0])
        first = _noon_ms(self.days[0])
        index = min(max(round((value.x() - first) / 86_400_000), 0), len(self.days) - 1)
        nearest: tuple[float, int] | None = None
        for line, values in enumerate(self.points):
            if values[index] is None or not self.lines[line].isVisible():
                continue
            distance = abs(values[index] - value.y())  # type: ignore[operator]
            if nearest is None or distance < nearest[0]:
                nearest = (distance, line)
        if nearest is not None:
            self.clicked.emit(self.days[index], nearest[1])


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
        self.server_check = plain_label(wrap=True)
        self.server_check.setObjectName("server_check")
        figures.addWidget(self.server_check)
        self._check: ServerCheck = ServerCheck()
        self.hint = plain_label(wrap=True)
        self.hint.setEnabled(False)
        figures.addWidget(self.hint)

        self.by_person = _ClickableBars(self._person_clicked)
        self.by_category = _ClickableBars(self._category_clicked)
        self.person_box = self._boxed(self.by_person.view)
        self.category_box = self._boxed(self.by_category.view)

        self.trend = _TrendChart(self)
        self.trend.clicked.connect(self._day_clicked)
        self.trend_view = self.trend.view
        self.measure = QComboBox(self)
        self.measure.setObjectName("trend_measure")
        for measure in TrendMeasure:
            self.measure.addItem("", measure.value)
        self.measure.currentIndexChanged.connect(lambda _index: self._show_trend(self.board))
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
        period_row.addWidget(self.measure)
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
        set_plain(self.trend_box, self.tr("Per day"))
        set_plain(
            self.hint,
            self.tr("Click a number, a bar or a day of the chart to list those cases."),
        )
        for days, button in self.period_buttons.items():
            set_plain(button, self.tr("%n day(s)", "", days))
        for index, text in enumerate(
            (
                self.tr("Received and resolved"),
                self.tr("Median handling time (days)"),
                self.tr("Resolved on time (%)"),
                self.tr("Citizen satisfaction (%)"),
            )
        ):
            self.measure.setItemText(index, text)
        self.measure.setToolTip(
            self.tr("What the chart shows per day; click a day to list its cases")
        )
        self.refresh_button.setText(self.tr("&Refresh"))
        self._close.setText(self.tr("Close"))
        self.show_dashboard(self.board)
        self.show_check(self._check)

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

    def show_check(self, check: ServerCheck) -> None:
        """Say how the numbers on screen compare with the central API's."""
        self._check = check
        if check.asking:
            text = self.tr("Checking these figures against the central API…")
        elif not check.checked:
            text = self.tr("Not checked against the central API (offline).")
        elif not check.differences:
            text = self.tr("The central API counts the same figures.")
        else:
            names = self._figure_names()
            shown = "; ".join(
                self.tr("{figure}: {desk} here, {server} there").format(
                    figure=names.get(d.figure, d.figure), desk=d.desk, server=d.server
                )
                for d in check.differences
            )
            text = self.tr("The central API counts differently: {figures}.").format(figures=shown)
            if check.pending:
                text += " " + self.tr("%n change(s) made here wait for upload.", "", check.pending)
            else:
                text += " " + self.tr("A sync brings this desk up to date.")
        set_plain(self.server_check, text)

    def _figure_names(self) -> dict[str, str]:
        return {
            "open": self.tr("open"),
            "overdue": self.tr("overdue"),
            "due_today": self.tr("due today"),
            "due_this_week": self.tr("due this week"),
            "received": self.tr("received"),
            "resolved": self.tr("resolved"),
            "on_time": self.tr("resolved on time"),
            "rated": self.tr("ratings"),
            "satisfied": self.tr("satisfied ratings"),
        }

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

    def set_trend_measure(self, measure: TrendMeasure) -> None:
        self.measure.setCurrentIndex(max(self.measure.findData(measure.value), 0))

    @property
    def trend_measure(self) -> TrendMeasure:
        return TrendMeasure(self.measure.currentData() or TrendMeasure.FLOW.value)

    def _show_trend(self, board: Dashboard) -> None:
        measure = self.trend_measure
        names = {
            TrendMeasure.FLOW: (self.tr("Received"), self.tr("Resolved")),
            TrendMeasure.HANDLING_TIME: (self.tr("Median handling time (days)"),),
            TrendMeasure.ON_TIME: (self.tr("Resolved on time (%)"),),
            TrendMeasure.SATISFACTION: (self.tr("Citizen satisfaction (%)"),),
        }[measure]
        lines = list(zip(*(measure_points(measure, day) for day in board.trend), strict=True))
        self.trend.show_lines([day.day for day in board.trend], names, lines)

    # --- clicks -----------------------------------------------------------------------

    def _tile_clicked(self, deadline: DeadlineFilter) -> None:
        caption = {
            DeadlineFilter.OVERDUE: self.tr("Overdue"),
            DeadlineFilter.DUE_TODAY: self.tr("Due today"),
            DeadlineFilter.DUE_THIS_WEEK: self.tr("Due this week"),
        }[deadline]
        self._request(caption, deadline=deadline)

    def _person_clicked(self, key: str | None, deadline: DeadlineFilter) -> None:
        label = self.tr("{who}: {what}").format(
            who=self._who(key), what=self._deadline_caption(deadline)
        )
        self._request(label, deadline=deadline, assignee=key if key is not None else UNASSIGNED)

    def _category_clicked(self, key: str | None, deadline: DeadlineFilter) -> None:
        label = self.tr("{category}: {what}").format(
            category=self._category(key), what=self._deadline_caption(deadline)
        )
        self._request(label, deadline=deadline, category=key)

    def _day_clicked(self, day: date, line: int) -> None:
        opens = _CLICK_OPENS[self.trend_measure][line]
        when = day.strftime("%d/%m/%Y")
        label = {
            "reported_in": self.tr("Received on {day}"),
            "resolved_in": self.tr("Resolved on {day}"),
            "rated_in": self.tr("Rated by the citizen on {day}"),
        }[opens].format(day=when)
        self._request(label, **{opens: day_span(day, self.board.now)})

    def _request(self, label: str, **counted: object) -> None:
        flt = QueueFilter(department=self.board.department, **counted)  # type: ignore[arg-type]
        self.filter_requested.emit(QueueRequest(label, flt))

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


__all__ = [
    "DashboardDialog",
    "QueueRequest",
    "ServerCheck",
    "TrendMeasure",
    "chart_text",
    "measure_points",
]
