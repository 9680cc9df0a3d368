"""The central database: cases, their timeline, people, units and the sync bookkeeping.

Every change to a case takes a number from the ``feed`` counter as the last statement of
its transaction (see `deskhandler.server.feed`), so the change feed can never skip a
transaction that commits late.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on SQLite (which forgets zones) too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON, list[Any]: JSON}


class Counter(Base):
    """Named counters: ``feed`` (change-feed sequence) and ``case`` (case numbers)."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class Meta(Base):
    """Server facts such as the ``epoch`` written into every feed cursor."""

    __tablename__ = "server_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class DepartmentRow(Base):
    __tablename__ = "departments"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    approval_required: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into: Mapped[str | None] = mapped_column(String(64), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_ioc: Mapped[bool] = mapped_column(Boolean, default=False)


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    department: Mapped[str | None] = mapped_column(
        ForeignKey("departments.code"), default=None, index=True
    )
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class CategoryRow(Base):
    """A category of DOMAIN.md; it is also the Open311 service of the same code."""

    __tablename__ = "categories"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    group: Mapped[str] = mapped_column(String(100), default="")
    keywords: Mapped[str] = mapped_column(String(400), default="")
    handling_days: Mapped[int] = mapped_column(Integer)
    #: Open311 service definition attributes (a list of attribute objects), or empty.
    attributes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: The unit a coordinator usually routes this category to.
    default_department: Mapped[str | None] = mapped_column(String(64), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TemplateRow(Base):
    __tablename__ = "reply_templates"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)


class ResolutionRow(Base):
    __tablename__ = "resolutions"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class HolidayRow(Base):
    __tablename__ = "holidays"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")


class CaseRow(Base):
    __tablename__ = "cases"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    number: Mapped[int] = mapped_column(BigInteger, unique=True)
    version: Mapped[int] = mapped_column(BigInteger, default=1)
    workflow_version: Mapped[int] = mapped_column(BigInteger, default=1)
    status: Mapped[str] = mapped_column(String(32), index=True)
    department: Mapped[str | None] = mapped_column(String(64), default=None)
    assignee: Mapped[str | None] = mapped_column(String(64), default=None)
    category: Mapped[str] = mapped_column(String(64), index=True)
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    track: Mapped[str] = mapped_column(String(16), default="timed")
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(String(500), default=None)
    lat: Mapped[float | None] = mapped_column(Float, default=None)
    long: Mapped[float | None] = mapped_column(Float, default=None)
    reported_at: Mapped[datetime]
    due_at: Mapped[datetime | None] = mapped_column(default=None)
    updated_at: Mapped[datetime] = mapped_column(index=True)
    #: When the case last became resolved or closed from a status that needs work
    #: (`deskhandler.domain.statuses.resolved_at_after`); null while it is open, cleared
    #: by a reopen.
    resolved_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    resolution: Mapped[str | None] = mapped_column(String(64), default=None)
    #: The latest public text (a published reply or a closing message): Open311 status_notes.
    public_text: Mapped[str | None] = mapped_column(Text, default=None)
    #: A reply drafted by a clerk that waits for a supervisor's approval.
    pending_reply: Mapped[str | None] = mapped_column(Text, default=None)
    duplicate_of: Mapped[str | None] = mapped_column(String(64), default=None)
    reporter_name: Mapped[str | None] = mapped_column(String(200), default=None)
    reporter_phone: Mapped[str | None] = mapped_column(String(64), default=None)
    reporter_email: Mapped[str | None] = mapped_column(String(200), default=None)
    #: The reporter agreed that the handling unit may see who they are.
    reporter_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Open311 fields of the citizen's report.
    device_id: Mapped[str | None] = mapped_column(String(200), default=None)
    account_id: Mapped[str | None] = mapped_column(String(200), default=None)
    media_url: Mapped[str | None] = mapped_column(String(1000), default=None)
    #: Open311 ``address_id``: the citizen app's own id of the address, when it sent one.
    address_id: Mapped[str | None] = mapped_column(String(200), default=None)
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    open311_token: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
    satisfaction_rating: Mapped[str | None] = mapped_column(String(16), default=None)
    satisfaction_comment: Mapped[str | None] = mapped_column(Text, default=None)
    satisfaction_at: Mapped[datetime | None] = mapped_column(default=None)
    #: Position in the change feed: the feed counter value of the last change's transaction.
    feed_seq: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (
        # The change feed pages by (feed_seq, id), per unit or province-wide.
        Index("ix_cases_department_feed_seq", "department", "feed_seq", "id"),
        Index("ix_cases_feed_seq", "feed_seq", "id"),
        Index("ix_cases_reported_at", "reported_at"),
    )


class Departure(Base):
    """A case left a unit (reassigned, returned): that unit's desks must drop it."""

    __tablename__ = "departures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    department: Mapped[str] = mapped_column(String(64))
    feed_seq: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (Index("ix_departures_department_feed_seq", "department", "feed_seq"),)


class TimelineRow(Base):
    """One entry of a case's timeline: the audit trail of who did what, when, from where."""

    __tablename__ = "timeline"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    action_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Public entries are what the citizen sees (Open311 servicerequestupdates).
    public: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The status after this entry, for public updates.
    status_after: Mapped[str | None] = mapped_column(String(32), default=None)
    client: Mapped[str | None] = mapped_column(String(200), default=None)
    client_created_at: Mapped[str | None] = mapped_column(String(40), default=None)


class ActionRecord(Base):
    """Idempotency: an applied action, its body's hash and the case right after it."""

    __tablename__ = "action_records"
    action_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[str] = mapped_column(String(64))
    body_hash: Mapped[str] = mapped_column(String(64))
    case_after: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(index=True)


class TokenRow(Base):
    """An opaque bearer or refresh token, stored as its SHA-256 only."""

    __tablename__ = "tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # access | refresh
    username: Mapped[str] = mapped_column(String(64), index=True)
    device: Mapped[str] = mapped_column(String(200), default="")
    family: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class LoginFailure(Base):
    """Failed sign-ins per user and device: a whole office shares one IP address."""

    __tablename__ = "login_failures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64))
    device: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime]

    __table_args__ = (Index("ix_login_failures_user_device", "username", "device", "at"),)


class ApiKeyRow(Base):
    """Open311 API keys; once any exists, POST requests needs one."""

    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class AttachmentRow(Base):
    __tablename__ = "attachments"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), default=None, index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    uploaded_by: Mapped[str] = mapped_column(String(64))
    department: Mapped[str | None] = mapped_column(String(64), default=None)
    #: Photos sent by the citizen and attached to public replies are public.
    public: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class AuditRow(Base):
    """Events outside a case's timeline: sign-ins, users, keys, settings."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(64))
    event: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


def utcnow() -> datetime:
    return datetime.now(UTC)
