"""Rows to wire shapes, deciding once what each person may see of a case."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskhandler.server.chunks import chunks
from deskhandler.server.models import AttachmentRow, CaseRow, TimelineRow


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat().replace("+00:00", "Z")


def as_is(moment: datetime | None) -> datetime | None:
    """For `case_to_wire`'s ``moment`` when the encoder writes UTC datetimes as `iso`
    does (``pydantic_core.to_json``: ``2026-01-02T03:04:05Z``, microseconds when set)."""
    return moment


def shows_reporter(case: CaseRow, *, province_wide: bool) -> bool:
    """Coordinators see who reported; a unit only when the reporter agreed."""
    return province_wide or case.reporter_consent


#: The fields of an attachment reference on the wire, in selection order.
_ATTACHMENT_FIELDS = ("id", "name", "content_type", "size", "public")


def attachment_refs(session: Session, case_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    refs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for chunk in chunks(case_ids):
        rows = session.connection().execute(
            select(
                AttachmentRow.case_id,
                AttachmentRow.id,
                AttachmentRow.name,
                AttachmentRow.content_type,
                AttachmentRow.size,
                AttachmentRow.public,
            )
            .where(AttachmentRow.case_id.in_(chunk))
            .order_by(AttachmentRow.created_at, AttachmentRow.id)
        )
        for case_id, *fields in rows:
            assert case_id is not None  # selected by case id
            refs[case_id].append(dict(zip(_ATTACHMENT_FIELDS, fields, strict=True)))
    return refs


def case_to_wire(
    case: CaseRow,
    *,
    province_wide: bool,
    attachments: Iterable[dict[str, Any]] = (),
    moment: Callable[[datetime | None], Any] = iso,
) -> dict[str, Any]:
    """The wire ``case`` as this person may see it; its datetimes passed through
    ``moment`` (`iso` text, or `as_is` for an encoder that writes them the same way)."""
    wire: dict[str, Any] = {
        "id": case.id,
        "version": case.version,
        "workflow_version": case.workflow_version,
        "status": case.status,
        "department": case.department,
        "assignee": case.assignee,
        "category": case.category,
        "priority": case.priority,
        "title": case.title,
        "description": case.description,
        "address": case.address,
        "lat": case.lat,
        "long": case.long,
        "reported_at": moment(case.reported_at),
        "due_at": moment(case.due_at),
        "updated_at": moment(case.updated_at),
        "resolved_at": moment(case.resolved_at),
        "track": case.track,
        "tags": list(case.tags or []),
        "resolution": case.resolution,
        "public_text": case.public_text,
        "pending_reply": case.pending_reply,
        "duplicate_of": case.duplicate_of,
        "attachments": list(attachments),
        "reporter": None,
        "satisfaction": None,
        "rating": None,
    }
    if shows_reporter(case, province_wide=province_wide) and (
        case.reporter_name or case.reporter_phone or case.reporter_email
    ):
        wire["reporter"] = {
            "name": case.reporter_name,
            "phone": case.reporter_phone,
            "email": case.reporter_email,
        }
    if case.satisfaction_rating and case.satisfaction_at:
        wire["satisfaction"] = {
            "rating": case.satisfaction_rating,
            "comment": case.satisfaction_comment,
            "at": moment(case.satisfaction_at),
        }
        wire["rating"] = {
            "satisfied": case.satisfaction_rating != "unsatisfied",
            "comment": case.satisfaction_comment,
            "rated_at": moment(case.satisfaction_at),
        }
    return wire


def timeline_to_wire(entry: TimelineRow) -> dict[str, Any]:
    return {
        "action_id": entry.action_id,
        "kind": entry.kind,
        "actor": entry.actor,
        "at": iso(entry.at),
        "payload": entry.payload,
        "public": entry.public,
        "client": entry.client,
        "created_at": entry.client_created_at,
    }
