"""Looking into a desk's database file from outside, as another process would."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def case_indexes(path: Path) -> set[str]:
    """The secondary indexes of ``cases`` in the file, read by a connection of its own."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT name FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = 'cases' AND sql IS NOT NULL"
        ).fetchall()
    finally:
        conn.close()
    return {name for (name,) in rows}
