"""Return a case to the IOC: a structured reason, details, and optionally the right unit.

The reason goes out in the province's language whatever the clerk's interface language, so
the IOC reads the same words from every desk; the payload's ``reason`` is
"<reason>: <details>" and ``suggested_department`` the unit code the clerk suggests.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel

from deskhandler.domain.actions import MAX_REASON, ActionKind
from deskhandler.ui.dialogs.base import ActionDialog, clean_text, text_editor
from deskhandler.ui.dialogs.widgets import UnitPicker

#: Structured reasons: code -> the text the IOC reads.
REASONS: dict[str, str] = {
    "not_competent": "Không thuộc thẩm quyền của đơn vị",
    "wrong_area": "Không thuộc địa bàn quản lý",
    "duplicate": "Trùng với phản ánh khác",
    "insufficient": "Thiếu thông tin để xử lý",
    "other": "Lý do khác",
}


class ReturnDialog(ActionDialog):
    kind: ClassVar[ActionKind] = ActionKind.RETURN

    def _build(self) -> None:
        self.reason_box = QComboBox()
        self.reason_box.setObjectName("reason_code")
        for code in REASONS:
            self.reason_box.addItem("", code)
        self.reason_box.currentIndexChanged.connect(self.changed)
        self.details = text_editor("details", lines=4)
        self.details.textChanged.connect(self.changed)
        self.suggest = QCheckBox()
        self.suggest.setObjectName("suggest")
        self.units = UnitPicker(self.context.units, exclude=self.case.department)
        self.units.setEnabled(False)
        self.suggest.toggled.connect(self.units.setEnabled)
        self.suggest.toggled.connect(self.changed)
        self.units.changed.connect(self.changed)
        self._reason_label = QLabel()
        self._reason_label.setBuddy(self.reason_box)
        self._details_label = QLabel()
        self._details_label.setBuddy(self.details)
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self.form.addRow(self._hint)
        self.form.addRow(self._reason_label, self.reason_box)
        self.form.addRow(self._details_label, self.details)
        self.form.addRow(self.suggest)
        self.form.addRow(self.units)
        self.resize(600, 560)

    def _reason_labels(self) -> dict[str, str]:
        return {
            "not_competent": self.tr("Not within our unit's competence"),
            "wrong_area": self.tr("Outside the area we manage"),
            "duplicate": self.tr("Duplicate of another report"),
            "insufficient": self.tr("Not enough information to handle it"),
            "other": self.tr("Other reason"),
        }

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Return to the IOC"))
        self._hint.setText(
            self.tr("The case goes back to the IOC for re-routing and leaves your queue.")
        )
        labels = self._reason_labels()
        for index in range(self.reason_box.count()):
            self.reason_box.setItemText(index, labels[str(self.reason_box.itemData(index))])
        self._reason_label.setText(self.tr("&Reason:"))
        self._details_label.setText(self.tr("&Details:"))
        self.details.setPlaceholderText(
            self.tr("What the IOC should know (required for “Other reason”)")
        )
        self.details.setAccessibleName(self.tr("Details"))
        self.suggest.setText(self.tr("&Suggest the competent unit"))
        self.units.retranslate()

    def _ok_text(self) -> str:
        return self.tr("&Return to IOC")

    def _code(self) -> str:
        return str(self.reason_box.currentData())

    def _reason_text(self) -> str:
        details = clean_text(self.details.toPlainText())
        label = REASONS[self._code()]
        return f"{label}: {details}" if details else label

    def _problems_now(self) -> list[str]:
        problems = []
        if self._code() == "other" and not clean_text(self.details.toPlainText()):
            problems.append(self.tr("Describe the reason in the details."))
        if len(self._reason_text()) > MAX_REASON:
            problems.append(
                self.tr("The details are too long (at most {max} characters).").format(
                    max=MAX_REASON - 60
                )
            )
        if self.suggest.isChecked() and self.units.code() is None:
            problems.append(self.tr("Pick the unit you suggest, or untick the suggestion."))
        return problems

    def _payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {"reason": self._reason_text()}
        code = self.units.code() if self.suggest.isChecked() else None
        if code:
            payload["suggested_department"] = code
        return payload

    def _draft(self) -> dict[str, Any]:
        return {
            "reason_code": self._code() if self.reason_box.currentIndex() > 0 else None,
            "details": self.details.toPlainText(),
            "suggested_department": self.units.code() if self.suggest.isChecked() else None,
        }

    def _restore(self, draft: Mapping[str, Any]) -> None:
        code = draft.get("reason_code")
        details = str(draft.get("details") or "")
        if code is None and "reason" in draft:
            # A payload (from the conflicts list): find the structured reason back.
            reason = str(draft["reason"])
            for known, label in REASONS.items():
                if reason == label or reason.startswith(label + ": "):
                    code, details = known, reason[len(label) + 2 :]
                    break
            else:
                code, details = "other", reason
        index = self.reason_box.findData(code) if code else -1
        if index >= 0:
            self.reason_box.setCurrentIndex(index)
        self.details.setPlainText(details)
        suggested = draft.get("suggested_department")
        self.suggest.setChecked(bool(suggested))
        self.units.set_code(str(suggested) if suggested else None)
