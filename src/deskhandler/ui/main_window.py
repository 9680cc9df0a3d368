"""The main window: lays out the panels, holds the menus and keyboard shortcuts.

Thin on purpose (STYLE.md point 4): the panels are their own modules and
`deskhandler.ui.workspace` wires them to the desk; this class only places them, names the
actions and their keys, and sets the tab order.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from deskhandler.ui.case_panel import CasePanel
from deskhandler.ui.plain import plain_label, set_plain, set_plain_title
from deskhandler.ui.queue_view import QueueView
from deskhandler.ui.sync_status import SyncStatus


class MainWindow(QMainWindow):
    """Queue on the left, the case on the right, sync state in the status bar."""

    closing = Signal()

    def __init__(
        self,
        queue: QueueView,
        case: CasePanel,
        sync: SyncStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.queue = queue
        self.case = case
        self.sync = sync
        self.setObjectName("main_window")

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(queue)
        self.splitter.addWidget(case)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([870, 496])
        self.setCentralWidget(self.splitter)
        self.who = plain_label("", self, wrap=False)
        self.statusBar().addWidget(self.who)
        self.statusBar().addPermanentWidget(sync, 0)

        def action(keys: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
            made = QAction(self)
            if keys is not None:
                made.setShortcut(QKeySequence(keys))
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(made)
            return made

        self.sync_action = action(QKeySequence.StandardKey.Refresh)
        if self.sync_action.shortcut() != QKeySequence("F5"):
            self.sync_action.setShortcuts([self.sync_action.shortcut(), QKeySequence("F5")])
        self.next_action = action("Alt+Down")
        self.previous_action = action("Alt+Up")
        self.search_action = action(QKeySequence.StandardKey.Find)
        self.reply_action = action("Ctrl+R")
        self.note_action = action("Ctrl+N")
        self.conflicts_action = action("Ctrl+Shift+C")
        self.assign_selected_action = action("Ctrl+Shift+A")
        self.bulk_action = action("Ctrl+Shift+B")
        self.settings_action = action("Ctrl+,")
        self.export_action = action("Ctrl+E")
        self.team_action = action("Ctrl+T")
        self.dashboard_action = action("Ctrl+D")
        self.print_case_action = action("Ctrl+P")
        self.print_summary_action = action()
        self.sign_out_action = action()
        self.quit_action = action(QKeySequence.StandardKey.Quit)
        self.about_action = action("F1")

        menus = self.menuBar()
        self.desk_menu = desk_menu = menus.addMenu("")
        for item in (
            self.sync_action,
            self.team_action,
            self.dashboard_action,
            self.export_action,
            self.print_summary_action,
            self.settings_action,
            self.sign_out_action,
        ):
            desk_menu.addAction(item)
        desk_menu.addSeparator()
        desk_menu.addAction(self.quit_action)
        self.case_menu = case_menu = menus.addMenu("")
        for item in (
            self.next_action,
            self.previous_action,
            self.search_action,
            self.reply_action,
            self.note_action,
            self.assign_selected_action,
            self.bulk_action,
            self.conflicts_action,
            self.print_case_action,
        ):
            case_menu.addAction(item)
        self.help_menu = menus.addMenu("")
        self.help_menu.addAction(self.about_action)
        self.retranslate()

        self.next_action.triggered.connect(lambda: queue.select_relative(1))
        self.previous_action.triggered.connect(lambda: queue.select_relative(-1))
        self.search_action.triggered.connect(queue.focus_search)
        self.quit_action.triggered.connect(self.close)

        # Search, filters, table, then the case (its buttons, fields, timeline).
        self.setTabOrder(queue.search, queue.table)
        self.setTabOrder(queue.table, case)
        self.setTabOrder(case, sync.button)
        self.resize(1366, 768)

    def retranslate(self) -> None:
        """Every word of the window in the current language (again after a switch)."""
        self.setAccessibleName(self.tr("deskhandler"))
        set_plain_title(self, self.tr("deskhandler"))
        self.who.setAccessibleName(self.tr("Signed in as"))
        for item, text in (
            (self.sync_action, self.tr("&Sync now")),
            (self.next_action, self.tr("&Next case")),
            (self.previous_action, self.tr("&Previous case")),
            (self.search_action, self.tr("&Search")),
            (self.reply_action, self.tr("&Reply…")),
            (self.note_action, self.tr("&Internal note…")),
            (self.conflicts_action, self.tr("&Conflicts…")),
            (self.assign_selected_action, self.tr("&Assign selected cases…")),
            (self.bulk_action, self.tr("&Bulk actions on selection…")),
            (self.settings_action, self.tr("Setti&ngs…")),
            (self.export_action, self.tr("&Export view…")),
            (self.team_action, self.tr("&Team…")),
            (self.dashboard_action, self.tr("&Deadline dashboard…")),
            (self.print_case_action, self.tr("Print case &file…")),
            (self.print_summary_action, self.tr("Print unit su&mmary…")),
            (self.sign_out_action, self.tr("Sign &out")),
            (self.quit_action, self.tr("&Quit")),
            (self.about_action, self.tr("&About deskhandler")),
        ):
            item.setText(text)
        self.desk_menu.setTitle(self.tr("&Desk"))
        self.case_menu.setTitle(self.tr("&Case"))
        self.help_menu.setTitle(self.tr("&Help"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_identity(self, text: str) -> None:
        set_plain(self.who, text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)


__all__ = ["MainWindow"]
