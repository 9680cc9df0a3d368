"""Who may be given a unit's cases: the person picker of the bulk dialog's "assign"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox

from deskhandler.domain.statuses import Role
from deskhandler.domain.text import sort_key
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
