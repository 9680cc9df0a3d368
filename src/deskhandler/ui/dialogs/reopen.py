"""Reopen a resolved or closed case (the citizen was not satisfied); a reason is required."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtWidgets import QLabel

from deskhandler.domain.actions import MAX_REASON, ActionKind
from deskhandler.ui.dialogs.base import ActionDialog, clean_text, text_editor


class ReopenDialog(ActionDialog):
    kind: ClassVar[ActionKind] = ActionKind.REOPEN

    def _build(self) -> None:
        self.reason = text_editor("reason", lines=5)
        self.reason.textChanged.connect(self.changed)
        self._reason_label = QLabel()
        self._reason_label.setBuddy(self.reason)
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self.form.addRow(self._hint)
        self.form.addRow(self._reason_label, self.reason)
        self.resize(520, 300)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reopen case"))
        self._hint.setText(self.tr("The case goes back to “in progress” for your unit."))
        self._reason_label.setText(self.tr("&Reason:"))
        self.reason.setAccessibleName(self.tr("Reason"))

    def _ok_text(self) -> str:
        return self.tr("&Reopen")

    def _problems_now(self) -> list[str]:
        reason = clean_text(self.reason.toPlainText())
        if not reason:
            return [self.tr("Say why the case is reopened.")]
        if len(reason) > MAX_REASON:
            return [
                self.tr("The reason is too long ({n} of at most {max} characters).").format(
                    n=len(reason), max=MAX_REASON
                )
            ]
        return []

    def _payload(self) -> dict[str, Any]:
        return {"reason": clean_text(self.reason.toPlainText())}

    def _draft(self) -> dict[str, Any]:
        return {"reason": self.reason.toPlainText()}

    def _restore(self, draft: Mapping[str, Any]) -> None:
        self.reason.setPlainText(str(draft.get("reason") or ""))
