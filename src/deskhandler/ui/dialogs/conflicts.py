"""The conflicts list: actions the server refused, with what the clerk did and what changed.

Nothing here writes: the dialog emits `reapply_requested`, `edit_requested` and
`discard_requested` with the conflict id, and the window calls ``Desk.reapply`` /
``Desk.discard`` (for Edit: opens the kind's dialog, ``prefill``-ed with the payload, and
re-applies with the edited payload).  Discarding asks once more, inline: the text is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskhandler.store.records import CaseView, ConflictEntry
from deskhandler.ui.dialogs.context import DialogContext
from deskhandler.ui.dialogs.labels import kind_label, status_label
from deskhandler.ui.plain import plain_label, set_plain, single_line

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def typed_text(payload: dict[str, Any] | Any) -> str:
    """The words the person typed in an action, for showing and copying."""
    parts = [str(payload.get(key)) for key in ("text", "reason") if payload.get(key)]
    return "\n\n".join(parts)


class ConflictsDialog(QDialog):
    """A list of conflicts on the left, the selected one explained on the right."""

    reapply_requested = Signal(int)
    edit_requested = Signal(int)
    discard_requested = Signal(int)

    def __init__(
        self,
        conflicts: Sequence[ConflictEntry],
        case_of: Callable[[str], CaseView | None],
        context: DialogContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_dialog")
        self.setSizeGripEnabled(True)
        self._case_of = case_of
        self._context = context
        self._conflicts: dict[int, ConflictEntry] = {}

        self.list = QListWidget()
        self.list.setObjectName("conflict_list")
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self._empty = QLabel()
        self._empty.setWordWrap(True)

        self._did_group = QGroupBox()
        self._did = plain_label(wrap=True)
        self._did.setObjectName("what_you_did")
        self._typed = QPlainTextEdit()
        self._typed.setObjectName("typed_text")
        self._typed.setReadOnly(True)
        did_layout = QVBoxLayout(self._did_group)
        did_layout.addWidget(self._did)
        did_layout.addWidget(self._typed, 1)

        self._server_group = QGroupBox()
        self._error = plain_label(wrap=True)
        self._error.setObjectName("server_said")
        self._changes = plain_label(wrap=True)
        self._changes.setObjectName("what_changed")
        server_layout = QVBoxLayout(self._server_group)
        server_layout.addWidget(self._error)
        server_layout.addWidget(self._changes)

        self.reapply_button = QPushButton()
        self.reapply_button.setObjectName("reapply")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("edit")
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copy")
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discard")
        self.reapply_button.clicked.connect(lambda: self._emit(self.reapply_requested))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested, remove=False))
        self.copy_button.clicked.connect(self._copy)
        self.discard_button.clicked.connect(self._ask_discard)

        self._confirm = QFrame()
        self._confirm.setObjectName("discard_confirm")
        self._confirm.setFrameShape(QFrame.Shape.StyledPanel)
        self._confirm_text = QLabel()
        self._confirm_text.setWordWrap(True)
        self.confirm_discard = QPushButton()
        self.confirm_discard.setObjectName("confirm_discard")
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keep")
        self.confirm_discard.clicked.connect(lambda: self._emit(self.discard_requested))
        self.keep_button.clicked.connect(lambda: self._confirm.setVisible(False))
        confirm_layout = QHBoxLayout(self._confirm)
        confirm_layout.addWidget(self._confirm_text, 1)
        confirm_layout.addWidget(self.confirm_discard)
        confirm_layout.addWidget(self.keep_button)
        self._confirm.setVisible(False)

        actions = QHBoxLayout()
        for button in (self.reapply_button, self.edit_button, self.copy_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.discard_button)

        self._detail = QWidget()
        detail_layout = QVBoxLayout(self._detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self._did_group, 1)
        detail_layout.addWidget(self._server_group)
        detail_layout.addWidget(self._confirm)
        detail_layout.addLayout(actions)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self._empty)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._detail)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self._close = QPushButton()
        self._close.setObjectName("close")
        buttons = QDialogButtonBox()
        buttons.addButton(self._close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(920, 560)
        self.set_conflicts(conflicts)
        self.retranslate()

    # --- content -------------------------------------------------------------------------

    def set_conflicts(self, conflicts: Sequence[ConflictEntry]) -> None:
        """Show ``conflicts`` (call after the window re-applied or discarded one)."""
        current = self.current_id()
        self._conflicts = {entry.id: entry for entry in conflicts}
        self.list.clear()
        for entry in conflicts:
            item = QListWidgetItem()
            item.setData(_ID_ROLE, entry.id)
            self.list.addItem(item)
        self._label_items()
        ids = [entry.id for entry in conflicts]
        row = ids.index(current) if current in ids else 0
        if ids:
            self.list.setCurrentRow(row)
        self._show_current()

    def _label_items(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            entry = self._conflicts[int(item.data(_ID_ROLE))]
            # List items are drawn as plain text; the case id still comes from outside.
            item.setText(f"{single_line(entry.case_id, 64)} · {kind_label(entry.kind)}")

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(_ID_ROLE)) if item is not None else None

    def _show_current(self) -> None:
        conflict_id = self.current_id()
        entry = self._conflicts.get(conflict_id) if conflict_id is not None else None
        self._detail.setEnabled(entry is not None)
        self._empty.setVisible(not self._conflicts)
        self._confirm.setVisible(False)
        if entry is None:
            set_plain(self._did, "")
            self._typed.setPlainText("")
            set_plain(self._error, "")
            set_plain(self._changes, "")
            return
        when = entry.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
        set_plain(
            self._did,
            self.tr("{action} on case {case}, {when}").format(
                action=kind_label(entry.kind), case=single_line(entry.case_id, 64), when=when
            ),
        )
        self._typed.setPlainText(typed_text(entry.payload) or self._fields(entry))
        set_plain(self._error, self._server_said(entry))
        set_plain(self._changes, self._what_changed(entry))
        visible = entry.error_code != "not_visible"
        self.reapply_button.setEnabled(visible)
        self.edit_button.setEnabled(visible and entry.kind not in ("accept", "approve"))
        self.copy_button.setEnabled(bool(typed_text(entry.payload)))

    def _fields(self, entry: ConflictEntry) -> str:
        return "\n".join(f"{key}: {value}" for key, value in entry.payload.items())

    def _server_said(self, entry: ConflictEntry) -> str:
        if entry.error_code == "not_visible":
            return self.tr(
                "The case is no longer visible to your unit (it was sent elsewhere). The action "
                "cannot be applied; copy your text if you still need it."
            )
        if entry.outcome == "conflict":
            head = self.tr("Someone changed the case on the server before your action arrived.")
        else:
            head = self.tr("The server refused the action.")
        if entry.error_message:
            return head + "\n" + self.tr("Server: {message}").format(message=entry.error_message)
        return head

    def _what_changed(self, entry: ConflictEntry) -> str:
        view = self._case_of(entry.case_id)
        if view is None:
            return self.tr("The case is not in the local queue any more.")
        case = view.snapshot
        lines = [
            self.tr("You saw version {seen}; the server now has version {now}.").format(
                seen=entry.base.get("version", "?"), now=case.version
            ),
            self.tr("Now: {status}, at {unit}, handled by {assignee}.").format(
                status=status_label(case.status),
                unit=self._context.unit_name(case.department) if case.department else "IOC",
                assignee=case.assignee or self.tr("nobody"),
            ),
        ]
        current = case.model_dump(mode="json")
        for field in ("priority", "category", "due_at", "tags"):
            if field in entry.base and entry.base[field] != current.get(field):
                lines.append(
                    self.tr("{field}: you saw “{seen}”, now “{now}”.").format(
                        field=field, seen=entry.base[field], now=current.get(field)
                    )
                )
        return "\n".join(lines)

    # --- actions -------------------------------------------------------------------------

    def _emit(self, signal: Any, *, remove: bool = True) -> None:
        conflict_id = self.current_id()
        if conflict_id is None:
            return
        signal.emit(conflict_id)
        if remove:
            self.remove(conflict_id)

    def remove(self, conflict_id: int) -> None:
        """Take an entry off the list (it was queued again or discarded)."""
        if conflict_id in self._conflicts:
            self.set_conflicts([e for i, e in self._conflicts.items() if i != conflict_id])

    def _ask_discard(self) -> None:
        self._confirm.setVisible(True)
        self.keep_button.setFocus()

    def _copy(self) -> None:
        conflict_id = self.current_id()
        if conflict_id is not None:
            QGuiApplication.clipboard().setText(typed_text(self._conflicts[conflict_id].payload))

    # --- words ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self._empty.setText(self.tr("Nothing needs your attention."))
        self._did_group.setTitle(self.tr("What you did"))
        self._server_group.setTitle(self.tr("What changed on the server"))
        self.reapply_button.setText(self.tr("&Re-apply"))
        self.reapply_button.setToolTip(self.tr("Send the same action again, on the latest version"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.copy_button.setText(self.tr("&Copy text"))
        self.discard_button.setText(self.tr("&Discard…"))
        self._confirm_text.setText(self.tr("Discard this action? What you typed will be lost."))
        self.confirm_discard.setText(self.tr("Discard"))
        self.keep_button.setText(self.tr("Keep"))
        self._close.setText(self.tr("Close"))
        self._label_items()
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["ConflictsDialog", "typed_text"]
