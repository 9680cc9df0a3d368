"""Case statuses and who holds a case in each of them."""

from __future__ import annotations

from enum import StrEnum


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
