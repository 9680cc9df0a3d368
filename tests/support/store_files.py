"""Looking into a desk's database file from outside, as another process would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from deskhandler.store.schema import migrate


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


def file_at_version(path: Path, version: int) -> sqlite3.Connection:
    """A new database file at ``path`` with the schema of ``version`` (an older desk's), and
    an autocommit connection to it for the test to fill and close."""
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=version)
    return conn
