"""Applying a batch of outbox entries: idempotency, visibility, conflict policy, lifecycle.

A batch is one write transaction (one commit, one change-feed number) with a savepoint per
action, so a refused or conflicting action rolls back only itself and never undoes the
others.  An unexpected error rolls back the whole batch; the desk sends it again and
idempotency makes that safe.

The rules themselves live in `deskhandler.domain` (`find_conflict`, `decide`); this module
loads the case, asks them, and writes what they say: the case, a timeline entry, the feed
stamp and the idempotency record holding the case as it was right after the action.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from deskhandler.domain.actions import (
    APPROVAL_KINDS,
    ROLE_KINDS,
    ActionError,
    ActionKind,
    WorkflowState,
    decide,
)
from deskhandler.domain.conflicts import find_conflict
from deskhandler.domain.deadlines import due_at
from deskhandler.domain.files import ATTACHING_KINDS, MAX_ATTACHMENTS
from deskhandler.domain.privacy import describe_findings, find_personal_data
from deskhandler.domain.statuses import Priority, Status, resolved_at_after
from deskhandler.domain.text import nfc
from deskhandler.server import feed
from deskhandler.server.api.deps import Principal
from deskhandler.server.attachments_service import claim_attachments
from deskhandler.server.chunks import chunks
from deskhandler.server.db import Database
from deskhandler.server.intake import load_calendar
from deskhandler.server.models import (
    ActionRecord,
    CaseRow,
    CategoryRow,
    DepartmentRow,
    ResolutionRow,
    TimelineRow,
    UserRow,
    utcnow,
)
from deskhandler.server.presenters import attachment_refs, case_to_wire, iso
from deskhandler.wire.models import ActionIn

log = logging.getLogger(__name__)

#: Idempotency records are pruned at most this often, by whichever request comes first.
PRUNE_EVERY = 3600.0


@dataclass(frozen=True, slots=True)
class Result:
    """One entry of ``ActionResults`` as plain data (the route serializes it)."""

    action_id: str
    outcome: str
    case: dict[str, Any] | None = None
    error: dict[str, str] | None = None

    def to_wire(self) -> dict[str, Any]:
        return {
            "action_id": self.action_id,
            "outcome": self.outcome,
            "case": self.case,
            "error": self.error,
        }


class _Refused(Exception):
    """Ends one action early with a ``rejected`` or ``conflict`` result."""

    def __init__(self, result: Result) -> None:
        super().__init__(result.outcome)
        self.result = result


def body_hash(action: ActionIn) -> str:
    """SHA-256 of the canonical JSON of what the action says (not when it was made)."""
    body = {
        "case_id": action.case_id,
        "kind": action.kind.value,
        "payload": action.payload,
        "base": action.base.model_dump(mode="json"),
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _rejected(
    action_id: str, code: str, message: str, case: dict[str, Any] | None = None
) -> Result:
    return Result(action_id, "rejected", case, {"code": code, "message": message})


class ActionsService:
    """Applies batches of actions for one database."""

    def __init__(self, db: Database, *, idempotency_days: int) -> None:
        self._db = db
        self._keep = timedelta(days=idempotency_days)
        self._last_prune = 0.0
        self._prune_lock = threading.Lock()

    def apply_batch(
        self, principal: Principal, actions: Sequence[ActionIn], client: str | None
    ) -> list[Result]:
        """Results in input order; one transaction, so one commit and one feed number."""
        with self._db.writing() as session:
            batch = _Batch.load(session, actions)
            results = [self._apply(session, batch, principal, action, client) for action in actions]
        self._maybe_prune()
        return results

    def _apply(
        self,
        session: Session,
        batch: _Batch,
        principal: Principal,
        action: ActionIn,
        client: str | None,
    ) -> Result:
        """One action in its own savepoint; a refusal undoes it and its feed marks only."""
        digest = body_hash(action)
        marks = feed.snapshot(session)
        try:
            with session.begin_nested():
                applying = _Apply(session, batch, principal, action, digest=digest, client=client)
                result = applying.run()
            # Only once its savepoint is released: a later entry of the batch with the same
            # action_id is then answered by this record, as if it had been read.
            if applying.record is not None:
                batch.records[applying.record.action_id] = applying.record
            return result
        except _Refused as refused:
            feed.restore(session, marks)
            return refused.result
        except IntegrityError:
            # Another request stored the same action_id between our check and our insert
            # (PostgreSQL, two requests at once): the primary key kept it to one effect, and
            # the winner's record, committed by now (READ COMMITTED), answers this one.
            feed.restore(session, marks)
            record = session.get(ActionRecord, action.action_id)
            if record is None:
                raise
            return _from_record(record, principal, action, digest)

    def _maybe_prune(self) -> None:
        now = time.monotonic()
        with self._prune_lock:
            if self._last_prune and now - self._last_prune < PRUNE_EVERY:
                return
            self._last_prune = now
        cutoff = utcnow() - self._keep
        with self._db.writing() as session:
            session.execute(delete(ActionRecord).where(ActionRecord.created_at < cutoff))


def _lock_cases(session: Session, case_ids: set[str]) -> dict[str, CaseRow]:
    """Lock the batch's cases up front, in id order (PostgreSQL; SQLite has one writer).

    Two batches touching the same cases then wait for each other instead of deadlocking,
    as they could if each locked its cases in the order its actions name them.  The feed
    counter row is locked last, by the stamp at commit.
    """
    cases: dict[str, CaseRow] = {}
    for chunk in chunks(sorted(case_ids)):
        rows = session.scalars(
            select(CaseRow).where(CaseRow.id.in_(chunk)).order_by(CaseRow.id).with_for_update()
        )
        cases.update((case.id, case) for case in rows)
    return cases


def _records(session: Session, action_ids: set[str]) -> dict[str, ActionRecord]:
    """The idempotency records the batch's action ids already have."""
    records: dict[str, ActionRecord] = {}
    for chunk in chunks(sorted(action_ids)):
        rows = session.scalars(select(ActionRecord).where(ActionRecord.action_id.in_(chunk)))
        records.update((record.action_id, record) for record in rows)
    return records


@dataclass(slots=True)
class _Batch:
    """What a batch reads once, after locking its cases, instead of once per action.

    The dicts hold strong references, so SQLAlchemy's weak identity map keeps the rows (and
    the changes earlier actions made to them) for the whole batch.
    """

    #: The batch's cases that existed when it locked them, by id.
    cases: dict[str, CaseRow]
    #: Idempotency records by action id: those stored before the batch, then those its
    #: applied actions added (see `ActionsService._apply`).
    records: dict[str, ActionRecord]
    #: Attachment references by case id; a case whose attachments an action changed is
    #: dropped and read again by each later action on it.
    refs: dict[str, list[dict[str, Any]]]
    _departments: dict[str, DepartmentRow] | None = None
    _users: dict[str, UserRow | None] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session, actions: Sequence[ActionIn]) -> _Batch:
        # Records after the locks: a concurrent batch with the same action_id on the same
        # case has committed by then, and READ COMMITTED shows its record.
        cases = _lock_cases(session, {action.case_id for action in actions})
        records = _records(session, {action.action_id for action in actions})
        refs = attachment_refs(session, sorted(cases)) if cases else {}
        return cls(cases, records, {case_id: refs.get(case_id, []) for case_id in cases})

    def department(self, session: Session, code: str | None) -> DepartmentRow | None:
        """A unit by code; all units are read once, on first use (there are few)."""
        if self._departments is None:
            self._departments = {row.code: row for row in session.scalars(select(DepartmentRow))}
        return None if code is None else self._departments.get(code)

    def user(self, session: Session, username: str) -> UserRow | None:
        """A person by username, read once per batch (a supervisor assigns many cases to
        the same few people)."""
        if username not in self._users:
            self._users[username] = session.scalar(
                select(UserRow).where(UserRow.username == username)
            )
        return self._users[username]


def _from_record(
    record: ActionRecord, principal: Principal, action: ActionIn, digest: str
) -> Result:
    if record.username == principal.username and record.body_hash == digest:
        return Result(action.action_id, "duplicate", dict(record.case_after))
    return _rejected(
        action.action_id,
        "action_id_reused",
        "this action_id was already used for a different action",
    )


def _parse_moment(value: Any) -> datetime | None:
    """An ISO 8601 date-time with a zone, as UTC; raises ActionError when it is not one."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise ActionError("invalid_payload", "'due_at' must be an ISO 8601 date-time") from None
    if moment.tzinfo is None:
        raise ActionError("invalid_payload", "'due_at' needs a time zone")
    return moment.astimezone(UTC)


def _same_moment_form(value: Any) -> Any:
    """``due_at`` as the wire writes it, so "+00:00" and "Z" compare equal."""
    try:
        return iso(_parse_moment(value))
    except ActionError:
        return value


class _Apply:
    """One action inside its savepoint of the batch's write transaction."""

    def __init__(
        self,
        session: Session,
        batch: _Batch,
        principal: Principal,
        action: ActionIn,
        *,
        digest: str,
        client: str | None,
    ) -> None:
        self.session = session
        self.batch = batch
        self.principal = principal
        self.action = action
        self.digest = digest
        self.client = client
        self.kind = action.kind
        self.payload: dict[str, Any] = dict(action.payload)
        #: The case's attachment references, read once unless this action claims uploads.
        self._refs: list[dict[str, Any]] | None = None
        #: The idempotency record this action added, once it is applied.
        self.record: ActionRecord | None = None

    def refuse(self, code: str, message: str, case: CaseRow | None = None) -> _Refused:
        wire = self.wire(case) if case is not None else None
        return _Refused(_rejected(self.action.action_id, code, message, wire))

    def wire(self, case: CaseRow) -> dict[str, Any]:
        if self._refs is None:
            refs = self.batch.refs.get(case.id)
            if refs is None:
                refs = attachment_refs(self.session, [case.id]).get(case.id, [])
            self._refs = refs
        return case_to_wire(
            case, province_wide=self.principal.province_wide, attachments=self._refs
        )

    def run(self) -> Result:
        session, action = self.session, self.action
        # The batch locked the case already (`_lock_cases`): a concurrent request with the
        # same action_id waited for it and, once the winner committed, finds its record below
        # (READ COMMITTED re-reads).  SQLite writers are serialized by BEGIN IMMEDIATE already;
        # FOR UPDATE is a no-op there.  The batch holds the rows it locked and the records it
        # read then (`_Batch.load`); only a case missing at lock time is looked for again.
        case = self.batch.cases.get(action.case_id)
        if case is None:
            case = session.scalars(
                select(CaseRow).where(CaseRow.id == action.case_id).with_for_update()
            ).one_or_none()
        record = self.batch.records.get(action.action_id)
        if record is not None:
            raise _Refused(_from_record(record, self.principal, action, self.digest))
        if case is None:
            raise self.refuse("not_found", f"no case {action.case_id}")
        if not self.principal.can_see(case.department):
            raise self.refuse("not_visible", "the case is no longer with your unit")
        role = self.principal.role
        if self.kind not in ROLE_KINDS[role]:
            raise self.refuse("forbidden", f"a {role.value} may not {self.kind.value}", case)

        current = self.wire(case)
        base = dict(action.base.model_dump(mode="json"))
        payload_for_policy = dict(self.payload)
        if self.kind is ActionKind.TRIAGE and "due_at" in payload_for_policy:
            payload_for_policy["due_at"] = _same_moment_form(payload_for_policy["due_at"])
            if "due_at" in base:
                base["due_at"] = _same_moment_form(base["due_at"])
        conflict = find_conflict(self.kind, payload_for_policy, base, current)
        if conflict is not None:
            raise _Refused(
                Result(
                    action.action_id,
                    "conflict",
                    current,
                    {"code": "conflict", "message": conflict.message},
                )
            )

        department = self.batch.department(session, case.department)
        before = WorkflowState(Status(case.status), case.department, case.assignee)
        try:
            outcome = decide(
                self.kind,
                self.payload,
                before,
                actor=self.principal.username,
                role=role,
                approval_required=bool(department and department.approval_required),
            )
            self.check_references(outcome.state, outcome.fields)
        except ActionError as error:
            raise self.refuse(error.code, error.message, case) from None

        published = self.published_text(case, outcome.public_text, outcome.state)
        if published is not None:
            findings = find_personal_data(published, [case.reporter_name])
            if findings:
                raise self.refuse("personal_data", describe_findings(findings), case)
        self.claim(case)
        self.change(case, before, outcome.state, outcome.fields, published)
        session.flush()
        after = self.wire(case)
        record = ActionRecord(
            action_id=action.action_id,
            username=self.principal.username,
            case_id=case.id,
            body_hash=self.digest,
            case_after=after,
            created_at=utcnow(),
        )
        session.add(record)
        session.flush()
        self.record = record
        return Result(action.action_id, "applied", after)

    def check_references(self, state: WorkflowState, fields: Mapping[str, Any]) -> None:
        """Codes and names in the payload must exist: units, users, categories, resolutions."""
        session = self.session
        if self.kind is ActionKind.REASSIGN:
            unit = self.batch.department(session, state.department)
            if unit is None or not unit.active or unit.is_ioc:
                raise ActionError("invalid_payload", f"no unit {state.department!r} to send to")
        if self.kind is ActionKind.ASSIGN and state.assignee is not None:
            user = self.batch.user(session, state.assignee)
            if user is None or not user.active or user.department != state.department:
                raise ActionError(
                    "invalid_payload", f"{state.assignee!r} is not a member of the unit"
                )
        if "category" in fields and session.get(CategoryRow, fields["category"]) is None:
            raise ActionError("invalid_payload", f"unknown category {fields['category']!r}")
        if fields.get("resolution") and session.get(ResolutionRow, fields["resolution"]) is None:
            raise ActionError("invalid_payload", f"unknown resolution {fields['resolution']!r}")
        if "due_at" in fields:
            _parse_moment(fields["due_at"])
        duplicate_of = self.payload.get("duplicate_of")
        if duplicate_of is not None and (
            not isinstance(duplicate_of, str) or session.get(CaseRow, duplicate_of) is None
        ):
            raise ActionError("invalid_payload", "'duplicate_of' must be the id of a case")

    def published_text(
        self, case: CaseRow, public_text: str | None, state: WorkflowState
    ) -> str | None:
        """The text this action makes public, or None (a draft waiting for approval)."""
        if self.kind is ActionKind.APPROVE:
            return public_text or case.pending_reply
        if self.kind is ActionKind.REPLY and state.status is Status.AWAITING_APPROVAL:
            # Checked now all the same, so the clerk fixes it before a supervisor sees it.
            text = nfc(str(self.payload["text"]))
            findings = find_personal_data(text, [case.reporter_name])
            if findings:
                raise self.refuse("personal_data", describe_findings(findings), case)
            return None
        return public_text

    def claim(self, case: CaseRow) -> None:
        ids = self.payload.get("attachments")
        if ids is None:
            return
        if self.kind not in ATTACHING_KINDS:
            raise self.refuse("invalid_payload", "this kind of action carries no attachments")
        ids_ok = isinstance(ids, list) and all(isinstance(i, str) for i in ids)
        if not ids_ok or len(ids) > MAX_ATTACHMENTS:
            raise self.refuse("bad_attachment", "'attachments' must be a list of upload ids")
        if not ids:
            return
        try:
            claim_attachments(self.session, list(ids), case.id, self.principal)
        except ValueError as error:
            raise self.refuse("bad_attachment", str(error)) from None
        self._refs = None  # the case has new attachments: read them again
        self.batch.refs.pop(case.id, None)  # and so do later actions on it

    def change(
        self,
        case: CaseRow,
        before: WorkflowState,
        after: WorkflowState,
        fields: Mapping[str, Any],
        published: str | None,
    ) -> None:
        session, now = self.session, utcnow()
        if after.department != before.department and before.department is not None:
            feed.mark_departed(session, case.id, before.department)
        case.resolved_at = resolved_at_after(case.status, after.status.value, case.resolved_at, now)
        case.status = after.status.value
        case.department = after.department
        case.assignee = after.assignee
        self.change_fields(case, fields)
        if self.kind is ActionKind.REPLY:
            if after.status is Status.AWAITING_APPROVAL:
                case.pending_reply = nfc(str(self.payload["text"]))
            else:
                case.pending_reply = None
        if self.kind in APPROVAL_KINDS:
            # Approved: published below.  Sent back: the draft stays in the timeline only.
            case.pending_reply = None
        if self.kind is ActionKind.CLOSE and self.payload.get("duplicate_of"):
            case.duplicate_of = str(self.payload["duplicate_of"])
        if published is not None:
            case.public_text = nfc(published)
        case.version += 1
        if after != before:
            case.workflow_version = case.version
        case.updated_at = now
        entry_payload = dict(self.payload)
        if self.kind is ActionKind.APPROVE and published is not None:
            entry_payload["text"] = nfc(published)
        session.add(
            TimelineRow(
                case_id=case.id,
                action_id=self.action.action_id,
                kind=self.kind.value,
                actor=self.principal.username,
                actor_role=self.principal.role.value,
                at=now,
                payload=entry_payload,
                public=published is not None,
                status_after=case.status,
                client=self.client,
                client_created_at=(
                    self.action.created_at.isoformat() if self.action.created_at else None
                ),
            )
        )
        feed.mark_changed(session, case.id)

    def change_fields(self, case: CaseRow, fields: Mapping[str, Any]) -> None:
        """Triage fields and the resolution; the deadline follows category and track."""
        recompute = False
        if "category" in fields and fields["category"] != case.category:
            case.category = fields["category"]
            recompute = True
        if "priority" in fields and fields["priority"] != case.priority:
            urgent = fields["priority"] == Priority.URGENT.value
            case.priority = fields["priority"]
            track = "immediate" if urgent else "timed"
            if track != case.track:
                case.track = track
                recompute = True
        if "tags" in fields:
            case.tags = list(fields["tags"])
        if "resolution" in fields:
            case.resolution = fields["resolution"]
        if "due_at" in fields:
            # A deadline set by hand wins over the computed one.
            case.due_at = _parse_moment(fields["due_at"])
        elif recompute:
            category = self.session.get(CategoryRow, case.category)
            if category is not None:
                case.due_at = due_at(
                    case.reported_at,
                    category.handling_days,
                    load_calendar(self.session),
                    urgent=case.track == "immediate",
                )
