"""The signed-in working area: the panels of the main window wired to one desk session.

What happens where:

- the sync engine's events arrive through `SyncEvents`: connectivity and progress go to
  the status strip, change sets to the queue model and (when it names the case on screen)
  the case panel;
- an action taken in a dialog comes back from `CaseActions` as a change set, goes the same
  way, and wakes the sync loop so it uploads as soon as the network allows;
- after each finished sync the notifier looks for new assignments, and once a day after
  07:30 gives the morning reminder (`app.reminders`).

Store reads run on the store thread (`StoreWorker`); nothing here blocks the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from deskhandler.app.desk import Desk
from deskhandler.app.reminders import MorningReminders, ReminderLog
from deskhandler.app.saved_views import FileViewStore, SavedView, ViewError, with_view, without_view
from deskhandler.app.session import DeskSession, last_sync
from deskhandler.app.stats_check import comparable, differences
from deskhandler.domain.statuses import Role
from deskhandler.store.dashboard import Dashboard
from deskhandler.store.queue import UNASSIGNED, QueueFilter
from deskhandler.store.records import ChangeSet, Identity
from deskhandler.sync.engine import Connectivity, State
from deskhandler.ui.about import AboutDialog
from deskhandler.ui.bulk_flow import BulkFlow, UndoBar
from deskhandler.ui.case_actions import CaseActions
from deskhandler.ui.case_panel import CasePanel
from deskhandler.ui.dashboard import DashboardDialog, QueueRequest, ServerCheck, TrendMeasure
from deskhandler.ui.exporter import ViewExporter
from deskhandler.ui.labels import role_label
from deskhandler.ui.main_window import MainWindow
from deskhandler.ui.notifications import AssignmentNotifier
from deskhandler.ui.printing.case_file import PrintNames
from deskhandler.ui.printing.controller import Printing
from deskhandler.ui.queue_model import Column, QueueModel, StoreQueueSource
from deskhandler.ui.queue_view import QueueView, QuickFilter
from deskhandler.ui.sync_status import SyncEvents, SyncStatus
from deskhandler.ui.tasks import StoreWorker, Tasks
from deskhandler.ui.team import TeamDialog
from deskhandler.wire.models import Directory

#: Who opens the team view: unit leaders, and the IOC (every unit).
LEADS = frozenset({Role.SUPERVISOR, Role.COORDINATOR, Role.ADMIN})


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Workspace(QObject):
    """Builds the window's panels for one desk and keeps them up to date."""

    #: The session ended (a sync said so): the person has to sign in again.
    sign_in_needed = Signal()
    #: The person chose "Sign out" in the menu.
    sign_out_requested = Signal()
    #: The person opened the settings.
    settings_requested = Signal()

    def __init__(
        self,
        desk: Desk,
        session: DeskSession,
        events: SyncEvents,
        worker: StoreWorker,
        tasks: Tasks,
        *,
        now: Callable[[], datetime] = _utc_now,
        drafts: Any = None,
        views: FileViewStore | None = None,
    ) -> None:
        super().__init__()
        self.desk = desk
        self.session = session
        self.events = events
        self.worker = worker
        self.tasks = tasks
        self._now = now
        self._drafts = drafts
        self._views = views
        self.identity: Identity | None = desk.store.identity()
        self.directory: Directory | None = None
        self._load_directory()

        self.model = QueueModel(
            StoreQueueSource(desk.store, worker), tasks, now=now, category_name=self.category_name
        )
        self.queue = QueueView(self.model, self.identity)
        self.case = CasePanel(
            self.identity,
            category_name=self.category_name,
            unit_name=self.unit_name,
            photos=session.photo,
            spawn=tasks.spawn,
            now=now,
        )
        self.sync = SyncStatus()
        self.window = MainWindow(self.queue, self.case, self.sync)
        self.actions = CaseActions(desk, worker, tasks, self.dialog_context, self.window)
        # Bulk actions with a preview per case, and "Undo" in the status bar until upload.
        self.undo_bar = UndoBar(self.window)
        # Permanent: a status message must not hide it.
        self.window.statusBar().insertPermanentWidget(0, self.undo_bar)
        self.bulk = BulkFlow(
            desk, worker, tasks, self.dialog_context, self.window, undo_bar=self.undo_bar
        )
        self.exporter = ViewExporter(
            desk.store,
            self.model,
            self.visible_columns,
            worker=worker,
            tasks=tasks,
            parent_widget=self.window,
        )
        # "Print case file…" and "Print unit summary…" (PDF).
        self.printing = Printing(
            desk,
            session,
            worker=worker,
            tasks=tasks,
            window=self.window,
            names=PrintNames(self.category_name, self.unit_name, self.person_name),
            people=lambda: self.directory.users if self.directory else [],
            identity=lambda: self.identity,
            now=now,
        )
        self.notifier = AssignmentNotifier(
            desk.store,
            worker,
            fallback=lambda text: self.window.statusBar().showMessage(text, 10_000),
            parent=self.window,
        )
        self.notifier.reminder_clicked.connect(self._show_reminded)
        self._show_identity()

        self.queue.current_case_changed.connect(self.show_case)
        self.case.action_requested.connect(
            lambda kind: self.actions.start(self.queue.current_case, kind)
        )
        self.case.conflicts_requested.connect(self.actions.open_conflicts)
        self.case.duplicates_requested.connect(
            lambda: self.actions.start_duplicates(self.queue.current_case)
        )
        self.queue.view_save_requested.connect(lambda view: self.tasks.spawn(self.save_view(view)))
        self.queue.view_delete_requested.connect(
            lambda name: self.tasks.spawn(self.delete_view(name))
        )
        self.window.reply_action.triggered.connect(
            lambda: self.actions.start(self.queue.current_case, "reply")
        )
        self.window.note_action.triggered.connect(
            lambda: self.actions.start(self.queue.current_case, "note")
        )
        self.window.conflicts_action.triggered.connect(self.actions.open_conflicts)
        self.window.sync_action.triggered.connect(self.sync_now)
        self.window.about_action.triggered.connect(self.show_about)
        self.window.sign_out_action.triggered.connect(self.sign_out_requested)
        self.window.settings_action.triggered.connect(self.settings_requested)
        self.window.export_action.triggered.connect(self.exporter.choose_file)
        self.window.print_case_action.triggered.connect(
            lambda: self.printing.choose_case_file(self.queue.current_case)
        )
        self.window.print_summary_action.triggered.connect(self.printing.choose_summary)
        self.printing.changed.connect(self.apply_changes)
        self.printing.message.connect(
            lambda text: self.window.statusBar().showMessage(text, 10_000)
        )
        self.window.team_action.triggered.connect(lambda: self.tasks.spawn(self.show_team()))
        self.window.dashboard_action.triggered.connect(
            lambda: self.tasks.spawn(self.show_dashboard())
        )
        self.window.assign_selected_action.triggered.connect(
            lambda: self.bulk.start(self.queue.selected_cases(), assign=True)
        )
        self.window.bulk_action.triggered.connect(
            lambda: self.bulk.start(self.queue.selected_cases())
        )
        # Not `action_taken`: bulk work waits for the next periodic sync (or "Sync now"),
        # which leaves a window for "Undo" (docs/decisions.md).
        self.bulk.changed.connect(self.apply_changes)
        self.queue.quick_filter_changed.connect(self._quick_filter_changed)
        self.queue.satisfaction_trend_requested.connect(
            lambda: self.tasks.spawn(self.show_dashboard(measure=TrendMeasure.SATISFACTION))
        )
        self.bulk.message.connect(lambda text: self.window.statusBar().showMessage(text, 5000))
        # The team view while it is open (a window beside the queue, not modal).
        self.team: TeamDialog | None = None
        # The deadline dashboard while it is open (beside the queue too).
        self.dashboard: DashboardDialog | None = None
        self.exporter.message.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
        self.sync.sync_requested.connect(self.sync_now)
        self.actions.changed.connect(self.action_taken)
        self.actions.message.connect(lambda text: self.window.statusBar().showMessage(text, 5000))
        events.connectivity.connect(self.connectivity_changed)
        events.progress.connect(self.sync.show_progress)
        events.changed.connect(self.apply_changes)

    def visible_columns(self) -> list[Column]:
        """The queue's columns as on screen: in their visual order, hidden ones left out."""
        header = self.queue.table.horizontalHeader()
        logical = [header.logicalIndex(visual) for visual in range(header.count())]
        return [Column(index) for index in logical if not header.isSectionHidden(index)]

    # --- names from the directory ----------------------------------------------------

    def _load_directory(self) -> None:
        cached = self.desk.store.directory()
        self.directory = Directory.model_validate(cached[0]) if cached else None

    def category_name(self, code: str) -> str:
        for category in self.directory.categories if self.directory else []:
            if category.code == code:
                return category.name
        return code

    def unit_name(self, code: str | None) -> str:
        for unit in self.directory.departments if self.directory else []:
            if unit.code == code:
                return unit.name
        return code or ""

    def dialog_context(self) -> Any:
        from deskhandler.ui.dialogs import DialogContext  # noqa: PLC0415 - loads with the dialogs

        who = self.identity
        cached = self.desk.store.directory()
        extra: dict[str, Any] = {}
        if self._drafts is not None:
            extra["drafts"] = self._drafts
        return DialogContext.from_directory(
            cached[0] if cached else None,
            username=who.username if who else "",
            role=who.role if who else "clerk",
            department=who.department if who else None,
            now=self._now,
            **extra,
        )

    def morning_reminders(self) -> MorningReminders | None:
        """The signed-in person's morning reminder (its day kept in their profile)."""
        who = self.identity
        if who is None:
            return None
        data_dir = self.desk.config.profile.data_dir
        return MorningReminders(
            self.desk.store, ReminderLog.for_user(data_dir, who.username), now=self._now
        )

    async def reminders_on(self) -> bool:
        """Whether the signed-in person wants the morning reminder (the settings' switch)."""
        reminders = self.morning_reminders()
        return reminders is not None and await self.worker.run(reminders.log.enabled)

    async def set_reminders_on(self, on: bool) -> None:
        reminders = self.morning_reminders()
        if reminders is None:
            return
        try:
            await self.worker.run(reminders.log.set_enabled, on)
        except OSError as error:
            self.window.statusBar().showMessage(
                self.tr("The setting could not be saved: {error}").format(error=error), 8000
            )

    def _show_reminded(self, counts: Any) -> None:
        """A click on the reminder: the cases due soon (today's first), else the overdue."""
        quick = QuickFilter.DUE_SOON if counts.due_today else QuickFilter.OVERDUE
        self.queue.set_quick_filter(quick)
        self.window.showNormal()
        self.window.activateWindow()

    def _show_identity(self) -> None:
        who = self.identity
        leads = who is not None and who.role in LEADS
        self.window.team_action.setEnabled(leads)
        self.window.dashboard_action.setEnabled(leads)
        self.window.assign_selected_action.setEnabled(leads)
        if who is None:
            self.window.show_identity("")
            return
        unit = self.unit_name(who.department) if who.department else ""
        parts = [who.username, role_label(who.role)] + ([unit] if unit else [])
        self.window.show_identity(" · ".join(parts))

    # --- life cycle ---------------------------------------------------------------------

    async def start(self) -> None:
        """Load the queue and what the status strip shows; learn the waiting cases."""
        await self.model.reload()
        await self.refresh_counts()
        await self.load_views()
        self.sync.show_last_sync(last_sync(self.desk))
        await self.notifier.check()
        await self.notifier.remind(self.morning_reminders())
        if self.model.rowCount():
            self.queue.select_row(0)

    async def refresh_counts(self) -> None:
        store = self.desk.store
        pending = await self.worker.run(store.outbox_count)
        conflicts = await self.worker.run(store.count, QueueFilter(conflicts=True))
        self.sync.show_waiting(pending, conflicts)

    def sync_now(self) -> None:
        if self.session.engine is None:
            self.sign_in_needed.emit()
            return
        self.session.start()
        self.session.trigger()

    def show_about(self) -> None:
        about = AboutDialog(self.window)
        about.finished.connect(about.deleteLater)
        about.open()

    # --- saved views ------------------------------------------------------------------

    async def load_views(self) -> None:
        if self._views is not None:
            self.queue.set_saved_views(await self.worker.run(self._views.load))

    async def save_view(self, view: SavedView) -> None:
        """Keep ``view`` (replacing one of the same name); a refused name is said, not kept."""
        if self._views is None:
            return
        try:
            views = with_view(self.queue.saved_views, view)
        except ViewError as refused:
            self.window.statusBar().showMessage(self._view_problem(refused), 8000)
            return
        await self._store_views(views)
        self.window.statusBar().showMessage(self.tr("View saved."), 4000)

    async def delete_view(self, name: str) -> None:
        if self._views is not None:
            await self._store_views(without_view(self.queue.saved_views, name))

    async def _store_views(self, views: list[SavedView]) -> None:
        assert self._views is not None
        try:
            await self.worker.run(self._views.save, views)
        except OSError as error:
            self.window.statusBar().showMessage(
                self.tr("The views could not be saved: {error}").format(error=error), 8000
            )
            return
        self.queue.set_saved_views(views)

    def _view_problem(self, refused: ViewError) -> str:
        if refused.code == "empty_name":
            return self.tr("Give the view a name.")
        if refused.code == "long_name":
            return self.tr("The name is too long.")
        return self.tr("Too many saved views: delete one first.")

    # --- changes ------------------------------------------------------------------------

    def action_taken(self, changes: ChangeSet) -> None:
        self.apply_changes(changes)
        self.session.trigger()

    def apply_changes(self, changes: ChangeSet) -> None:
        self.model.apply_changes(changes)
        current = self.queue.current_case
        if current and (changes.reset or current in changes.case_ids):
            self.tasks.spawn(self._load_case(current, fetch=False))
        if changes.outbox or changes.conflicts or changes.case_ids:
            self.tasks.spawn(self.refresh_counts())
        if changes.case_ids and self.queue.query.quick is QuickFilter.UNHAPPY:
            self.tasks.spawn(self._show_satisfaction())

    def connectivity_changed(self, event: Connectivity) -> None:
        self.sync.show_connectivity(event)
        if event.state is State.ONLINE:
            self.sync.finished_now()
            self._load_directory()
            self.tasks.spawn(self.notifier.check())
            self.tasks.spawn(self.bulk.sync_finished())
            self.tasks.spawn(self.notifier.remind(self.morning_reminders()))
            self.tasks.spawn(self.refresh_counts())
        elif event.state is State.ERROR and event.code == "auth_required":
            self.sign_in_needed.emit()

    def identity_changed(self) -> None:
        self.identity = self.desk.store.identity()
        self._load_directory()
        self.queue.set_identity(self.identity)
        self.case.set_identity(self.identity)
        self._show_identity()

    async def show_team(self) -> None:
        """Open the team view: each person's open, overdue and due-soon cases (offline)."""
        who = self.identity
        if who is None or who.role not in LEADS:
            return
        department = who.department if who.role is Role.SUPERVISOR else None
        workload = await self.worker.run(self.desk.store.workload, self._now(), department)
        if self.team is not None:
            self.team.close()
        people = self.directory.users if self.directory else []
        team = TeamDialog(people, workload, department, self.window)
        team.show_requested.connect(self._show_assignee)
        team.assign_requested.connect(self._assign_dropped)
        team.finished.connect(team.deleteLater)
        team.finished.connect(lambda _code: setattr(self, "team", None))
        self.team = team
        team.show()

    def _assign_dropped(self, case_ids: list[str], assignee: str) -> None:
        """Cases dragged from the queue onto a person: the bulk flow, opened on assign."""
        self.bulk.start(case_ids, assign_to="" if assignee == UNASSIGNED else assignee)

    def _quick_filter_changed(self, quick: str) -> None:
        if quick == QuickFilter.UNHAPPY.value:
            self.tasks.spawn(self._show_satisfaction())

    async def _show_satisfaction(self) -> None:
        """The unit's citizens' satisfaction beside the "Unhappy citizens" filter."""
        who = self.identity
        if who is None or who.role not in LEADS:
            return
        department = who.department if who.role is Role.SUPERVISOR else None
        store, now = self.desk.store, self._now()
        last_30 = await self.worker.run(store.satisfaction, now, department, 30)
        last_90 = await self.worker.run(store.satisfaction, now, department, 90)
        self.queue.show_satisfaction(last_30, last_90)

    async def show_dashboard(
        self, days: int | None = None, *, measure: TrendMeasure | None = None
    ) -> None:
        """Open the deadline dashboard of the unit (every unit for the IOC), counted on
        the local store; when it is open already, refresh it (over ``days`` days); with
        ``measure``, its trend shows that."""
        who = self.identity
        if who is None or who.role not in LEADS:
            return
        department = who.department if who.role is Role.SUPERVISOR else None
        if days is None:
            days = self.dashboard.board.days if self.dashboard is not None else 30
        board = await self.worker.run(self.desk.store.dashboard, self._now(), department, days)
        if self.dashboard is not None:
            if measure is not None:
                self.dashboard.set_trend_measure(measure)
            self.dashboard.show_dashboard(board)
            self.dashboard.raise_()
            await self._check_dashboard(self.dashboard, board)
            return
        dialog = DashboardDialog(
            board,
            person_name=self.person_name,
            category_name=self.category_name,
            unit_name=self.unit_name(department) if department else "",
            parent=self.window,
        )
        dialog.filter_requested.connect(self._show_counted)
        dialog.period_requested.connect(lambda d: self.tasks.spawn(self.show_dashboard(d)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _code: setattr(self, "dashboard", None))
        if measure is not None:
            dialog.set_trend_measure(measure)
        self.dashboard = dialog
        dialog.show()
        await self._check_dashboard(dialog, board)

    async def _check_dashboard(self, dialog: DashboardDialog, board: Dashboard) -> None:
        """Ask the central API for its own count of ``board``'s figures and say on the
        dashboard whether they agree (the numbers shown stay the desk's, offline too)."""
        dialog.show_check(ServerCheck(asking=True))
        stats = await self.session.server_stats(board.department, board.days, board.now)
        pending = await self.worker.run(self.desk.store.outbox_count)
        if self.dashboard is not dialog or dialog.board is not board:
            return  # closed or refreshed meanwhile
        if stats is None or not comparable(board, stats):
            dialog.show_check(ServerCheck())
            return
        dialog.show_check(ServerCheck(True, differences(board, stats), pending))

    def person_name(self, username: str) -> str:
        for user in self.directory.users if self.directory else []:
            if user.username == username:
                return user.name
        return username

    def _show_counted(self, request: QueueRequest) -> None:
        self.queue.show_counted(request.label, request.counted)
        self.window.activateWindow()

    def _show_assignee(self, assignee: str, name: str) -> None:
        self.queue.show_assignee(assignee, name)
        self.window.activateWindow()

    # --- the case on screen ---------------------------------------------------------

    def show_case(self, case_id: str) -> None:
        if not case_id:
            self.case.show_case(None)
            return
        self.tasks.spawn(self._load_case(case_id, fetch=True))

    async def _load_case(self, case_id: str, *, fetch: bool) -> None:
        view = await self.worker.run(self.desk.store.case, case_id)
        if case_id != self.queue.current_case:
            return
        self.case.show_case(view)
        stale = view is not None and (
            view.timeline is None or (view.timeline_version or 0) < view.snapshot.version
        )
        if fetch and stale:
            changes = await self.session.fetch_detail(case_id)
            if changes:
                self.apply_changes(changes)


__all__ = ["Workspace"]
