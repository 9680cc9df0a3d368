"""Case statuses and who holds a case in each of them."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar


class Status(StrEnum):
    NEW = "new"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    AWAITING_APPROVAL = "awaiting_approval"
    RESOLVED = "resolved"
    CLOSED = "closed"
    RETURNED = "returned"


#: Statuses in which the case sits at the IOC, with no unit (``department`` is null).
AT_IOC: frozenset[Status] = frozenset({Status.NEW, Status.RETURNED})

#: Statuses in which the case still needs work from someone (deadlines count).
OPEN: frozenset[Status] = frozenset(
    {Status.NEW, Status.ASSIGNED, Status.IN_PROGRESS, Status.AWAITING_APPROVAL, Status.RETURNED}
)

T = TypeVar("T")

#: Statuses in which the unit's work on the case is done: the dashboards count a
#: resolution at the moment a case entered one (`resolved_at_after`).
FINISHED: frozenset[Status] = frozenset({Status.RESOLVED, Status.CLOSED})


def resolved_at_after(before: str, after: str, resolved_at: T | None, now: T) -> T | None:
    """A case's ``resolved_at`` once its status went from ``before`` to ``after`` at
    ``now``: set on entering a finished status from one that needs work (a reply, an
    approval, closing straight from ``in_progress``), kept while it stays finished
    (closing a resolved case), cleared when it needs work again (a reopen).  The one rule
    for the server's writers and the desk's overlay; moments of any type (the server's
    datetimes, the wire's ISO texts)."""
    if after not in FINISHED:
        return None
    if before not in FINISHED:
        return now
    return resolved_at


#: Statuses that Open311 reports as ``closed``.
OPEN311_CLOSED: frozenset[Status] = frozenset({Status.RESOLVED, Status.CLOSED})

#: The labels the province uses, for people who read Vietnamese.
VIETNAMESE_LABELS: dict[Status, str] = {
    Status.NEW: "Mới tiếp nhận",
    Status.ASSIGNED: "Chờ tiếp nhận",
    Status.IN_PROGRESS: "Đang xử lý",
    Status.AWAITING_APPROVAL: "Chờ duyệt",
    Status.RESOLVED: "Đã xử lý",
    Status.CLOSED: "Đã đóng",
    Status.RETURNED: "Trả lại",
}


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    COORDINATOR = "coordinator"
    ADMIN = "admin"


#: Roles that see and act on every unit's cases.
PROVINCE_WIDE_ROLES: frozenset[Role] = frozenset({Role.COORDINATOR, Role.ADMIN})
