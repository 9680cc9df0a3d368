"""Department API: sign-in (OAuth2 password and refresh grants) and sign-out (RFC 7009).

The token endpoint answers errors the OAuth2 way (``{"error", "error_description"}``,
RFC 6749 section 5.2), malformed forms included, because OAuth2 client libraries read
exactly that.  The form is read by hand, bounded by ``max_form_bytes``, so a huge or odd
body can neither exhaust memory nor slip past as FastAPI's generic validation error.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from deskhandler.server import tokens
from deskhandler.server.api.deps import CurrentUser, DbDep, SettingsDep, oauth2_scheme
from deskhandler.server.db import Database
from deskhandler.server.models import UserRow
from deskhandler.server.security import verify_password
from deskhandler.server.settings import Settings
from deskhandler.server.tokens import GrantError, IssuedTokens
from deskhandler.wire.models import TokenResponse

router = APIRouter(tags=["auth"])

_FORM = "application/x-www-form-urlencoded"
#: Longest password we hash: argon2 over megabytes of input is a denial of service.
_PASSWORD_MAX = 1024
_USERNAME_MAX = 64
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class _BadForm(Exception):
    def __init__(self, error: GrantError) -> None:
        self.error = error


def _oauth_error(error: GrantError) -> JSONResponse:
    headers = dict(_NO_STORE)
    if error.retry_after is not None:
        headers["Retry-After"] = str(error.retry_after)
    return JSONResponse(
        {"error": error.error, "error_description": error.description},
        status_code=error.status,
        headers=headers,
    )


def _invalid(description: str) -> _BadForm:
    return _BadForm(GrantError("invalid_request", description))


async def _read_form(request: Request, limit: int) -> dict[str, str]:
    """The url-encoded form as single values; anything else is an ``invalid_request``."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != _FORM:
        raise _invalid(f"send the parameters as {_FORM}")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise _invalid("the form is too large")
    try:
        pairs = parse_qsl(
            body.decode("utf-8"),
            keep_blank_values=True,
            max_num_fields=20,
            errors="strict",
        )
    except (UnicodeDecodeError, ValueError):
        raise _invalid("the form is not valid url-encoded UTF-8") from None
    form: dict[str, str] = {}
    for name, value in pairs:
        if name in form:
            raise _invalid(f"parameter {name!r} is repeated")  # RFC 6749 section 3.2
        form[name] = value
    return form


def _required(form: dict[str, str], name: str, limit: int) -> str:
    value = form.get(name, "")
    if not value:
        raise _invalid(f"missing parameter {name!r}")
    if len(value) > limit or "\x00" in value:
        raise _invalid(f"parameter {name!r} is not acceptable")
    return value


def _answer(issued: IssuedTokens) -> JSONResponse:
    body = TokenResponse(
        access_token=issued.access_token,
        token_type="bearer",  # noqa: S106 - the OAuth2 token type, not a secret
        expires_in=issued.expires_in,
        refresh_token=issued.refresh_token,
    )
    return JSONResponse(body.model_dump(), headers=_NO_STORE)


def _password_grant(
    db: Database, settings: Settings, username: str, password: str, device: str
) -> IssuedTokens | GrantError:
    with db.reading() as session:
        wait = tokens.throttled_for(session, settings, username, device)
        stored = (
            None
            if wait is not None
            else session.scalar(select(UserRow.password_hash).where(UserRow.username == username))
        )
    if wait is not None:
        with db.writing() as session:
            tokens.record_throttled(session, username, device)
        return tokens.throttled_error(wait)
    # argon2 takes a while: verify outside any transaction (SQLite has one writer).
    password_ok = verify_password(stored, password)
    with db.writing() as session:
        return tokens.complete_password_grant(
            session, settings, username=username, device=device, password_ok=password_ok
        )


def _refresh_grant(
    db: Database, settings: Settings, refresh_token: str, device: str
) -> IssuedTokens | GrantError:
    with db.writing() as session:
        return tokens.refresh_grant(session, settings, refresh_token, device)


_TOKEN_FORM: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            _FORM: {
                "schema": {
                    "type": "object",
                    "required": ["grant_type"],
                    "properties": {
                        "grant_type": {"type": "string", "enum": ["password", "refresh_token"]},
                        "username": {"type": "string"},
                        "password": {"type": "string", "format": "password"},
                        "refresh_token": {"type": "string"},
                        "device_id": {
                            "type": "string",
                            "description": "names the device (else X-Device-Id, else the "
                            "User-Agent); failed sign-ins are limited per user and device",
                        },
                    },
                }
            }
        },
    }
}

_OAUTH_ERROR = {
    "description": "OAuth2 error (RFC 6749 section 5.2)",
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["error"],
                "properties": {
                    "error": {"type": "string"},
                    "error_description": {"type": "string"},
                },
            }
        }
    },
}


@router.post(
    "/auth/token",
    operation_id="issue_token",
    response_model=TokenResponse,
    responses={400: _OAUTH_ERROR, 429: _OAUTH_ERROR},
    openapi_extra=_TOKEN_FORM,
)
async def issue_token(request: Request, db: DbDep, settings: SettingsDep) -> Response:
    """Sign in with a password, or trade a refresh token for a new pair."""
    try:
        form = await _read_form(request, settings.max_form_bytes)
        grant_type = _required(form, "grant_type", 64)
        device = tokens.device_label(
            form.get("device_id"),
            request.headers.get("x-device-id"),
            request.headers.get("user-agent"),
        )
        if grant_type == "password":
            username = _required(form, "username", _USERNAME_MAX).strip()
            password = _required(form, "password", _PASSWORD_MAX)
            result = await run_in_threadpool(
                _password_grant, db, settings, username, password, device
            )
        elif grant_type == "refresh_token":
            refresh = _required(form, "refresh_token", 256)
            result = await run_in_threadpool(_refresh_grant, db, settings, refresh, device)
        else:
            result = GrantError(
                "unsupported_grant_type", f"grant type {grant_type!r} is not offered"
            )
    except _BadForm as bad:
        return _oauth_error(bad.error)
    if isinstance(result, GrantError):
        return _oauth_error(result)
    return _answer(result)


_REVOKE_FORM: dict[str, Any] = {
    "requestBody": {
        "required": False,
        "content": {
            _FORM: {
                "schema": {
                    "type": "object",
                    "properties": {
                        "token": {"type": "string", "description": "the refresh token"},
                        "token_type_hint": {"type": "string"},
                    },
                }
            }
        },
    }
}


@router.post(
    "/auth/revoke",
    operation_id="revoke_token",
    status_code=200,
    responses={200: {"description": "signed out (also when the token was unknown)"}},
    openapi_extra=_REVOKE_FORM,
)
async def revoke_token(
    request: Request,
    user: CurrentUser,
    db: DbDep,
    settings: SettingsDep,
    access_token: Annotated[str | None, Depends(oauth2_scheme)],
) -> Response:
    """Sign out: end the session of the given refresh token and of the caller's access token."""
    try:
        form = await _read_form(request, settings.max_form_bytes)
    except _BadForm:
        form = {}
    token = form.get("token") or None

    def work() -> None:
        with db.writing() as session:
            tokens.sign_out(session, user.username, access_token or "", token)

    await run_in_threadpool(work)
    return Response(status_code=200, headers=_NO_STORE)
