"""Accept an assigned case: the unit takes it on and it becomes the clerk's."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QLabel

from deskhandler.domain.actions import ActionKind
from deskhandler.ui.dialogs.base import ActionDialog
from deskhandler.ui.dialogs.widgets import PROVINCE_TZ
from deskhandler.ui.plain import plain_label, set_plain


class AcceptDialog(ActionDialog):
    kind: ClassVar[ActionKind] = ActionKind.ACCEPT
    keeps_draft: ClassVar[bool] = False

    def _build(self) -> None:
        self._question = QLabel()
        self._question.setWordWrap(True)
        self._address_label = QLabel()
        self._address = plain_label(wrap=True)
        self._address.setObjectName("address")
        self._due_label = QLabel()
        self._due = QLabel()
        self._due.setObjectName("due")
        self.form.addRow(self._question)
        self.form.addRow(self._address_label, self._address)
        self.form.addRow(self._due_label, self._due)
        self.resize(520, 220)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Accept case"))
        self._question.setText(
            self.tr(
                "Accept this case for your unit? You become its handler and the deadline "
                "keeps running."
            )
        )
        self._address_label.setText(self.tr("Address:"))
        self._due_label.setText(self.tr("Deadline:"))
        set_plain(self._address, self.case.address or "—", limit=500)
        due = self.case.due_at
        self._due.setText(
            due.astimezone(PROVINCE_TZ).strftime("%d/%m/%Y %H:%M") if due else self.tr("none")
        )

    def _ok_text(self) -> str:
        return self.tr("&Accept")
