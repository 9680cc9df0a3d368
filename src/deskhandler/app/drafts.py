"""Drafts of actions being written: nothing a clerk types is lost to a crash or a restart.

The dialogs save what is typed as it is typed (through the `DraftStore` protocol of
``ui/dialogs/context.py``); this keeps each draft as one small JSON file, written to a
temporary file, flushed to disk and renamed over the old one, so a crash at any moment
leaves either the previous draft or the new one, never half of one.  Drafts are plain files
rather than a table of the local database so that saving on every pause in typing never
competes with sync for the database's write lock.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from deskhandler.app.personal import person_key
from deskhandler.jsonfile import write_json

log = logging.getLogger(__name__)


class FileDraftStore:
    """Drafts of one person, one JSON file per (case, action kind), under ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def for_user(cls, data_dir: Path, username: str) -> FileDraftStore:
        """The drafts of ``username`` in a profile: another person's stay out of sight."""
        return cls(data_dir / "drafts" / person_key(username))

    def _path(self, case_id: str, kind: str) -> Path:
        key = hashlib.sha256(f"{case_id}\0{kind}".encode()).hexdigest()[:32]
        return self.folder / f"{key}.json"

    def load(self, case_id: str, kind: str) -> dict[str, Any] | None:
        path = self._path(case_id, kind)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            log.warning("unreadable draft %s: %s", path.name, error)
            return None
        if not isinstance(data, dict) or (data.get("case_id"), data.get("kind")) != (
            case_id,
            kind,
        ):
            return None
        draft = data.get("draft")
        return dict(draft) if isinstance(draft, dict) else None

    def save(self, case_id: str, kind: str, draft: Mapping[str, Any]) -> None:
        path = self._path(case_id, kind)
        record = {
            "case_id": case_id,
            "kind": kind,
            "saved_at": datetime.now(UTC).isoformat(),
            "draft": dict(draft),
        }
        write_json(path, record)

    def clear(self, case_id: str, kind: str) -> None:
        self._path(case_id, kind).unlink(missing_ok=True)

    def case_ids(self) -> set[str]:
        """Cases with a draft (a queue can mark them)."""
        found = set()
        for path in self.folder.glob("*.json"):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(data, dict) and isinstance(data.get("case_id"), str):
                found.add(data["case_id"])
        return found


__all__ = ["FileDraftStore"]
