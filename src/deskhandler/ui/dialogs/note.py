"""Internal note: seen by the unit only, never published."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtWidgets import QLabel

from deskhandler.domain.actions import MAX_TEXT, ActionKind
from deskhandler.ui.dialogs.base import ActionDialog, clean_text, text_editor


class NoteDialog(ActionDialog):
    kind: ClassVar[ActionKind] = ActionKind.NOTE

    def _build(self) -> None:
        self.text = text_editor("note_text", lines=8)
        self.text.textChanged.connect(self.changed)
        self._text_label = QLabel()
        self._text_label.setBuddy(self.text)
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self.form.addRow(self._hint)
        self.form.addRow(self._text_label, self.text)
        self._add_attached_files()
        self.resize(560, 360)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Internal note"))
        self._hint.setText(self.tr("Only your unit sees internal notes; they are never published."))
        self._text_label.setText(self.tr("&Note:"))
        self.text.setAccessibleName(self.tr("Note"))

    def _ok_text(self) -> str:
        return self.tr("Add &note")

    def _problems_now(self) -> list[str]:
        text = clean_text(self.text.toPlainText())
        if not text:
            return [self.tr("Write the note.")]
        if len(text) > MAX_TEXT:
            return [
                self.tr("The note is too long ({n} of at most {max} characters).").format(
                    n=len(text), max=MAX_TEXT
                )
            ]
        return []

    def _payload(self) -> dict[str, Any]:
        return {"text": clean_text(self.text.toPlainText())}

    def _draft(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText()}

    def _restore(self, draft: Mapping[str, Any]) -> None:
        self.text.setPlainText(str(draft.get("text") or ""))
