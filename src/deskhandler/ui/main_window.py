"""The main window: lays out the panels, holds the menus and keyboard shortcuts.

Thin on purpose (STYLE.md point 4): the panels are their own modules and
`deskhandler.ui.workspace` wires them to the desk; this class only places them, names the
actions and their keys, and sets the tab order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
        self.setAccessibleName(self.tr("deskhandler"))
        set_plain_title(self, self.tr("deskhandler"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(queue)
        self.splitter.addWidget(case)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([870, 496])
        self.setCentralWidget(self.splitter)
        self.who = plain_label("", self, wrap=False)
        self.who.setAccessibleName(self.tr("Signed in as"))
        self.statusBar().addWidget(self.who)
        self.statusBar().addPermanentWidget(sync, 0)

        def action(
            text: str, keys: QKeySequence | QKeySequence.StandardKey | str | None = None
        ) -> QAction:
            made = QAction(text, self)
            if keys is not None:
                made.setShortcut(QKeySequence(keys))
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(made)
            return made

        self.sync_action = action(self.tr("&Sync now"), QKeySequence.StandardKey.Refresh)
        if self.sync_action.shortcut() != QKeySequence("F5"):
            self.sync_action.setShortcuts([self.sync_action.shortcut(), QKeySequence("F5")])
        self.next_action = action(self.tr("&Next case"), "Alt+Down")
        self.previous_action = action(self.tr("&Previous case"), "Alt+Up")
        self.search_action = action(self.tr("&Search"), QKeySequence.StandardKey.Find)
        self.reply_action = action(self.tr("&Reply…"), "Ctrl+R")
        self.note_action = action(self.tr("&Internal note…"), "Ctrl+N")
        self.conflicts_action = action(self.tr("&Conflicts…"), "Ctrl+Shift+C")
        self.settings_action = action(self.tr("Se&ttings…"), "Ctrl+,")
        self.sign_out_action = action(self.tr("Sign &out"))
        self.quit_action = action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.about_action = action(self.tr("&About deskhandler"), "F1")

        menus = self.menuBar()
        desk_menu = menus.addMenu(self.tr("&Desk"))
        for item in (self.sync_action, self.settings_action, self.sign_out_action):
            desk_menu.addAction(item)
        desk_menu.addSeparator()
        desk_menu.addAction(self.quit_action)
        case_menu = menus.addMenu(self.tr("&Case"))
        for item in (
            self.next_action,
            self.previous_action,
            self.search_action,
            self.reply_action,
            self.note_action,
            self.conflicts_action,
        ):
            case_menu.addAction(item)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        self.next_action.triggered.connect(lambda: queue.select_relative(1))
        self.previous_action.triggered.connect(lambda: queue.select_relative(-1))
        self.search_action.triggered.connect(queue.focus_search)
        self.quit_action.triggered.connect(self.close)

        # Search, filters, table, then the case (its buttons, fields, timeline).
        self.setTabOrder(queue.search, queue.table)
        self.setTabOrder(queue.table, case)
        self.setTabOrder(case, sync.button)
        self.resize(1366, 768)

    def show_identity(self, text: str) -> None:
        set_plain(self.who, text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)


__all__ = ["MainWindow"]
