"""Assign several cases at once (a unit leader's multi-select in the queue)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from deskhandler.domain.statuses import Role
from deskhandler.domain.text import sort_key
from deskhandler.ui.plain import plain_label, set_plain, set_plain_title
from deskhandler.wire.models import DirectoryUser

NOBODY = ""


def people_box(people: Sequence[DirectoryUser], department: str | None) -> QComboBox:
    """Who may handle the unit's cases, by name as Vietnamese sorts; "nobody" first (its
    text is set by the dialog, in the person's language)."""
    box = QComboBox()
    box.setObjectName("assignee")
    box.addItem("", NOBODY)
    for user in sorted(people, key=lambda u: sort_key(u.name)):
        if (
            user.active
            and user.role in (Role.CLERK, Role.SUPERVISOR)
            and (department is None or user.department == department)
        ):
            # Combo box items are always plain text.
            box.addItem(f"{user.name} ({user.username})", user.username)
    return box


class BulkAssignDialog(QDialog):
    """Who handles the selected cases; `assignee()` after it is accepted."""

    def __init__(
        self,
        count: int,
        people: Sequence[DirectoryUser],
        department: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulk_assign_dialog")
        self._count = count
        self._heading = plain_label(wrap=True)
        self.person = people_box(people, department)
        self._label = QLabel()
        self._label.setBuddy(self.person)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self._heading)
        form.addRow(self._label, self.person)
        form.addRow(self.buttons)
        self.retranslate()
        self.resize(480, 160)

    def retranslate(self) -> None:
        set_plain_title(self, self.tr("Assign the selected cases"))
        set_plain(
            self._heading,
            self.tr("%n selected case(s) go to the person you choose.", "", self._count),
        )
        self._label.setText(self.tr("&Handled by:"))
        self.person.setItemText(0, self.tr("Nobody (unassigned)"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Assign"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))

    def assignee(self) -> str | None:
        return self.person.currentData() or None
