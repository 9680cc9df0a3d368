"""Service requests: the public list and single request, and the token lookup.

What a request shows is decided once, in `request_to_open311`: the report and its public
state, never who reported it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from deskhandler.domain.statuses import OPEN311_CLOSED, Status
from deskhandler.server.api.deps import DbDep, SettingsDep
from deskhandler.server.errors import APIError
from deskhandler.server.models import CaseRow, CategoryRow, DepartmentRow, utcnow
from deskhandler.server.open311.formats import check_format, local_iso, render
from deskhandler.server.open311.params import (
    bad,
    blank_to_none,
    check_jurisdiction,
    comma_list,
    date_window,
    paging,
    parse_datetime,
)
from deskhandler.server.reference import IOC

router = APIRouter()

#: A page holds the spec's "1000 most recent requests" unless the client asks for fewer.
DEFAULT_PAGE_SIZE = 1000
MAX_PAGE_SIZE = 1000
OPEN311_STATUSES = ("open", "closed")


def open311_status(status: str) -> str:
    return "closed" if Status(status) in OPEN311_CLOSED else "open"


def internal_statuses(open311: str) -> list[str]:
    closed = sorted(s.value for s in OPEN311_CLOSED)
    if open311 == "closed":
        return closed
    return sorted(s.value for s in Status if s.value not in closed)


def service_notice(category: CategoryRow | None) -> str | None:
    if category is None:
        return None
    days = category.handling_days
    return f"Thời hạn xử lý: {days} ngày làm việc / Handled within {days} working days"


class Directory:
    """Names of units and categories (small tables), read once per answer."""

    def __init__(self, session: Session) -> None:
        self.units = {row.code: row.name for row in session.scalars(select(DepartmentRow))}
        self.categories = {row.code: row for row in session.scalars(select(CategoryRow))}

    def agency(self, department: str | None) -> str | None:
        return self.units.get(department or IOC)


def request_to_open311(case: CaseRow, names: Directory) -> dict[str, Any]:
    """One request in the spec's field order; no reporter's data, ever."""
    category = names.categories.get(case.category)
    return {
        "service_request_id": case.id,
        "status": open311_status(case.status),
        "status_notes": case.public_text,
        "service_name": category.name if category else case.category,
        "service_code": case.category,
        "description": case.description,
        "agency_responsible": names.agency(case.department),
        "service_notice": service_notice(category),
        "requested_datetime": local_iso(case.reported_at),
        "updated_datetime": local_iso(case.updated_at),
        "expected_datetime": local_iso(case.due_at),
        "address": case.address,
        "address_id": case.address_id,
        "zipcode": None,
        "lat": case.lat,
        "long": case.long,
        "media_url": case.media_url,
    }


def _moment(name: str, text: str | None) -> datetime | None:
    text = blank_to_none(text)
    return None if text is None else parse_datetime(name, text)


def requests_query(
    *,
    max_days: int,
    service_request_id: str | None = None,
    service_code: str | None = None,
    status: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
    updated_after: str | None = None,
    updated_before: str | None = None,
    page: str | None = None,
    page_size: str | None = None,
    now: datetime | None = None,
) -> Select[CaseRow]:
    """The query for GET requests: every filter is a condition on an indexed column."""
    ids = comma_list(blank_to_none(service_request_id))
    if ids:
        # The spec: with service_request_id, every other filter is ignored.
        if len(ids) > MAX_PAGE_SIZE:
            raise bad(f"service_request_id lists at most {MAX_PAGE_SIZE} ids")
        return select(CaseRow).where(CaseRow.id.in_(ids)).order_by(CaseRow.reported_at.desc())
    query = select(CaseRow)
    codes = comma_list(blank_to_none(service_code))
    if codes:
        query = query.where(CaseRow.category.in_(codes))
    wanted = comma_list(blank_to_none(status))
    for value in wanted:
        if value not in OPEN311_STATUSES:
            raise bad("status must be open, closed, or both separated by a comma")
    if set(wanted) == {"open"} or set(wanted) == {"closed"}:
        query = query.where(CaseRow.status.in_(internal_statuses(wanted[0])))
    start, end = date_window(
        ("start_date", "end_date"),
        _moment("start_date", start_date),
        _moment("end_date", end_date),
        max_days,
    )
    after, before = date_window(
        ("updated_after", "updated_before"),
        _moment("updated_after", updated_after),
        _moment("updated_before", updated_before),
        max_days,
    )
    if start is None and after is None:
        # The spec's default: the most recent requests of the last ``max_days`` days.
        start = (now or utcnow()) - timedelta(days=max_days)
    if start is not None:
        query = query.where(CaseRow.reported_at >= start)
    if end is not None:
        query = query.where(CaseRow.reported_at <= end)
    if after is not None:
        query = query.where(CaseRow.updated_at >= after)
    if before is not None:
        query = query.where(CaseRow.updated_at <= before)
    limit, offset = paging(page, page_size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    return query.order_by(CaseRow.reported_at.desc(), CaseRow.id.desc()).limit(limit).offset(offset)


@router.get(
    "/requests.{format}",
    summary="Open311 service requests",
    operation_id="open311_get_requests",
    description=(
        "Filters: service_request_id (comma list; then every other filter is ignored), "
        "service_code (comma list), status (open, closed), start_date/end_date on "
        "requested_datetime, updated_after/updated_before on updated_datetime (v2.1 draft); "
        "each pair spans at most 90 days.  page (from 1) and page_size (default and maximum "
        "1000).  Without dates: the most recent requests of the last 90 days."
    ),
)
def get_requests(
    *,
    db: DbDep,
    settings: SettingsDep,
    format: str,
    jurisdiction_id: str | None = None,
    service_request_id: str | None = None,
    service_code: str | None = None,
    status: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
    updated_after: str | None = None,
    updated_before: str | None = None,
    page: str | None = None,
    page_size: str | None = None,
) -> Response:
    fmt = check_format(format)
    check_jurisdiction(settings, blank_to_none(jurisdiction_id))
    query = requests_query(
        max_days=settings.open311_max_days,
        service_request_id=service_request_id,
        service_code=service_code,
        status=status,
        start_date=start_date,
        end_date=end_date,
        updated_after=updated_after,
        updated_before=updated_before,
        page=page,
        page_size=page_size,
    )
    with db.reading() as session:
        names = Directory(session)
        data = [request_to_open311(case, names) for case in session.scalars(query)]
    return render(fmt, data, root="service_requests")


@router.get(
    "/requests/{service_request_id}.{format}",
    summary="Open311 service request",
    operation_id="open311_get_request",
)
def get_request(
    db: DbDep,
    settings: SettingsDep,
    service_request_id: str,
    format: str,
    jurisdiction_id: str | None = None,
) -> Response:
    fmt = check_format(format)
    check_jurisdiction(settings, blank_to_none(jurisdiction_id))
    with db.reading() as session:
        case = session.get(CaseRow, service_request_id)
        if case is None:
            raise APIError(
                404, "not_found", f"service_request_id {service_request_id!r} was not found"
            )
        data = [request_to_open311(case, Directory(session))]
    return render(fmt, data, root="service_requests")


@router.get(
    "/tokens/{token}.{format}",
    summary="Open311 service request id from a token",
    operation_id="open311_get_token",
)
def get_token(
    db: DbDep, settings: SettingsDep, token: str, format: str, jurisdiction_id: str | None = None
) -> Response:
    fmt = check_format(format)
    check_jurisdiction(settings, blank_to_none(jurisdiction_id))
    with db.reading() as session:
        case_id = session.scalar(select(CaseRow.id).where(CaseRow.open311_token == token))
    if case_id is None:
        raise APIError(404, "not_found", "token was not found")
    return render(fmt, [{"service_request_id": case_id, "token": token}], root="service_requests")
