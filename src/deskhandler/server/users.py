"""Creating and changing user accounts (admin work, from the CLI or the API)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskhandler.domain.statuses import PROVINCE_WIDE_ROLES, Role
from deskhandler.server.models import AuditRow, DepartmentRow, UserRow, utcnow
from deskhandler.server.security import hash_password


class UserError(ValueError):
    pass


def create_user(
    session: Session,
    *,
    username: str,
    password: str,
    role: Role | str,
    department: str | None = None,
    name: str | None = None,
    actor: str = "system",
) -> UserRow:
    """Create an account; clerks and supervisors belong to a unit, coordinators to the IOC."""
    role = Role(role)
    username = username.strip()
    if not username or len(username) > 64 or any(c.isspace() for c in username):
        raise UserError("a username is 1 to 64 characters without spaces")
    if len(password) < 8:
        raise UserError("a password has at least 8 characters")
    if role not in PROVINCE_WIDE_ROLES and not department:
        raise UserError(f"a {role.value} belongs to a unit: give --department")
    if department is not None and session.get(DepartmentRow, department) is None:
        raise UserError(f"no unit with code {department!r}")
    if session.scalar(select(UserRow.id).where(UserRow.username == username)) is not None:
        raise UserError(f"user {username!r} exists already")
    user = UserRow(
        username=username,
        name=name or username,
        role=role.value,
        department=department,
        password_hash=hash_password(password),
        created_at=utcnow(),
    )
    session.add(user)
    session.add(
        AuditRow(
            at=utcnow(),
            actor=actor,
            event="user_created",
            detail={"username": username, "role": role.value, "department": department},
        )
    )
    return user
