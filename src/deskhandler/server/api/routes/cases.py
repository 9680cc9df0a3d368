"""Department API: one case with its full timeline."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path
from sqlalchemy import select

from deskhandler.server import presenters
from deskhandler.server.api.deps import CurrentUser, DbDep
from deskhandler.server.errors import APIError
from deskhandler.server.models import CaseRow, TimelineRow
from deskhandler.wire.models import CaseDetail, ErrorBody

router = APIRouter(tags=["cases"])


def not_found(case_id: str) -> APIError:
    """Another unit's case and a missing case get the same answer: existence stays secret."""
    return APIError(404, "not_found", f"no case {case_id!r} for you")


@router.get(
    "/cases/{case_id}",
    operation_id="get_case",
    response_model=CaseDetail,
    responses={404: {"model": ErrorBody, "description": "no such case, or another unit's"}},
)
def get_case(
    case_id: Annotated[str, Path(min_length=1, max_length=64)], user: CurrentUser, db: DbDep
) -> dict[str, Any]:
    """A case as the caller may see it, with its whole timeline in order."""
    with db.reading() as session:
        case = session.get(CaseRow, case_id)
        if case is None or not user.can_see(case.department):
            raise not_found(case_id)
        refs = presenters.attachment_refs(session, [case.id])
        timeline = session.scalars(
            select(TimelineRow)
            .where(TimelineRow.case_id == case.id)
            .order_by(TimelineRow.at, TimelineRow.id)
        )
        wire = presenters.case_to_wire(
            case, province_wide=user.province_wide, attachments=refs.get(case.id, [])
        )
        wire["timeline"] = [presenters.timeline_to_wire(entry) for entry in timeline]
    return wire
