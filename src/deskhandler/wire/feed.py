"""The change feed as the desk reads it: validated straight into plain JSON values.

`models.ChangesPage` describes the same page (the server answers with it, and the OpenAPI
document shows it).  A first sync reads up to 100,000 cases, and making a model of each,
then writing it out again as JSON text and as a dict for the store, cost the desk more
than anything else it does per case.  Here pydantic-core validates the page into dicts by
the same rules as `models.Case`, field for field and in the same order, defaults filled
in, unknown fields dropped; the store keeps each case as it comes.  A test holds these
shapes to the models (tests/unit/test_wire_feed.py).

One difference: a moment here is RFC 3339 text with a time zone (what OpenAPI's
``date-time`` means and what pydantic writes), kept as the server wrote it, where the
models accept any ISO 8601 form pydantic reads (and Unix times) and write it back their
way.  The calendar is checked too (no 30 February).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from pydantic import ConfigDict, Field, StrictBool, StringConstraints, TypeAdapter, with_config
from typing_extensions import TypedDict

from deskhandler.domain.statuses import Priority, Status
from deskhandler.wire.models import Id, Level, Track

_YEAR = "([0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})"
_DATE = f"{_YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
_TIME = "([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]([.][0-9]{1,6})?"
_ZONE = "(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"

#: A moment: RFC 3339 date-time with a zone, as text.
Moment = Annotated[str, StringConstraints(pattern=f"^{_DATE}T{_TIME}{_ZONE}$")]

_READ = ConfigDict(extra="ignore")


@with_config(_READ)
class FeedReporter(TypedDict):
    name: Annotated[str | None, Field(default=None)]
    phone: Annotated[str | None, Field(default=None)]
    email: Annotated[str | None, Field(default=None)]


@with_config(_READ)
class FeedSatisfaction(TypedDict):
    rating: Level
    comment: Annotated[str | None, Field(default=None)]
    at: Moment


@with_config(_READ)
class FeedRating(TypedDict):
    satisfied: StrictBool
    comment: Annotated[str | None, Field(default=None)]
    rated_at: Moment


@with_config(_READ)
class FeedAttachment(TypedDict):
    id: Id
    name: str
    content_type: str
    size: int
    public: Annotated[bool, Field(default=True)]


@with_config(_READ)
class FeedCase(TypedDict):
    """`models.Case` as a dict of JSON values (statuses and priorities are `StrEnum`s)."""

    id: Id
    version: Annotated[int, Field(ge=1)]
    workflow_version: Annotated[int, Field(ge=1)]
    status: Status
    department: str | None
    assignee: str | None
    category: str
    priority: Priority
    title: str
    description: str
    address: str | None
    lat: Annotated[float, Field(ge=-90, le=90)] | None
    long: Annotated[float, Field(ge=-180, le=180)] | None
    reported_at: Moment
    due_at: Moment | None
    updated_at: Moment
    resolved_at: Annotated[Moment | None, Field(default=None)]
    track: Annotated[Track, Field(default="timed")]
    tags: Annotated[list[str], Field(default_factory=list)]
    resolution: Annotated[str | None, Field(default=None)]
    public_text: Annotated[str | None, Field(default=None)]
    pending_reply: Annotated[str | None, Field(default=None)]
    attachments: Annotated[list[FeedAttachment], Field(default_factory=list)]
    reporter: Annotated[FeedReporter | None, Field(default=None)]
    satisfaction: Annotated[FeedSatisfaction | None, Field(default=None)]
    rating: Annotated[FeedRating | None, Field(default=None)]
    duplicate_of: Annotated[str | None, Field(default=None)]


@with_config(_READ)
class _Page(TypedDict):
    cases: list[FeedCase]
    removed: list[Id]
    cursor: str
    has_more: bool
    reset: Annotated[bool, Field(default=False)]


_PAGE = TypeAdapter(_Page)
_CASE_JSON = TypeAdapter(FeedCase).serializer.to_json


@dataclass(frozen=True, slots=True)
class FeedPage:
    """One page of ``GET /api/v1/changes`` (see `models.ChangesPage`)."""

    cases: list[FeedCase]
    removed: list[str]
    cursor: str
    has_more: bool
    #: The given cursor could not be honoured: drop the mirror, this page starts over.
    reset: bool = False


def read_page(body: bytes | str) -> FeedPage:
    """Validate a feed page; `pydantic.ValidationError`, or ValueError for a date that is
    not in the calendar."""
    page = _PAGE.validate_json(body)
    for case in page["cases"]:
        _check_days(case)
    return FeedPage(page["cases"], page["removed"], page["cursor"], page["has_more"], page["reset"])


def case_json(case: FeedCase) -> bytes:
    """A case of the feed as JSON, exactly as `models.Case` writes the same case."""
    return _CASE_JSON(case)


def _check_days(case: FeedCase) -> None:
    """The pattern allows days up to 31 in every month; the calendar decides the rest."""
    moments: list[str | None] = [
        case["reported_at"],
        case["due_at"],
        case["updated_at"],
        case["resolved_at"],
    ]
    if case["satisfaction"] is not None:
        moments.append(case["satisfaction"]["at"])
    if case["rating"] is not None:
        moments.append(case["rating"]["rated_at"])
    for moment in moments:
        if moment is not None and moment[8:10] > "28":
            _calendar_date(moment)


def _calendar_date(moment: str) -> None:
    try:
        datetime.strptime(moment[:10], "%Y-%m-%d")
    except ValueError:
        raise ValueError(f"not a date in the calendar: {moment[:10]}") from None


__all__ = ["FeedAttachment", "FeedCase", "FeedPage", "Moment", "case_json", "read_page"]
