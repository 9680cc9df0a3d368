"""Department API: the directory a desk needs to work offline.

Units, the people of the caller's unit, categories with their handling days, reply
templates, resolution codes and holidays.  It changes rarely, so it carries a strong ETag
and desks ask with ``If-None-Match``: an unchanged directory costs a 304 and no body.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from deskhandler.server.api.deps import CurrentUser, DbDep, Principal
from deskhandler.server.models import (
    CategoryRow,
    DepartmentRow,
    HolidayRow,
    ResolutionRow,
    TemplateRow,
    UserRow,
)
from deskhandler.wire.models import Directory

router = APIRouter(tags=["directory"])

_CACHE = {"Cache-Control": "private, no-cache", "Vary": "Authorization"}


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """``If-None-Match`` against ``etag`` with the weak comparison RFC 9110 asks for."""
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    bare = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == bare for tag in if_none_match.split(","))


def build_directory(session: Session, user: Principal) -> dict[str, Any]:
    users = select(UserRow).order_by(UserRow.username)
    if not user.province_wide:
        users = users.where(UserRow.department == user.department)
    directory: dict[str, Any] = {
        "departments": [
            {
                "code": d.code,
                "name": d.name,
                "approval_required": d.approval_required,
                "merged_into": d.merged_into,
                "active": d.active and d.merged_into is None,
            }
            for d in session.scalars(select(DepartmentRow).order_by(DepartmentRow.code))
        ],
        "users": [
            {
                "username": u.username,
                "name": u.name,
                "role": u.role,
                "department": u.department,
                "active": u.active,
            }
            for u in session.scalars(users)
        ],
        "categories": [
            {
                "code": c.code,
                "name": c.name,
                "handling_days": c.handling_days,
                "name_en": c.name_en,
                "departments": [c.default_department] if c.default_department else [],
            }
            for c in session.scalars(
                select(CategoryRow).where(CategoryRow.active.is_(True)).order_by(CategoryRow.code)
            )
        ],
        "templates": [
            {"code": t.code, "name": t.name, "text": t.text}
            for t in session.scalars(select(TemplateRow).order_by(TemplateRow.code))
        ],
        "resolutions": [
            {"code": r.code, "name": r.name}
            for r in session.scalars(select(ResolutionRow).order_by(ResolutionRow.code))
        ],
        "holidays": [
            d.isoformat() for d in session.scalars(select(HolidayRow.day).order_by(HolidayRow.day))
        ],
    }
    # Validated against the wire shape, so the ETag is over exactly what desks read.
    return Directory.model_validate(directory).model_dump(mode="json")


@router.get(
    "/directory",
    operation_id="get_directory",
    response_model=Directory,
    responses={304: {"description": "unchanged since the ETag given in If-None-Match"}},
)
def get_directory(request: Request, user: CurrentUser, db: DbDep) -> Response:
    """Units, people of my unit, categories, templates, resolutions and holidays (ETag)."""
    with db.reading() as session:
        body = json.dumps(
            build_directory(session, user), ensure_ascii=False, separators=(",", ":")
        ).encode()
    etag = f'"{hashlib.sha256(body).hexdigest()}"'
    headers = {"ETag": etag, **_CACHE}
    if etag_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)
