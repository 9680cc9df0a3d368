"""Issuing, rotating and revoking bearer tokens, and the per-(user, device) sign-in limit.

Tokens are opaque random strings stored only as their SHA-256.  Every sign-in starts a
*family*: the access and refresh tokens it issues, and all the pairs that refreshing them
issues later, share it, so signing out or detecting a stolen refresh token ends exactly
that session.

A refresh rotates: it answers a new pair and the presented refresh token stays valid until
its successor is first used, so an answer lost on a flaky network never ends a session.
Once a later token of the family has been used, presenting an older one again can only
mean that two parties hold the family's tokens: the whole family is revoked.

Failed sign-ins are limited per (username, device), never per IP address: a whole office
shares one address, and one clerk mistyping must not lock out the others.

The functions here only read and write rows; the caller owns the transaction.  Failures are
*returned* as `GrantError` rather than raised, so that what they record (a failure, a revoked
family, an audit entry) is committed before the error is answered.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from deskhandler.server.models import AuditRow, LoginFailure, TokenRow, UserRow, utcnow
from deskhandler.server.security import new_token, token_hash
from deskhandler.server.settings import Settings

#: Longest device label kept (the column's width).
DEVICE_MAX = 200


@dataclass(frozen=True, slots=True)
class GrantError:
    """An OAuth2 error answer (RFC 6749 section 5.2)."""

    error: str
    description: str
    status: int = 400
    retry_after: int | None = None


@dataclass(frozen=True, slots=True)
class IssuedTokens:
    access_token: str
    refresh_token: str
    expires_in: int
    family: str


def device_label(form_device: str | None, header_device: str | None, user_agent: str | None) -> str:
    """Which device asks: the form's ``device_id``, else ``X-Device-Id``, else the User-Agent."""
    for candidate in (form_device, header_device, user_agent):
        if candidate and candidate.strip():
            return candidate.strip()[:DEVICE_MAX]
    return ""


def _audit(session: Session, actor: str, event: str, **detail: object) -> None:
    session.add(AuditRow(at=utcnow(), actor=actor[:64], event=event, detail=detail))


def _issue(
    session: Session, settings: Settings, username: str, device: str, family: str
) -> IssuedTokens:
    now = utcnow()
    access, refresh = new_token(), new_token()
    session.add_all(
        [
            TokenRow(
                token_hash=token_hash(access),
                kind="access",
                username=username,
                device=device,
                family=family,
                created_at=now,
                expires_at=now + timedelta(seconds=settings.access_token_seconds),
            ),
            TokenRow(
                token_hash=token_hash(refresh),
                kind="refresh",
                username=username,
                device=device,
                family=family,
                created_at=now,
                expires_at=now + timedelta(days=settings.refresh_token_days),
            ),
        ]
    )
    return IssuedTokens(access, refresh, settings.access_token_seconds, family)


# --- the sign-in limit -------------------------------------------------------------------


def throttled_for(
    session: Session, settings: Settings, username: str, device: str, now: datetime | None = None
) -> int | None:
    """Seconds until (username, device) may try again, or None when it may try now."""
    now = now or utcnow()
    window = timedelta(seconds=settings.login_window_seconds)
    recent = list(
        session.scalars(
            select(LoginFailure.at)
            .where(
                LoginFailure.username == username,
                LoginFailure.device == device,
                LoginFailure.at > now - window,
            )
            .order_by(LoginFailure.at)
        )
    )
    if len(recent) < settings.login_attempts:
        return None
    # Trying is allowed again once enough of the recent failures have left the window.
    frees_at = recent[len(recent) - settings.login_attempts] + window
    return max(1, math.ceil((frees_at - now).total_seconds()))


def throttled_error(seconds: int) -> GrantError:
    minutes = max(1, math.ceil(seconds / 60))
    unit = "minute" if minutes == 1 else "minutes"
    return GrantError(
        "invalid_grant",
        f"too many failed sign-ins from this device; try again in {minutes} {unit}",
        status=429,
        retry_after=seconds,
    )


def record_failure(session: Session, username: str, device: str, reason: str) -> None:
    now = utcnow()
    session.add(LoginFailure(username=username[:64], device=device, at=now))
    _audit(session, username, "sign_in_failed", device=device, reason=reason)


def record_throttled(session: Session, username: str, device: str) -> None:
    _audit(session, username, "sign_in_throttled", device=device)


def _forget_failures(session: Session, settings: Settings, username: str, device: str) -> None:
    session.execute(
        delete(LoginFailure).where(LoginFailure.username == username, LoginFailure.device == device)
    )
    # Old failures of anyone are useless once out of the window: keep the table small.
    cutoff = utcnow() - timedelta(seconds=settings.login_window_seconds)
    session.execute(delete(LoginFailure).where(LoginFailure.at <= cutoff))


# --- grants ------------------------------------------------------------------------------


def complete_password_grant(
    session: Session,
    settings: Settings,
    *,
    username: str,
    device: str,
    password_ok: bool,
) -> IssuedTokens | GrantError:
    """Finish a password grant whose password was checked (outside the transaction)."""
    wait = throttled_for(session, settings, username, device)
    if wait is not None:
        # Checked again here: a parallel attempt may have used up the allowance meanwhile.
        record_throttled(session, username, device)
        return throttled_error(wait)
    user = session.scalar(select(UserRow).where(UserRow.username == username))
    if user is None or not password_ok:
        record_failure(session, username, device, "bad credentials")
        return GrantError("invalid_grant", "wrong username or password")
    if not user.active:
        _audit(session, username, "sign_in_refused", device=device, reason="account disabled")
        return GrantError("invalid_grant", "the account is disabled")
    _forget_failures(session, settings, username, device)
    issued = _issue(session, settings, username, device, family=uuid.uuid4().hex)
    _audit(session, username, "sign_in", device=device, grant="password", family=issued.family)
    return issued


def refresh_grant(
    session: Session, settings: Settings, refresh_token: str, device: str
) -> IssuedTokens | GrantError:
    """Rotate a refresh token (see the module's docstring for the grace and reuse rules)."""
    now = utcnow()
    row = session.scalar(
        select(TokenRow).where(
            TokenRow.token_hash == token_hash(refresh_token), TokenRow.kind == "refresh"
        )
    )
    if row is None:
        return GrantError("invalid_grant", "unknown refresh token")
    if row.revoked_at is not None:
        return GrantError("invalid_grant", "the refresh token was revoked; sign in again")
    if row.expires_at <= now:
        return GrantError("invalid_grant", "the refresh token has expired; sign in again")
    successor_used = session.scalar(
        select(func.count(TokenRow.id)).where(
            TokenRow.family == row.family,
            TokenRow.kind == "refresh",
            TokenRow.id > row.id,
            TokenRow.used_at.is_not(None),
        )
    )
    if successor_used:
        revoke_family(session, row.family, now)
        _audit(
            session,
            row.username,
            "refresh_token_reused",
            device=device,
            token_device=row.device,
            family=row.family,
        )
        return GrantError("invalid_grant", "the refresh token was already replaced; sign in again")
    user = session.scalar(select(UserRow).where(UserRow.username == row.username))
    if user is None or not user.active:
        revoke_family(session, row.family, now)
        return GrantError("invalid_grant", "the account is disabled")
    if row.used_at is None:
        row.used_at = now
    issued = _issue(session, settings, row.username, row.device or device, family=row.family)
    _audit(session, row.username, "token_refreshed", device=row.device, family=row.family)
    return issued


# --- revocation --------------------------------------------------------------------------


def revoke_family(session: Session, family: str, now: datetime | None = None) -> None:
    session.execute(
        update(TokenRow)
        .where(TokenRow.family == family, TokenRow.revoked_at.is_(None))
        .values(revoked_at=now or utcnow())
    )


def sign_out(session: Session, username: str, access_token: str, token: str | None) -> None:
    """Revoke the family of ``token`` (if it is the caller's) and the caller's access token.

    An unknown token or one of another person is ignored, as RFC 7009 asks: the answer
    must not tell whether a token exists.
    """
    now = utcnow()
    families: set[str] = set()
    for presented in (access_token, token):
        if not presented:
            continue
        row = session.scalar(select(TokenRow).where(TokenRow.token_hash == token_hash(presented)))
        if row is not None and row.username == username:
            families.add(row.family)
    for family in sorted(families):
        revoke_family(session, family, now)
    _audit(session, username, "sign_out", families=sorted(families))
