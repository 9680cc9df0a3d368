"""Settings of a handling unit that an administrator changes (audited)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from deskhandler.server.models import AuditRow, DepartmentRow, utcnow


def set_approval_required(
    session: Session, code: str, required: bool, actor: str = "cli"
) -> tuple[DepartmentRow, bool]:
    """Turn "replies need a supervisor's approval" on or off for unit ``code``: the unit and
    whether anything changed.  LookupError for an unknown or merged unit.

    Desks learn it from the directory (its ETag changes); a reply drafted offline before is
    judged by the setting when it arrives."""
    row = session.get(DepartmentRow, code)
    if row is None:
        raise LookupError(f"there is no unit {code!r}")
    if row.merged_into is not None or not row.active:
        raise LookupError(f"unit {code!r} is no longer active")
    if row.approval_required == required:
        return row, False
    row.approval_required = required
    session.add(
        AuditRow(
            at=utcnow(),
            actor=actor,
            event="approval_required_set",
            detail={"department": code, "required": required},
        )
    )
    return row, True
