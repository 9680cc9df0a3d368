"""Words for the codes the data carries: statuses, priorities, action kinds, roles.

Codes stay codes in the store and on the wire; only the window turns them into words, in
the person's language, through Qt's translations (context ``labels``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from deskhandler.domain.deadlines import LOCAL_TZ


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status_label(code: str | None) -> str:
    names = {
        "new": _t("New"),
        "assigned": _t("Waiting to accept"),
        "in_progress": _t("In progress"),
        "awaiting_approval": _t("Awaiting approval"),
        "resolved": _t("Resolved"),
        "closed": _t("Closed"),
        "returned": _t("Returned"),
    }
    return names.get(code or "", code or "")


def priority_label(code: str | None) -> str:
    names = {
        "low": _t("Low"),
        "normal": _t("Normal"),
        "high": _t("High"),
        "urgent": _t("Urgent"),
    }
    return names.get(code or "", code or "")


def kind_label(code: str) -> str:
    names = {
        "note": _t("Internal note"),
        "reply": _t("Public reply"),
        "triage": _t("Triage"),
        "assign": _t("Assigned"),
        "reassign": _t("Reassigned"),
        "accept": _t("Accepted"),
        "return": _t("Returned to the IOC"),
        "close": _t("Closed"),
        "reopen": _t("Reopened"),
        "approve": _t("Reply approved"),
        "report": _t("Reported"),
        "satisfaction": _t("Citizen's rating"),
    }
    return names.get(code, code)


def role_label(code: str | None) -> str:
    names = {
        "clerk": _t("Clerk"),
        "supervisor": _t("Supervisor"),
        "coordinator": _t("Coordinator"),
        "admin": _t("Administrator"),
    }
    return names.get(code or "", code or "")


def moment_text(value: datetime | None) -> str:
    """A moment in the province's time, as people in the office read it."""
    if value is None:
        return ""
    return value.astimezone(LOCAL_TZ).strftime("%d/%m/%Y %H:%M")


__all__ = ["kind_label", "moment_text", "priority_label", "role_label", "status_label"]
