"""The conflict policy: when an action taken on an old version of a case still applies.

ARCHITECTURE.md, "Offline semantics": notes and replies append; triage compares and sets
field by field; workflow kinds conflict when status, department or assignee changed after
the version the person saw (``base.version < workflow_version``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from deskhandler.domain.actions import APPEND_ONLY, TRIAGE_FIELDS, WORKFLOW_KINDS, ActionKind


@dataclass(frozen=True, slots=True)
class Conflict:
    """Why an action no longer applies; ``fields`` names the triage fields that moved."""

    message: str
    fields: tuple[str, ...] = ()


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, list) and isinstance(b, list):
        return sorted(map(str, a)) == sorted(map(str, b))
    return bool(a == b)


def find_conflict(
    kind: ActionKind,
    payload: Mapping[str, Any],
    base: Mapping[str, Any],
    current: Mapping[str, Any],
) -> Conflict | None:
    """Return the conflict of an action against the case as it is now, or None.

    ``base`` is what the person saw: ``version`` and, for triage, the old value of each
    changed field.  ``current`` is the case now, with ``workflow_version``.
    """
    if kind in APPEND_ONLY:
        return None
    if kind is ActionKind.TRIAGE:
        moved = tuple(
            name
            for name in TRIAGE_FIELDS
            if name in payload
            and name in base
            and not _same(current.get(name), base[name])
            and not _same(current.get(name), payload[name])
        )
        if moved:
            return Conflict(f"changed meanwhile by someone else: {', '.join(moved)}", moved)
        return None
    if kind in WORKFLOW_KINDS:
        seen = int(base.get("version", 0))
        if seen < int(current["workflow_version"]):
            return Conflict("the case moved on since you saw it (status, unit or assignee changed)")
        return None
    raise AssertionError(f"no policy for {kind}")  # pragma: no cover


def triage_base(payload: Mapping[str, Any], case: Mapping[str, Any]) -> dict[str, Any]:
    """The base values a triage must carry: the old value of each field it changes."""
    return {name: case.get(name) for name in TRIAGE_FIELDS if name in payload}
