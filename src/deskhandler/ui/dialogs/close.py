"""Close a case with a resolution code and a public closing message (privacy-checked)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from deskhandler.domain.actions import ActionKind
from deskhandler.ui.dialogs.public import PublicTextDialog

DUPLICATE = "duplicate"


class CloseDialog(PublicTextDialog):
    kind: ClassVar[ActionKind] = ActionKind.CLOSE

    def _build(self) -> None:
        self.resolution = QComboBox()
        self.resolution.setObjectName("resolution")
        self.resolution.addItem("", None)
        for resolution in self.context.resolutions:
            self.resolution.addItem(resolution.name, resolution.code)
        self.resolution.currentIndexChanged.connect(self._resolution_changed)
        self.duplicate_of = QLineEdit()
        self.duplicate_of.setObjectName("duplicate_of")
        self.duplicate_of.setMaxLength(64)
        self.duplicate_of.textChanged.connect(self.changed)
        self.composer = self._make_composer()
        self._resolution_label = QLabel()
        self._resolution_label.setBuddy(self.resolution)
        self._duplicate_label = QLabel()
        self._duplicate_label.setBuddy(self.duplicate_of)
        self.form.addRow(self._resolution_label, self.resolution)
        self.form.addRow(self._duplicate_label, self.duplicate_of)
        self.form.addRow(self.composer)
        self._add_attached_files()
        self._resolution_changed()
        self.resize(900, 600)

    def _resolution_changed(self) -> None:
        duplicate = self.resolution.currentData() == DUPLICATE
        self.form.setRowVisible(self.duplicate_of, duplicate)
        self.changed()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close case"))
        self.resolution.setItemText(0, self.tr("Choose a resolution…"))
        self._resolution_label.setText(self.tr("&Resolution:"))
        self._duplicate_label.setText(self.tr("&Duplicate of case:"))
        self.duplicate_of.setPlaceholderText(self.tr("Code of the case it duplicates (optional)"))

    def _ok_text(self) -> str:
        return self.tr("&Close case")

    def _problems_now(self) -> list[str]:
        problems = []
        if self.resolution.currentData() is None:
            problems.append(self.tr("Choose how the case was resolved."))
        problems += self._text_problems()
        if self.duplicate_of.text().strip() == self.case.id:
            problems.append(self.tr("A case cannot duplicate itself."))
        return problems

    def _payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "resolution": self.resolution.currentData(),
            "text": self.composer.published_text(),
        }
        duplicate = self.duplicate_of.text().strip()
        if self.resolution.currentData() == DUPLICATE and duplicate:
            payload["duplicate_of"] = duplicate
        return payload

    def _draft(self) -> dict[str, Any]:
        return {
            "resolution": self.resolution.currentData(),
            "text": self.composer.editor.toPlainText(),
            "duplicate_of": self.duplicate_of.text(),
        }

    def _restore(self, draft: Mapping[str, Any]) -> None:
        index = self.resolution.findData(draft.get("resolution"))
        self.resolution.setCurrentIndex(max(index, 0))
        self.duplicate_of.setText(str(draft.get("duplicate_of") or ""))
        self.composer.set_text(str(draft.get("text") or ""))
