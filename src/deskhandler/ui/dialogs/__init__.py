"""The action dialogs: one `QDialog` per action kind, plus conflicts and settings.

Interface the window relies on:

- ``DIALOGS[kind](case, context, parent)`` builds the dialog for ``kind`` (an
  `ActionKind` value) for a `CaseView` and a `DialogContext`;
- open it with ``open()`` (never ``exec()`` inside a coroutine), and after ``accepted``
  read ``payload()``: a dict that ``Desk.act(case_id, kind, payload)`` accepts;
- a dialog keeps what is typed in ``context.drafts`` as it is typed, keeps it on Cancel
  (nothing typed is lost) and clears it on accept; when ``Desk.act`` then refuses the
  payload, call ``dialog.keep_draft()`` to put the draft back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from deskhandler.ui.dialogs.context import DialogContext, DraftStore, MemoryDraftStore

#: Action dialog class per action kind name; filled as the dialogs land.
DIALOGS: dict[str, type[QDialog]] = {}

__all__ = ["DIALOGS", "DialogContext", "DraftStore", "MemoryDraftStore"]
