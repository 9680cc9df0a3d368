"""The desk's command line against the real server on loopback."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from deskhandler.cli import main
from deskhandler.server.db import Database
from deskhandler.server.models import AttachmentRow, TimelineRow
from deskhandler.store import Store
from tests.store.conftest import page, wire_case
from tests.support.cases import routed_case
from tests.support.cliproc import deskhandler_command
from tests.support.people import Person


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


@pytest.fixture
def clerk(make_person: Callable[..., Person], monkeypatch: pytest.MonkeyPatch) -> Person:
    person = make_person("clerk", "SXD")
    monkeypatch.setenv("DESKHANDLER_PASSWORD", person.password)
    return person


def count(db: Database, case_id: str, kind: str) -> int:
    with db.reading() as session:
        return (
            session.scalar(
                select(func.count()).where(TimelineRow.case_id == case_id, TimelineRow.kind == kind)
            )
            or 0
        )


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_login_sync_act_offline_and_upload(
    db: Database, live_url: str, clerk: Person, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = str(tmp_path / "profile")
    first = routed_case(db, "SXD")
    second = routed_case(db, "SXD", description="Đèn đường hỏng trên đường Hùng Vương")
    routed_case(db, "SGTVT")

    code, out, _ = run(
        capsys, "login", "--server", live_url, "--user", clerk.username, "--home", home
    )
    assert code == 0, out
    assert "Signed in" in out
    assert run(capsys, "sync", "--home", home)[0] == 0

    code, out, _ = run(capsys, "cases", "list", "--json", "--home", home)
    assert sorted(c["id"] for c in json.loads(out)) == sorted([first, second])
    code, out, _ = run(capsys, "cases", "list", "--search", "hung vuong", "--json", "--home", home)
    assert [c["id"] for c in json.loads(out)] == [second]

    assert run(capsys, "cases", "accept", first, "--home", home)[0] == 0
    assert run(capsys, "cases", "note", first, "--text", "Đã liên hệ", "--home", home)[0] == 0
    code, out, _ = run(capsys, "outbox", "--json", "--home", home)
    box = json.loads(out)
    assert [p["kind"] for p in box["pending"]] == ["accept", "note"]
    assert box["conflicts"] == []

    code, _, err = run(capsys, "cases", "approve", first, "--home", home)
    assert code == 1
    assert "forbidden" in err

    assert run(capsys, "sync", "--home", home)[0] == 0
    assert count(db, first, "accept") == 1
    assert count(db, first, "note") == 1
    code, out, _ = run(capsys, "cases", "show", first, "--json", "--home", home)
    assert json.loads(out)["status"] == "in_progress"
    assert json.loads(out)["pending"] == []


def test_a_reply_with_attached_photos_from_the_command_line(
    db: Database, live_url: str, clerk: Person, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = str(tmp_path / "profile")
    case_id = routed_case(db, "SXD")
    run(capsys, "login", "--server", live_url, "--user", clerk.username, "--home", home)
    run(capsys, "sync", "--home", home)
    done = tmp_path / "đã xong.png"
    done.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    not_a_photo = tmp_path / "notes.txt"
    not_a_photo.write_text("x", encoding="utf-8")
    reply = ["cases", "reply", case_id, "--text", "Đã xử lý xong.", "--home", home]
    code, _, err = run(capsys, *reply, "--attach", str(not_a_photo))
    assert code == 1
    assert "notes.txt is not a photo" in err
    assert run(capsys, "cases", "accept", case_id, "--home", home)[0] == 0
    assert run(capsys, *reply, "--attach", str(done))[0] == 0
    box = json.loads(run(capsys, "outbox", "--json", "--home", home)[1])
    [(name, uploaded)] = [(f["name"], f["uploaded_id"]) for p in box["pending"] for f in p["files"]]
    assert (name, uploaded) == ("đã xong.png", None)
    assert run(capsys, "sync", "--home", home)[0] == 0
    with db.reading() as session:
        rows = session.scalars(select(AttachmentRow).where(AttachmentRow.case_id == case_id))
        assert [(row.name, row.public) for row in rows] == [("đã xong.png", True)]


def test_sync_without_a_server_keeps_the_work_and_exits_1(
    db: Database,
    live_url: str,
    clerk: Person,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = str(tmp_path / "profile")
    case_id = routed_case(db, "SXD")
    run(capsys, "login", "--server", live_url, "--user", clerk.username, "--home", home)
    run(capsys, "sync", "--home", home)
    run(capsys, "cases", "note", case_id, "--text", "Ghi chú", "--home", home)
    # The server goes away (the environment points the desk at a closed port on loopback).
    monkeypatch.setenv("DESKHANDLER_SERVER_URL", "http://127.0.0.1:9")
    code, _, err = run(capsys, "sync", "--home", home)
    assert code == 1, err
    assert count(db, case_id, "note") == 0
    assert json.loads(run(capsys, "outbox", "--json", "--home", home)[1])["pending"]


def test_doctor_reports_paths_and_server_without_secrets(
    live_url: str, clerk: Person, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = str(tmp_path / "profile")
    run(capsys, "login", "--server", live_url, "--user", clerk.username, "--home", home)
    code, out, _ = run(capsys, "doctor", "--home", home)
    assert code == 0, out
    assert "database: ok" in out
    assert clerk.password not in out


def test_commands_without_a_login_say_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "sync", "--home", str(tmp_path))
    assert code == 1
    assert "login" in err


def test_possible_duplicates_from_the_local_queue(
    db: Database, live_url: str, clerk: Person, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = str(tmp_path / "profile")
    first = routed_case(db, "SXD", description="Ổ gà lớn trước số 5 Hùng Vương")
    second = routed_case(db, "SXD", description="Ổ gà lớn Hùng Vương số 5")
    routed_case(db, "SXD", description="Cây đổ trên đường Lê Lợi")
    run(capsys, "login", "--server", live_url, "--user", clerk.username, "--home", home)
    run(capsys, "sync", "--home", home)
    code, out, _ = run(capsys, "cases", "duplicates", first, "--json", "--home", home)
    assert code == 0
    [found] = json.loads(out)
    assert found["case"]["id"] == second
    assert found["match"]["metres"] < 15
    code, out, _ = run(capsys, "cases", "duplicates", second, "--home", home)
    assert out.startswith(first)
    assert run(capsys, "cases", "duplicates", "NOPE", "--home", home)[0] == 1


def test_a_reader_that_stops_early_ends_the_listing_quietly(tmp_path: Path) -> None:
    """``deskhandler cases list | head``: the pipe closes after a line; the program stops
    with the shell's code for that (141) and no traceback."""
    home = tmp_path / "profile"
    with Store.open(home / "desk.sqlite3") as store:
        store.set_identity("lan", "clerk", "SXD")
        store.apply_changes(page([wire_case(f"HUE-{n}") for n in range(3_000)]))
    listing = subprocess.Popen(
        [*deskhandler_command(), "cases", "list", "--home", str(home)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert listing.stdout is not None
    assert listing.stderr is not None
    assert listing.stdout.readline().startswith(b"HUE-")
    listing.stdout.close()  # what `head -1` does once it has its line
    errors = listing.stderr.read().decode(errors="replace")
    assert listing.wait(timeout=60) == 141, errors
    assert "Traceback" not in errors
