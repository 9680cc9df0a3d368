"""Action kinds, their payloads, and which action is allowed in which status for which role.

`decide` is the one place that says what an action does to a case's workflow; the server
enforces it and the client uses it to build its overlay of pending work.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from deskhandler.domain.statuses import AT_IOC, PROVINCE_WIDE_ROLES, Priority, Role, Status


class ActionKind(StrEnum):
    NOTE = "note"
    REPLY = "reply"
    TRIAGE = "triage"
    ASSIGN = "assign"
    REASSIGN = "reassign"
    ACCEPT = "accept"
    RETURN = "return"
    CLOSE = "close"
    REOPEN = "reopen"
    APPROVE = "approve"
    #: A supervisor sends a drafted reply back to the clerk with a reason (an internal
    #: comment): the case is worked on again and the draft stays unpublished.
    SEND_BACK = "send_back"


#: Kinds that only add to the timeline; they never conflict while the case is visible.
APPEND_ONLY: frozenset[ActionKind] = frozenset({ActionKind.NOTE, ActionKind.REPLY})

#: Kinds that change the workflow state (status, department, assignee) and so conflict when
#: that state moved after the version the person saw.
WORKFLOW_KINDS: frozenset[ActionKind] = frozenset(
    {
        ActionKind.ACCEPT,
        ActionKind.RETURN,
        ActionKind.REASSIGN,
        ActionKind.ASSIGN,
        ActionKind.CLOSE,
        ActionKind.REOPEN,
        ActionKind.APPROVE,
        ActionKind.SEND_BACK,
    }
)

#: The supervisor's decision on a drafted reply (DOMAIN.md: "approves or sends back").
APPROVAL_KINDS: frozenset[ActionKind] = frozenset({ActionKind.APPROVE, ActionKind.SEND_BACK})

#: Kinds whose text the citizen and the public read.
PUBLIC_TEXT_KINDS: frozenset[ActionKind] = frozenset({ActionKind.REPLY, ActionKind.CLOSE})

#: Fields that triage may change, compared one by one against the base values.
TRIAGE_FIELDS: tuple[str, ...] = ("priority", "category", "due_at", "tags")

#: Statuses in which each kind may be taken (DOMAIN.md, "Rules of the lifecycle").
ALLOWED_FROM: dict[ActionKind, frozenset[Status]] = {
    ActionKind.NOTE: frozenset(Status),
    ActionKind.TRIAGE: frozenset(Status) - {Status.CLOSED},
    ActionKind.ACCEPT: frozenset({Status.ASSIGNED}),
    ActionKind.RETURN: frozenset({Status.ASSIGNED, Status.IN_PROGRESS}),
    ActionKind.REPLY: frozenset({Status.IN_PROGRESS}),
    ActionKind.APPROVE: frozenset({Status.AWAITING_APPROVAL}),
    ActionKind.SEND_BACK: frozenset({Status.AWAITING_APPROVAL}),
    ActionKind.CLOSE: frozenset({Status.IN_PROGRESS, Status.RESOLVED}),
    ActionKind.REOPEN: frozenset({Status.RESOLVED, Status.CLOSED}),
    ActionKind.REASSIGN: frozenset({Status.ASSIGNED, Status.IN_PROGRESS}),
    ActionKind.ASSIGN: frozenset({Status.ASSIGNED, Status.IN_PROGRESS, Status.AWAITING_APPROVAL}),
}

#: Kinds each role may take (on the cases it can see): only the unit's leaders (and the
#: province-wide roles) assign work and decide on drafted replies.
ROLE_KINDS: dict[Role, frozenset[ActionKind]] = {
    Role.CLERK: frozenset(ActionKind) - {ActionKind.ASSIGN} - APPROVAL_KINDS,
    Role.SUPERVISOR: frozenset(ActionKind),
    Role.COORDINATOR: frozenset(ActionKind),
    Role.ADMIN: frozenset(ActionKind),
}

MAX_TEXT = 20_000
MAX_REASON = 2_000


class ActionError(ValueError):
    """An action that the rules refuse; ``code`` is the wire error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class WorkflowState:
    """The three fields whose change makes workflow actions conflict."""

    status: Status
    department: str | None
    assignee: str | None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an allowed action does: the new workflow state and the field changes."""

    state: WorkflowState
    fields: Mapping[str, Any]
    public_text: str | None = None


def allowed_statuses(kind: ActionKind) -> frozenset[Status]:
    """Statuses from which ``kind`` may be taken."""
    if kind is ActionKind.REASSIGN:
        # Coordinators route cases that sit at the IOC with the same kind.
        return ALLOWED_FROM[kind] | AT_IOC
    return ALLOWED_FROM[kind]


def may_take(role: Role, kind: ActionKind, status: Status) -> bool:
    """Whether ``role`` may take ``kind`` on a case in ``status`` (visibility aside)."""
    if kind not in ROLE_KINDS[role]:
        return False
    if kind is ActionKind.REASSIGN and status in AT_IOC:
        return role in PROVINCE_WIDE_ROLES
    return status in allowed_statuses(kind)


def decides_approvals(role: Role) -> bool:
    """Whether ``role`` approves or sends back drafted replies (of the units it sees)."""
    return ROLE_KINDS[role] >= APPROVAL_KINDS


def _text(payload: Mapping[str, Any], key: str, limit: int, *, required: bool = True) -> str:
    value = payload.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise ActionError("invalid_payload", f"'{key}' must be a non-empty text")
    if len(value) > limit:
        raise ActionError("invalid_payload", f"'{key}' is longer than {limit} characters")
    return value


def _known(payload: Mapping[str, Any], allowed: set[str]) -> None:
    unknown = set(payload) - allowed
    if unknown:
        raise ActionError("invalid_payload", f"unknown fields: {', '.join(sorted(unknown))}")


def decide(
    kind: ActionKind,
    payload: Mapping[str, Any],
    state: WorkflowState,
    *,
    actor: str,
    role: Role,
    approval_required: bool = False,
) -> Outcome:
    """Apply the lifecycle rules to one action; raise `ActionError` when they refuse it.

    ``approval_required`` is the setting of the unit that holds the case.  The caller
    checks visibility and the conflict policy first; this only checks status, role and
    payload, and says what changes.
    """
    if not may_take(role, kind, state.status):
        if kind not in ROLE_KINDS[role]:
            raise ActionError("forbidden", f"a {role.value} may not {kind.value}")
        raise ActionError(
            "invalid_transition", f"cannot {kind.value} a case that is {state.status.value}"
        )
    same = state
    match kind:
        case ActionKind.NOTE:
            _known(payload, {"text", "attachments"})
            _text(payload, "text", MAX_TEXT)
            return Outcome(same, {})
        case ActionKind.REPLY:
            _known(payload, {"text", "attachments"})
            text = _text(payload, "text", MAX_TEXT)
            if approval_required and role is Role.CLERK:
                return Outcome(
                    WorkflowState(Status.AWAITING_APPROVAL, state.department, state.assignee), {}
                )
            return Outcome(
                WorkflowState(Status.RESOLVED, state.department, state.assignee), {}, text
            )
        case ActionKind.APPROVE:
            _known(payload, {"text"})
            edited = _text(payload, "text", MAX_TEXT, required=False)
            return Outcome(
                WorkflowState(Status.RESOLVED, state.department, state.assignee),
                {},
                edited or None,
            )
        case ActionKind.SEND_BACK:
            # The draft is not published; the reason is an internal comment for the unit.
            _known(payload, {"reason"})
            _text(payload, "reason", MAX_REASON)
            return Outcome(WorkflowState(Status.IN_PROGRESS, state.department, state.assignee), {})
        case ActionKind.TRIAGE:
            _known(payload, set(TRIAGE_FIELDS))
            if not payload:
                raise ActionError("invalid_payload", "triage changes at least one field")
            fields = validate_triage(payload)
            return Outcome(same, fields)
        case ActionKind.ACCEPT:
            _known(payload, set())
            return Outcome(
                WorkflowState(Status.IN_PROGRESS, state.department, state.assignee or actor), {}
            )
        case ActionKind.RETURN:
            _known(payload, {"reason", "suggested_department"})
            _text(payload, "reason", MAX_REASON)
            return Outcome(WorkflowState(Status.RETURNED, None, None), {})
        case ActionKind.REASSIGN:
            _known(payload, {"to", "reason"})
            to = _text(payload, "to", 64)
            if state.status not in AT_IOC:
                _text(payload, "reason", MAX_REASON)
            if to == state.department:
                raise ActionError("invalid_payload", "the case is already at that unit")
            return Outcome(WorkflowState(Status.ASSIGNED, to, None), {})
        case ActionKind.ASSIGN:
            _known(payload, {"assignee"})
            assignee = payload.get("assignee")
            if assignee is not None and (not isinstance(assignee, str) or not assignee):
                raise ActionError("invalid_payload", "'assignee' must be a username or null")
            return Outcome(WorkflowState(state.status, state.department, assignee), {})
        case ActionKind.CLOSE:
            _known(payload, {"resolution", "text", "attachments", "duplicate_of"})
            _text(payload, "resolution", 64)
            text = _text(payload, "text", MAX_TEXT)
            return Outcome(
                WorkflowState(Status.CLOSED, state.department, state.assignee),
                {"resolution": payload["resolution"]},
                text,
            )
        case ActionKind.REOPEN:
            _known(payload, {"reason"})
            _text(payload, "reason", MAX_REASON)
            return Outcome(
                WorkflowState(Status.IN_PROGRESS, state.department, state.assignee),
                {"resolution": None},
            )
    raise AssertionError(f"unhandled kind {kind}")  # pragma: no cover


def validate_triage(payload: Mapping[str, Any]) -> dict[str, Any]:
    """Check the fields of a triage payload and return them as they will be stored."""
    fields: dict[str, Any] = {}
    if "priority" in payload:
        try:
            fields["priority"] = Priority(payload["priority"]).value
        except ValueError:
            raise ActionError("invalid_payload", "unknown priority") from None
    if "category" in payload:
        category = payload["category"]
        if not isinstance(category, str) or not category or len(category) > 64:
            raise ActionError("invalid_payload", "'category' must be a category code")
        fields["category"] = category
    if "due_at" in payload:
        due = payload["due_at"]
        if due is not None and (not isinstance(due, str) or len(due) > 40):
            raise ActionError("invalid_payload", "'due_at' must be an ISO 8601 date-time")
        fields["due_at"] = due
    if "tags" in payload:
        tags = payload["tags"]
        if not isinstance(tags, list) or not all(
            isinstance(t, str) and 0 < len(t) <= 64 for t in tags
        ):
            raise ActionError("invalid_payload", "'tags' must be a list of short texts")
        if len(tags) > 32:
            raise ActionError("invalid_payload", "at most 32 tags")
        fields["tags"] = sorted(set(tags))
    return fields
