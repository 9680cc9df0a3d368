"""Open311 API keys: made by an admin, shown once, stored as their SHA-256 only.

Intake is open while no key exists (pilots); once an admin has created one, POST requests
needs a valid key.  Revoking every key does not open intake again.  A key is known by its
number and name (``list-api-keys``); the key itself is never shown again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from deskhandler.server.models import ApiKeyRow, AuditRow, utcnow
from deskhandler.server.security import new_token, token_hash


def create_api_key(session: Session, name: str, actor: str = "cli") -> str:
    """A new key for the client called ``name``; the plain key is returned only this once."""
    key = new_token()
    now = utcnow()
    session.add(ApiKeyRow(key_hash=token_hash(key), name=name, created_at=now))
    session.add(AuditRow(at=now, actor=actor, event="api_key_created", detail={"name": name}))
    return key


def check_api_key(session: Session, key: str) -> bool:
    """Whether ``key`` is a key an admin created and did not revoke."""
    return bool(
        session.scalar(
            select(
                exists().where(
                    ApiKeyRow.key_hash == token_hash(key.strip()), ApiKeyRow.revoked_at.is_(None)
                )
            )
        )
    )


def any_api_keys(session: Session) -> bool:
    """Whether an admin ever created a key (then intake needs one)."""
    return bool(session.scalar(select(exists().where(ApiKeyRow.id.is_not(None)))))


@dataclass(frozen=True, slots=True)
class ApiKeyInfo:
    """What an admin may see of a key: never the key."""

    id: int
    name: str
    created_at: datetime
    revoked_at: datetime | None


def _info(row: ApiKeyRow) -> ApiKeyInfo:
    return ApiKeyInfo(row.id, row.name, row.created_at, row.revoked_at)


def list_api_keys(session: Session) -> list[ApiKeyInfo]:
    """Every key ever created, oldest first, revoked ones included."""
    return [_info(row) for row in session.scalars(select(ApiKeyRow).order_by(ApiKeyRow.id))]


def revoke_api_key(session: Session, key_id: int, actor: str = "cli") -> tuple[ApiKeyInfo, bool]:
    """Revoke key number ``key_id``: the key and whether it was revoked just now (False when
    it already was).  LookupError for an unknown number."""
    row = session.get(ApiKeyRow, key_id)
    if row is None:
        raise LookupError(f"there is no API key number {key_id}")
    if row.revoked_at is not None:
        return _info(row), False
    row.revoked_at = utcnow()
    session.add(
        AuditRow(
            at=row.revoked_at,
            actor=actor,
            event="api_key_revoked",
            detail={"id": row.id, "name": row.name},
        )
    )
    return _info(row), True
