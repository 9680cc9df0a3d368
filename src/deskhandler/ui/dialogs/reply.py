"""Public reply to the citizen: templates filled from the case, preview, privacy check.

Replying makes the case resolved, or awaiting approval when the unit requires a supervisor's
approval; the dialog says which.  Photos of the work done can be attached; they upload
before the reply and are published with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtWidgets import QLabel

from deskhandler.domain.actions import ActionKind
from deskhandler.domain.statuses import Role
from deskhandler.ui.dialogs.public import PublicTextDialog


class ReplyDialog(PublicTextDialog):
    kind: ClassVar[ActionKind] = ActionKind.REPLY

    def _build(self) -> None:
        self.composer = self._make_composer()
        self._outcome = QLabel()
        self._outcome.setObjectName("outcome")
        self._outcome.setWordWrap(True)
        self.form.addRow(self.composer)
        self.form.addRow(self._outcome)
        self._add_attached_files()
        self.resize(900, 560)

    def _needs_approval(self) -> bool:
        if self.context.role is not Role.CLERK:
            return False
        return any(
            unit.code == self.case.department and unit.approval_required
            for unit in self.context.units
        )

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reply to the citizen"))
        if self._needs_approval():
            self._outcome.setText(
                self.tr(
                    "Your unit approves replies: this one is published once a supervisor "
                    "approves it."
                )
            )
        else:
            self._outcome.setText(
                self.tr("The reply is published at the next sync and the case becomes resolved.")
            )

    def _ok_text(self) -> str:
        return self.tr("&Send reply")

    def _problems_now(self) -> list[str]:
        return self._text_problems()

    def _payload(self) -> dict[str, Any]:
        return {"text": self.composer.published_text()}

    def _draft(self) -> dict[str, Any]:
        return {"text": self.composer.editor.toPlainText()}

    def _restore(self, draft: Mapping[str, Any]) -> None:
        self.composer.set_text(str(draft.get("text") or ""))
