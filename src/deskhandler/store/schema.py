"""Opening the database file safely, and its schema in numbered upgrade steps.

- ``PRAGMA user_version`` holds the schema version; each step in `MIGRATIONS` runs in its
  own ``BEGIN IMMEDIATE`` transaction together with the version bump, so a crash leaves the
  file at the last finished step.  An existing file is copied aside as
  ``<name>.bak-v<N>`` (with SQLite's online backup, which is consistent under WAL) before
  the first step runs.
- A file that is not a database, or fails the integrity check, is moved aside as
  ``<name>.corrupt-<timestamp>`` (with its ``-wal`` and ``-shm``) and `StoreError` says
  where it went: the clerk's queued work may still be in it, so it is never emptied or
  overwritten.  A file written by a newer deskhandler is left untouched.
- A locked or unreadable file is an error too, but says so and moves nothing.
- The integrity check reads the whole file (0.5 s warm, 5 s cold for 100,000 cases), so the
  desk's ``auto`` check runs it only when it matters: after a session that did not close
  the database (a kill, a crash, a power cut: ``<name>.open`` is still there) and at least
  every `CHECK_EVERY` (``<name>.checked`` is touched after each passing check).  Damage
  between checks still shows as SQLite's "malformed" error on the page it hits.
- A first sync fills an empty mirror without the secondary indexes of ``cases``
  (`defer_indexes`, `restore_indexes`): building each index once from the finished table
  costs a fraction of keeping fifteen of them sorted through every page's transaction.
  The dropped definitions are kept in ``meta`` in the transaction that drops them, and
  `connect` builds any that are still missing (a sync killed half-way) before it upgrades.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from deskhandler.store.errors import StoreError
from deskhandler.store.search import TOKENIZE, search_document

#: Seconds a writer waits for another connection's write transaction (another process,
#: e.g. a CLI sync while the GUI runs) before giving up with "database is locked".
BUSY_TIMEOUT = 10.0

_HEADER = b"SQLite format 3\x00"

#: The longest the ``auto`` check lets a database go without a full integrity check.
CHECK_EVERY = timedelta(days=7)
#: Integrity pragmas `connect` runs; ``auto`` picks ``quick_check`` or none (module doc).
CHECKS = frozenset({"quick_check", "integrity_check", "auto"})


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _check_needed(path: Path) -> bool:
    """For ``auto``: the last session did not close the file, or the last check is old."""
    if _sidecar(path, ".open").exists():
        return True
    try:
        checked = _sidecar(path, ".checked").stat().st_mtime
    except OSError:
        return True
    return time.time() - checked > CHECK_EVERY.total_seconds()


def mark_closed(path: Path) -> None:
    """The database was closed normally: the next ``auto`` open may skip the check."""
    _sidecar(path, ".open").unlink(missing_ok=True)


#: The terms of the deadline order (`deskhandler.store.queue.Sort`), indexed by `_v3`.
DEADLINE_ORDER = "due_at IS NULL, due_at, id"

_V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- One row per case of the mirror.  version/workflow_version/snapshot are the server's;
-- the other indexed columns hold the EFFECTIVE values (snapshot + pending actions) and
-- effective is the overlaid JSON, NULL while nothing is pending.  n is an INTEGER PRIMARY
-- KEY so that the full-text index can refer to it (a plain rowid may change on VACUUM).
CREATE TABLE cases (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    workflow_version INTEGER NOT NULL,
    status TEXT NOT NULL,
    department TEXT,
    assignee TEXT,
    category TEXT NOT NULL,
    priority TEXT NOT NULL,
    priority_rank INTEGER NOT NULL,
    due_at TEXT,
    reported_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    title TEXT NOT NULL,
    title_key TEXT NOT NULL,
    address TEXT,
    pending INTEGER NOT NULL DEFAULT 0,
    snapshot TEXT NOT NULL,
    effective TEXT
);
CREATE INDEX cases_status_due ON cases (status, due_at);
CREATE INDEX cases_due ON cases (due_at);
CREATE INDEX cases_reported ON cases (reported_at);
CREATE INDEX cases_updated ON cases (updated_at);
CREATE INDEX cases_priority ON cases (priority_rank, due_at);
CREATE INDEX cases_title ON cases (title_key);
CREATE INDEX cases_assignee ON cases (assignee, status);
CREATE INDEX cases_department ON cases (department, status);
CREATE INDEX cases_category ON cases (category, status);
CREATE INDEX cases_pending ON cases (pending) WHERE pending > 0;
CREATE TABLE timelines (
    case_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    entries TEXT NOT NULL
);
-- seq orders the outbox (never the client clock), and AUTOINCREMENT never reuses one.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    action_id TEXT NOT NULL UNIQUE,
    case_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    base TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX outbox_case ON outbox (case_id, seq);
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    action_id TEXT NOT NULL UNIQUE,
    case_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    base TEXT NOT NULL,
    created_at TEXT NOT NULL,
    outcome TEXT NOT NULL,
    error_code TEXT,
    error_message TEXT,
    case_version INTEGER,
    parked_at TEXT NOT NULL
);
CREATE INDEX conflicts_case ON conflicts (case_id);
"""


def _v1(conn: sqlite3.Connection) -> None:
    for statement in _V1.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v2(conn: sqlite3.Connection) -> None:
    """Full-text search over title, description, address and notes (folded text)."""
    conn.execute(
        "CREATE VIRTUAL TABLE case_search USING fts5("
        f"title, description, address, notes, tokenize = '{TOKENIZE}')"
    )
    rows = conn.execute(
        "SELECT n, id, coalesce(effective, snapshot) FROM cases ORDER BY n"
    ).fetchall()
    for n, case_id, document in rows:
        conn.execute(
            "INSERT INTO case_search (rowid, title, description, address, notes) "
            "VALUES (?, ?, ?, ?, ?)",
            (n, *search_document(json.loads(document), _case_texts(conn, case_id))),
        )


def _case_texts(conn: sqlite3.Connection, case_id: str) -> list[tuple[str, Any]]:
    texts: list[tuple[str, Any]] = []
    row = conn.execute("SELECT entries FROM timelines WHERE case_id = ?", (case_id,)).fetchone()
    if row is not None:
        texts.extend((str(e["kind"]), e["payload"]) for e in json.loads(row[0]))
    texts.extend(
        (kind, json.loads(payload))
        for kind, payload in conn.execute(
            "SELECT kind, payload FROM outbox WHERE case_id = ? ORDER BY seq", (case_id,)
        )
    )
    return texts


def _v3(conn: sqlite3.Connection) -> None:
    """The default queue order (deadline, cases without one last, then id) as indexes, for
    all cases and per status: the first rows of a queue are read in order from an index
    that holds the id instead of sorting every match read from the (wide) rows.

    They replace ``cases_due``, which no query could use (the order puts ``due_at IS NULL``
    first), and ``cases_status_due``, whose status and deadline filters the new one serves.
    """
    conn.execute("DROP INDEX cases_due")
    conn.execute("DROP INDEX cases_status_due")
    conn.execute(f"CREATE INDEX cases_deadline ON cases ({DEADLINE_ORDER})")
    conn.execute(f"CREATE INDEX cases_status_deadline ON cases (status, {DEADLINE_ORDER})")


def _v4(conn: sqlite3.Connection) -> None:
    """Files attached to queued actions (`records.OutboxFile` as JSON), kept with an action
    that goes to the conflicts list so "Re-apply" sends them again."""
    for table in ("outbox", "conflicts"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN files TEXT NOT NULL DEFAULT '[]'")


def _v5(conn: sqlite3.Connection) -> None:
    """One person's cases in the deadline order ("mine", the team view's drill-in) from an
    index that holds the id: without it the first rows of "mine" were sorted from every
    row of the person (25,000 wide rows at 100,000 cases: 26 ms warm, 380 ms cold)."""
    conn.execute(f"CREATE INDEX cases_assignee_deadline ON cases (assignee, {DEADLINE_ORDER})")


def _v6(conn: sqlite3.Connection) -> None:
    """The citizen's latest rating of a case (``rating_satisfied`` 1, 0 or NULL, and
    ``rated_at``) for the supervisor's follow-up of unhappy citizens and the satisfaction
    trend, with an index for "not satisfied, newest first" per unit; and ``outbox.sent_at``,
    set when the sync first sends an entry: from then on it may already be applied on the
    server, so it can no longer be undone locally (it still uploads, idempotently)."""
    conn.execute("ALTER TABLE cases ADD COLUMN rating_satisfied INTEGER")
    conn.execute("ALTER TABLE cases ADD COLUMN rated_at TEXT")
    conn.execute(
        "CREATE INDEX cases_unsatisfied ON cases (department, rated_at DESC) "
        "WHERE rating_satisfied = 0"
    )
    conn.execute("ALTER TABLE outbox ADD COLUMN sent_at TEXT")


def _v7(conn: sqlite3.Connection) -> None:
    """The deadline dashboard read from indexes alone: the wide rows (the snapshot JSON)
    made every count over a unit read the whole table (1.4-3.9 s at 100,000 cases).

    - open cases by person and category with their deadlines: the wider index replaces
      ``cases_department (department, status)``, whose queries it serves as well;
    - received per day: (department, reported_at);
    - finished per day with handling time and deadline: (department, updated_at, ...);
    - citizens' ratings per day: (department, rated_at, rating_satisfied), rated cases only.
    """
    conn.execute("DROP INDEX cases_department")
    conn.execute(
        "CREATE INDEX cases_department ON cases (department, status, assignee, category, due_at)"
    )
    conn.execute("CREATE INDEX cases_department_reported ON cases (department, reported_at)")
    conn.execute(
        "CREATE INDEX cases_department_updated ON cases "
        "(department, updated_at, status, reported_at, due_at)"
    )
    conn.execute(
        "CREATE INDEX cases_department_rated ON cases (department, rated_at, rating_satisfied) "
        "WHERE rated_at IS NOT NULL"
    )


def _v8(conn: sqlite3.Connection) -> None:
    """``resolved_at``: when the case last became finished (the wire's, or a pending local
    action's moment), for the dashboard's resolutions per day, handling time and on-time
    rate, which had to take a finished case's ``updated_at`` (moved by a later close, a
    rating, a note).  Cases stored before keep that approximation until their next
    change; the index for finished cases per day moves from ``updated_at`` to it."""
    conn.execute("ALTER TABLE cases ADD COLUMN resolved_at TEXT")
    conn.execute("UPDATE cases SET resolved_at = updated_at WHERE status IN ('resolved', 'closed')")
    conn.execute("DROP INDEX cases_department_updated")
    conn.execute(
        "CREATE INDEX cases_department_resolved ON cases "
        "(department, resolved_at, reported_at, due_at) WHERE resolved_at IS NOT NULL"
    )


def _v9(conn: sqlite3.Connection) -> None:
    """The queue sorted by title or by priority read from indexes that end with the id (the
    order's tie-break), so they hold every term of the order and the id it lists: the
    old ``(title_key)`` and ``(priority_rank, due_at)`` made SQLite read each of 100,000
    rows for its id and sort the ties (160 ms for the list by title, 120 ms before the
    first rows by priority).  Nothing else used the deadline in ``cases_priority``."""
    conn.execute("DROP INDEX cases_title")
    conn.execute("DROP INDEX cases_priority")
    conn.execute("CREATE INDEX cases_title ON cases (title_key, id)")
    conn.execute("CREATE INDEX cases_priority ON cases (priority_rank, id)")


#: Upgrade steps; the schema version of a file is the number of steps applied to it.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1,
    _v2,
    _v3,
    _v4,
    _v5,
    _v6,
    _v7,
    _v8,
    _v9,
]
LATEST = len(MIGRATIONS)


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def move_aside(path: Path, reason: str) -> Path:
    """Rename a damaged file (and its WAL files) so nothing ever overwrites it."""
    aside = path.with_name(f"{path.name}.corrupt-{_stamp()}")
    counter = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.corrupt-{_stamp()}-{counter}")
        counter += 1
    path.rename(aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(aside.with_name(aside.name + suffix))
    return aside


def _corrupt(path: Path, reason: str) -> StoreError:
    aside = move_aside(path, reason)
    return StoreError(
        f"The local database {path} is damaged ({reason}).  It was kept as {aside} so that "
        "nothing in it is lost; deskhandler starts with a new database next time.  Actions "
        "that were waiting for upload may be recovered from the kept file by IT."
    )


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as file:
            head = file.read(len(_HEADER))
    except OSError as error:
        raise StoreError(f"Cannot read the local database {path}: {error.strerror}") from error
    if head and head != _HEADER:
        raise _corrupt(path, "the file is not a database")


def connect(path: Path, *, check: str = "quick_check") -> sqlite3.Connection:
    """Open ``path``, check it, apply the pragmas and upgrade its schema to `LATEST`."""
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        _check_header(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as error:
        raise StoreError(f"Cannot open the local database {path}: {error}") from error
    if check == "auto":
        check = "quick_check" if existed and _check_needed(path) else ""
    try:
        version = _inspect(conn, path, check) if existed else 0
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            raise StoreError(f"The local database {path} cannot use WAL (journal mode {mode})")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        if existed and version > 0 and _deferred(conn):
            restore_indexes(conn)  # a first sync ended before it could build them
        if version < LATEST:
            if existed and version > 0:
                backup(conn, path.with_name(f"{path.name}.bak-v{version}"))
            migrate(conn)
        if check or not existed:
            _sidecar(path, ".checked").touch()
        _sidecar(path, ".open").touch()
    except BaseException:
        conn.close()
        raise
    return conn


def _inspect(conn: sqlite3.Connection, path: Path, check: str) -> int:
    """The file's schema version, after checking that it is whole and not too new."""
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > LATEST:
            raise StoreError(
                f"The local database {path} was made by a newer deskhandler (schema "
                f"{version}, this version knows up to {LATEST}).  Install the newer version "
                "again; the file was left untouched."
            )
        if not check:
            return version
        problems = [row[0] for row in conn.execute(f"PRAGMA {check}").fetchmany(5)]
    except sqlite3.OperationalError as error:
        # Locked, or no permission: the file may be fine, so it stays where it is.
        raise StoreError(f"Cannot use the local database {path}: {error}") from error
    except sqlite3.DatabaseError as error:
        conn.close()
        raise _corrupt(path, str(error)) from error
    if problems != ["ok"]:
        conn.close()
        raise _corrupt(path, "integrity check failed: " + "; ".join(map(str, problems)))
    return version


def backup(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of the whole database (WAL included) at ``target``."""
    partial = target.with_name(target.name + ".partial")
    copy = sqlite3.connect(partial)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    shutil.move(partial, target)


_DEFERRED = "deferred_indexes"


@contextmanager
def _immediate(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One ``BEGIN IMMEDIATE`` write transaction: committed at the end of the block,
    rolled back if it raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def defer_indexes(conn: sqlite3.Connection) -> int:
    """Drop the secondary indexes of ``cases``, keeping their definitions in ``meta``;
    how many were dropped.  Reads stay correct without them, only slower."""
    with _immediate(conn):
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = 'cases' AND sql IS NOT NULL ORDER BY name"
        ).fetchall()
        kept = _deferred(conn)
        kept.update(dict(indexes))
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        if kept:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_DEFERRED, json.dumps(kept)),
            )
    return len(indexes)


def restore_indexes(conn: sqlite3.Connection) -> int:
    """Build the indexes `defer_indexes` dropped (one transaction); how many were built."""
    with _immediate(conn):
        # Read under the write lock: another connection may have built them meanwhile.
        kept = _deferred(conn)
        for sql in kept.values():
            conn.execute(sql.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
        conn.execute("DELETE FROM meta WHERE key = ?", (_DEFERRED,))
    return len(kept)


def _deferred(conn: sqlite3.Connection) -> dict[str, str]:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_DEFERRED,)).fetchone()
    return {} if row is None else dict(json.loads(row[0]))


def migrate(conn: sqlite3.Connection, target: int = LATEST) -> None:
    """Run the missing steps up to ``target``, each in its own write transaction."""
    while True:
        with _immediate(conn):
            # Read again under the write lock: another process may have upgraded meanwhile.
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version >= target:
                return
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
