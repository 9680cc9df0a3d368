"""What taking queued actions back (`Store.withdraw`, "Undo" until upload) did.

An outbox entry can be withdrawn only while no sync has sent it: the sync engine marks a
batch as sent (``outbox.sent_at``, committed) before it posts it, and from then on the
server may have applied it, so it stays and uploads (idempotently) whatever happens.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from deskhandler.store.records import ChangeSet


class NotWithdrawn(StrEnum):
    """Why an action was not taken back."""

    #: A sync sent it (or is sending it): it may already be applied on the server.
    UPLOADING = "uploading"
    #: It left the outbox: the server answered it (uploaded, or in the conflicts list).
    ANSWERED = "answered"


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """The result of `Store.withdraw`: what changed, what was taken back, what stays."""

    changes: ChangeSet = field(default_factory=ChangeSet)
    #: Action ids removed from the outbox (never sent).
    withdrawn: frozenset[str] = frozenset()
    #: Action ids that stay, with the reason.
    kept: dict[str, NotWithdrawn] = field(default_factory=dict)
    #: Digests of attached files the withdrawn actions were waiting to upload.
    files: frozenset[str] = frozenset()


__all__ = ["NotWithdrawn", "Withdrawal"]
