"""Extension: the citizen rates how their resolved request was handled.

``POST /open311/v2/requests/{id}/satisfaction.{format}`` with ``token`` (from the answer to
POST requests), ``rating`` (satisfied, neutral, unsatisfied) and an optional ``comment``.
The rating lands on the case and in its timeline, and reaches the unit's desks through the
change feed; it changes no workflow state (reopening stays the unit's decision).
"""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from deskhandler.domain.statuses import OPEN311_CLOSED, Status
from deskhandler.domain.text import nfc
from deskhandler.server import feed
from deskhandler.server.api.deps import DbDep, SettingsDep
from deskhandler.server.errors import APIError
from deskhandler.server.models import CaseRow, TimelineRow, utcnow
from deskhandler.server.open311.formats import check_format, local_iso, render
from deskhandler.server.open311.params import bad, check_jurisdiction, check_key, read_form

router = APIRouter()

RATINGS = ("satisfied", "neutral", "unsatisfied")
MAX_COMMENT = 4000

_FORM_BODY: dict[str, Any] = {
    "schema": {
        "type": "object",
        "required": ["token", "rating"],
        "properties": {
            "api_key": {"type": "string"},
            "jurisdiction_id": {"type": "string"},
            "token": {"type": "string"},
            "rating": {"type": "string", "enum": list(RATINGS)},
            "comment": {"type": "string", "maxLength": MAX_COMMENT},
        },
    }
}


@router.post(
    "/requests/{service_request_id}/satisfaction.{format}",
    summary="Rate a resolved request (extension)",
    operation_id="open311_post_satisfaction",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/x-www-form-urlencoded": _FORM_BODY,
                "multipart/form-data": _FORM_BODY,
            },
        }
    },
)
async def post_satisfaction(
    request: Request, db: DbDep, settings: SettingsDep, service_request_id: str, format: str
) -> Response:
    fmt = check_format(format)
    form = await read_form(request, settings)
    check_jurisdiction(settings, form.get("jurisdiction_id"))
    token = form.get("token")
    rating = (form.get("rating") or "").strip().lower()
    comment = nfc(form.get("comment") or "").strip() or None
    if token is None:
        raise bad("token is required: the one the answer to POST requests gave")
    if rating not in RATINGS:
        raise bad("rating must be satisfied, neutral or unsatisfied")
    if comment is not None and len(comment) > MAX_COMMENT:
        raise bad(f"comment is longer than {MAX_COMMENT} characters")
    with db.reading() as session:
        check_key(session, form.get("api_key"), "rate_request")
    with db.writing() as session:
        case = session.get(CaseRow, service_request_id, with_for_update=True)
        if case is None:
            raise APIError(
                404, "not_found", f"service_request_id {service_request_id!r} was not found"
            )
        if not case.open311_token or not secrets.compare_digest(
            case.open311_token.encode(), token.strip().encode()
        ):
            raise APIError(403, "forbidden", "the token is not this request's token")
        if Status(case.status) not in OPEN311_CLOSED:
            raise bad("a request can be rated once it is resolved or closed")
        now = utcnow()
        case.satisfaction_rating = rating
        case.satisfaction_comment = comment
        case.satisfaction_at = now
        case.version += 1
        case.updated_at = now
        session.add(
            TimelineRow(
                case_id=case.id,
                action_id=str(uuid.uuid4()),
                kind="satisfaction",
                actor="citizen",
                actor_role="citizen",
                at=now,
                payload={"rating": rating, "comment": comment},
                public=False,
                status_after=case.status,
                client="open311",
            )
        )
        feed.mark_changed(session, case.id)
    answer = {
        "service_request_id": service_request_id,
        "rating": rating,
        "rated_datetime": local_iso(now),
    }
    return render(fmt, [answer], root="service_requests")
