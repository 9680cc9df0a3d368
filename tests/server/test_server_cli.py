"""``deskhandler-server``: in-process through ``main`` and as the installed console script."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from deskhandler.server.api_keys import check_api_key
from deskhandler.server.cli import main
from deskhandler.server.db import Database
from deskhandler.server.models import ApiKeyRow, AuditRow, CaseRow, DepartmentRow, UserRow
from deskhandler.server.security import verify_password

SCRIPT = Path(sys.executable).with_name("deskhandler-server")


def _users(url: str) -> dict[str, UserRow]:
    db = Database(url)
    try:
        with db.reading() as session:
            return {u.username: u for u in session.scalars(select(UserRow))}
    finally:
        db.dispose()


def test_migrate_creates_the_database_and_is_idempotent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'central.sqlite3'}"
    assert main(["migrate", "--db", url]) == 0
    assert main(["migrate", "--db", url]) == 0
    assert (tmp_path / "new" / "central.sqlite3").is_file()
    assert "database ready" in capsys.readouterr().out


def test_the_environment_names_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("DESKHANDLER_SERVER_DB", f"sqlite:///{path}")
    assert main(["migrate"]) == 0
    assert path.is_file()
    other = tmp_path / "from-flag.sqlite3"
    assert main(["migrate", "--db", f"sqlite:///{other}"]) == 0
    assert other.is_file()


def test_create_user_with_every_way_of_giving_the_password(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "create-user",
                "--db",
                sqlite_url,
                "--username",
                "lan.sxd",
                "--password",
                "first password",
                "--role",
                "clerk",
                "--department",
                "SXD",
                "--name",
                "Nguyễn Thị Lan",
            ]
        )
        == 0
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO("second password\n"))
    assert (
        main(
            [
                "create-user",
                "--db",
                sqlite_url,
                "--username",
                "coord",
                "--password-stdin",
                "--role",
                "coordinator",
            ]
        )
        == 0
    )
    users = _users(sqlite_url)
    assert users["lan.sxd"].department == "SXD"
    assert users["lan.sxd"].name == "Nguyễn Thị Lan"
    assert verify_password(users["lan.sxd"].password_hash, "first password")
    assert verify_password(users["coord"].password_hash, "second password")
    assert users["coord"].role == "coordinator"
    assert "second password" not in capsys.readouterr().out


def test_create_user_errors_are_one_clear_line(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["create-user", "--db", sqlite_url, "--username", "u1", "--password", "long enough"]
    assert main([*args, "--role", "clerk", "--department", "SXD"]) == 0
    capsys.readouterr()
    assert main([*args, "--role", "clerk", "--department", "SXD"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "deskhandler-server: error: user 'u1' exists already"
    assert (
        main(
            [
                "create-user",
                "--db",
                sqlite_url,
                "--username",
                "u2",
                "--password",
                "long enough",
                "--role",
                "clerk",
            ]
        )
        == 1
    )
    assert "--department" in capsys.readouterr().err
    assert (
        main(
            [
                "create-user",
                "--db",
                sqlite_url,
                "--username",
                "u3",
                "--password",
                "long enough",
                "--role",
                "clerk",
                "--department",
                "NOPE",
            ]
        )
        == 1
    )
    assert "NOPE" in capsys.readouterr().err
    assert main([*args, "--role", "emperor"]) == 2
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["create-user", "--db", sqlite_url, "--username", "u4", "--role", "admin"]) == 2
    assert "no password" in capsys.readouterr().err
    assert set(_users(sqlite_url)) == {"u1"}


def test_seed_adds_cases_and_prints_the_demo_accounts(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "seed",
                "--db",
                db_url,
                "--cases",
                "25",
                "--seed",
                "9",
                "--attachments-dir",
                str(tmp_path / "files"),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "seeded 25 cases" in out
    assert "clerk.sxd" in out
    assert "demo-password" in out
    assert main(["seed", "--db", db_url, "--cases", "5", "--no-photos"]) == 0
    db = Database(db_url)
    try:
        with db.reading() as session:
            assert session.scalar(select(func.count()).select_from(CaseRow)) == 30
    finally:
        db.dispose()
    assert any((tmp_path / "files").rglob("*"))
    assert main(["seed", "--db", db_url, "--cases", "-3"]) == 2


def test_create_api_key_prints_it_once_and_stores_its_hash(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["create-api-key", "--db", sqlite_url, "--name", "Hue-S app"]) == 0
    captured = capsys.readouterr()
    key = captured.out.strip()
    assert len(key) >= 32
    assert "only this once" in captured.err
    db = Database(sqlite_url)
    try:
        with db.reading() as session:
            assert check_api_key(session, key)
            stored = list(session.scalars(select(ApiKeyRow)))
        assert [k.name for k in stored] == ["Hue-S app"]
        assert key not in {k.key_hash for k in stored}
    finally:
        db.dispose()
    assert main(["create-api-key", "--db", sqlite_url, "--name", "  "]) == 2


def test_an_admin_lists_and_revokes_api_keys(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list-api-keys", "--db", sqlite_url]) == 0
    assert "no API keys" in capsys.readouterr().err
    keys = {}
    for name in ("Hue-S app", "FixMyStreet"):
        assert main(["create-api-key", "--db", sqlite_url, "--name", name]) == 0
        keys[name] = capsys.readouterr().out.strip()
    assert main(["list-api-keys", "--db", sqlite_url]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:2] for line in listed] == [["1", "Hue-S app"], ["2", "FixMyStreet"]]
    assert all(line.endswith("active") for line in listed)
    assert not any(key in "\n".join(listed) for key in keys.values()), "keys are never shown"

    assert main(["revoke-api-key", "--db", sqlite_url, "--id", "1"]) == 0
    assert "revoked API key 1 ('Hue-S app')" in capsys.readouterr().out
    db = Database(sqlite_url)
    try:
        with db.reading() as session:
            assert not check_api_key(session, keys["Hue-S app"])
            assert check_api_key(session, keys["FixMyStreet"])
    finally:
        db.dispose()
    assert main(["list-api-keys", "--db", sqlite_url]) == 0
    assert "\trevoked " in capsys.readouterr().out.splitlines()[0]
    assert main(["revoke-api-key", "--db", sqlite_url, "--id", "1"]) == 0
    assert "already revoked" in capsys.readouterr().out
    assert main(["revoke-api-key", "--db", sqlite_url, "--id", "9"]) == 1
    assert "there is no API key number 9" in capsys.readouterr().err


def test_an_admin_turns_approval_of_replies_on_and_off_for_a_unit(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["set-approval", "--db", sqlite_url, "--department", "SXD", "on"]) == 0
    assert "replies of SXD (Sở Xây dựng) need a supervisor's approval" in capsys.readouterr().out
    assert main(["set-approval", "--db", sqlite_url, "--department", "SXD", "on"]) == 0
    assert "(unchanged)" in capsys.readouterr().out
    assert _approval(sqlite_url) == {"SXD": True}
    assert main(["set-approval", "--db", sqlite_url, "--department", "SXD", "off"]) == 0
    assert _approval(sqlite_url) == {}
    assert main(["set-approval", "--db", sqlite_url, "--department", "NOPE", "on"]) == 1
    assert "there is no unit 'NOPE'" in capsys.readouterr().err
    db = Database(sqlite_url)
    try:
        with db.reading() as session:
            audit = session.scalars(
                select(AuditRow).where(AuditRow.event == "approval_required_set")
            ).all()
    finally:
        db.dispose()
    assert [a.detail for a in audit] == [
        {"department": "SXD", "required": True},
        {"department": "SXD", "required": False},
    ]


def _approval(url: str) -> dict[str, bool]:
    db = Database(url)
    try:
        with db.reading() as session:
            rows = session.scalars(select(DepartmentRow).where(DepartmentRow.approval_required))
            return {row.code: True for row in rows}
    finally:
        db.dispose()


def test_bad_database_urls_fail_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["migrate", "--db", "not a url"]) == 2
    assert "is not a database URL" in capsys.readouterr().err
    assert main(["migrate", "--db", "postgresql://someone:s3cret@127.0.0.1:1/none"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("deskhandler-server: error: cannot use the database")
    assert "s3cret" not in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "command",
    [
        "migrate",
        "serve",
        "seed",
        "create-user",
        "create-api-key",
        "list-api-keys",
        "revoke-api-key",
    ],
)
def test_every_command_has_help_and_takes_db(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, "--help"]) == 0
    assert "--db URL" in capsys.readouterr().out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["frobnicate"]) == 2
    assert main(["seed", "--cases", "many"]) == 2
    assert "invalid" in capsys.readouterr().err


def test_the_installed_console_script(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKHANDLER_SERVER_")}
    shown = subprocess.run(
        [SCRIPT, "--help"], capture_output=True, text=True, env=env, check=False, timeout=600
    )
    assert shown.returncode == 0
    assert "create-user" in shown.stdout
    path = tmp_path / "central.sqlite3"
    done = subprocess.run(
        [SCRIPT, "migrate", "--db", f"sqlite:///{path}"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert path.is_file()
    wrong = subprocess.run(
        [SCRIPT, "create-user", "--db", f"sqlite:///{path}"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=600,
    )
    assert wrong.returncode == 2
    assert "required" in wrong.stderr
