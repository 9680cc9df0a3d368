"""What every action dialog shares: the case header, inline problems, OK only when valid, drafts.

A subclass builds its fields in `_build`, sets their texts in `_retranslate` (called again
when the language changes at runtime), says what is wrong in `_problems`, and turns the fields
into the wire payload in `_payload` and into a draft in `_draft` / back in `_restore`.
Drafts are payload-shaped, so `prefill` can also load the payload of an action from the
conflicts list ("Edit").
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskhandler.domain.actions import ActionKind
from deskhandler.domain.text import nfc
from deskhandler.store.records import CaseView
from deskhandler.ui.dialogs.context import DialogContext
from deskhandler.ui.dialogs.files import AttachedFiles
from deskhandler.ui.plain import plain_label, set_plain, single_line

#: How long typing may pause before the draft is written (a crash loses at most this much).
DRAFT_DELAY_MS = 400


def clean_text(text: str) -> str:
    """Text as it is sent: NFC (as the server stores it), without outer blank space."""
    return nfc(text).strip()


def text_editor(name: str, *, lines: int = 5) -> QPlainTextEdit:
    """A plain-text editor where Tab moves on (keyboard-first forms)."""
    editor = QPlainTextEdit()
    editor.setObjectName(name)
    editor.setTabChangesFocus(True)
    editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * lines + 12)
    return editor


class ActionDialog(QDialog):
    """Base of the action dialogs; see the module docstring for what a subclass provides."""

    kind: ClassVar[ActionKind]
    #: Whether what is typed is kept as a draft (dialogs without typing do not need one).
    keeps_draft: ClassVar[bool] = True

    def __init__(
        self, case: CaseView, context: DialogContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.case_view = case
        self.case = case.case
        self.context = context
        self._accepted_payload: dict[str, Any] | None = None
        # The files to attach, in dialogs that offer them (`_add_attached_files`).
        self.attached: AttachedFiles | None = None
        # No draft writes while the dialog is being built and its draft restored.
        self._restoring = True
        self.setObjectName(f"{self.kind.value}_dialog")
        self.setSizeGripEnabled(True)

        self._header = plain_label(wrap=True)
        self._header.setObjectName("case_header")
        font = self._header.font()
        font.setBold(True)
        self._header.setFont(font)
        self._problems = QLabel()
        self._problems.setObjectName("problems")
        self._problems.setTextFormat(Qt.TextFormat.PlainText)
        self._problems.setWordWrap(True)
        self._problems.setStyleSheet("color: #a4262c;")
        self._ok = QPushButton()
        self._ok.setObjectName("ok")
        self._ok.setDefault(True)
        self._cancel = QPushButton()
        self._cancel.setObjectName("cancel")
        self._buttons = QDialogButtonBox()
        self._buttons.addButton(self._ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.addButton(self._cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        # Enter in a text box makes a new line; Ctrl+Enter sends, as in mail programs.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.addWidget(self._header)
        layout.addLayout(self.form, 1)
        layout.addWidget(self._problems)
        layout.addWidget(self._buttons)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        self._build()
        self.retranslate()
        if self.keeps_draft:
            draft = context.drafts.load(self.case.id, self.kind.value)
            if draft:
                self.prefill(draft)
        self._restoring = False
        self.revalidate()

    # --- for subclasses ------------------------------------------------------------------

    def _build(self) -> None:
        """Create the fields and add them to ``self.form``."""

    def _retranslate(self) -> None:
        """Set every visible text of the fields."""

    def _problems_now(self) -> list[str]:
        """What keeps the action from being sent, in words for the clerk (empty: valid)."""
        return []

    def _payload(self) -> dict[str, Any]:
        return {}

    def _draft(self) -> dict[str, Any]:
        return self._payload()

    def _restore(self, draft: Mapping[str, Any]) -> None:
        """Put a draft (or a payload) back into the fields."""

    def _ok_text(self) -> str:
        return QCoreApplication.translate("ActionDialog", "OK")

    def _add_attached_files(self) -> None:
        """Offer files to attach (photos of the work done) as the form's last row."""
        self.attached = AttachedFiles()
        self.attached.changed.connect(self.changed)
        self._attached_label = QLabel()
        self._attached_label.setBuddy(self.attached.add_button)
        self.form.addRow(self._attached_label, self.attached)

    def files(self) -> list[Path]:
        """The files to upload with the action (``Desk.act(..., files=...)``)."""
        return self.attached.paths() if self.attached is not None else []

    # --- shared behaviour ----------------------------------------------------------------

    def changed(self) -> None:
        """Connect every field's change signal here: revalidate and schedule a draft save."""
        self.revalidate()
        if self.keeps_draft and not self._restoring:
            self._draft_timer.start()

    def _all_problems(self) -> list[str]:
        problems = self._problems_now()
        if self.attached is not None:
            problems += self.attached.problems()
        return problems

    def revalidate(self) -> None:
        problems = self._all_problems()
        self._problems.setText("\n".join(problems))
        self._problems.setVisible(bool(problems))
        self._ok.setEnabled(not problems)

    def problems(self) -> list[str]:
        """The messages currently shown (tests and accessibility read them)."""
        return self._all_problems()

    def retranslate(self) -> None:
        code = self.case.id
        set_plain(self._header, f"{code} · {single_line(self.case.title, 300)}", limit=320)
        self._cancel.setText(QCoreApplication.translate("ActionDialog", "Cancel"))
        self._ok.setText(self._ok_text())
        if self.attached is not None:
            self.attached.retranslate()
            self._attached_label.setText(
                QCoreApplication.translate("ActionDialog", "Photos of the &work done:")
            )
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.revalidate()
        super().changeEvent(event)

    def prefill(self, payload: Mapping[str, Any]) -> None:
        """Fill the fields from a draft or from the payload of an earlier attempt."""
        restoring, self._restoring = self._restoring, True
        try:
            self._restore(payload)
            files = payload.get("files")
            if self.attached is not None and isinstance(files, list):
                self.attached.set_paths(str(path) for path in files)
        finally:
            self._restoring = restoring
        self.revalidate()

    def save_draft(self) -> None:
        self._draft_timer.stop()
        if not self.keeps_draft:
            return
        draft = self._full_draft()
        if any(value not in (None, "", [], {}) for value in draft.values()):
            self.context.drafts.save(self.case.id, self.kind.value, draft)
        else:
            self.context.drafts.clear(self.case.id, self.kind.value)

    def keep_draft(self) -> None:
        """Put the draft back after ``Desk.act`` refused the payload of an accepted dialog."""
        if self.keeps_draft:
            self.context.drafts.save(self.case.id, self.kind.value, self._full_draft())

    def _full_draft(self) -> dict[str, Any]:
        """The fields' draft plus the attached files' paths (they are not payload)."""
        draft = self._draft()
        if self.attached is not None:
            draft["files"] = [str(path) for path in self.attached.paths()]
        return draft

    def payload(self) -> dict[str, Any]:
        """The action's payload; valid after ``accepted``."""
        if self._accepted_payload is not None:
            return dict(self._accepted_payload)
        return self._payload()

    def accept(self) -> None:
        self.revalidate()
        if not self._ok.isEnabled():
            return
        self._accepted_payload = self._payload()
        self._draft_timer.stop()
        if self.keeps_draft:
            self.context.drafts.clear(self.case.id, self.kind.value)
        super().accept()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted.value:
            self.save_draft()
        super().done(result)

    def ok_button(self) -> QPushButton:
        return self._ok

    def cancel_button(self) -> QPushButton:
        return self._cancel
