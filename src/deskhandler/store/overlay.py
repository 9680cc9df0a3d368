"""The overlay: a server snapshot with the person's pending actions applied in order.

Pure functions over the case's wire JSON.  The lifecycle rules come from
`deskhandler.domain.actions.decide`, the same function the server runs, so what the clerk
sees before upload is what the server will do.  An action the rules refuse on the current
snapshot (someone else moved the case) is skipped: the case keeps the server's values and
the entry stays pending until the server answers it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from deskhandler.domain.actions import (
    APPROVAL_KINDS,
    ActionError,
    ActionKind,
    WorkflowState,
    decide,
)
from deskhandler.domain.statuses import FINISHED, Priority, Status, resolved_at_after
from deskhandler.domain.text import nfc
from deskhandler.store.records import Identity

#: Says whether a unit requires a supervisor's approval of replies (from the directory).
ApprovalRule = Callable[[str | None], bool]

_MOMENT_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
#: UTC moments as pydantic writes them, with or without microseconds: their key is the
#: text itself (padded), which saves parsing and formatting each one (a first sync keys
#: three moments per case).
_UTC_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?Z", re.ASCII)


def parse_moment(value: str | datetime) -> datetime:
    """An aware datetime from the wire's ISO 8601 text; ValueError when it has no zone."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    moment = value
    if moment.tzinfo is None:
        raise ValueError("a date-time without a time zone")
    return moment.astimezone(UTC)


def moment_key(value: str | datetime | None) -> str | None:
    """A fixed-width UTC text that sorts and compares like the moment itself (SQL columns)."""
    if value is None:
        return None
    if isinstance(value, str) and (match := _UTC_TEXT.fullmatch(value)):
        return value if match.group(1) else f"{value[:-1]}.000000Z"
    return parse_moment(value).strftime(_MOMENT_FORMAT)


def from_key(value: str | None) -> datetime | None:
    if value is None:
        return None
    return datetime.strptime(value, _MOMENT_FORMAT).replace(tzinfo=UTC)


def resolved_at(case: Mapping[str, Any]) -> str | None:
    """When ``case`` (wire JSON) became finished: its ``resolved_at``, or its
    ``updated_at`` when a server that does not send ``resolved_at`` says it is finished;
    None while it is open."""
    if case["status"] not in FINISHED:
        return None
    return str(case.get("resolved_at") or case["updated_at"])


def apply_action(
    case: Mapping[str, Any],
    kind: str,
    payload: Mapping[str, Any],
    who: Identity,
    approval_required: ApprovalRule,
    *,
    at: str | None = None,
) -> dict[str, Any]:
    """The case JSON after one action taken at ``at`` (ISO 8601; now when None); raises
    `ActionError` when the rules refuse it.

    ``resolved_at`` follows the server's rule: set when the case becomes resolved or
    closed from an open status, kept when a resolved case is closed, cleared when it is
    reopened.  With ``at``, ``updated_at`` becomes it, as the server's will on upload (the
    queue's "updated" order shows the person's own work where they expect it)."""
    try:
        action = ActionKind(kind)
    except ValueError:
        raise ActionError("invalid_payload", f"unknown action kind {kind!r}") from None
    state = WorkflowState(Status(case["status"]), case.get("department"), case.get("assignee"))
    outcome = decide(
        action,
        payload,
        state,
        actor=who.username,
        role=who.role,
        approval_required=approval_required(state.department),
    )
    after = dict(case)
    if at is not None:
        after["updated_at"] = at
    after["resolved_at"] = resolved_at_after(
        case["status"],
        outcome.state.status,
        case.get("resolved_at"),
        at or datetime.now(UTC).isoformat().replace("+00:00", "Z"),
    )
    after["status"] = outcome.state.status.value
    after["department"] = outcome.state.department
    after["assignee"] = outcome.state.assignee
    fields = dict(outcome.fields)
    if "due_at" in fields and fields["due_at"] is not None:
        try:
            fields["due_at"] = parse_moment(fields["due_at"]).isoformat().replace("+00:00", "Z")
        except ValueError:
            raise ActionError("invalid_payload", "'due_at' must be an ISO 8601 date-time") from None
    if "priority" in fields:
        after["track"] = "immediate" if fields["priority"] == Priority.URGENT.value else "timed"
    after.update(fields)
    if action is ActionKind.REPLY:
        pending_reply = outcome.state.status is Status.AWAITING_APPROVAL
        after["pending_reply"] = nfc(str(payload["text"])) if pending_reply else None
    published = outcome.public_text
    if action is ActionKind.APPROVE:
        published = published or case.get("pending_reply")
    if action in APPROVAL_KINDS:
        after["pending_reply"] = None
    if action is ActionKind.CLOSE and payload.get("duplicate_of"):
        after["duplicate_of"] = str(payload["duplicate_of"])
    if published is not None:
        after["public_text"] = nfc(published)
    return after


def replay(
    snapshot: Mapping[str, Any],
    actions: Sequence[tuple[str, Mapping[str, Any]]],
    who: Identity | None,
    approval_required: ApprovalRule,
    moments: Sequence[str | None] = (),
) -> dict[str, Any]:
    """The effective case: ``snapshot`` with each (kind, payload) applied in order, each
    at its moment in ``moments`` (when the person took it; now when missing).

    Refused actions are skipped.  Without an identity nothing can be replayed (the rules
    depend on the role), so the snapshot is returned as it is.
    """
    case = dict(snapshot)
    if who is None:
        return case
    for index, (kind, payload) in enumerate(actions):
        at = moments[index] if index < len(moments) else None
        try:
            case = apply_action(case, kind, payload, who, approval_required, at=at)
        except (ActionError, ValueError, KeyError):
            continue
    return case
