"""The desk's local SQLite database: cases, overlay of pending actions, outbox, search (issue 3).

Stdlib ``sqlite3`` only; see `deskhandler.store.schema` for the file's safety choices and
`deskhandler.store.store.Store` for the API.
"""

from deskhandler.store.attachments import AttachmentCache
from deskhandler.store.errors import ActionRefused, StoreError
from deskhandler.store.queue import ME, UNASSIGNED, DeadlineFilter, QueueFilter, Sort, SortKey
from deskhandler.store.records import (
    CaseRow,
    CaseView,
    ChangeSet,
    ConflictEntry,
    Identity,
    OutboxEntry,
    TimelineItem,
)
from deskhandler.store.store import Store

__all__ = [
    "ME",
    "UNASSIGNED",
    "ActionRefused",
    "AttachmentCache",
    "CaseRow",
    "CaseView",
    "ChangeSet",
    "ConflictEntry",
    "DeadlineFilter",
    "Identity",
    "OutboxEntry",
    "QueueFilter",
    "Sort",
    "SortKey",
    "Store",
    "StoreError",
    "TimelineItem",
]
