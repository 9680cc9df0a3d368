"""The case panel: everything about one case, as plain text, and the actions on it.

Every text here may come from a citizen or another unit, so it goes through
`deskhandler.ui.plain`.  The location opens in the system's map only after the person
confirms (a link never opens by itself), and only as a map address built from the two
numbers, never from text.  Timeline entries that are still in the outbox say so.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QPixmap,
    QShortcut,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from deskhandler.domain.actions import ActionKind, may_take
from deskhandler.domain.statuses import Role, Status
from deskhandler.store.records import CaseView, Identity, TimelineItem
from deskhandler.ui.labels import (
    kind_label,
    moment_text,
    priority_label,
    satisfaction_label,
    status_label,
)
from deskhandler.ui.plain import (
    display_text,
    plain_label,
    set_plain,
    set_plain_title,
    single_line,
)
from deskhandler.ui.queue_model import deadline_state_of
from deskhandler.ui.ratings import rating_text
from deskhandler.wire.models import AttachmentRef

#: Actions offered as buttons, in the order a clerk meets them.
#: The case's fields, in the order shown.
FIELDS = (
    "deadline",
    "category",
    "unit",
    "assignee",
    "reported",
    "reporter",
    "rating",
    "address",
    "coordinates",
)

ACTION_ORDER = (
    ActionKind.ACCEPT,
    ActionKind.TRIAGE,
    ActionKind.NOTE,
    ActionKind.REPLY,
    ActionKind.ASSIGN,
    ActionKind.APPROVE,
    ActionKind.SEND_BACK,
    ActionKind.REASSIGN,
    ActionKind.RETURN,
    ActionKind.CLOSE,
    ActionKind.REOPEN,
)

#: Action buttons per row: three rows of two fit the panel at 1366x768 in Vietnamese,
#: whose labels run longer than the English ones.
ACTION_COLUMNS = 2

#: An action uploaded this long after it was taken shows when it was taken as well.
OFFLINE_GAP = timedelta(minutes=5)

#: Item data role of timeline items: True while the entry waits for upload.
PENDING_ROLE = Qt.ItemDataRole.UserRole + 1

PhotoLoader = Callable[[AttachmentRef], Awaitable[bytes | None]]


def map_url(lat: float, long: float) -> QUrl:
    """A map of the point, built from numbers only (nothing from citizen text)."""
    return QUrl(
        f"https://www.openstreetmap.org/?mlat={lat:.6f}&mlon={long:.6f}#map=18/{lat:.6f}/{long:.6f}"
    )


def timeline_text(item: TimelineItem, waiting: str) -> str:
    """One timeline entry as lines of plain text."""
    head = f"{moment_text(item.at)} · {single_line(item.actor, 64)} · {kind_label(item.kind)}"
    if item.pending:
        head = f"{head} · {waiting}"
    elif item.created_at is not None and item.at - item.created_at > OFFLINE_GAP:
        # Taken on a desk that was offline: when the person did it, not only when it arrived.
        done = QCoreApplication.translate("CasePanel", "done %1, uploaded later")
        head = f"{head} · {done.replace('%1', moment_text(item.created_at))}"
    lines = [head]
    if item.kind == "satisfaction":
        lines.append(satisfaction_label(str(item.payload.get("rating") or "")))
    for key in (
        "text",
        "reason",
        "resolution",
        "to",
        "assignee",
        "priority",
        "category",
        "comment",
    ):
        value = item.payload.get(key)
        if isinstance(value, str) and value:
            lines.append(value)
    if item.files:
        lines.append("📎 " + ", ".join(single_line(name, 80) for name in item.files))
    return "\n".join(lines)


class PhotoViewer(QDialog):
    """Photos of a case: zoom, next and previous.  Images are decoded, never fetched by Qt."""

    def __init__(
        self,
        photos: list[AttachmentRef],
        load: PhotoLoader,
        spawn: Callable[[Coroutine[Any, Any, None]], object],
        start: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Photos"))
        self._photos = photos
        self._load = load
        self._spawn = spawn
        self._index = start
        self._zoom = 1.0
        self._pixmap = QPixmap()
        self.image = QLabel(self)
        self.image.setAccessibleName(self.tr("Photo"))
        self.scroller = QScrollArea(self)
        self.scroller.setWidget(self.image)
        self.scroller.setWidgetResizable(False)
        self.caption = plain_label("", self, wrap=False)
        buttons = QHBoxLayout()
        self.previous = QPushButton(self.tr("Previous"), self)
        self.next = QPushButton(self.tr("Next"), self)
        self.zoom_in = QPushButton(self.tr("Zoom in"), self)
        self.zoom_out = QPushButton(self.tr("Zoom out"), self)
        for button, slot in (
            (self.previous, lambda: self.go(-1)),
            (self.next, lambda: self.go(1)),
            (self.zoom_in, lambda: self.zoom(1.25)),
            (self.zoom_out, lambda: self.zoom(0.8)),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.problem = plain_label("", self)
        self.problem.setVisible(False)
        for keys, slot in (
            ((Qt.Key.Key_Right, Qt.Key.Key_PageDown), lambda: self.go(1)),
            ((Qt.Key.Key_Left, Qt.Key.Key_PageUp), lambda: self.go(-1)),
            ((Qt.Key.Key_Plus, Qt.Key.Key_Equal), lambda: self.zoom(1.25)),
            ((Qt.Key.Key_Minus,), lambda: self.zoom(0.8)),
            ((Qt.Key.Key_0,), self.actual_size),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self).activated.connect(slot)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)
        self.resize(800, 600)
        self.go(0)

    def go(self, step: int) -> None:
        if not self._photos:
            return
        self._index = (self._index + step) % len(self._photos)
        ref = self._photos[self._index]
        set_plain(
            self.caption, f"{self._index + 1}/{len(self._photos)} · {single_line(ref.name, 200)}"
        )
        self._pixmap = QPixmap()
        self._say("")
        self._show()
        self._spawn(self._fetch(ref, self._index))

    async def _fetch(self, ref: AttachmentRef, index: int) -> None:
        data = await self._load(ref)
        if index != self._index:
            return
        if data is None:
            self._say(self.tr("This photo could not be loaded (offline, or not on the server)."))
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            self._say(self.tr("This file is not a picture that can be shown."))
            return
        self._pixmap = pixmap
        self._show()

    def _say(self, problem: str) -> None:
        set_plain(self.problem, problem)
        self.problem.setVisible(bool(problem))

    @property
    def index(self) -> int:
        return self._index

    def actual_size(self) -> None:
        self._zoom = 1.0
        self._show()

    def zoom(self, factor: float) -> None:
        self._zoom = max(0.1, min(8.0, self._zoom * factor))
        self._show()

    @property
    def zoom_factor(self) -> float:
        return self._zoom

    def _show(self) -> None:
        if self._pixmap.isNull():
            self.image.setPixmap(QPixmap())
            self.image.resize(1, 1)
            return
        scaled = self._pixmap.transformed(QTransform().scale(self._zoom, self._zoom))
        self.image.setPixmap(scaled)
        self.image.resize(scaled.size())


class CasePanel(QScrollArea):
    """Shows one `CaseView`; asks for actions through `action_requested`."""

    action_requested = Signal(str)
    conflicts_requested = Signal()
    duplicates_requested = Signal()

    def __init__(
        self,
        identity: Identity | None,
        *,
        category_name: Callable[[str], str] | None = None,
        unit_name: Callable[[str | None], str] | None = None,
        photos: PhotoLoader | None = None,
        spawn: Callable[[Coroutine[Any, Any, None]], object] | None = None,
        now: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.identity = identity
        self._category_name = category_name or (lambda code: code)
        self._unit_name = unit_name or (lambda code: code or "")
        self._photos = photos
        self._spawn = spawn
        self._now = now or (lambda: datetime.now(UTC))
        self.view: CaseView | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The body always takes the panel's width: long text wraps instead of scrolling.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        self.setWidget(body)
        layout = QVBoxLayout(body)

        self.empty = plain_label("", body)
        layout.addWidget(self.empty)

        self.title = plain_label("", body, selectable=True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.summary = plain_label("", body, selectable=True)
        layout.addWidget(self.summary)

        self.conflict_banner = QPushButton(body)
        self.conflict_banner.clicked.connect(self.conflicts_requested)
        layout.addWidget(self.conflict_banner)

        self.actions_box = QWidget(body)
        self._grid = grid = QGridLayout(self.actions_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.action_buttons: dict[ActionKind, QPushButton] = {}
        for n, kind in enumerate(ACTION_ORDER):
            button = QPushButton(self.actions_box)
            button.clicked.connect(lambda _checked=False, k=kind: self.action_requested.emit(k))
            self.action_buttons[kind] = button
            grid.addWidget(button, n // ACTION_COLUMNS, n % ACTION_COLUMNS)
        layout.addWidget(self.actions_box)

        form = QFormLayout()
        self._form = form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        self.field_names: dict[str, QLabel] = {}
        for key in FIELDS:
            label = plain_label("", body, selectable=True)
            self.fields[key] = label
            self.field_names[key] = plain_label("", body, wrap=False)
            form.addRow(self.field_names[key], label)
        layout.addLayout(form)

        location = QHBoxLayout()
        self.copy_location = QPushButton(body)
        self.copy_location.clicked.connect(self.copy_location_text)
        self.open_map = QPushButton(body)
        self.open_map.clicked.connect(self.confirm_open_map)
        self.find_duplicates = QPushButton(body)
        self.find_duplicates.setObjectName("find_duplicates")
        self.find_duplicates.clicked.connect(self.duplicates_requested)
        location.addWidget(self.copy_location)
        location.addWidget(self.open_map)
        location.addWidget(self.find_duplicates)
        location.addStretch(1)
        layout.addLayout(location)

        self.description_heading = plain_label("", body)
        layout.addWidget(self.description_heading)
        self.description = QPlainTextEdit(body)
        self.description.setReadOnly(True)
        self.description.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.description.setMinimumHeight(90)
        self.description.setMaximumHeight(180)
        self.description.setTabChangesFocus(True)
        layout.addWidget(self.description)

        self.photos_heading = plain_label("", body)
        layout.addWidget(self.photos_heading)
        self.photo_list = QListWidget(body)
        self.photo_list.setMaximumHeight(70)
        self.photo_list.setFlow(QListWidget.Flow.LeftToRight)
        self.photo_list.itemActivated.connect(self._open_photo)
        layout.addWidget(self.photo_list)

        self.timeline_heading = plain_label("", body)
        layout.addWidget(self.timeline_heading)
        self.timeline = QListWidget(body)
        self.timeline.setWordWrap(True)
        self.timeline.setSpacing(3)
        self.timeline.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setMinimumHeight(140)
        self.timeline.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.timeline, 1)
        self._pending_map: QMessageBox | None = None
        self.retranslate()
        self.show_case(None)

    # --- filling ------------------------------------------------------------------

    def set_identity(self, identity: Identity | None) -> None:
        self.identity = identity
        self.show_case(self.view)

    def retranslate(self) -> None:
        """Every fixed word of the panel in the current language; the case is shown again."""
        self.setAccessibleName(self.tr("Case details"))
        set_plain(self.empty, self.tr("Select a case in the queue."))
        self.title.setAccessibleName(self.tr("Case title"))
        self.summary.setAccessibleName(self.tr("Code, status and priority"))
        self.conflict_banner.setAccessibleName(self.tr("Actions that need attention"))
        names = {
            ActionKind.ACCEPT: self.tr("Accept"),
            ActionKind.TRIAGE: self.tr("Triage…"),
            ActionKind.NOTE: self.tr("Note… (Ctrl+N)"),
            ActionKind.REPLY: self.tr("Reply… (Ctrl+R)"),
            ActionKind.ASSIGN: self.tr("Assign…"),
            ActionKind.APPROVE: self.tr("Approve"),
            ActionKind.SEND_BACK: self.tr("Send back…"),
            ActionKind.REASSIGN: self.tr("Reassign…"),
            ActionKind.RETURN: self.tr("Return to IOC…"),
            ActionKind.CLOSE: self.tr("Close…"),
            ActionKind.REOPEN: self.tr("Reopen…"),
        }
        for kind, button in self.action_buttons.items():
            button.setText(names[kind])
            button.setAccessibleName(kind_label(kind.value))
        field_names = {
            "deadline": self.tr("Deadline"),
            "category": self.tr("Category"),
            "unit": self.tr("Unit"),
            "assignee": self.tr("Assignee"),
            "reported": self.tr("Reported"),
            "reporter": self.tr("Reporter"),
            "rating": self.tr("Citizen's rating"),
            "address": self.tr("Address"),
            "coordinates": self.tr("Coordinates"),
        }
        for key, name in field_names.items():
            set_plain(self.field_names[key], name)
            self.fields[key].setAccessibleName(name)
        self.copy_location.setText(self.tr("Copy location"))
        self.open_map.setText(self.tr("Open map…"))
        self.find_duplicates.setText(self.tr("Possible duplicates…"))
        set_plain(self.description_heading, self.tr("Description"))
        self.description.setAccessibleName(self.tr("Description"))
        set_plain(self.photos_heading, self.tr("Photos"))
        self.photo_list.setAccessibleName(self.tr("Photos"))
        set_plain(self.timeline_heading, self.tr("Timeline"))
        self.timeline.setAccessibleName(self.tr("Timeline"))
        if self.view is not None:
            self.show_case(self.view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_case(self, view: CaseView | None) -> None:
        self.view = view
        details = view is not None
        self.empty.setVisible(not details)
        for widget in (self.title, self.summary, self.actions_box, self.description):
            widget.setVisible(details)
        self.copy_location.setEnabled(details)
        if view is None:
            for label in self.fields.values():
                set_plain(label, "")
            set_plain(self.title, "")
            set_plain(self.summary, "")
            set_plain(self.description, "")
            self.photo_list.clear()
            self.photo_list.hide()
            self.photos_heading.hide()
            self.timeline.clear()
            self.conflict_banner.hide()
            self.open_map.setEnabled(False)
            self.find_duplicates.setEnabled(False)
            return
        case = view.case
        set_plain(self.title, case.title)
        set_plain(
            self.summary,
            f"{case.id} · {status_label(case.status)} · {priority_label(case.priority)}",
        )
        set_plain(self.description, case.description)
        self._fill_fields(view)
        self._fill_actions(view)
        self._fill_photos(view)
        self._fill_timeline(view)
        if view.conflicts:
            set_plain(
                self.conflict_banner,
                self.tr(
                    "%n action(s) on this case need attention: open the list…",
                    "",
                    len(view.conflicts),
                ),
            )
            self.conflict_banner.show()
        else:
            self.conflict_banner.hide()

    def _fill_fields(self, view: CaseView) -> None:
        case = view.case
        due = moment_text(case.due_at)
        state = deadline_state_of(case.due_at, case.status, self._now())
        if state == "overdue":
            due = self.tr("%1 — overdue").replace("%1", due)
        elif state == "due_soon":
            due = self.tr("%1 — due soon").replace("%1", due)
        set_plain(self.fields["deadline"], due or self.tr("No deadline"))
        set_plain(self.fields["category"], self._category_name(case.category))
        set_plain(self.fields["unit"], self._unit_name(case.department))
        set_plain(self.fields["assignee"], case.assignee or self.tr("Nobody yet"))
        set_plain(self.fields["reported"], moment_text(case.reported_at))
        reporter = case.reporter
        if reporter is None or not any((reporter.name, reporter.phone, reporter.email)):
            set_plain(self.fields["reporter"], self.tr("Not shared with the unit"))
        else:
            parts = [p for p in (reporter.name, reporter.phone, reporter.email) if p]
            set_plain(self.fields["reporter"], " · ".join(parts))
        rated = rating_text(case)
        set_plain(self.fields["rating"], rated or "", limit=4_000)
        self._form.setRowVisible(self.fields["rating"], rated is not None)
        set_plain(self.fields["address"], case.address or "")
        if case.lat is not None and case.long is not None:
            set_plain(self.fields["coordinates"], f"{case.lat:.6f}, {case.long:.6f}")
            self.open_map.setEnabled(True)
            self.find_duplicates.setEnabled(True)
        else:
            set_plain(self.fields["coordinates"], self.tr("Unknown"))
            self.open_map.setEnabled(False)
            self.find_duplicates.setEnabled(False)

    def _fill_actions(self, view: CaseView) -> None:
        role = self.identity.role if self.identity else Role.CLERK
        status = Status(view.case.status)
        shown = 0
        for kind, button in self.action_buttons.items():
            allowed = may_take(role, kind, status)
            self._grid.removeWidget(button)
            button.setVisible(allowed)
            button.setEnabled(allowed)
            if allowed:
                self._grid.addWidget(button, shown // ACTION_COLUMNS, shown % ACTION_COLUMNS)
                shown += 1

    def _fill_photos(self, view: CaseView) -> None:
        self.photo_list.clear()
        for ref in view.case.attachments:
            item = QListWidgetItem(single_line(ref.name, 80))
            item.setData(Qt.ItemDataRole.UserRole, ref.id)
            self.photo_list.addItem(item)
        self.photo_list.setVisible(bool(view.case.attachments))
        self.photos_heading.setVisible(bool(view.case.attachments))

    def _fill_timeline(self, view: CaseView) -> None:
        self.timeline.clear()
        waiting = self.tr("waiting to upload")
        items = list(view.timeline or [])
        if view.timeline is None:
            # Never fetched in full: still show what this desk has queued.
            items = [
                TimelineItem(
                    e.action_id,
                    e.kind,
                    "",
                    e.created_at,
                    e.payload,
                    pending=True,
                    files=tuple(file.name for file in e.files),
                )
                for e in view.pending
            ]
        for entry in sorted(items, key=lambda e: e.at, reverse=True):
            item = QListWidgetItem(display_text(timeline_text(entry, waiting), 2_000))
            item.setData(Qt.ItemDataRole.UserRole, entry.action_id)
            item.setData(PENDING_ROLE, entry.pending)
            if entry.pending:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.timeline.addItem(item)

    # --- location -------------------------------------------------------------------

    def location_text(self) -> str:
        if self.view is None:
            return ""
        case = self.view.case
        parts = [case.address or ""]
        if case.lat is not None and case.long is not None:
            parts.append(f"{case.lat:.6f}, {case.long:.6f}")
        return "\n".join(p for p in parts if p)

    def copy_location_text(self) -> None:
        QGuiApplication.clipboard().setText(self.location_text())

    def confirm_open_map(self) -> None:
        """Ask first; open the map only on Yes (``open()``: no nested event loop)."""
        case = self.view.case if self.view else None
        if case is None or case.lat is None or case.long is None:
            return
        url = map_url(case.lat, case.long)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        set_plain_title(box, self.tr("Open map"))
        set_plain(
            box,
            self.tr("Open this location in the web browser?\n%1").replace("%1", url.toString()),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def done(answer: int) -> None:
            self._pending_map = None
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(url)

        box.finished.connect(done)
        self._pending_map = box
        box.open()

    # --- photos -----------------------------------------------------------------------

    def _open_photo(self, item: QListWidgetItem) -> None:
        if self.view is None or self._photos is None or self._spawn is None:
            return
        refs = list(self.view.case.attachments)
        start = next(
            (n for n, r in enumerate(refs) if r.id == item.data(Qt.ItemDataRole.UserRole)), 0
        )
        viewer = PhotoViewer(refs, self._photos, self._spawn, start, self)
        viewer.open()


__all__ = ["ACTION_ORDER", "CasePanel", "PhotoViewer", "map_url", "timeline_text"]
