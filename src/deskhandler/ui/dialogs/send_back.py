"""Send a drafted reply back to the clerk (supervisors), with a reason.

The case goes back to "in progress"; the draft stays in the timeline, unpublished, and the
reason is an internal comment that only the unit reads (never the citizen, never Open311).
The draft is shown read-only so the supervisor can point at what needs changing.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from deskhandler.domain.actions import ActionKind
from deskhandler.ui.dialogs.reason import ReasonDialog
from deskhandler.ui.plain import set_plain


class SendBackDialog(ReasonDialog):
    kind: ClassVar[ActionKind] = ActionKind.SEND_BACK

    def _build(self) -> None:
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self.form.addRow(self._hint)
        self._draft_label = QLabel()
        self.draft_view = QPlainTextEdit()
        self.draft_view.setObjectName("drafted_reply")
        self.draft_view.setReadOnly(True)
        self.draft_view.setTabChangesFocus(True)
        self.draft_view.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.draft_view.setMaximumHeight(self.draft_view.fontMetrics().lineSpacing() * 8 + 12)
        set_plain(self.draft_view, self.case.pending_reply or "", limit=None)
        self._draft_label.setBuddy(self.draft_view)
        self.form.addRow(self._draft_label, self.draft_view)
        self._add_reason()
        self.resize(640, 420)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Send the reply back"))
        self._hint.setText(
            self.tr(
                "The case goes back to “in progress” for the clerk. The draft is not "
                "published; your reason is an internal comment that only your unit reads."
            )
        )
        self._draft_label.setText(self.tr("Drafted reply:"))
        self.draft_view.setAccessibleName(self.tr("Drafted reply"))
        self._reason_label.setText(self.tr("&Reason:"))
        self.reason.setAccessibleName(self.tr("Reason for sending back"))

    def _ok_text(self) -> str:
        return self.tr("&Send back")

    def _missing_reason(self) -> str:
        return self.tr("Say what the clerk should change.")
