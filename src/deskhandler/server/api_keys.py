"""Open311 API keys: made by an admin, shown once, stored as their SHA-256 only.

Intake is open while no key exists (pilots); once an admin has created one, POST requests
needs a valid key.  Revoking every key does not open intake again.
"""

from __future__ import annotations

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
