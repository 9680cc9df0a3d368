"""Plain records the store returns: change sets, outbox and conflict entries, queue rows."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from deskhandler.domain.statuses import Role
from deskhandler.wire.models import Case


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What a write changed, so views refresh only that (STYLE.md point 3)."""

    case_ids: frozenset[str] = frozenset()
    outbox: bool = False
    conflicts: bool = False
    reset: bool = False

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(
            self.case_ids | other.case_ids,
            self.outbox or other.outbox,
            self.conflicts or other.conflicts,
            self.reset or other.reset,
        )

    def __bool__(self) -> bool:
        return bool(self.case_ids) or self.outbox or self.conflicts or self.reset

    @staticmethod
    def of(case_ids: Iterable[str], **flags: bool) -> ChangeSet:
        return ChangeSet(frozenset(case_ids), **flags)


@dataclass(frozen=True, slots=True)
class Identity:
    """Who uses this profile: the overlay applies the rules as this person."""

    username: str
    role: Role
    department: str | None


@dataclass(frozen=True, slots=True)
class OutboxFile:
    """A file the person attached to an action: its bytes wait in the attachment cache
    under ``digest`` until the sync uploads them and records the server's id."""

    digest: str
    name: str
    content_type: str
    size: int
    uploaded_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "digest": self.digest,
            "name": self.name,
            "content_type": self.content_type,
            "size": self.size,
            "uploaded_id": self.uploaded_id,
        }

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> OutboxFile:
        uploaded = value.get("uploaded_id")
        return cls(
            str(value["digest"]),
            str(value["name"]),
            str(value["content_type"]),
            int(value["size"]),
            None if uploaded is None else str(uploaded),
        )


def files_from_json(text: str | None) -> tuple[OutboxFile, ...]:
    return tuple(OutboxFile.from_json(item) for item in json.loads(text or "[]"))


def files_to_json(files: Iterable[OutboxFile]) -> list[dict[str, Any]]:
    return [file.to_json() for file in files]


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """An action waiting for upload.  ``seq`` orders entries; ``created_at`` is only shown."""

    seq: int
    action_id: str
    case_id: str
    kind: str
    payload: Mapping[str, Any]
    base: Mapping[str, Any]
    created_at: datetime
    #: Files attached to the action, uploaded before it (their ids join ``attachments``).
    files: tuple[OutboxFile, ...] = ()

    @property
    def waiting_files(self) -> list[OutboxFile]:
        """Attached files the server has not received yet."""
        return [file for file in self.files if file.uploaded_id is None]

    def to_wire(self) -> dict[str, Any]:
        """The entry as ``wire.ActionIn`` JSON for ``POST /api/v1/actions``.

        Raises ValueError while an attached file is not uploaded: the action must never
        reach the server without the photos the person attached to it."""
        if self.waiting_files:
            raise ValueError(f"action {self.action_id} has files not uploaded yet")
        payload = dict(self.payload)
        if self.files:
            payload["attachments"] = [
                *payload.get("attachments", []),
                *(file.uploaded_id for file in self.files),
            ]
        return {
            "action_id": self.action_id,
            "case_id": self.case_id,
            "kind": self.kind,
            "payload": payload,
            "base": dict(self.base),
            "created_at": self.created_at.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class ConflictEntry:
    """An action the server answered with ``conflict`` or ``rejected``, kept with its text."""

    id: int
    action_id: str
    case_id: str
    kind: str
    payload: Mapping[str, Any]
    base: Mapping[str, Any]
    created_at: datetime
    outcome: str
    error_code: str | None
    error_message: str | None
    #: The case version when the server refused it (None when the case was not returned).
    case_version: int | None
    parked_at: datetime
    #: Files attached to the action (queued again with it by "Re-apply").
    files: tuple[OutboxFile, ...] = ()


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the queue: the effective values (overlay applied) of a case."""

    id: str
    title: str
    status: str
    department: str | None
    assignee: str | None
    category: str
    priority: str
    address: str | None
    due_at: datetime | None
    reported_at: datetime
    updated_at: datetime
    version: int
    #: Actions waiting for upload ("waiting to upload" badge).
    pending: int
    #: Actions of this case in the conflicts list ("needs attention" badge).
    conflicts: int


def client_moment(value: Any) -> datetime | None:
    """A timeline entry's ``created_at`` (another desk's clock, maybe without a zone: UTC
    then), or None when it is missing or unreadable; it is only ever shown."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """A timeline entry; ``pending`` ones are local actions not uploaded yet."""

    action_id: str
    kind: str
    actor: str
    at: datetime
    payload: Mapping[str, Any]
    public: bool = False
    pending: bool = False
    #: Names of the files attached to a pending action.
    files: tuple[str, ...] = ()
    #: When the person took the action on their PC (may be long before ``at`` if offline).
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class CaseView:
    """A case as the person should see it: server snapshot with pending work applied."""

    case: Case
    snapshot: Case
    pending: list[OutboxEntry] = field(default_factory=list)
    conflicts: list[ConflictEntry] = field(default_factory=list)
    #: None when the full timeline was never fetched (``save_detail``).
    timeline: list[TimelineItem] | None = None
    #: The case version the stored timeline belongs to; older than ``snapshot.version``
    #: means the timeline may miss entries and is worth fetching again.
    timeline_version: int | None = None


@dataclass(frozen=True, slots=True)
class Workload:
    """One person's open cases, and how many of them are overdue or due soon."""

    open: int
    overdue: int
    due_soon: int
