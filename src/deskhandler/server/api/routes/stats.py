"""Department API: a unit's deadline and handling figures (``GET /api/v1/stats``).

Who sees what: a clerk or a supervisor gets their own unit's figures (a clerk's desk
holds the same cases anyway, so hiding their sums would protect nothing) and 403 for
another unit; coordinators and admins get any unit's, or every unit's without
``department``.  ``now`` fixes the clock, for tests and for checking a desk's numbers
computed at a known moment.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from deskhandler.server.api.deps import CurrentUser, DbDep
from deskhandler.server.errors import APIError
from deskhandler.server.models import utcnow
from deskhandler.server.stats import unit_stats
from deskhandler.wire.models import ErrorBody
from deskhandler.wire.stats import UnitStats

router = APIRouter(tags=["stats"])


@router.get(
    "/stats",
    operation_id="get_stats",
    response_model=UnitStats,
    responses={
        403: {"model": ErrorBody, "description": "another unit's figures"},
        422: {"model": ErrorBody, "description": "a bad parameter"},
    },
)
def get_stats(
    user: CurrentUser,
    db: DbDep,
    department: Annotated[str | None, Query(min_length=1, max_length=64)] = None,
    days: Annotated[int, Query(ge=1, le=366)] = 30,
    now: Annotated[datetime | None, Query()] = None,
) -> UnitStats:
    """Open cases overdue / due today / due this week, by assignee and category, and the
    daily trend of the last ``days`` days, as this server counts them."""
    if now is not None and now.tzinfo is None:
        raise APIError(422, "invalid_request", "'now' needs a time zone")
    if not user.province_wide:
        if user.department is None or department not in (None, user.department):
            raise APIError(403, "forbidden", "only your own unit's figures")
        department = user.department
    with db.reading() as session:
        return unit_stats(session, now or utcnow(), department, days)
