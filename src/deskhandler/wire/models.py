"""Typed models of the department API's JSON (ARCHITECTURE.md, "Minimum wire shapes")."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
)

from deskhandler.domain.actions import ActionKind
from deskhandler.domain.statuses import Priority, Role, Status

ShortText = Annotated[str, StringConstraints(max_length=200)]
Id = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Outcome = Literal["applied", "duplicate", "conflict", "rejected"]
Level = Literal["satisfied", "neutral", "unsatisfied"]
Track = Literal["immediate", "timed"]


class _Read(BaseModel):
    """A shape the client reads: unknown fields from a newer server are ignored."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class _Write(BaseModel):
    """A shape the server reads: unknown fields are an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ErrorDetail(_Read):
    code: str
    message: str


class ErrorBody(_Read):
    error: ErrorDetail


class Reporter(_Read):
    """Personal data: sent only to coordinators, or to the unit when the reporter agreed."""

    name: str | None = None
    phone: str | None = None
    email: str | None = None


class Satisfaction(_Read):
    rating: Level
    comment: str | None = None
    at: AwareDatetime


class Rating(_Read):
    """The citizen's latest rating as the desk follows it up: satisfied or not.

    ``satisfied`` is False only for "unsatisfied" (`Satisfaction`'s third level, "neutral",
    is not a complaint to follow up)."""

    satisfied: StrictBool
    comment: str | None = None
    rated_at: AwareDatetime


class AttachmentRef(_Read):
    id: Id
    name: str
    content_type: str
    size: int
    public: bool = True


class Case(_Read):
    id: Id
    version: int = Field(ge=1)
    workflow_version: int = Field(ge=1)
    status: Status
    department: str | None
    assignee: str | None
    category: str
    priority: Priority
    title: str
    description: str
    address: str | None
    lat: float | None = Field(ge=-90, le=90)
    long: float | None = Field(ge=-180, le=180)
    reported_at: AwareDatetime
    due_at: AwareDatetime | None
    updated_at: AwareDatetime
    #: When the case last became resolved (or closed straight from in_progress); null
    #: while it is open, cleared by a reopen, kept by closing a resolved case.
    resolved_at: AwareDatetime | None = None
    track: Track = "timed"
    tags: list[str] = []
    resolution: str | None = None
    public_text: str | None = None
    #: A clerk's reply waiting for a supervisor's approval (not public yet).
    pending_reply: str | None = None
    attachments: list[AttachmentRef] = []
    reporter: Reporter | None = None
    satisfaction: Satisfaction | None = None
    #: The citizen's latest rating (null until the citizen rates a resolved case).
    rating: Rating | None = None
    duplicate_of: str | None = None


class TimelineEntry(_Read):
    action_id: str
    kind: str
    actor: str
    at: AwareDatetime
    payload: dict[str, Any]
    public: bool = False
    client: str | None = None
    #: When the person took the action on their PC (the desk's clock; it may have been
    #: offline for hours before ``at``, when the server applied it).  Shown, never ordered by.
    created_at: datetime | None = None


class CaseDetail(Case):
    timeline: list[TimelineEntry]


class ChangesPage(_Read):
    cases: list[Case]
    removed: list[Id]
    cursor: str
    has_more: bool
    #: True when the given cursor could not be honoured (another server, a restored backup):
    #: the client drops its mirror of server data and this page starts from the beginning.
    reset: bool = False


class ActionBase(_Write):
    model_config = ConfigDict(extra="allow", frozen=True)
    version: int = Field(ge=0)


class ActionIn(_Write):
    action_id: Annotated[str, StringConstraints(min_length=8, max_length=64)]
    case_id: Id
    kind: ActionKind
    payload: dict[str, Any]
    base: ActionBase
    created_at: datetime | None = None


class ActionBatch(_Write):
    actions: Annotated[list[ActionIn], Field(min_length=1, max_length=200)]


class ActionResult(_Read):
    action_id: str
    outcome: Outcome
    case: Case | None
    error: ErrorDetail | None


class ActionResults(_Read):
    results: list[ActionResult]


class TokenResponse(_Read):
    access_token: str
    token_type: Literal["bearer", "Bearer"]
    expires_in: int
    refresh_token: str


class Me(_Read):
    username: str
    name: str
    role: Role
    department: str | None


class Department(_Read):
    code: str
    name: str
    approval_required: bool = False
    merged_into: str | None = None
    #: False for a unit that was merged or closed: kept so that old cases stay readable.
    active: bool = True


class DirectoryUser(_Read):
    username: str
    name: str
    role: Role
    department: str | None = None
    #: False for a disabled account: kept so that old timeline entries show a name.
    active: bool = True


class Category(_Read):
    code: str
    name: str
    handling_days: int
    name_en: str | None = None
    #: Units a coordinator usually routes this category to, best first (may be empty):
    #: the routing dialog offers them first, marked "suggested".
    departments: list[str] = []


class ReplyTemplate(_Read):
    code: str
    name: str
    text: str


class Resolution(_Read):
    code: str
    name: str


class Directory(_Read):
    departments: list[Department]
    users: list[DirectoryUser]
    categories: list[Category]
    templates: list[ReplyTemplate]
    resolutions: list[Resolution]
    holidays: list[str]


class ClientVersions(_Read):
    """``GET /api/v1/client``: which desk version IT rolls out, and the oldest the server
    still supports.  Asked without signing in; the desk never updates itself."""

    current: str
    minimum: str
    #: Where IT finds the installer or the release notes, if the province publishes one.
    download_url: str | None = None


class AttachmentCreated(_Read):
    id: Id
    name: str
    content_type: str
    size: int
    sha256: str


__all__ = [
    "ActionBase",
    "ActionBatch",
    "ActionIn",
    "ActionResult",
    "ActionResults",
    "AttachmentCreated",
    "AttachmentRef",
    "Case",
    "CaseDetail",
    "Category",
    "ChangesPage",
    "ClientVersions",
    "Department",
    "Directory",
    "DirectoryUser",
    "ErrorBody",
    "ErrorDetail",
    "Me",
    "Rating",
    "ReplyTemplate",
    "Reporter",
    "Resolution",
    "Satisfaction",
    "ShortText",
    "TimelineEntry",
    "TokenResponse",
]
