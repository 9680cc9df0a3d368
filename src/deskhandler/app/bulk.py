"""Bulk actions on a selection of cases: a preview per case, then one queued action each.

A leader picks several cases and one change (assign, priority, deadline, a reply from a
template, close as a duplicate of a main case).  `preview` says, for each case, what the
action would change or why the rules refuse it - the same rules (`apply_action`, hence
`domain.actions.decide`) that `Store.enqueue` checks and the server enforces - without
writing anything.  `queue_previewed` then queues the previewed payloads in one store
transaction (each checked again: a case may have moved since the preview) and returns the
action ids, which "Undo" hands to `Desk.undo` until the sync sends them.

A public text (reply, closing message) is checked per case for personal data
(`domain.privacy`): a bulk action has nobody to confirm a finding, so such a case is
refused and left for its own dialog.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from deskhandler.domain.actions import MAX_TEXT, ActionError, ActionKind
from deskhandler.domain.privacy import find_personal_data
from deskhandler.store.errors import ActionRefused
from deskhandler.store.overlay import ApprovalRule, apply_action, moment_key
from deskhandler.store.records import ChangeSet, Identity
from deskhandler.store.store import Store
from deskhandler.wire.models import Case

#: The kinds a bulk action may be.
BULK_KINDS = frozenset({ActionKind.ASSIGN, ActionKind.TRIAGE, ActionKind.REPLY, ActionKind.CLOSE})
#: The fields whose change a preview row names, in this order.
SHOWN_FIELDS = ("status", "assignee", "priority", "due_at", "duplicate_of")
#: ``{name}`` placeholders left in a filled template (as ``ui.dialogs.widgets.PLACEHOLDER``).
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

#: Refusal codes of the preview besides the rules' own (`ActionError` codes).
UNCHANGED = "unchanged"
MAIN_CASE = "main_case"
PERSONAL_DATA = "personal_data"
UNFILLED = "unfilled_placeholders"
TEXT_PROBLEM = "invalid_payload"
NOT_FOUND = "not_found"


@dataclass(frozen=True, slots=True)
class BulkAction:
    """One change for every selected case.

    ``payload`` is common to all; ``text_for`` (reply) gives the public text of one case
    (a template filled from that case).  ``main_case`` (close as duplicate) is left open
    and the others point to it.
    """

    kind: ActionKind
    payload: Mapping[str, Any]
    text_for: Callable[[Case], str] | None = None
    main_case: str | None = None


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """What the action does to one case, or why it will not be queued."""

    case_id: str
    title: str
    kind: str
    payload: Mapping[str, Any]
    changes: tuple[FieldChange, ...] = ()
    #: The public text this case would get (reply, close).
    text: str | None = None
    #: (code, message) when refused; the message is the rules' own words.
    refusal: tuple[str, str] | None = None

    @property
    def queued(self) -> bool:
        return self.refusal is None


@dataclass(frozen=True, slots=True)
class BulkResult:
    """What `queue_previewed` queued (case id -> action id) and refused (-> message)."""

    changes: ChangeSet = field(default_factory=ChangeSet)
    queued: dict[str, str] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)


def _public_problem(text: str, case: Case) -> tuple[str, str] | None:
    if not text.strip():
        return TEXT_PROBLEM, "the public text is empty"
    if len(text) > MAX_TEXT:
        return TEXT_PROBLEM, f"the text is too long ({len(text)} of at most {MAX_TEXT})"
    unfilled = sorted({m.group(0) for m in PLACEHOLDER.finditer(text)})
    if unfilled:
        return UNFILLED, "placeholders left unfilled: " + ", ".join(unfilled)
    names = [case.reporter.name] if case.reporter and case.reporter.name else []
    findings = find_personal_data(text, names)
    if findings:
        found = ", ".join(f.describe() for f in findings)
        return PERSONAL_DATA, f"the public text contains personal data: {found}"
    return None


def preview_case(
    case: Case, action: BulkAction, who: Identity, approval_required: ApprovalRule
) -> PreviewRow:
    """The preview of ``action`` on one effective case (pure: nothing is written)."""
    if action.kind not in BULK_KINDS:
        raise ValueError(f"{action.kind} is not a bulk action")
    payload = dict(action.payload)
    text: str | None = None
    if action.text_for is not None:
        text = action.text_for(case)
        payload["text"] = text
    elif "text" in payload:
        text = str(payload["text"])
    row = PreviewRow(case.id, case.title, action.kind.value, payload, text=text)
    if action.main_case is not None and case.id == action.main_case:
        return _refused(row, MAIN_CASE, "the main case stays open")
    before = case.model_dump(mode="json")
    try:
        after = apply_action(before, action.kind.value, payload, who, approval_required)
    except (ActionError, ValueError, KeyError) as error:
        code = error.code if isinstance(error, ActionError) else TEXT_PROBLEM
        message = error.message if isinstance(error, ActionError) else str(error)
        return _refused(row, code, message)
    changes = tuple(
        FieldChange(name, before.get(name), after.get(name))
        for name in SHOWN_FIELDS
        if _comparable(name, before.get(name)) != _comparable(name, after.get(name))
    )
    if text is not None:
        problem = _public_problem(text, case)
        if problem is not None:
            return _refused(row, *problem)
    elif not changes:
        return _refused(row, UNCHANGED, "nothing to change")
    return PreviewRow(row.case_id, row.title, row.kind, payload, changes, text)


def _comparable(name: str, value: Any) -> Any:
    """Moments compare as moments (the wire spells one moment several ways)."""
    return moment_key(value) if name == "due_at" else value


def _refused(row: PreviewRow, code: str, message: str) -> PreviewRow:
    return PreviewRow(row.case_id, row.title, row.kind, row.payload, (), row.text, (code, message))


def preview(
    cases: Sequence[Case | None],
    case_ids: Sequence[str],
    action: BulkAction,
    who: Identity,
    approval_required: ApprovalRule,
) -> list[PreviewRow]:
    """One row per selected case, in the order given (``cases[i]`` is ``case_ids[i]``,
    None when it is not in the local queue)."""
    rows = []
    for case_id, case in zip(case_ids, cases, strict=True):
        if case is None:
            empty = PreviewRow(case_id, "", action.kind.value, dict(action.payload))
            rows.append(_refused(empty, NOT_FOUND, "not in the local queue"))
        else:
            rows.append(preview_case(case, action, who, approval_required))
    return rows


def approval_rule(store: Store) -> ApprovalRule:
    """Whether a unit requires approval of replies, from the stored directory."""
    stored = store.directory()
    units = stored[0].get("departments", []) if stored else []
    required = {str(u.get("code")): bool(u.get("approval_required", False)) for u in units}
    return lambda department: required.get(department or "", False)


def preview_selection(
    store: Store, case_ids: Sequence[str], action: BulkAction
) -> list[PreviewRow]:
    """`preview` over the effective cases of the local store (run on the store thread)."""
    who = store.identity()
    if who is None:
        raise ActionRefused("forbidden", "nobody is signed in on this profile")
    views = [store.case(case_id) for case_id in case_ids]
    cases = [view.case if view is not None else None for view in views]
    return preview(cases, case_ids, action, who, approval_rule(store))


def queue_previewed(store: Store, rows: Sequence[PreviewRow]) -> BulkResult:
    """Queue the payload of every row the preview accepted, in one transaction; each is
    checked by the rules again (`ActionRefused` leaves that one out, with its reason)."""
    queued: dict[str, str] = {}
    refused: dict[str, str] = {}
    with store.transaction():
        for row in rows:
            if not row.queued:
                continue
            try:
                entry = store.enqueue(row.case_id, row.kind, row.payload)
            except ActionRefused as error:
                refused[row.case_id] = error.message
            else:
                queued[row.case_id] = entry.action_id
    return BulkResult(ChangeSet.of(queued, outbox=True), queued, refused)


__all__ = [
    "BULK_KINDS",
    "BulkAction",
    "BulkResult",
    "FieldChange",
    "PreviewRow",
    "approval_rule",
    "preview",
    "preview_case",
    "preview_selection",
    "queue_previewed",
]
