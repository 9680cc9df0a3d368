"""mySociety's ``servicerequestupdates``: each public reply or closing message, once.

A FixMyStreet installation polls this to show the units' answers on its reports.  An update
is a public timeline entry (not the report itself); ``update_id`` is that entry's id.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response
from sqlalchemy import Select, select

from deskhandler.server.api.deps import DbDep, SettingsDep
from deskhandler.server.models import TimelineRow, utcnow
from deskhandler.server.open311.formats import check_format, local_iso, render
from deskhandler.server.open311.params import (
    blank_to_none,
    check_jurisdiction,
    date_window,
    paging,
    parse_datetime,
)
from deskhandler.server.open311.requests import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, open311_status

router = APIRouter()


def update_to_open311(entry: TimelineRow) -> dict[str, Any]:
    status = entry.status_after
    return {
        "update_id": str(entry.id),
        "service_request_id": entry.case_id,
        "status": open311_status(status) if status else "open",
        "updated_datetime": local_iso(entry.at),
        "description": str(entry.payload.get("text") or ""),
        "media_url": None,
        "external_status_code": status,
    }


def updates_query(
    *,
    max_days: int,
    start_date: str | None = None,
    end_date: str | None = None,
    page: str | None = None,
    page_size: str | None = None,
    now: datetime | None = None,
) -> Select[TimelineRow]:
    """Public updates in the window, oldest first (the order a poller applies them)."""
    start_text, end_text = blank_to_none(start_date), blank_to_none(end_date)
    start, end = date_window(
        ("start_date", "end_date"),
        parse_datetime("start_date", start_text) if start_text else None,
        parse_datetime("end_date", end_text) if end_text else None,
        max_days,
    )
    if start is None:
        start = (now or utcnow()) - timedelta(days=max_days)
    query = select(TimelineRow).where(
        TimelineRow.at >= start, TimelineRow.public.is_(True), TimelineRow.kind != "report"
    )
    if end is not None:
        query = query.where(TimelineRow.at <= end)
    limit, offset = paging(page, page_size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    return query.order_by(TimelineRow.at, TimelineRow.id).limit(limit).offset(offset)


@router.get(
    "/servicerequestupdates.{format}",
    summary="Open311 service request updates (mySociety extension)",
    operation_id="open311_get_updates",
    description=(
        "Public updates (published replies and closing messages) whose time is within "
        "start_date..end_date (at most 90 days apart; default: the last 90 days), oldest "
        "first, paged like requests."
    ),
)
def get_updates(
    *,
    db: DbDep,
    settings: SettingsDep,
    format: str,
    jurisdiction_id: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
    page: str | None = None,
    page_size: str | None = None,
) -> Response:
    fmt = check_format(format)
    check_jurisdiction(settings, blank_to_none(jurisdiction_id))
    query = updates_query(
        max_days=settings.open311_max_days,
        start_date=start_date,
        end_date=end_date,
        page=page,
        page_size=page_size,
    )
    with db.reading() as session:
        data = [update_to_open311(entry) for entry in session.scalars(query)]
    return render(fmt, data, root="service_request_updates", item="request_update")
