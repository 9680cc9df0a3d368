"""Opening the file: migrations, backups, pragmas, and damaged or newer files."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from deskhandler.store import QueueFilter, Store, StoreError
from deskhandler.store.schema import CHECK_EVERY, LATEST
from tests.store.conftest import page, wire_case
from tests.support.store_files import case_indexes, file_at_version


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_new_file_gets_the_latest_schema_and_the_pragmas(db_path: Path) -> None:
    with Store.open(db_path) as store:
        conn = store._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert user_version(db_path) == LATEST
    assert not list(db_path.parent.glob("*.bak-*")), "a new file needs no backup"


def test_upgrade_from_v1_backs_up_first_and_indexes_old_cases(db_path: Path) -> None:
    conn = file_at_version(db_path, 1)
    case = wire_case(title="Rác thải ở chợ Đông Ba")
    conn.execute(
        "INSERT INTO cases (id, version, workflow_version, status, category, priority, "
        "priority_rank, reported_at, updated_at, title, title_key, snapshot) "
        "VALUES (?, 3, 2, 'in_progress', 'x', 'normal', 1, '2026-11-02T08:00:00.000000Z', "
        "'2026-11-02T08:00:00.000000Z', ?, ?, ?)",
        (case.id, case.title, case.title, case.model_dump_json()),
    )
    conn.close()
    assert user_version(db_path) == 1

    with Store.open(db_path) as store:
        assert store.query_ids(QueueFilter(search="cho dong ba")) == [case.id]
    backup = db_path.with_name(db_path.name + ".bak-v1")
    assert backup.exists()
    assert user_version(backup) == 1
    assert user_version(db_path) == LATEST
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT id FROM cases").fetchall() == [(case.id,)]


def test_upgrade_from_v3_keeps_queued_actions_without_files(db_path: Path) -> None:
    conn = file_at_version(db_path, 3)
    conn.execute(
        "INSERT INTO outbox (action_id, case_id, kind, payload, base, created_at) "
        "VALUES ('a-1', 'HUE-1', 'note', '{\"text\":\"x\"}', '{\"version\":1}', "
        "'2026-11-02T08:00:00+00:00')"
    )
    conn.close()
    with Store.open(db_path) as store:
        [entry] = store.outbox()
        assert entry.files == ()
        assert entry.to_wire()["payload"] == {"text": "x"}
    assert user_version(db_path) == LATEST


def test_upgrade_to_v8_gives_finished_cases_their_last_update_as_resolution(
    db_path: Path,
) -> None:
    """Cases stored before the wire had ``resolved_at``: a finished one counts as resolved
    at its last update (the old rule) until the server sends it again; an open one has
    no resolution."""
    conn = file_at_version(db_path, 7)
    for case_id, status in (("HUE-1", "resolved"), ("HUE-2", "in_progress")):
        case = wire_case(case_id, status=status)
        conn.execute(
            "INSERT INTO cases (id, version, workflow_version, status, department, category, "
            "priority, priority_rank, reported_at, updated_at, title, title_key, snapshot) "
            "VALUES (?, 3, 2, ?, 'SXD', 'x', 'normal', 1, '2026-11-02T08:00:00.000000Z', "
            "'2026-11-05T08:00:00.000000Z', 't', 't', ?)",
            (case_id, status, case.model_dump_json()),
        )
    conn.close()
    with Store.open(db_path) as store:
        rows = dict(store._conn.execute("SELECT id, resolved_at FROM cases"))
        indexes = {r[0] for r in store._conn.execute("SELECT name FROM sqlite_master")}
    assert rows == {"HUE-1": "2026-11-05T08:00:00.000000Z", "HUE-2": None}
    assert "cases_department_resolved" in indexes
    assert "cases_department_updated" not in indexes
    assert user_version(db_path) == LATEST


def test_reopening_keeps_everything(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.set_identity("lan", "clerk", "SXD")
        store.apply_changes(page([wire_case()], cursor="after-1"))
        store.enqueue("HUE-1", "note", {"text": "Đã gọi điện"})
    with Store.open(db_path, check="integrity_check") as store:
        assert store.cursor() == "after-1"
        assert [e.kind for e in store.outbox()] == ["note"]
        assert store.integrity_check() == ["ok"]


def test_a_file_that_is_not_a_database_is_kept_aside(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    junk = b"this is a spreadsheet, not a database\n" * 100
    db_path.write_bytes(junk)
    with pytest.raises(StoreError, match="damaged") as caught:
        Store.open(db_path)
    kept = list(db_path.parent.glob(db_path.name + ".corrupt-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == junk
    assert str(kept[0]) in str(caught.value)
    assert not db_path.exists()
    # The next start begins afresh, and the kept file is still there.
    with Store.open(db_path) as store:
        assert store.outbox() == []
    assert kept[0].read_bytes() == junk


def _damage_pages(db_path: Path) -> bytes:
    """A database of 300 cases, closed normally, then with pages overwritten."""
    with Store.open(db_path) as store:
        store.set_identity("lan", "clerk", "SXD")
        store.apply_changes(
            page([wire_case(f"HUE-{n}", description="x" * 500) for n in range(300)])
        )
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    page_size = 4096
    # Past the first pages, which hold the schema and the meta rows that every open reads.
    for offset in range(page_size * 60, min(len(data), page_size * 100), page_size):
        data[offset : offset + 64] = b"\xff" * 64
    db_path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_page_fails_the_check_and_is_kept_aside(db_path: Path) -> None:
    data = _damage_pages(db_path)
    with pytest.raises(StoreError, match="damaged"):
        Store.open(db_path)
    kept = list(db_path.parent.glob(db_path.name + ".corrupt-*"))
    assert [k.read_bytes() for k in kept if not k.name.endswith(("-wal", "-shm"))] == [data]


def test_the_auto_check_runs_after_an_unclean_end_or_a_week_without_one(db_path: Path) -> None:
    _damage_pages(db_path)
    # Closed normally and checked just now: the desk opens without reading the whole file.
    Store.open(db_path, check="auto").close()

    db_path.with_name(db_path.name + ".open").touch()  # as after a kill or a power cut
    with pytest.raises(StoreError, match="damaged"):
        Store.open(db_path, check="auto")


def test_the_auto_check_runs_again_after_a_week(db_path: Path) -> None:
    _damage_pages(db_path)
    checked = db_path.with_name(db_path.name + ".checked")
    week_ago = time.time() - CHECK_EVERY.total_seconds() - 60
    os.utime(checked, (week_ago, week_ago))
    with pytest.raises(StoreError, match="damaged"):
        Store.open(db_path, check="auto")


def test_an_open_store_is_marked_until_closed(db_path: Path) -> None:
    marker = db_path.with_name(db_path.name + ".open")
    with Store.open(db_path, check="auto"):
        assert marker.exists()
    assert not marker.exists()


def test_a_file_from_a_newer_version_is_left_untouched(db_path: Path) -> None:
    with Store.open(db_path):
        pass
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()

    with pytest.raises(StoreError, match="made by a newer deskhandler"):
        Store.open(db_path)
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*.corrupt-*"))


def test_a_write_while_another_process_writes_waits_then_fails_clearly(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("deskhandler.store.schema.BUSY_TIMEOUT", 0.05)
    with Store.open(db_path) as store:
        blocker = sqlite3.connect(db_path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError, match="busy"):
                store.set_meta("server", "https://example.invalid")
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        store.set_meta("server", "https://example.invalid")
        assert store.get_meta("server") == "https://example.invalid"
    assert not list(db_path.parent.glob("*.corrupt-*"))


def test_deferred_indexes_are_built_again_with_the_same_definitions(db_path: Path) -> None:
    with Store.open(db_path) as store:
        full = case_indexes(db_path)
        assert len(full) >= 10
        assert store.defer_indexes() == len(full)
        assert case_indexes(db_path) == set()
        store.apply_changes(page([wire_case(f"HUE-{n}", title=f"Đèn {n}") for n in range(5)]))
        assert sorted(store.query_ids(QueueFilter(search="den 3"))) == ["HUE-3"]
        assert store.defer_indexes() == 0, "deferring twice keeps the first definitions"
        assert store.restore_indexes() == len(full)
        assert case_indexes(db_path) == full
        assert store.restore_indexes() == 0
        assert store.get_meta("deferred_indexes") is None
        assert len(store.query_ids()) == 5


def test_indexes_a_killed_first_sync_left_deferred_are_built_at_the_next_open(
    db_path: Path,
) -> None:
    """A kill between the drop and the build leaves their definitions in ``meta``; the
    next open builds them before anything else (an upgrade step may need them)."""
    with Store.open(db_path) as store:
        full = case_indexes(db_path)
        store.defer_indexes()
        store.apply_changes(page([wire_case("HUE-1")]))
    # the process died here: no restore_indexes
    assert case_indexes(db_path) == set()
    with Store.open(db_path, check="auto") as store:
        assert case_indexes(db_path) == full
        assert store.get_meta("deferred_indexes") is None
        assert store.query_ids() == ["HUE-1"]
        with store.transaction() as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
