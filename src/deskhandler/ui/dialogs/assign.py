"""Give a case to a person of the unit, or unassign it (supervisors)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtWidgets import QComboBox, QLabel

from deskhandler.domain.actions import ActionKind
from deskhandler.domain.statuses import Role
from deskhandler.domain.text import sort_key
from deskhandler.ui.dialogs.base import ActionDialog

UNASSIGNED = ""


class AssignDialog(ActionDialog):
    kind: ClassVar[ActionKind] = ActionKind.ASSIGN
    keeps_draft: ClassVar[bool] = False

    def _build(self) -> None:
        self.assignee = QComboBox()
        self.assignee.setObjectName("assignee")
        self.assignee.addItem("", UNASSIGNED)
        for user in sorted(self.context.users, key=lambda u: sort_key(u.name)):
            if user.department == self.case.department and user.role in (
                Role.CLERK,
                Role.SUPERVISOR,
            ):
                # Combo box items are always plain text.
                self.assignee.addItem(f"{user.name} ({user.username})", user.username)
        current = self.assignee.findData(self.case.assignee or UNASSIGNED)
        if current < 0 and self.case.assignee:
            self.assignee.addItem(self.case.assignee, self.case.assignee)
            current = self.assignee.count() - 1
        self.assignee.setCurrentIndex(max(current, 0))
        self.assignee.currentIndexChanged.connect(self.changed)
        self._label = QLabel()
        self._label.setBuddy(self.assignee)
        self.form.addRow(self._label, self.assignee)
        self.resize(480, 160)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assign"))
        self._label.setText(self.tr("&Handled by:"))
        self.assignee.setItemText(0, self.tr("Nobody (unassigned)"))

    def _ok_text(self) -> str:
        return self.tr("&Assign")

    def _problems_now(self) -> list[str]:
        if (self.assignee.currentData() or None) == self.case.assignee:
            return [self.tr("Choose someone else than the current handler.")]
        return []

    def _payload(self) -> dict[str, Any]:
        return {"assignee": self.assignee.currentData() or None}

    def _restore(self, draft: Mapping[str, Any]) -> None:
        index = self.assignee.findData(draft.get("assignee") or UNASSIGNED)
        if index >= 0:
            self.assignee.setCurrentIndex(index)
