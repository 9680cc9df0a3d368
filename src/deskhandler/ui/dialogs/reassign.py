"""Send a case to another unit; reason required.  Coordinators route new and returned
cases this way, with `RoutePicker` (suggested units first, each unit's load); no reason needed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtWidgets import QLabel

from deskhandler.domain.actions import MAX_REASON, ActionKind
from deskhandler.domain.statuses import AT_IOC, PROVINCE_WIDE_ROLES, Status
from deskhandler.ui.dialogs.base import ActionDialog, clean_text, text_editor
from deskhandler.ui.dialogs.route_picker import RoutePicker
from deskhandler.ui.dialogs.widgets import UnitPicker
from deskhandler.ui.plain import plain_label, set_plain


class ReassignDialog(ActionDialog):
    kind: ClassVar[ActionKind] = ActionKind.REASSIGN

    def _build(self) -> None:
        self.units: UnitPicker | RoutePicker
        if self.routing:
            # The IOC routes: suggested units first, each with its load (route_picker).
            self.units = RoutePicker(
                self.context.units,
                suggested=self._suggested_units(),
                load=self.context.unit_load,
                exclude=self.case.department,
            )
        else:
            self.units = UnitPicker(self.context.units, exclude=self.case.department)
        self.units.changed.connect(self.changed)
        self.reason = text_editor("reason", lines=4)
        self.reason.textChanged.connect(self.changed)
        self._current_label = QLabel()
        self._current = plain_label(wrap=True)
        self._current.setObjectName("current_unit")
        self._units_label = QLabel()
        self._units_label.setBuddy(self.units.search)
        self._reason_label = QLabel()
        self._reason_label.setBuddy(self.reason)
        self.form.addRow(self._current_label, self._current)
        self.form.addRow(self._units_label, self.units)
        self.form.addRow(self._reason_label, self.reason)
        self.resize(600, 560)

    def _suggested_units(self) -> list[str]:
        """The unit that returned the case may have named the competent one; then the
        units the directory names for the category."""
        units = self.context.suggested_units(self.case.category)
        for item in reversed(self.case_view.timeline or []):
            if item.kind == ActionKind.RETURN.value:
                hint = item.payload.get("suggested_department")
                if isinstance(hint, str) and hint:
                    units = [hint, *units]
                break
        return units

    @property
    def routing(self) -> bool:
        """A coordinator (or admin) routing a case that waits at the IOC."""
        return self.context.role in PROVINCE_WIDE_ROLES and Status(self.case.status) in AT_IOC

    def _retranslate(self) -> None:
        if self.routing:
            self.setWindowTitle(self.tr("Route to a unit"))
            self._units_label.setText(self.tr("&To unit:"))
            self._reason_label.setText(self.tr("&Reason (optional):"))
        else:
            self.setWindowTitle(self.tr("Reassign to another unit"))
            self._units_label.setText(self.tr("&Send to:"))
            self._reason_label.setText(self.tr("&Reason:"))
        self._current_label.setText(self.tr("Now at:"))
        department = self.case.department
        set_plain(
            self._current,
            self.context.unit_name(department) if department else self.tr("the IOC"),
            limit=300,
        )
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why this unit is the competent one"))
        self.units.retranslate()

    def _ok_text(self) -> str:
        return self.tr("R&oute") if self.routing else self.tr("&Reassign")

    def _problems_now(self) -> list[str]:
        problems = []
        if self.units.code() is None:
            problems.append(self.tr("Pick the unit to send the case to."))
        reason = clean_text(self.reason.toPlainText())
        if not reason and not self.routing:  # routing from the IOC needs no reason
            problems.append(self.tr("Say why the case goes to that unit."))
        elif len(reason) > MAX_REASON:
            problems.append(
                self.tr("The reason is too long ({n} of at most {max} characters).").format(
                    n=len(reason), max=MAX_REASON
                )
            )
        return problems

    def _payload(self) -> dict[str, Any]:
        reason = clean_text(self.reason.toPlainText())
        if self.routing and not reason:
            return {"to": self.units.code() or ""}
        return {"to": self.units.code() or "", "reason": reason}

    def _draft(self) -> dict[str, Any]:
        return {"to": self.units.code(), "reason": self.reason.toPlainText()}

    def _restore(self, draft: Mapping[str, Any]) -> None:
        to = draft.get("to")
        self.units.set_code(str(to) if to else None)
        self.reason.setPlainText(str(draft.get("reason") or ""))
