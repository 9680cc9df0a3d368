"""The base of the actions whose whole payload is one required reason (reopen, send back)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from deskhandler.domain.actions import MAX_REASON
from deskhandler.ui.dialogs.base import ActionDialog, clean_text, text_editor


class ReasonDialog(ActionDialog):
    """Adds the reason editor (`_add_reason`) and checks, sends, drafts and restores it;
    a subclass says what is missing without one (`_missing_reason`)."""

    def _add_reason(self) -> None:
        self.reason = text_editor("reason", lines=5)
        self.reason.textChanged.connect(self.changed)
        self._reason_label = QLabel()
        self._reason_label.setBuddy(self.reason)
        self.form.addRow(self._reason_label, self.reason)

    def _missing_reason(self) -> str:
        raise NotImplementedError

    def _problems_now(self) -> list[str]:
        reason = clean_text(self.reason.toPlainText())
        if not reason:
            return [self._missing_reason()]
        if len(reason) > MAX_REASON:
            too_long = QCoreApplication.translate(
                "ReasonDialog", "The reason is too long ({n} of at most {max} characters)."
            )
            return [too_long.format(n=len(reason), max=MAX_REASON)]
        return []

    def _payload(self) -> dict[str, Any]:
        return {"reason": clean_text(self.reason.toPlainText())}

    def _draft(self) -> dict[str, Any]:
        return {"reason": self.reason.toPlainText()}

    def _restore(self, draft: Mapping[str, Any]) -> None:
        self.reason.setPlainText(str(draft.get("reason") or ""))
