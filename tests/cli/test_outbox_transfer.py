"""``deskhandler outbox export|import``: work queued on a PC whose network is down for days
travels in a file to another PC of the unit and is uploaded once, whichever PC sends it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from deskhandler.cli import main
from deskhandler.server.db import Database
from deskhandler.server.models import TimelineRow
from tests.support.cases import routed_case
from tests.support.people import Person


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


@pytest.fixture
def clerk(make_person: Callable[..., Person], monkeypatch: pytest.MonkeyPatch) -> Person:
    person = make_person("clerk", "SXD")
    monkeypatch.setenv("DESKHANDLER_PASSWORD", person.password)
    return person


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def notes(db: Database, case_id: str) -> list[str]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(TimelineRow.action_id).where(
                    TimelineRow.case_id == case_id, TimelineRow.kind == "note"
                )
            )
        )


def pending(capsys: pytest.CaptureFixture[str], home: str) -> list[dict[str, object]]:
    box: list[dict[str, object]] = json.loads(run(capsys, "outbox", "--json", "--home", home)[1])[
        "pending"
    ]
    return box


def test_waiting_work_moves_to_another_pc_and_uploads_once(
    db: Database, live_url: str, clerk: Person, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offline_pc, other_pc = str(tmp_path / "pc-1"), str(tmp_path / "pc-2")
    case_id = routed_case(db, "SXD")
    for home in (offline_pc, other_pc):
        assert (
            run(capsys, "login", "--server", live_url, "--user", clerk.username, "--home", home)[0]
            == 0
        )
        assert run(capsys, "sync", "--home", home)[0] == 0

    run(capsys, "cases", "note", case_id, "--text", "Đã kiểm tra hiện trường", "--home", offline_pc)
    run(capsys, "cases", "accept", case_id, "--home", offline_pc)
    carried = tmp_path / "usb" / "outbox.json"
    carried.parent.mkdir()
    # --home before the action works as well as after it.
    code, out, _ = run(capsys, "outbox", "--home", offline_pc, "export", str(carried))
    assert code == 0, out
    assert out.startswith("2 waiting actions written")

    code, out, _ = run(capsys, "outbox", "import", str(carried), "--home", other_pc)
    assert code == 0
    assert out.startswith("2 actions")
    assert [p["kind"] for p in pending(capsys, other_pc)] == ["note", "accept"]
    # Importing the same file again adds nothing.
    assert run(capsys, "outbox", "import", str(carried), "--home", other_pc)[1].startswith("0 ")

    assert run(capsys, "sync", "--home", other_pc)[0] == 0
    [uploaded] = notes(db, case_id)
    # The first PC comes back online later: its copy is recognised, not applied again.
    assert run(capsys, "sync", "--home", offline_pc)[0] == 0
    assert notes(db, case_id) == [uploaded]
    assert pending(capsys, offline_pc) == []
    code, out, _ = run(capsys, "cases", "show", case_id, "--json", "--home", offline_pc)
    assert json.loads(out)["status"] == "in_progress"


def test_a_file_that_is_not_an_outbox_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "notes.json"
    wrong.write_text('{"hello": 1}', encoding="utf-8")
    code, _, err = run(capsys, "outbox", "import", str(wrong), "--home", str(tmp_path / "pc"))
    assert code == 1
    assert "not an outbox file" in err
