"""Dependencies shared by the routes: the database, the settings and the signed-in person."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy import select

from deskhandler.domain.statuses import PROVINCE_WIDE_ROLES, Role
from deskhandler.server.db import Database
from deskhandler.server.errors import APIError
from deskhandler.server.models import TokenRow, UserRow, utcnow
from deskhandler.server.security import token_hash
from deskhandler.server.settings import Settings
from deskhandler.wire import API_PREFIX

oauth2_scheme = OAuth2PasswordBearer(tokenUrl=f"{API_PREFIX}/auth/token", auto_error=False)


def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


DbDep = Annotated[Database, Depends(get_db)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


@dataclass(frozen=True, slots=True)
class Principal:
    """The person a request acts for."""

    username: str
    name: str
    role: Role
    department: str | None
    device: str = ""

    @property
    def province_wide(self) -> bool:
        """Coordinators and admins see and act on every unit's cases."""
        return self.role in PROVINCE_WIDE_ROLES

    def can_see(self, department: str | None) -> bool:
        """Whether a case held by ``department`` (None: at the IOC) is visible."""
        return self.province_wide or (department is not None and department == self.department)


_UNAUTHORIZED = {"WWW-Authenticate": "Bearer"}
_EXPIRED = {"WWW-Authenticate": 'Bearer error="invalid_token", error_description="expired"'}


def current_principal(db: DbDep, token: Annotated[str | None, Depends(oauth2_scheme)]) -> Principal:
    if not token:
        raise APIError(401, "unauthorized", "sign-in required", _UNAUTHORIZED)
    now = utcnow()
    with db.reading() as session:
        row = session.scalar(
            select(TokenRow).where(
                TokenRow.token_hash == token_hash(token), TokenRow.kind == "access"
            )
        )
        if row is None or row.revoked_at is not None:
            # Unknown or signed out: refreshing cannot help, the person must sign in again.
            raise APIError(401, "unauthorized", "sign-in required", _UNAUTHORIZED)
        if row.expires_at <= now:
            # The client should use its refresh token and retry.
            raise APIError(401, "token_expired", "the access token has expired", _EXPIRED)
        user = session.scalar(select(UserRow).where(UserRow.username == row.username))
        if user is None or not user.active:
            raise APIError(401, "unauthorized", "the account is disabled", _UNAUTHORIZED)
        return Principal(user.username, user.name, Role(user.role), user.department, row.device)


CurrentUser = Annotated[Principal, Depends(current_principal)]


def require_roles(*roles: Role) -> object:
    """A dependency that lets only ``roles`` through (403 for the others)."""

    def check(user: CurrentUser) -> Principal:
        if user.role not in roles:
            raise APIError(403, "forbidden", "your role may not do this")
        return user

    return Depends(check)
