"""The action dialogs: one `QDialog` per action kind, plus conflicts and settings.

Interface the window relies on:

- ``DIALOGS[kind](case, context, parent)`` builds the dialog for ``kind`` (an
  `ActionKind` value) for a `CaseView` and a `DialogContext`; `kinds_for` says which kinds
  the person may take on a case now;
- open it with ``open()`` (never ``exec()`` inside a coroutine), and after ``accepted``
  read ``payload()``: a dict that ``Desk.act(case_id, kind, payload)`` accepts;
- a dialog keeps what is typed in ``context.drafts`` as it is typed, keeps it on Cancel
  (nothing typed is lost) and clears it on accept; when ``Desk.act`` then refuses the
  payload, call ``dialog.keep_draft()`` to put the draft back;
- ``dialog.prefill(payload)`` loads the payload of an action from the conflicts list (Edit).
"""

from __future__ import annotations

from deskhandler.domain.actions import ActionKind, may_take
from deskhandler.domain.statuses import Status
from deskhandler.store.records import CaseView
from deskhandler.ui.dialogs.accept import AcceptDialog
from deskhandler.ui.dialogs.approve import ApproveDialog
from deskhandler.ui.dialogs.assign import AssignDialog
from deskhandler.ui.dialogs.base import ActionDialog
from deskhandler.ui.dialogs.close import CloseDialog
from deskhandler.ui.dialogs.conflicts import ConflictsDialog
from deskhandler.ui.dialogs.context import DialogContext, DraftStore, MemoryDraftStore
from deskhandler.ui.dialogs.note import NoteDialog
from deskhandler.ui.dialogs.reassign import ReassignDialog
from deskhandler.ui.dialogs.reopen import ReopenDialog
from deskhandler.ui.dialogs.reply import ReplyDialog
from deskhandler.ui.dialogs.return_case import ReturnDialog
from deskhandler.ui.dialogs.send_back import SendBackDialog
from deskhandler.ui.dialogs.settings import SettingsDialog, SettingsValues
from deskhandler.ui.dialogs.triage import TriageDialog

#: Action dialog class per action kind name, in the order a menu shows them.
DIALOGS: dict[str, type[ActionDialog]] = {
    ActionKind.ACCEPT.value: AcceptDialog,
    ActionKind.NOTE.value: NoteDialog,
    ActionKind.TRIAGE.value: TriageDialog,
    ActionKind.REPLY.value: ReplyDialog,
    ActionKind.REASSIGN.value: ReassignDialog,
    ActionKind.RETURN.value: ReturnDialog,
    ActionKind.CLOSE.value: CloseDialog,
    ActionKind.REOPEN.value: ReopenDialog,
    ActionKind.ASSIGN.value: AssignDialog,
    ActionKind.APPROVE.value: ApproveDialog,
    ActionKind.SEND_BACK.value: SendBackDialog,
}


def kinds_for(case: CaseView, context: DialogContext) -> list[str]:
    """The action kinds the person may take on ``case`` now (visibility aside)."""
    status = Status(case.case.status)
    return [kind for kind in DIALOGS if may_take(context.role, ActionKind(kind), status)]


__all__ = [
    "DIALOGS",
    "AcceptDialog",
    "ActionDialog",
    "ApproveDialog",
    "AssignDialog",
    "CloseDialog",
    "ConflictsDialog",
    "DialogContext",
    "DraftStore",
    "MemoryDraftStore",
    "NoteDialog",
    "ReassignDialog",
    "ReopenDialog",
    "ReplyDialog",
    "ReturnDialog",
    "SendBackDialog",
    "SettingsDialog",
    "SettingsValues",
    "TriageDialog",
    "kinds_for",
]
