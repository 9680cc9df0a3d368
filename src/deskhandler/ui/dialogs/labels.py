"""Words for action kinds and statuses, translated in one context so every dialog agrees."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(kind: str) -> str:
    labels = {
        "accept": QCoreApplication.translate("labels", "Accept"),
        "return": QCoreApplication.translate("labels", "Return to IOC"),
        "triage": QCoreApplication.translate("labels", "Triage"),
        "note": QCoreApplication.translate("labels", "Internal note"),
        "reply": QCoreApplication.translate("labels", "Reply to citizen"),
        "reassign": QCoreApplication.translate("labels", "Reassign"),
        "close": QCoreApplication.translate("labels", "Close"),
        "reopen": QCoreApplication.translate("labels", "Reopen"),
        "assign": QCoreApplication.translate("labels", "Assign"),
        "approve": QCoreApplication.translate("labels", "Approve"),
        "send_back": QCoreApplication.translate("labels", "Send back"),
    }
    return labels.get(kind, kind)


def status_label(status: str) -> str:
    labels = {
        "new": QCoreApplication.translate("labels", "New"),
        "assigned": QCoreApplication.translate("labels", "Awaiting acceptance"),
        "in_progress": QCoreApplication.translate("labels", "In progress"),
        "awaiting_approval": QCoreApplication.translate("labels", "Awaiting approval"),
        "resolved": QCoreApplication.translate("labels", "Resolved"),
        "closed": QCoreApplication.translate("labels", "Closed"),
        "returned": QCoreApplication.translate("labels", "Returned"),
    }
    return labels.get(status, status)
