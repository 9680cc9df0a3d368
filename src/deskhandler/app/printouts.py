"""What the printed case file and unit summary read, and how a printout reaches the disk.

The window draws the PDF (Qt lives in ``ui/``); what it draws is gathered here on the
store thread: the case as the case panel shows it, the bytes of its photos that are in the
PC's attachment cache (a printout never downloads: what is not cached is listed by name),
and the unit's counts.  The finished bytes are written under a temporary name beside the
chosen file, flushed to disk and renamed, so a full disk or a refused folder never leaves
half a PDF under the chosen name.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from deskhandler.app.desk import Desk
from deskhandler.store.records import CaseView, TimelineItem, Workload
from deskhandler.store.summary import UnitCounts
from deskhandler.wire.models import AttachmentRef

#: Photos read for a printout are at most this big each (a larger file is listed by name).
MAX_PHOTO_BYTES = 20 * 1024 * 1024


def attachment_key(attachment_id: str) -> str:
    """The store's meta key under which the cache digest of an attachment is recorded
    (written by `deskhandler.app.session.DeskSession.photo`)."""
    return f"attachment:{attachment_id}"


@dataclass(frozen=True, slots=True)
class CasePhoto:
    """One photo of the case; ``data`` is None when it is not on this PC."""

    ref: AttachmentRef
    data: bytes | None


@dataclass(frozen=True, slots=True)
class CaseFile:
    """Everything the printed case file shows."""

    view: CaseView
    #: The timeline, oldest first, with the actions still waiting for upload.
    timeline: list[TimelineItem]
    photos: list[CasePhoto]


@dataclass(frozen=True, slots=True)
class UnitSummary:
    """Everything the printed unit summary shows."""

    department: str | None
    counts: UnitCounts
    workload: dict[str | None, Workload]


def timeline_of(view: CaseView) -> list[TimelineItem]:
    """The case's timeline, oldest first; only the queued actions when never fetched."""
    if view.timeline is not None:
        items = list(view.timeline)
    else:
        items = [
            TimelineItem(
                e.action_id,
                e.kind,
                "",
                e.created_at,
                e.payload,
                public=e.kind in {"reply", "close"},
                pending=True,
                files=tuple(file.name for file in e.files),
            )
            for e in view.pending
        ]
    return sorted(items, key=lambda item: item.at)


def case_file(desk: Desk, case_id: str) -> CaseFile | None:
    """The case file of ``case_id`` from the local store and cache (None: not on this PC)."""
    view = desk.store.case(case_id)
    if view is None:
        return None
    cache = desk.attachments
    photos = []
    for ref in view.case.attachments:
        digest = desk.store.get_meta(attachment_key(ref.id))
        data = None
        if isinstance(digest, str):
            path = cache.path(digest)
            if path is not None and path.stat().st_size <= MAX_PHOTO_BYTES:
                data = path.read_bytes()
        photos.append(CasePhoto(ref, data))
    return CaseFile(view, timeline_of(view), photos)


def unit_summary(desk: Desk, now: datetime, department: str | None) -> UnitSummary:
    """The counts of ``department`` (every unit in the mirror when None) at ``now``."""
    store = desk.store
    return UnitSummary(
        department, store.unit_counts(now, department), store.workload(now, department)
    )


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: written beside it, flushed to disk, renamed over it.

    Any failure (disk full, no permission) raises OSError and leaves no file behind."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


__all__ = [
    "CaseFile",
    "CasePhoto",
    "UnitSummary",
    "attachment_key",
    "case_file",
    "timeline_of",
    "unit_summary",
    "write_atomically",
]
