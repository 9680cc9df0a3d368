"""Dialog payloads through the real layers: ``Desk.act`` on a real store, then the real server.

The reply flow ends where the citizen reads it: the Open311 ``status_notes`` of the request is
exactly the text the dialog's preview showed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pytestqt.qtbot import QtBot

from deskhandler.app.desk import Desk
from deskhandler.app.session import DeskSession
from deskhandler.config import load_config
from deskhandler.server.db import Database
from deskhandler.server.units import set_approval_required
from deskhandler.store import Store
from deskhandler.ui.dialogs import DIALOGS, ActionDialog, DialogContext
from deskhandler.wire.models import Case, CaseDetail, ChangesPage
from tests.support.desk import Desk as ServerDesk
from tests.support.desk import act, current_version, timeline_kinds
from tests.support.faultproxy import FaultProxy
from tests.support.open311 import BASE
from tests.support.people import Person, add_person
from tests.ui.conftest import Central, Loop
from tests.ui.test_dialogs import case, context, directory


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """SQLite only: what is tested here is the desk, not the server's backends."""
    return sqlite_url


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    config = load_config({}, env={}, home=tmp_path / "home")
    store = Store.open(tmp_path / "desk.sqlite3")
    store.set_identity("lan", "supervisor", "SXD")
    with Desk(config, store, env={}) as opened:
        yield opened


def put(store: Store, wire: Case) -> None:
    page = ChangesPage(cases=[wire], removed=[], cursor="c1", has_more=False)
    store.apply_changes(page)


Fill = Callable[[Any], object]

#: For each kind: the status the case is in, and how a clerk fills the dialog.
FILLED: dict[str, tuple[str, Fill]] = {
    "accept": ("assigned", lambda d: None),
    "note": ("in_progress", lambda d: d.text.setPlainText("Đã liên hệ tổ dân phố.")),
    "triage": ("in_progress", lambda d: d.priority.setCurrentIndex(3)),
    "reply": (
        "in_progress",
        lambda d: (
            d.composer.template_box.setCurrentIndex(1),
            d.composer.insert_button.click(),
        ),
    ),
    "reassign": (
        "in_progress",
        lambda d: (d.units.set_code("SGTVT"), d.reason.setPlainText("Thuộc lĩnh vực giao thông")),
    ),
    "return": ("assigned", lambda d: d.reason_box.setCurrentIndex(1)),
    "close": (
        "resolved",
        lambda d: (d.resolution.setCurrentIndex(1), d.composer.set_text("Đã khắc phục xong.")),
    ),
    "reopen": ("closed", lambda d: d.reason.setPlainText("Công dân chưa hài lòng.")),
    "assign": ("in_progress", lambda d: d.assignee.setCurrentIndex(0)),
    "approve": ("awaiting_approval", lambda d: None),
}


@pytest.mark.parametrize("kind", list(FILLED))
def test_each_dialogs_payload_is_queued_by_the_desk(qtbot: QtBot, desk: Desk, kind: str) -> None:
    status, fill = FILLED[kind]
    extra = {"pending_reply": "Đã xử lý."} if status == "awaiting_approval" else {}
    put(desk.store, case(status=status, **extra).case)
    view = desk.store.case("HUE-2026-000123")
    assert view is not None
    dialog = DIALOGS[kind](view, context("supervisor"))
    qtbot.addWidget(dialog)
    fill(dialog)
    assert dialog.ok_button().isEnabled(), dialog.problems()
    dialog.ok_button().click()
    changes = desk.act("HUE-2026-000123", kind, dialog.payload())
    assert changes.outbox
    (entry,) = desk.store.outbox()
    assert entry.kind == kind
    assert dict(entry.payload) == dialog.payload()


def test_reply_preview_is_what_the_citizen_reads(
    qtbot: QtBot,
    client: TestClient,
    db: Database,
    make_person: Callable[..., Person],
    tmp_path: Path,
) -> None:
    server = ServerDesk(client, db, make_person)
    case_id = server.in_progress(reporter_name="Trần Văn Bình", address="12 Lê Lợi, Huế")
    detail = client.get(f"/api/v1/cases/{case_id}", headers=server.clerk).json()
    directory_json = client.get("/api/v1/directory", headers=server.clerk).json()

    config = load_config({}, env={}, home=tmp_path / "home")
    with Desk(config, Store.open(tmp_path / "desk.sqlite3"), env={}) as desk:
        desk.store.set_identity(server.clerk_name, "clerk", "SXD")
        desk.store.save_directory(directory_json, None)
        put(desk.store, Case.model_validate(detail))
        desk.store.save_detail(CaseDetail.model_validate(detail))
        view = desk.store.case(case_id)
        assert view is not None
        stored = desk.store.directory()
        assert stored is not None
        ctx = DialogContext.from_directory(
            stored[0], username=server.clerk_name, role="clerk", department="SXD"
        )
        dialog = DIALOGS["reply"](view, ctx)
        qtbot.addWidget(dialog)
        composer = dialog.composer  # type: ignore[attr-defined]
        composer.template_box.setCurrentIndex(composer.template_box.findData("fixed"))
        composer.insert_button.click()
        composer.editor.appendPlainText("Chi tiết xem tại <a href='x'>đây</a>.")
        preview = composer.preview.toPlainText()
        assert case_id in preview
        assert "12 Lê Lợi, Huế" in preview
        assert dialog.ok_button().isEnabled(), dialog.problems()
        dialog.ok_button().click()
        assert dialog.result() == ActionDialog.DialogCode.Accepted
        desk.act(case_id, "reply", dialog.payload())
        (entry,) = desk.store.outbox()
        batch = {"actions": [entry.to_wire()]}

    answer = client.post("/api/v1/actions", json=batch, headers=server.clerk)
    assert answer.status_code == 200, answer.text
    (result,) = answer.json()["results"]
    assert result["outcome"] == "applied", result
    request = client.get(f"{BASE}/requests/{case_id}.json").json()[0]
    assert request["status"] == "closed"
    assert request["status_notes"] == preview


def test_directory_json_builds_the_context() -> None:
    ctx = DialogContext.from_directory(directory(), username="lan", role="clerk")
    assert ctx.unit_name("SXD") == "Sở Xây dựng"
    assert ctx.unit_name("GONE") == "GONE"
    assert [t.code for t in ctx.templates] == ["received", "fixed", "scheduled"]
    merged = directory(
        departments=[{"code": "OLD", "name": "Cũ", "active": False}, {"code": "N", "name": "Mới"}]
    )
    assert [u.code for u in DialogContext.from_directory(merged).units] == ["N"]


def test_every_dialog_queued_offline_uploads_to_the_real_server(
    qtbot: QtBot, aloop: Loop, central: Central, tmp_path: Path
) -> None:
    """Each action's dialog, filled and accepted with the network down, then one sync."""
    server = central.cases
    supervisor = add_person(central.db, "supervisor", "SXD")

    def answered(case_id: str, kind: str, payload: dict[str, Any]) -> str:
        version = current_version(server.client, server.clerk, case_id)
        result = act(server.client, server.clerk, case_id, kind, payload, version=version)
        assert result["outcome"] == "applied", result
        return case_id

    resolved = answered(server.in_progress(), "reply", {"text": "Đã xử lý."})
    closed = answered(
        answered(server.in_progress(), "reply", {"text": "Đã xử lý."}),
        "close",
        {"resolution": "fixed", "text": "Đã khắc phục."},
    )
    at_status = {"assigned": server.routed(), "resolved": resolved, "closed": closed}
    with central.db.writing() as session:
        set_approval_required(session, "SXD", True)
    at_status["awaiting_approval"] = answered(server.in_progress(), "reply", {"text": "Nháp."})
    targets = {
        kind: at_status.get(status) or server.in_progress()
        for kind, (status, _fill) in FILLED.items()
    }
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")

    def counts() -> dict[str, int]:
        """How many entries of its kind each target case has in the server's timeline."""
        return {kind: timeline_kinds(central.db, c).count(kind) for kind, c in targets.items()}

    before = counts()

    async def scenario() -> None:
        with FaultProxy(central.url) as proxy, Desk.open(config) as desk:
            session = DeskSession(desk)
            await session.sign_in(
                proxy.url, supervisor.username, supervisor.password, remember=False
            )
            assert (await session.sync_now()).exit_code == 0
            stored = desk.store.directory()
            assert stored is not None
            ctx = DialogContext.from_directory(
                stored[0], username=supervisor.username, role="supervisor", department="SXD"
            )
            proxy.down()
            for kind, case_id in targets.items():
                view = desk.store.case(case_id)
                assert view is not None
                dialog = DIALOGS[kind](view, ctx)
                qtbot.addWidget(dialog)
                FILLED[kind][1](dialog)
                assert dialog.ok_button().isEnabled(), (kind, dialog.problems())
                dialog.ok_button().click()
                desk.act(case_id, kind, dialog.payload(), dialog.files())
            assert not (await session.sync_now()).finished
            assert counts() == before, "nothing reached the server while it was away"

            proxy.up()
            report = await session.sync_now()
            assert report.exit_code == 0, (report.error, desk.store.conflicts())
            assert counts() == {kind: n + 1 for kind, n in before.items()}
            await session.close()

    aloop.run(scenario(), timeout=180)
