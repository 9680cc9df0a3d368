"""Errors the store raises; each carries a message a clerk or IT can act on."""

from __future__ import annotations

from deskhandler.domain.actions import ActionError


class StoreError(Exception):
    """The local database cannot be used: unreadable, corrupt, newer, or locked."""


class ActionRefused(ActionError):
    """The rules refuse an action before it is queued; nothing was written.

    ``code`` is the wire error code (``invalid_transition``, ``forbidden``, ``not_found``,
    ``invalid_payload``), so the app shows the same message the server would give.
    """
