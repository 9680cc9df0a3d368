"""The `Store`: one profile's local database (server mirror, overlay, outbox, conflicts).

Every write runs in one ``BEGIN IMMEDIATE`` transaction (`Store.transaction`) and returns
a `ChangeSet`.  Cases keep the server's snapshot as JSON next to indexed columns holding
the *effective* values (snapshot + pending actions, see `deskhandler.store.overlay`); the
columns of a case are recomputed whenever its snapshot or its outbox entries change, so
queue queries never replay actions.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from deskhandler.domain.actions import ActionError, ActionKind
from deskhandler.domain.conflicts import triage_base
from deskhandler.domain.duplicates import Match
from deskhandler.domain.statuses import OPEN, Role
from deskhandler.store import schema, snapshots
from deskhandler.store.dashboard import Dashboard, dashboard, satisfaction
from deskhandler.store.duplicates import find_duplicates
from deskhandler.store.errors import ActionRefused, StoreError
from deskhandler.store.overlay import apply_action, from_key, replay
from deskhandler.store.queue import DeadlineFilter, QueueFilter, Sort, where
from deskhandler.store.records import (
    CaseRow,
    CaseView,
    ChangeSet,
    ConflictEntry,
    Identity,
    OutboxEntry,
    OutboxFile,
    TimelineItem,
    Workload,
    client_moment,
    files_from_json,
    files_to_json,
)
from deskhandler.store.reminders import ReminderCounts, reminder_counts
from deskhandler.store.search import notes_text, search_document
from deskhandler.store.snapshots import Snapshot
from deskhandler.store.snapshots import dumps as _dumps
from deskhandler.store.summary import UnitCounts, unit_counts
from deskhandler.store.units_load import UnitLoad, units_load
from deskhandler.store.withdrawal import NotWithdrawn, Withdrawal
from deskhandler.wire.feed import FeedCase, FeedPage
from deskhandler.wire.models import Case, CaseDetail, ChangesPage, ErrorDetail

#: Format of `Store.export_outbox` files; `import_outbox` reads this version and older.
EXPORT_FORMAT = "deskhandler-outbox"
EXPORT_VERSION = 2

Outcome = Literal["applied", "duplicate", "conflict", "rejected"]

_INSERT = (
    f"INSERT INTO cases (n, {', '.join(snapshots.CASE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * (len(snapshots.CASE_COLUMNS) + 1))})"
)
_UPDATE = (
    f"UPDATE cases SET {', '.join(f'{c} = ?' for c in snapshots.CASE_COLUMNS[1:])} WHERE n = ?"
)
_ROW_COLUMNS = (
    "id, title, status, department, assignee, category, priority, address, due_at, "
    "reported_at, updated_at, version, pending, "
    "(SELECT count(*) FROM conflicts WHERE conflicts.case_id = cases.id)"
)
_OUTBOX_COLUMNS = "seq, action_id, case_id, kind, payload, base, created_at, files"
_CONFLICT_COLUMNS = (
    "id, action_id, case_id, kind, payload, base, created_at, outcome, error_code, "
    "error_message, case_version, parked_at, files"
)
#: SQLite's limit on "?" in one statement is 32766; stay far below it.
_CHUNK = 500
#: Counts per value of these columns (`Store.counts_by`).
COUNTABLE = frozenset({"status", "assignee", "department", "category", "priority"})


def _now_text() -> str:
    return datetime.now(UTC).isoformat()


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def _outbox_entry(row: Sequence[Any]) -> OutboxEntry:
    seq, action_id, case_id, kind, payload, base, created_at, files = row
    return OutboxEntry(
        seq,
        action_id,
        case_id,
        kind,
        json.loads(payload),
        json.loads(base),
        datetime.fromisoformat(created_at),
        files_from_json(files),
    )


def _conflict_entry(row: Sequence[Any]) -> ConflictEntry:
    return ConflictEntry(
        id=row[0],
        action_id=row[1],
        case_id=row[2],
        kind=row[3],
        payload=json.loads(row[4]),
        base=json.loads(row[5]),
        created_at=datetime.fromisoformat(row[6]),
        outcome=row[7],
        error_code=row[8],
        error_message=row[9],
        case_version=row[10],
        parked_at=datetime.fromisoformat(row[11]),
        files=files_from_json(row[12]),
    )


def _case_row(row: Sequence[Any]) -> CaseRow:
    due = from_key(row[8])
    reported = from_key(row[9])
    updated = from_key(row[10])
    assert reported is not None
    assert updated is not None
    return CaseRow(
        id=row[0],
        title=row[1],
        status=row[2],
        department=row[3],
        assignee=row[4],
        category=row[5],
        priority=row[6],
        address=row[7],
        due_at=due,
        reported_at=reported,
        updated_at=updated,
        version=row[11],
        pending=row[12],
        conflicts=row[13],
    )


class Store:
    """One profile's database; open it with `Store.open`, close it (or use ``with``).

    Thread-safe in the simple way: one connection, one lock.  The app runs store work on
    one worker thread anyway (STYLE.md point 7); other processes on the same file (a CLI
    sync beside the GUI) are serialized by SQLite's write lock and the busy timeout.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        self._identity: Identity | None = None
        self._approval: dict[str, bool] | None = None
        self._identity_loaded = False

    @classmethod
    def open(cls, path: Path, *, check: str = "quick_check") -> Store:
        """Open (creating or upgrading) the database at ``path``; `StoreError` if unusable.

        ``check`` is the integrity pragma run on an existing file: ``quick_check`` (the
        default, linear in the file size), ``integrity_check`` (also checks indexes) or
        ``auto`` (``quick_check`` only after an unclean end or a week without one; the
        desk's choice, see `deskhandler.store.schema`).
        """
        if check not in schema.CHECKS:
            raise ValueError(f"unknown check {check!r}")
        return cls(schema.connect(Path(path), check=check), Path(path))

    def close(self) -> None:
        with self._lock:
            self._conn.close()
        schema.mark_closed(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``); nested uses join the outer one."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                raise StoreError(f"The local database is busy: {error}") from error
            self._depth = 1
            try:
                yield self._conn
            except BaseException:
                self._depth = 0
                self._conn.execute("ROLLBACK")
                self._forget_caches()
                raise
            self._depth = 0
            self._conn.execute("COMMIT")

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """A consistent read of several statements (a deferred transaction)."""
        with self._lock:
            if self._depth:
                yield self._conn
                return
            self._conn.execute("BEGIN")
            self._depth = 1
            try:
                yield self._conn
            finally:
                self._depth = 0
                self._conn.execute("COMMIT")

    def _forget_caches(self) -> None:
        self._identity_loaded = False
        self._approval = None

    # --- key/value meta -------------------------------------------------------------

    def get_meta(self, key: str, default: Any = None) -> Any:
        """A value stored with `set_meta` (server URL, last sync time ...), or ``default``."""
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_meta(self, key: str, value: Any) -> None:
        """Store a JSON-serializable value; None deletes the key."""
        with self.transaction() as conn:
            if value is None:
                conn.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, _dumps(value)),
                )

    def set_identity(self, username: str, role: Role | str, department: str | None) -> ChangeSet:
        """Who uses this profile; the overlay applies the rules as this person."""
        identity = Identity(username, Role(role), department)
        with self.transaction():
            if identity == self.identity():
                return ChangeSet()
            self.set_meta(
                "identity",
                {"username": username, "role": identity.role.value, "department": department},
            )
            self._identity = identity
            return self._refresh_all_pending()

    def identity(self) -> Identity | None:
        with self._lock:
            if not self._identity_loaded:
                raw = self.get_meta("identity")
                self._identity = (
                    None
                    if raw is None
                    else Identity(raw["username"], Role(raw["role"]), raw["department"])
                )
                self._identity_loaded = True
            return self._identity

    def cursor(self) -> str | None:
        """The change-feed cursor of the last page applied, None before the first sync."""
        value = self.get_meta("cursor")
        return None if value is None else str(value)

    def mirror_empty(self) -> bool:
        """True while no case is mirrored (before a first sync, or after a reset)."""
        with self._lock:
            return self._conn.execute("SELECT 1 FROM cases LIMIT 1").fetchone() is None

    def defer_indexes(self) -> int:
        """Drop the secondary indexes of ``cases`` until `restore_indexes` (a first sync's
        bulk load; see `deskhandler.store.schema`).  Not inside a transaction."""
        return self._schema_step(schema.defer_indexes)

    def restore_indexes(self) -> int:
        """Build the indexes `defer_indexes` dropped; 0 when none are missing."""
        return self._schema_step(schema.restore_indexes)

    def _schema_step(self, step: Callable[[sqlite3.Connection], int]) -> int:
        """``step`` runs its own write transaction, so never inside one of ours."""
        with self._lock:
            if self._depth:
                raise RuntimeError(f"{step.__name__} inside a transaction")
            return step(self._conn)

    def save_directory(self, data: Mapping[str, Any], etag: str | None) -> ChangeSet:
        """Keep ``GET /directory`` (as JSON) and its ETag; units' approval rules apply."""
        with self.transaction():
            self.set_meta("directory", {"data": data, "etag": etag})
            self._approval = None
            return self._refresh_all_pending()

    def directory(self) -> tuple[dict[str, Any], str | None] | None:
        raw = self.get_meta("directory")
        return None if raw is None else (raw["data"], raw["etag"])

    def _approval_required(self, department: str | None) -> bool:
        if self._approval is None:
            stored = self.directory()
            units = stored[0].get("departments", []) if stored else []
            self._approval = {
                str(u.get("code")): bool(u.get("approval_required", False)) for u in units
            }
        return self._approval.get(department or "", False)

    # --- the server mirror ---------------------------------------------------------

    def apply_changes(self, page: ChangesPage | FeedPage) -> ChangeSet:
        """Store one page of the change feed and its cursor, in one transaction.

        Snapshots older than the stored one are ignored.  Removed cases leave the mirror
        but their outbox entries and conflicts stay (the server will answer them).  A
        ``reset`` page drops the whole mirror first, never the outbox or the conflicts.
        """
        with self.transaction() as conn:
            if page.reset:
                conn.execute("DELETE FROM cases")
                conn.execute("DELETE FROM timelines")
                conn.execute("DELETE FROM case_search")
            changed = self._put_snapshots(page.cases)
            removed = [case_id for case_id in page.removed if case_id not in changed]
            gone = self._remove(removed)
            self.set_meta("cursor", page.cursor)
        return ChangeSet(frozenset(changed) | frozenset(gone), reset=page.reset)

    def save_detail(self, detail: CaseDetail) -> ChangeSet:
        """Store ``GET /cases/{id}``: its snapshot (if not older) and its timeline."""
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT version FROM timelines WHERE case_id = ?", (detail.id,)
            ).fetchone()
            if row is not None and row[0] > detail.version:
                return ChangeSet()
            entries = [e.model_dump(mode="json") for e in detail.timeline]
            conn.execute(
                "INSERT INTO timelines (case_id, version, entries) VALUES (?, ?, ?) "
                "ON CONFLICT (case_id) DO UPDATE SET "
                "version = excluded.version, entries = excluded.entries",
                (detail.id, detail.version, _dumps(entries)),
            )
            snapshot = Case.model_validate(detail.model_dump(exclude={"timeline"}))
            self._put_snapshots([snapshot])
            self._refresh([detail.id])
        return ChangeSet(frozenset({detail.id}))

    def _remove(self, ids: Sequence[str]) -> set[str]:
        gone: set[str] = set()
        conn = self._conn
        for chunk in _chunks(ids):
            rows = conn.execute(
                f"SELECT n, id FROM cases WHERE id IN ({_marks(chunk)})", chunk
            ).fetchall()
            conn.executemany("DELETE FROM case_search WHERE rowid = ?", [(n,) for n, _ in rows])
            conn.executemany("DELETE FROM cases WHERE n = ?", [(n,) for n, _ in rows])
            conn.executemany("DELETE FROM timelines WHERE case_id = ?", [(i,) for i in chunk])
            gone.update(case_id for _, case_id in rows)
        return gone

    def _put_snapshots(self, cases: Iterable[Case | FeedCase]) -> set[str]:
        """Upsert server snapshots that are not older than the stored ones."""
        incoming = snapshots.prepare(cases)
        numbers: dict[str, int] = {}
        for chunk in _chunks(list(incoming)):
            for n, case_id, stored in self._conn.execute(
                f"SELECT n, id, version FROM cases WHERE id IN ({_marks(chunk)})", chunk
            ):
                if stored > incoming[case_id].version:
                    del incoming[case_id]
                else:
                    numbers[case_id] = n
        self._write(incoming, numbers)
        return set(incoming)

    def _refresh(self, ids: Iterable[str]) -> None:
        """Recompute the effective columns and search text of these cases (if mirrored)."""
        wanted = list(dict.fromkeys(ids))
        stored: dict[str, Snapshot] = {}
        numbers: dict[str, int] = {}
        for chunk in _chunks(wanted):
            for n, case_id, snapshot in self._conn.execute(
                f"SELECT n, id, snapshot FROM cases WHERE id IN ({_marks(chunk)})", chunk
            ):
                stored[case_id] = snapshots.from_text(snapshot)
                numbers[case_id] = n
        self._write(stored, numbers)

    def _refresh_all_pending(self) -> ChangeSet:
        ids = [row[0] for row in self._conn.execute("SELECT DISTINCT case_id FROM outbox")]
        self._refresh(ids)
        return ChangeSet(frozenset(ids))

    def _texts(
        self, ids: Sequence[str]
    ) -> tuple[
        dict[str, list[tuple[str, Any]]],
        dict[str, list[tuple[str, Any]]],
        dict[str, list[str | None]],
    ]:
        """The timeline texts, the pending actions and when each was taken, of these cases
        (for the overlay)."""
        notes: dict[str, list[tuple[str, Any]]] = {}
        pending: dict[str, list[tuple[str, Any]]] = {}
        moments: dict[str, list[str | None]] = {}
        for chunk in _chunks(ids):
            marks = _marks(chunk)
            for case_id, entries in self._conn.execute(
                f"SELECT case_id, entries FROM timelines WHERE case_id IN ({marks})", chunk
            ):
                notes[case_id] = [(e["kind"], e["payload"]) for e in json.loads(entries)]
            for case_id, kind, payload, created_at in self._conn.execute(
                f"SELECT case_id, kind, payload, created_at FROM outbox "
                f"WHERE case_id IN ({marks}) ORDER BY seq",
                chunk,
            ):
                pending.setdefault(case_id, []).append((kind, json.loads(payload)))
                moments.setdefault(case_id, []).append(created_at)
        return notes, pending, moments

    def _write(self, ready: Mapping[str, Snapshot], numbers: Mapping[str, int]) -> None:
        """Write snapshots with their overlay and search text.

        ``numbers`` holds the row number of the cases already stored: those are updated,
        the others inserted with the next numbers, without an upsert's conflict handling
        or a search row to delete (what a first sync does).  A case with no pending action
        takes the row and search words its snapshot came with.
        """
        if not ready:
            return
        conn = self._conn
        notes, pending, moments = self._texts(list(ready))
        who = self.identity()
        fresh: list[tuple[Any, ...]] = []
        stale: list[tuple[Any, ...]] = []
        documents: list[tuple[Any, ...]] = []
        next_n = int(conn.execute("SELECT coalesce(max(n), 0) FROM cases").fetchone()[0]) + 1
        for case_id, snapshot in ready.items():
            actions = pending.get(case_id)
            texts = notes.get(case_id)
            if actions:
                effective = replay(
                    snapshot.data, actions, who, self._approval_required, moments[case_id]
                )
                row = snapshots.columns(snapshot.raw, snapshot.data, effective, len(actions))
                document = search_document(effective, (texts or []) + actions)
            else:
                row = snapshot.row
                document = (*snapshot.words, notes_text(texts) if texts else "")
            n = numbers.get(case_id)
            if n is None:
                n, next_n = next_n, next_n + 1
                fresh.append((n, *row))
            else:
                stale.append((*row[1:], n))
            documents.append((n, *document))
        conn.executemany(_INSERT, fresh)
        conn.executemany(_UPDATE, stale)
        conn.executemany("DELETE FROM case_search WHERE rowid = ?", [(row[-1],) for row in stale])
        conn.executemany(
            "INSERT INTO case_search (rowid, title, description, address, notes) "
            "VALUES (?, ?, ?, ?, ?)",
            documents,
        )

    # --- the outbox ----------------------------------------------------------------

    def enqueue(
        self,
        case_id: str,
        kind: ActionKind | str,
        payload: Mapping[str, Any],
        *,
        base: Mapping[str, Any] | None = None,
        created_at: datetime | None = None,
        files: Sequence[OutboxFile] = (),
    ) -> OutboxEntry:
        """Queue an action and show it in the overlay, in one transaction.

        The rules (`decide`) are checked against the effective case first: when they
        refuse, `ActionRefused` is raised and nothing is written.  ``base`` defaults to the
        effective version and, for triage, the effective old value of each changed field;
        given keys win (e.g. the version of the form the person filled in).  ``files``
        are uploaded before the action (their bytes must be in the attachment cache).
        """
        who = self.identity()
        if who is None:
            raise StoreError("No signed-in person for this profile (set_identity first)")
        kind = ActionKind(kind).value if kind in set(ActionKind) else str(kind)
        clean: dict[str, Any] = json.loads(_dumps(dict(payload)))
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT coalesce(effective, snapshot) FROM cases WHERE id = ?", (case_id,)
            ).fetchone()
            if row is None:
                raise ActionRefused("not_found", f"no case {case_id} in the local queue")
            current = json.loads(row[0])
            try:
                apply_action(current, kind, clean, who, self._approval_required)
            except ActionError as error:
                raise ActionRefused(error.code, error.message) from None
            full_base: dict[str, Any] = {"version": current["version"]}
            if kind == ActionKind.TRIAGE.value:
                full_base.update(triage_base(clean, current))
            full_base.update(base or {})
            entry = self._insert_outbox(
                str(uuid.uuid4()),
                case_id,
                kind,
                clean,
                full_base,
                created_at=created_at,
                files=files,
            )
            self._refresh([case_id])
        return entry

    def _insert_outbox(
        self,
        action_id: str,
        case_id: str,
        kind: str,
        payload: Mapping[str, Any],
        base: Mapping[str, Any],
        *,
        created_at: datetime | None,
        files: Sequence[OutboxFile] = (),
    ) -> OutboxEntry:
        made = (created_at or datetime.now(UTC)).isoformat()
        row = self._conn.execute(
            "INSERT INTO outbox (action_id, case_id, kind, payload, base, created_at, files) "
            f"VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING {_OUTBOX_COLUMNS}",
            (
                action_id,
                case_id,
                kind,
                _dumps(payload),
                _dumps(base),
                made,
                _dumps(files_to_json(files)),
            ),
        ).fetchone()
        return _outbox_entry(row)

    def outbox(self, case_id: str | None = None) -> list[OutboxEntry]:
        """Pending entries in upload order (all, or of one case)."""
        with self._lock:
            if case_id is None:
                cursor = self._conn.execute(f"SELECT {_OUTBOX_COLUMNS} FROM outbox ORDER BY seq")
            else:
                cursor = self._conn.execute(
                    f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE case_id = ? ORDER BY seq",
                    (case_id,),
                )
            return [_outbox_entry(row) for row in cursor]

    def outbox_count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM outbox").fetchone()[0])

    def next_batch(self, limit: int = 100) -> list[OutboxEntry]:
        """The oldest pending entry of each case, oldest cases first, at most ``limit``.

        One entry per case per batch: the next one is rebased on the version the server
        returns for this one (`settle`), so a person's own chain never conflicts.
        """
        with self._lock:
            cursor = self._conn.execute(
                f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE seq IN "
                "(SELECT min(seq) FROM outbox GROUP BY case_id) ORDER BY seq LIMIT ?",
                (limit,),
            )
            return [_outbox_entry(row) for row in cursor]

    def claim(self, action_ids: Sequence[str]) -> list[OutboxEntry]:
        """Mark these entries as sent, committed before the sync posts them: from then on
        the server may apply them, so `withdraw` refuses them.  The entries still queued,
        in the order given; one withdrawn meanwhile is left out (and must not be sent).
        Claiming again keeps the first moment (a batch sent again after a crash)."""
        wanted = list(dict.fromkeys(action_ids))
        found: dict[str, OutboxEntry] = {}
        with self.transaction() as conn:
            now = _now_text()
            for chunk in _chunks(wanted):
                marks = _marks(chunk)
                conn.execute(
                    "UPDATE outbox SET sent_at = coalesce(sent_at, ?) "
                    f"WHERE action_id IN ({marks})",
                    [now, *chunk],
                )
                for row in conn.execute(
                    f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE action_id IN ({marks})", chunk
                ):
                    found[row[1]] = _outbox_entry(row)
        return [found[action_id] for action_id in wanted if action_id in found]

    def undoable(self, action_ids: Sequence[str]) -> list[str]:
        """Those of ``action_ids`` still queued and not claimed by a sync (what `withdraw`
        would take back now), in the order given."""
        wanted = list(dict.fromkeys(action_ids))
        found: set[str] = set()
        with self._lock:
            for chunk in _chunks(wanted):
                found.update(
                    row[0]
                    for row in self._conn.execute(
                        "SELECT action_id FROM outbox "
                        f"WHERE sent_at IS NULL AND action_id IN ({_marks(chunk)})",
                        chunk,
                    )
                )
        return [action_id for action_id in wanted if action_id in found]

    def withdraw(self, action_ids: Sequence[str]) -> Withdrawal:
        """Take queued actions back ("Undo" until upload), in one transaction with the
        overlay of their cases.  Only entries no sync has claimed go; the others stay
        and say why (`NotWithdrawn`).  Atomic with `claim` (the store lock and SQLite's
        write lock): the delete is conditional on ``sent_at IS NULL`` and checked."""
        wanted = list(dict.fromkeys(action_ids))
        kept: dict[str, NotWithdrawn] = {}
        going: list[tuple[str, str, str]] = []
        with self.transaction() as conn:
            present: dict[str, tuple[str, str | None, str]] = {}
            for chunk in _chunks(wanted):
                for action_id, case_id, sent_at, files in conn.execute(
                    "SELECT action_id, case_id, sent_at, files FROM outbox "
                    f"WHERE action_id IN ({_marks(chunk)})",
                    chunk,
                ):
                    present[action_id] = (case_id, sent_at, files)
            for action_id in wanted:
                if action_id not in present:
                    kept[action_id] = NotWithdrawn.ANSWERED
                elif present[action_id][1] is not None:
                    kept[action_id] = NotWithdrawn.UPLOADING
                else:
                    going.append((action_id, present[action_id][0], present[action_id][2]))
            for action_id, _case_id, _files in going:
                deleted = conn.execute(
                    "DELETE FROM outbox WHERE action_id = ? AND sent_at IS NULL", (action_id,)
                ).rowcount
                if deleted != 1:  # cannot happen under the lock; never half-withdraw
                    raise StoreError(f"action {action_id} changed while it was withdrawn")
            cases = [case_id for _, case_id, _ in going]
            self._refresh(cases)
        files = {
            file.digest
            for _, _, text in going
            for file in files_from_json(text)
            if file.uploaded_id is None
        }
        return Withdrawal(
            ChangeSet.of(cases, outbox=True) if going else ChangeSet(),
            frozenset(action_id for action_id, _, _ in going),
            kept,
            frozenset(files),
        )

    def record_upload(self, action_id: str, digest: str, uploaded_id: str) -> OutboxEntry | None:
        """Remember that the server holds a file of a queued action as ``uploaded_id``, at
        once, so a later sync never uploads it again.  The entry as it is now, or None when
        it left the outbox meanwhile."""
        with self.transaction() as conn:
            row = conn.execute(
                f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE action_id = ?", (action_id,)
            ).fetchone()
            if row is None:
                return None
            entry = _outbox_entry(row)
            files = [
                replace(file, uploaded_id=uploaded_id)
                if file.digest == digest and file.uploaded_id is None
                else file
                for file in entry.files
            ]
            conn.execute(
                "UPDATE outbox SET files = ? WHERE seq = ?",
                (_dumps(files_to_json(files)), entry.seq),
            )
        return replace(entry, files=tuple(files))

    def waiting_file_digests(self) -> set[str]:
        """Digests of attached files not uploaded yet (their bytes must stay on this PC)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT files FROM outbox WHERE files != '[]' "
                "UNION ALL SELECT files FROM conflicts WHERE files != '[]'"
            ).fetchall()
        return {
            file.digest
            for (files,) in rows
            for file in files_from_json(files)
            if file.uploaded_id is None
        }

    def settle(
        self,
        action_id: str,
        outcome: Outcome,
        case: Case | None,
        error: ErrorDetail | None = None,
    ) -> ChangeSet:
        """Record the server's answer to one uploaded entry.

        ``applied``/``duplicate``: the entry leaves the outbox, the returned case is stored
        if newer, and the case's next entry is rebased on its version.  ``conflict``/
        ``rejected``: the entry moves to the conflicts list with its payload, the error and
        the case version.  An unknown ``action_id`` (settled already) changes nothing.
        """
        if outcome not in {"applied", "duplicate", "conflict", "rejected"}:
            raise ValueError(f"unknown outcome {outcome!r}")
        with self.transaction() as conn:
            row = conn.execute(
                f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE action_id = ?", (action_id,)
            ).fetchone()
            if row is None:
                return ChangeSet()
            entry = _outbox_entry(row)
            conn.execute("DELETE FROM outbox WHERE seq = ?", (entry.seq,))
            if case is not None:
                self._put_snapshots([case])
            if outcome in {"applied", "duplicate"}:
                if case is not None:
                    self._rebase_next(entry.case_id, case.version)
                    self._add_to_timeline(entry, case)
                self._refresh([entry.case_id])
                return ChangeSet(frozenset({entry.case_id}), outbox=True)
            version = case.version if case is not None else self._snapshot_version(entry.case_id)
            conn.execute(
                f"INSERT INTO conflicts ({_CONFLICT_COLUMNS.removeprefix('id, ')}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry.action_id,
                    entry.case_id,
                    entry.kind,
                    _dumps(entry.payload),
                    _dumps(entry.base),
                    entry.created_at.isoformat(),
                    outcome,
                    error.code if error else None,
                    error.message if error else None,
                    version,
                    _now_text(),
                    _dumps(files_to_json(entry.files)),
                ),
            )
            self._refresh([entry.case_id])
        return ChangeSet(frozenset({entry.case_id}), outbox=True, conflicts=True)

    def _snapshot_version(self, case_id: str) -> int | None:
        row = self._conn.execute("SELECT version FROM cases WHERE id = ?", (case_id,)).fetchone()
        return None if row is None else int(row[0])

    def _rebase_next(self, case_id: str, version: int) -> None:
        row = self._conn.execute(
            "SELECT seq, base FROM outbox WHERE case_id = ? ORDER BY seq LIMIT 1", (case_id,)
        ).fetchone()
        if row is None:
            return
        base = json.loads(row[1])
        if int(base.get("version", 0)) < version:
            base["version"] = version
            self._conn.execute("UPDATE outbox SET base = ? WHERE seq = ?", (_dumps(base), row[0]))

    def _add_to_timeline(self, entry: OutboxEntry, case: Case) -> None:
        """Show an uploaded action as done until the full timeline is fetched again."""
        row = self._conn.execute(
            "SELECT entries FROM timelines WHERE case_id = ?", (entry.case_id,)
        ).fetchone()
        if row is None:
            return
        entries = json.loads(row[0])
        if any(e.get("action_id") == entry.action_id for e in entries):
            return
        who = self.identity()
        entries.append(
            {
                "action_id": entry.action_id,
                "kind": entry.kind,
                "actor": who.username if who else "",
                "at": case.updated_at.isoformat(),
                "payload": dict(entry.payload),
                "public": False,
                "client": None,
                "created_at": entry.created_at.isoformat(),
            }
        )
        self._conn.execute(
            "UPDATE timelines SET entries = ? WHERE case_id = ?", (_dumps(entries), entry.case_id)
        )

    # --- conflicts -----------------------------------------------------------------

    def conflicts(self, case_id: str | None = None) -> list[ConflictEntry]:
        with self._lock:
            if case_id is None:
                sql = f"SELECT {_CONFLICT_COLUMNS} FROM conflicts ORDER BY id"
                cursor = self._conn.execute(sql)
            else:
                cursor = self._conn.execute(
                    f"SELECT {_CONFLICT_COLUMNS} FROM conflicts WHERE case_id = ? ORDER BY id",
                    (case_id,),
                )
            return [_conflict_entry(row) for row in cursor]

    def _conflict(self, conflict_id: int) -> ConflictEntry:
        row = self._conn.execute(
            f"SELECT {_CONFLICT_COLUMNS} FROM conflicts WHERE id = ?", (conflict_id,)
        ).fetchone()
        if row is None:
            raise KeyError(f"no conflict {conflict_id}")
        return _conflict_entry(row)

    def discard_conflict(self, conflict_id: int) -> ChangeSet:
        """Drop a conflict for good (the person chose to); KeyError if there is none."""
        with self.transaction() as conn:
            entry = self._conflict(conflict_id)
            conn.execute("DELETE FROM conflicts WHERE id = ?", (conflict_id,))
        return ChangeSet(frozenset({entry.case_id}), conflicts=True)

    def reapply_conflict(
        self, conflict_id: int, payload: Mapping[str, Any] | None = None
    ) -> OutboxEntry:
        """Queue a conflicted action again on the current case, optionally edited.

        It gets a new action_id (the server already answered the old one) and a base taken
        from the effective case now.  When the rules refuse it, `ActionRefused` is raised
        and the conflict stays.
        """
        with self.transaction() as conn:
            entry = self._conflict(conflict_id)
            conn.execute("DELETE FROM conflicts WHERE id = ?", (conflict_id,))
            return self.enqueue(
                entry.case_id,
                entry.kind,
                entry.payload if payload is None else payload,
                files=entry.files,
            )

    # --- moving the outbox between PCs ---------------------------------------------

    def export_outbox(self, path: Path) -> int:
        """Write the pending entries to a JSON file (atomically); returns how many.

        An entry a sync already sent keeps its ``sent_at``: imported elsewhere, it must not
        be undoable there either (the server may have applied it)."""
        with self._reading() as conn:
            entries = self.outbox()
            sent = dict(conn.execute("SELECT action_id, sent_at FROM outbox").fetchall())
        who = self.identity()
        document = {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported_at": _now_text(),
            "exported_by": who.username if who else None,
            "entries": [
                {
                    "action_id": e.action_id,
                    "case_id": e.case_id,
                    "kind": e.kind,
                    "payload": dict(e.payload),
                    "base": dict(e.base),
                    "created_at": e.created_at.isoformat(),
                    "files": files_to_json(e.files),
                    "sent_at": sent.get(e.action_id),
                }
                for e in entries
            ],
        }
        path = Path(path)
        partial = path.with_name(path.name + ".partial")
        with partial.open("w", encoding="utf-8") as file:
            json.dump(document, file, ensure_ascii=False, indent=1)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, path)
        return len(entries)

    def import_outbox(self, path: Path) -> int:
        """Queue the entries of an exported file; those already here are skipped.

        Entries keep their action_id, so the server applies each at most once whichever
        PC uploads it.  Returns how many were added.
        """
        try:
            document = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise StoreError(f"Cannot read the outbox file {path}: {error}") from error
        if (
            not isinstance(document, dict)
            or document.get("format") != EXPORT_FORMAT
            or not isinstance(document.get("entries"), list)
        ):
            raise StoreError(f"{path} is not an outbox file of deskhandler")
        if int(document.get("version", 0)) > EXPORT_VERSION:
            raise StoreError(f"{path} was written by a newer deskhandler")
        added: list[str] = []
        with self.transaction() as conn:
            for item in document["entries"]:
                try:
                    action_id = str(item["action_id"])
                    case_id = str(item["case_id"])
                    kind = str(item["kind"])
                    payload = dict(item["payload"])
                    base = dict(item["base"])
                    created_at = datetime.fromisoformat(item["created_at"])
                    files = tuple(OutboxFile.from_json(f) for f in item.get("files", []))
                except (KeyError, TypeError, ValueError) as error:
                    raise StoreError(f"{path} holds a damaged entry: {error!r}") from error
                known = conn.execute(
                    "SELECT 1 FROM outbox WHERE action_id = ? "
                    "UNION ALL SELECT 1 FROM conflicts WHERE action_id = ?",
                    (action_id, action_id),
                ).fetchone()
                if known is None:
                    self._insert_outbox(
                        action_id,
                        case_id,
                        kind,
                        payload,
                        base,
                        created_at=created_at,
                        files=files,
                    )
                    if item.get("sent_at") is not None:  # sent once: never undoable
                        conn.execute(
                            "UPDATE outbox SET sent_at = ? WHERE action_id = ?",
                            (str(item["sent_at"]), action_id),
                        )
                    added.append(case_id)
            self._refresh(added)
        return len(added)

    # --- queries -------------------------------------------------------------------

    def query_ids(
        self,
        flt: QueueFilter | None = None,
        sort: Sort | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[str]:
        """Ids of the cases that pass ``flt``, in ``sort`` order.

        With ``limit``, at most that many from position ``offset``: a window of the queue,
        which SQLite reads in index order where one exists (the deadline order has one)
        instead of ordering every match.
        """
        if (limit is not None and limit < 0) or offset < 0:
            raise ValueError("limit and offset cannot be negative")
        clause, params = where(flt or QueueFilter(), self._me())
        sql = f"SELECT id FROM cases {clause} {(sort or Sort()).sql()}"
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params += [-1 if limit is None else limit, offset]
        with self._lock:
            return [row[0] for row in self._conn.execute(sql, params)]

    def count(self, flt: QueueFilter | None = None) -> int:
        clause, params = where(flt or QueueFilter(), self._me())
        with self._lock:
            row = self._conn.execute(f"SELECT count(*) FROM cases {clause}", params).fetchone()
        return int(row[0])

    def counts_by(self, column: str, flt: QueueFilter | None = None) -> dict[str | None, int]:
        """How many cases per status, assignee, department, category or priority."""
        if column not in COUNTABLE:
            raise ValueError(f"cannot count by {column!r}")
        clause, params = where(flt or QueueFilter(), self._me())
        sql = f"SELECT {column}, count(*) FROM cases {clause} GROUP BY {column}"
        with self._lock:
            return {value: int(n) for value, n in self._conn.execute(sql, params)}

    def deadline_counts(self, now: datetime, flt: QueueFilter | None = None) -> dict[str, int]:
        """``{"overdue": n, "due_soon": m}`` among the open cases that pass ``flt``."""
        base = flt or QueueFilter()
        return {
            state.value: self.count(replace(base, deadline=state, now=now))
            for state in (DeadlineFilter.OVERDUE, DeadlineFilter.DUE_SOON)
        }

    def workload(self, now: datetime, department: str | None = None) -> dict[str | None, Workload]:
        """Open, overdue and due-soon cases per assignee (None: nobody) of ``department``
        (all the mirror when None): the supervisor's team view, computed offline."""
        base = QueueFilter(department=department)
        open_ = self.counts_by("assignee", replace(base, statuses=frozenset(s.value for s in OPEN)))
        late = self.counts_by("assignee", replace(base, deadline=DeadlineFilter.OVERDUE, now=now))
        soon = self.counts_by("assignee", replace(base, deadline=DeadlineFilter.DUE_SOON, now=now))
        return {
            who: Workload(open_.get(who, 0), late.get(who, 0), soon.get(who, 0))
            for who in open_.keys() | late.keys() | soon.keys()
        }

    def unit_counts(self, now: datetime, department: str | None = None) -> UnitCounts:
        """Open cases of ``department`` (all when None) by status, deadline and category:
        the printed unit summary (`deskhandler.store.summary`)."""
        with self._reading() as conn:
            return unit_counts(conn, now, department)

    def dashboard(self, now: datetime, department: str | None = None, days: int = 30) -> Dashboard:
        """The deadline dashboard of ``department`` (all the mirror when None) with a trend
        over the last ``days`` days, computed offline (`deskhandler.store.dashboard`)."""
        with self._reading() as conn:
            return dashboard(conn, now, department, days)

    def satisfaction(
        self, now: datetime, department: str | None = None, days: int = 30
    ) -> tuple[int, int]:
        """Citizens' ratings of ``department`` (all when None) in the last ``days`` days:
        how many, and how many satisfied (`deskhandler.store.dashboard.satisfaction`)."""
        with self._reading() as conn:
            return satisfaction(conn, now, department, days)

    def units_load(self, now: datetime) -> dict[str, UnitLoad]:
        """Open and overdue cases per unit (the coordinator's routing view, offline)."""
        with self._reading() as conn:
            return units_load(conn, now)

    def reminder_counts(self, identity: Identity, now: datetime, since: datetime) -> ReminderCounts:
        """What the morning reminder says to ``identity`` (see `store.reminders`)."""
        with self._reading() as conn:
            return reminder_counts(conn, identity, now, since)

    def rows(self, ids: Sequence[str]) -> list[CaseRow]:
        """Queue rows of these cases, in the order given; ids not in the mirror are left out."""
        found: dict[str, CaseRow] = {}
        with self._reading() as conn:
            for chunk in _chunks(list(ids)):
                for row in conn.execute(
                    f"SELECT {_ROW_COLUMNS} FROM cases WHERE id IN ({_marks(chunk)})", chunk
                ):
                    found[row[0]] = _case_row(row)
        return [found[i] for i in ids if i in found]

    def case(self, case_id: str) -> CaseView | None:
        """The effective case with its pending actions, conflicts and timeline."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT snapshot, effective FROM cases WHERE id = ?", (case_id,)
            ).fetchone()
            if row is None:
                return None
            timeline_row = conn.execute(
                "SELECT version, entries FROM timelines WHERE case_id = ?", (case_id,)
            ).fetchone()
            pending = self.outbox(case_id)
            conflicts = self.conflicts(case_id)
        snapshot = Case.model_validate_json(row[0])
        effective = snapshot if row[1] is None else Case.model_validate_json(row[1])
        timeline: list[TimelineItem] | None = None
        version: int | None = None
        if timeline_row is not None:
            version = int(timeline_row[0])
            timeline = [
                TimelineItem(
                    e["action_id"],
                    e["kind"],
                    e["actor"],
                    datetime.fromisoformat(e["at"].replace("Z", "+00:00")),
                    e["payload"],
                    bool(e.get("public", False)),
                    created_at=client_moment(e.get("created_at")),
                )
                for e in json.loads(timeline_row[1])
            ]
            who = self.identity()
            timeline += [
                TimelineItem(
                    e.action_id,
                    e.kind,
                    who.username if who else "",
                    e.created_at,
                    e.payload,
                    public=e.kind in {"reply", "close"},
                    pending=True,
                    files=tuple(file.name for file in e.files),
                )
                for e in pending
            ]
        return CaseView(effective, snapshot, pending, conflicts, timeline, version)

    def possible_duplicates(self, case_id: str, limit: int = 20) -> list[tuple[CaseRow, Match]]:
        """Other reports within 50 m and 14 days of ``case_id`` with similar text (offline,
        on the effective cases); the most alike first."""
        with self._reading() as conn:
            found = find_duplicates(conn, case_id, limit)
            rows = {row.id: row for row in self.rows([other for other, _ in found])}
        return [(rows[other], match) for other, match in found if other in rows]

    def _me(self) -> str | None:
        who = self.identity()
        return who.username if who else None

    # --- maintenance ---------------------------------------------------------------

    def integrity_check(self) -> list[str]:
        """``PRAGMA integrity_check`` (for ``deskhandler doctor``): ``["ok"]`` when whole."""
        with self._lock:
            return [str(row[0]) for row in self._conn.execute("PRAGMA integrity_check")]

    def stats(self) -> dict[str, int]:
        """Sizes for diagnostics: cases, outbox and conflicts counts, file size in bytes."""
        with self._lock:
            counts = {
                table: int(self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in ("cases", "outbox", "conflicts")
            }
        counts["bytes"] = self.path.stat().st_size if self.path.exists() else 0
        return counts
