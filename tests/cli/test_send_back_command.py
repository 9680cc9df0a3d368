"""``deskhandler cases send-back ID --reason T`` against the real server on loopback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from deskhandler.cli import main
from deskhandler.server.db import Database
from deskhandler.server.models import CaseRow, DepartmentRow, TimelineRow
from tests.support.cases import routed_case
from tests.support.desk import act
from tests.support.people import Person, sign_in

REASON = "Cần ghi rõ ngày hoàn thành."


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_supervisor_sends_a_reply_back_from_the_command_line(
    db: Database,
    client: TestClient,
    live_url: str,
    make_person: Callable[..., Person],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.writing() as session:
        unit = session.get(DepartmentRow, "SXD")
        assert unit is not None
        unit.approval_required = True
    clerk, supervisor = make_person("clerk", "SXD"), make_person("supervisor", "SXD")
    case_id = routed_case(db, "SXD")
    headers = sign_in(client, clerk)
    act(client, headers, case_id, "accept")
    assert act(client, headers, case_id, "reply", {"text": "Bản nháp."})["case"]["status"] == (
        "awaiting_approval"
    )

    monkeypatch.setenv("DESKHANDLER_PASSWORD", supervisor.password)
    home = str(tmp_path / "leader")
    signed_in = run(
        capsys, "login", "--server", live_url, "--user", supervisor.username, "--home", home
    )
    assert signed_in[0] == 0, signed_in
    assert run(capsys, "sync", "--home", home)[0] == 0

    code, _, err = run(capsys, "cases", "send-back", case_id, "--home", home)
    assert code == 2
    assert "--reason" in err

    code, out, err = run(capsys, "cases", "send-back", case_id, "--reason", REASON, "--home", home)
    assert code == 0, err
    assert "send_back queued" in out
    code, out, _ = run(capsys, "cases", "show", case_id, "--json", "--home", home)
    shown = json.loads(out)
    assert shown["status"] == "in_progress"
    assert [p["kind"] for p in shown["pending"]] == ["send_back"]
    # Twice is refused by the rules at once: the case is no longer awaiting approval.
    code, _, err = run(capsys, "cases", "send-back", case_id, "--reason", REASON, "--home", home)
    assert code == 1
    assert "invalid_transition" in err

    assert run(capsys, "sync", "--home", home)[0] == 0
    with db.reading() as session:
        case = session.get(CaseRow, case_id)
        assert case is not None
        assert (case.status, case.public_text) == ("in_progress", None)
        entry = session.scalars(
            select(TimelineRow).where(TimelineRow.case_id == case_id).order_by(TimelineRow.id)
        ).all()[-1]
    assert (entry.kind, entry.actor, entry.payload) == (
        "send_back", supervisor.username, {"reason": REASON},
    )  # fmt: skip
