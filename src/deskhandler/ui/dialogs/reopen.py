"""Reopen a resolved or closed case (the citizen was not satisfied); a reason is required."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QLabel

from deskhandler.domain.actions import ActionKind
from deskhandler.ui.dialogs.reason import ReasonDialog


class ReopenDialog(ReasonDialog):
    kind: ClassVar[ActionKind] = ActionKind.REOPEN

    def _build(self) -> None:
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self.form.addRow(self._hint)
        self._add_reason()
        self.resize(520, 300)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reopen case"))
        self._hint.setText(self.tr("The case goes back to “in progress” for your unit."))
        self._reason_label.setText(self.tr("&Reason:"))
        self.reason.setAccessibleName(self.tr("Reason"))

    def _ok_text(self) -> str:
        return self.tr("&Reopen")

    def _missing_reason(self) -> str:
        return self.tr("Say why the case is reopened.")
