"""Creating a case from a citizen's report (Open311 POST, the seed, tests).

One place decides the case id, its number, its first timeline entry and its deadline, so
every way a report arrives produces the same thing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from deskhandler.domain.deadlines import HolidayCalendar, due_at
from deskhandler.domain.statuses import Priority, Status
from deskhandler.domain.text import nfc
from deskhandler.server import feed
from deskhandler.server.models import CaseRow, CategoryRow, Counter, HolidayRow, TimelineRow, utcnow

#: Case ids are strings (they are Open311 ``service_request_id`` too): ``PA-0000123``.
ID_PREFIX = "PA-"


def case_id_for(number: int) -> str:
    return f"{ID_PREFIX}{number:07d}"


def load_calendar(session: Session) -> HolidayCalendar:
    """The province's holiday calendar, as the admins keep it in the database."""
    return HolidayCalendar(session.scalars(select(HolidayRow.day)))


def next_numbers(session: Session, count: int = 1) -> range:
    """Reserve ``count`` case numbers (the counter row is locked until commit)."""
    last = session.execute(
        update(Counter)
        .where(Counter.name == "case")
        .values(value=Counter.value + count)
        .returning(Counter.value)
    ).scalar_one()
    return range(last - count + 1, last + 1)


@dataclass
class Report:
    """What a citizen sends: everything but the bookkeeping."""

    category: str
    description: str
    title: str = ""
    address: str | None = None
    lat: float | None = None
    long: float | None = None
    reporter_name: str | None = None
    reporter_phone: str | None = None
    reporter_email: str | None = None
    reporter_consent: bool = False
    device_id: str | None = None
    account_id: str | None = None
    media_url: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    open311_token: str | None = None
    client: str = "open311"
    reported_at: datetime | None = None


def title_from(description: str, limit: int = 120) -> str:
    """A one-line title: the description's first line, cut at a word if too long."""
    line = description.strip().splitlines()[0] if description.strip() else ""
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def create_case(
    session: Session,
    report: Report,
    *,
    calendar: HolidayCalendar | None = None,
    category: CategoryRow | None = None,
    number: int | None = None,
) -> CaseRow:
    """Add a ``new`` case at the IOC with its first timeline entry; the caller commits."""
    category = category or session.get(CategoryRow, report.category)
    if category is None:
        raise ValueError(f"unknown category {report.category!r}")
    calendar = calendar or load_calendar(session)
    now = utcnow()
    reported = report.reported_at or now
    number = number if number is not None else next_numbers(session)[0]
    description = nfc(report.description)
    case = CaseRow(
        id=case_id_for(number),
        number=number,
        version=1,
        workflow_version=1,
        status=Status.NEW.value,
        department=None,
        assignee=None,
        category=category.code,
        priority=Priority.NORMAL.value,
        track="timed",
        title=nfc(report.title) or title_from(description) or category.name,
        description=description,
        address=nfc(report.address) if report.address else None,
        lat=report.lat,
        long=report.long,
        reported_at=reported,
        due_at=due_at(reported, category.handling_days, calendar),
        updated_at=reported,
        tags=[],
        reporter_name=nfc(report.reporter_name) if report.reporter_name else None,
        reporter_phone=report.reporter_phone,
        reporter_email=report.reporter_email,
        reporter_consent=report.reporter_consent,
        device_id=report.device_id,
        account_id=report.account_id,
        media_url=report.media_url,
        attributes=dict(report.attributes),
        open311_token=report.open311_token,
        feed_seq=0,
    )
    session.add(case)
    session.add(
        TimelineRow(
            case_id=case.id,
            action_id=str(uuid.uuid4()),
            kind="report",
            actor="citizen",
            actor_role="citizen",
            at=reported,
            payload={"category": category.code},
            public=True,
            status_after=Status.NEW.value,
            client=report.client,
        )
    )
    feed.mark_changed(session, case.id)
    return case
