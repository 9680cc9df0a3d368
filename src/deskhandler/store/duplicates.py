"""The local query behind "possible duplicates": works offline, on the effective cases.

SQLite narrows by time (the ``reported_at`` index) and by a bounding box on the JSON
coordinates (``json_extract`` in C); only the few cases left are compared word by word
(`deskhandler.domain.duplicates`).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from deskhandler.domain.duplicates import (
    MIN_SIMILARITY,
    RADIUS_M,
    WINDOW,
    Match,
    box,
    distance_m,
    similarity,
    words,
)
from deskhandler.store.overlay import moment_key

_DOCUMENT = "coalesce(effective, snapshot)"


def _text(case: dict[str, Any]) -> str:
    return f"{case.get('title') or ''} {case.get('description') or ''}"


def find_duplicates(conn: sqlite3.Connection, case_id: str, limit: int) -> list[tuple[str, Match]]:
    """Ids of the possible duplicates of ``case_id`` with how they match, most alike first."""
    row = conn.execute(f"SELECT {_DOCUMENT} FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        return []
    case = json.loads(row[0])
    lat, long = case.get("lat"), case.get("long")
    if lat is None or long is None:
        return []
    reported = datetime.fromisoformat(str(case["reported_at"]).replace("Z", "+00:00"))
    south, north, west, east = box(float(lat), float(long))
    mine = words(_text(case))
    found: list[tuple[str, Match]] = []
    for other_id, document in conn.execute(
        f"SELECT id, {_DOCUMENT} FROM cases WHERE reported_at BETWEEN ? AND ? AND id != ? "
        f"AND json_extract({_DOCUMENT}, '$.lat') BETWEEN ? AND ? "
        f"AND json_extract({_DOCUMENT}, '$.long') BETWEEN ? AND ?",
        (
            moment_key(reported - WINDOW),
            moment_key(reported + WINDOW),
            case_id,
            south,
            north,
            west,
            east,
        ),
    ):
        other = json.loads(document)
        metres = distance_m(float(lat), float(long), float(other["lat"]), float(other["long"]))
        if metres > RADIUS_M:
            continue
        alike = similarity(mine, words(_text(other)))
        if alike < MIN_SIMILARITY:
            continue
        when = datetime.fromisoformat(str(other["reported_at"]).replace("Z", "+00:00"))
        days = abs((when - reported).total_seconds()) / 86_400
        found.append((other_id, Match(round(metres, 1), round(days, 1), round(alike, 2))))
    found.sort(key=lambda item: (-item[1].similarity, item[1].metres, item[1].days, item[0]))
    return found[:limit]
