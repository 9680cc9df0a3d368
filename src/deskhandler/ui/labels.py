"""Words for the codes the data carries: statuses, priorities, action kinds, roles.

Codes stay codes in the store and on the wire; only the window turns them into words, in
the person's language, through Qt's translations (context ``labels``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from deskhandler.domain.deadlines import LOCAL_TZ


def status_label(code: str | None) -> str:
    names = {
        "new": QCoreApplication.translate("labels", "New"),
        "assigned": QCoreApplication.translate("labels", "Waiting to accept"),
        "in_progress": QCoreApplication.translate("labels", "In progress"),
        "awaiting_approval": QCoreApplication.translate("labels", "Awaiting approval"),
        "resolved": QCoreApplication.translate("labels", "Resolved"),
        "closed": QCoreApplication.translate("labels", "Closed"),
        "returned": QCoreApplication.translate("labels", "Returned"),
    }
    return names.get(code or "", code or "")


def priority_label(code: str | None) -> str:
    names = {
        "low": QCoreApplication.translate("labels", "Low"),
        "normal": QCoreApplication.translate("labels", "Normal"),
        "high": QCoreApplication.translate("labels", "High"),
        "urgent": QCoreApplication.translate("labels", "Urgent"),
    }
    return names.get(code or "", code or "")


def kind_label(code: str) -> str:
    names = {
        "note": QCoreApplication.translate("labels", "Internal note"),
        "reply": QCoreApplication.translate("labels", "Public reply"),
        "triage": QCoreApplication.translate("labels", "Triage"),
        "assign": QCoreApplication.translate("labels", "Assigned"),
        "reassign": QCoreApplication.translate("labels", "Reassigned"),
        "accept": QCoreApplication.translate("labels", "Accepted"),
        "return": QCoreApplication.translate("labels", "Returned to the IOC"),
        "close": QCoreApplication.translate("labels", "Closed"),
        "reopen": QCoreApplication.translate("labels", "Reopened"),
        "approve": QCoreApplication.translate("labels", "Reply approved"),
        "send_back": QCoreApplication.translate("labels", "Reply sent back"),
        "report": QCoreApplication.translate("labels", "Reported"),
        "satisfaction": QCoreApplication.translate("labels", "Citizen's rating"),
    }
    return names.get(code, code)


def satisfaction_label(code: str | None) -> str:
    """The citizen's rating of how the case was handled (Open311 extension levels)."""
    names = {
        "satisfied": QCoreApplication.translate("labels", "Satisfied"),
        "neutral": QCoreApplication.translate("labels", "Neither satisfied nor dissatisfied"),
        "unsatisfied": QCoreApplication.translate("labels", "Not satisfied"),
    }
    return names.get(code or "", code or "")


def role_label(code: str | None) -> str:
    names = {
        "clerk": QCoreApplication.translate("labels", "Clerk"),
        "supervisor": QCoreApplication.translate("labels", "Supervisor"),
        "coordinator": QCoreApplication.translate("labels", "Coordinator"),
        "admin": QCoreApplication.translate("labels", "Administrator"),
    }
    return names.get(code or "", code or "")


def moment_text(value: datetime | None) -> str:
    """A moment in the province's time, as people in the office read it."""
    if value is None:
        return ""
    return value.astimezone(LOCAL_TZ).strftime("%d/%m/%Y %H:%M")


__all__ = [
    "kind_label",
    "moment_text",
    "priority_label",
    "role_label",
    "satisfaction_label",
    "status_label",
]
