"""Department API: the change feed (`deskhandler.server.changefeed`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from deskhandler.server.api.deps import CurrentUser, DbDep
from deskhandler.server.changefeed import DEFAULT_LIMIT, MAX_LIMIT, read_changes
from deskhandler.wire.models import ChangesPage, ErrorBody

router = APIRouter(tags=["changes"])


@router.get(
    "/changes",
    response_model=ChangesPage,
    operation_id="get_changes",
    summary="Cases changed since a cursor",
    responses={400: {"model": ErrorBody, "description": "the cursor is not from this server"}},
)
def get_changes(
    user: CurrentUser,
    db: DbDep,
    cursor: Annotated[str, Query(max_length=400)] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Response:
    """Case snapshots visible to you changed after ``cursor`` (empty: from the beginning),
    ids that left your unit, and the next cursor.  Follow ``cursor`` while ``has_more``.
    ``reset: true`` means the cursor was from another server or an older backup: drop what
    you hold and take this page as the beginning.
    """
    body = read_changes(db, user, cursor, limit)
    return Response(body, media_type="application/json")
