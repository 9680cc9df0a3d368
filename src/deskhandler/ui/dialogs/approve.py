"""Approve a clerk's drafted reply (supervisors); the reply may be edited before publishing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtWidgets import QLabel

from deskhandler.domain.actions import ActionKind
from deskhandler.ui.dialogs.base import clean_text
from deskhandler.ui.dialogs.public import PublicTextDialog


class ApproveDialog(PublicTextDialog):
    kind: ClassVar[ActionKind] = ActionKind.APPROVE

    def _build(self) -> None:
        self.composer = self._make_composer()
        self.composer.set_text(self.case.pending_reply or "")
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self.form.addRow(self._hint)
        self.form.addRow(self.composer)
        self.resize(900, 560)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Approve reply"))
        self._hint.setText(
            self.tr("The drafted reply is published as below once approved; you may edit it.")
        )

    def _ok_text(self) -> str:
        return self.tr("A&pprove and publish")

    def _original(self) -> str:
        return clean_text(self.case.pending_reply or "")

    def _problems_now(self) -> list[str]:
        return self._text_problems()

    def _payload(self) -> dict[str, Any]:
        text = self.composer.published_text()
        return {"text": text} if text and text != self._original() else {}

    def _draft(self) -> dict[str, Any]:
        text = self.composer.editor.toPlainText()
        return {"text": text} if clean_text(text) != self._original() else {}

    def _restore(self, draft: Mapping[str, Any]) -> None:
        if draft.get("text"):
            self.composer.set_text(str(draft["text"]))
