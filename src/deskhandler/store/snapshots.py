"""Server snapshots made ready to store: their JSON text, columns and search words.

What a snapshot alone decides - its JSON text (NFC), the decoded snapshot, the queue
columns and the search columns it has while no action of the user's is pending on it - is
worked out here, without the database.  The write transaction (`Store._write`) adds what
only the database knows (the stored versions, the pending actions, the timeline notes) and
replays the pending actions of the few cases that have some.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple, cast

from deskhandler.domain.text import nfc, sort_key
from deskhandler.store.overlay import moment_key, resolved_at
from deskhandler.store.queue import PRIORITY_RANK
from deskhandler.store.ratings import rating_columns
from deskhandler.store.search import search_text
from deskhandler.wire.feed import FeedCase, case_json
from deskhandler.wire.models import Case

#: The columns of ``cases`` that `columns` fills, in its order (``n`` is the store's).
CASE_COLUMNS = (
    "id",
    "version",
    "workflow_version",
    "status",
    "department",
    "assignee",
    "category",
    "priority",
    "priority_rank",
    "due_at",
    "reported_at",
    "updated_at",
    "title",
    "title_key",
    "address",
    "pending",
    "snapshot",
    "effective",
    "rating_satisfied",
    "rated_at",
    "resolved_at",
)

#: Writes a snapshot's JSON like ``json.dumps`` of ``model_dump(mode="json")`` (floats may
#: be spelled differently, e.g. 1e-5), in one native call.
_SERIALIZER = Case.__pydantic_serializer__


def dumps(value: Any) -> str:
    """JSON text as the store keeps it: compact, UTF-8 characters as they are, NFC."""
    return nfc(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


class Snapshot(NamedTuple):
    """One server snapshot, ready to write (a tuple: a first sync makes 100,000)."""

    id: str
    version: int
    #: The snapshot's JSON text, NFC like every text the store keeps.
    raw: str
    #: The same, decoded (wire JSON).
    data: dict[str, Any]
    #: Its `CASE_COLUMNS` while no action is pending on the case.
    row: tuple[Any, ...]
    #: Its title, description and address as the search index holds them.
    words: tuple[str, str, str]


def columns(
    raw: str, snapshot: Mapping[str, Any], effective: Mapping[str, Any], pending: int
) -> tuple[Any, ...]:
    """The `CASE_COLUMNS` of a case: ``snapshot`` as the server sent it (``raw``: its
    JSON), ``effective`` with the ``pending`` actions of the user's applied."""
    title = str(effective["title"])
    key_base, key_exact = sort_key(title)
    return (
        snapshot["id"],
        snapshot["version"],
        snapshot["workflow_version"],
        effective["status"],
        effective.get("department"),
        effective.get("assignee"),
        effective["category"],
        effective["priority"],
        PRIORITY_RANK.get(effective["priority"], 0),
        moment_key(effective.get("due_at")),
        moment_key(effective["reported_at"]),
        moment_key(effective["updated_at"]),
        title,
        f"{key_base}\x00{key_exact}",
        effective.get("address"),
        pending,
        raw,
        dumps(effective) if pending else None,
        *rating_columns(snapshot),
        moment_key(resolved_at(effective)),
    )


def _ready(raw: str, data: dict[str, Any]) -> Snapshot:
    words = (
        search_text(data["title"]),
        search_text(data["description"]),
        search_text(data["address"]),
    )
    return Snapshot(data["id"], data["version"], raw, data, columns(raw, data, data, 0), words)


def prepare(cases: Iterable[Case | FeedCase]) -> dict[str, Snapshot]:
    """The newest snapshot of each case in ``cases`` (the last of equal versions), by id.

    A case of the feed (`FeedCase`, what the sync engine reads) is kept as it is; a model
    (`Case`: an action's result, a case's detail) is written out as the same JSON."""
    ready: dict[str, Snapshot] = {}
    for case in cases:
        if isinstance(case, dict):
            case_id, version = case["id"], case["version"]
        else:
            case_id, version = case.id, case.version
        known = ready.get(case_id)
        if known is not None and known.version > version:
            continue
        if isinstance(case, dict):
            raw = case_json(case).decode()
            data = cast("dict[str, Any]", case)
        else:
            raw = _SERIALIZER.to_json(case).decode()
            data = _SERIALIZER.to_python(case, mode="json")
        if not unicodedata.is_normalized("NFC", raw):
            # stored NFC, and decoded again from that, like every other text
            raw = nfc(raw)
            data = json.loads(raw)
        ready[case_id] = _ready(raw, data)
    return ready


def from_text(raw: str) -> Snapshot:
    """A snapshot as the store keeps it (its JSON text, already NFC)."""
    return _ready(raw, json.loads(raw))


__all__ = ["CASE_COLUMNS", "Snapshot", "columns", "dumps", "from_text", "prepare"]
