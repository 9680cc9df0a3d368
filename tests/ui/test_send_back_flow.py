"""Sending a drafted reply back: the dialog, the button, the approvals filter, and the whole
way from a supervisor's desk (offline, then online) to the clerk's queue, on the real server."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from deskhandler.config import Config, load_config
from deskhandler.domain.actions import ActionKind
from deskhandler.domain.statuses import Role
from deskhandler.server.models import TimelineRow
from deskhandler.server.units import set_approval_required
from deskhandler.store.records import Identity, TimelineItem
from deskhandler.sync.engine import State
from deskhandler.ui.app import DeskApp
from deskhandler.ui.case_panel import CasePanel, timeline_text
from deskhandler.ui.dialogs import DIALOGS, SendBackDialog, kinds_for
from deskhandler.ui.queue_model import Column
from deskhandler.ui.queue_view import QueueQuery, QuickFilter, queue_filter
from tests.support.desk import act, current_version
from tests.support.faultproxy import FaultProxy
from tests.support.people import Person, add_person
from tests.ui.conftest import Central, Loop, until
from tests.ui.test_dialogs import case, context
from tests.ui.test_flows import sign_in

DRAFT = "Đơn vị đã vá ổ gà. <b>Xem</b> chi tiết tại <a href='https://x.example'>đây</a>."
REASON = "Cần ghi rõ ngày hoàn thành và đơn vị thi công."


def test_the_dialog_needs_a_reason_and_shows_the_draft_as_plain_text(qtbot: QtBot) -> None:
    view = case(status="awaiting_approval", pending_reply=DRAFT)
    dialog = DIALOGS["send_back"](view, context("supervisor"))
    qtbot.addWidget(dialog)
    assert isinstance(dialog, SendBackDialog)
    assert dialog.draft_view.isReadOnly()
    assert dialog.draft_view.toPlainText() == DRAFT  # tags shown as typed, nothing rendered
    assert not dialog.ok_button().isEnabled()
    assert dialog.problems() == ["Say what the clerk should change."]
    dialog.reason.setPlainText("   ")
    assert not dialog.ok_button().isEnabled()
    dialog.reason.setPlainText(f"  {REASON}\n")
    assert dialog.ok_button().isEnabled(), dialog.problems()
    dialog.ok_button().click()
    assert dialog.payload() == {"reason": REASON}


def test_the_reason_is_kept_as_a_draft_when_cancelled(qtbot: QtBot) -> None:
    view = case(status="awaiting_approval", pending_reply=DRAFT)
    ctx = context("supervisor")
    first = SendBackDialog(view, ctx)
    qtbot.addWidget(first)
    first.reason.setPlainText(REASON)
    first.cancel_button().click()
    again = SendBackDialog(view, ctx)
    qtbot.addWidget(again)
    assert again.reason.toPlainText() == REASON


def test_only_those_who_approve_are_offered_send_back(qtbot: QtBot) -> None:
    awaiting = case(status="awaiting_approval", pending_reply=DRAFT)
    assert "send_back" in kinds_for(awaiting, context("supervisor"))
    assert "send_back" not in kinds_for(awaiting, context("clerk"))
    assert "send_back" not in kinds_for(case(status="in_progress"), context("supervisor"))

    panel = CasePanel(Identity("lan", Role.SUPERVISOR, "SXD"))
    qtbot.addWidget(panel)
    panel.resize(600, 700)
    panel.show()
    panel.show_case(awaiting)
    button = panel.action_buttons[ActionKind.SEND_BACK]
    assert button.isVisible()
    assert button.text() == "Send back…"
    assert panel.action_buttons[ActionKind.APPROVE].isVisible()
    with qtbot.waitSignal(panel.action_requested) as asked:
        button.click()
    assert asked.args == ["send_back"]
    panel.show_case(case(status="in_progress"))
    assert not button.isVisible()
    panel.set_identity(Identity("an", Role.CLERK, "SXD"))
    panel.show_case(awaiting)
    assert not button.isVisible()
    assert not panel.action_buttons[ActionKind.APPROVE].isVisible()


def test_the_awaiting_approval_filter() -> None:
    leader = Identity("lan", Role.SUPERVISOR, "SXD")
    flt = queue_filter(QueueQuery(QuickFilter.AWAITING_APPROVAL), leader)
    assert flt.statuses == frozenset({"awaiting_approval"})


def desk_config(tmp_path: Path, name: str, server_url: str) -> Config:
    return load_config(
        {"server_url": server_url},
        env={},
        home=tmp_path / name,
        site_config_dir=tmp_path / "site",
    )


def test_supervisor_sends_back_offline_and_the_clerk_sees_it_in_progress(
    aloop: Loop, central: Central, tmp_path: Path
) -> None:
    server = central.cases
    supervisor = add_person(central.db, "supervisor", "SXD")
    with central.db.writing() as session:
        set_approval_required(session, "SXD", True)
    waiting = server.in_progress(title="Ổ gà trên đường Lê Lợi")
    server.in_progress(title="Cây đổ trên đường Hùng Vương")
    version = current_version(server.client, server.clerk, waiting)
    drafted = act(server.client, server.clerk, waiting, "reply", {"text": DRAFT}, version=version)
    assert drafted["case"]["status"] == "awaiting_approval", drafted
    clerk = Person(server.clerk_name, "clerk", "SXD")

    with FaultProxy(central.url) as proxy:

        async def leader() -> None:
            app = DeskApp(desk_config(tmp_path, "leader", proxy.url))
            running = asyncio.ensure_future(app.run())
            ws = await sign_in(app, supervisor)
            await until(lambda: ws.model.rowCount() == 2, 30)
            approvals = ws.queue.filter_buttons[QuickFilter.AWAITING_APPROVAL]
            assert approvals.isVisible()
            approvals.click()
            await until(lambda: ws.model.rowCount() == 1)
            assert ws.queue.select_case(waiting)
            await until(lambda: ws.case.view is not None and ws.case.view.case.id == waiting)
            send_back = ws.case.action_buttons[ActionKind.SEND_BACK]
            assert send_back.isVisible()

            proxy.down()
            ws.sync_now()
            await until(lambda: ws.sync.current.state is State.OFFLINE, 30)
            send_back.click()
            await until(lambda: ws.actions.dialog is not None)
            dialog = ws.actions.dialog
            assert isinstance(dialog, SendBackDialog)
            assert dialog.draft_view.toPlainText() == DRAFT
            dialog.reason.setPlainText(REASON)
            dialog.ok_button().click()
            # At once, offline: the case is in progress again and no longer awaits approval.
            await until(lambda: ws.model.rowCount() == 0)
            ws.queue.filter_buttons[QuickFilter.ALL].click()
            await until(lambda: ws.model.row_of(waiting) is not None)
            row = ws.model.row_of(waiting)
            assert row is not None
            assert ws.model.data(ws.model.index(row, Column.STATUS)) == "In progress"
            assert "send_back" not in [e.kind for e in _server_timeline(central, waiting)]

            proxy.up()
            ws.sync_now()
            await until(lambda: ws.desk.store.outbox_count() == 0, 60)
            ws.window.close()
            assert await running == 0

        async def clerks_desk() -> None:
            app = DeskApp(desk_config(tmp_path, "clerk", proxy.url))
            running = asyncio.ensure_future(app.run())
            ws = await sign_in(app, clerk)
            await until(lambda: ws.model.row_of(waiting) is not None, 30)
            row = ws.model.row_of(waiting)
            assert row is not None
            assert ws.model.data(ws.model.index(row, Column.STATUS)) == "In progress"
            assert not ws.queue.filter_buttons[QuickFilter.AWAITING_APPROVAL].isVisible()
            assert ws.queue.select_case(waiting)
            await until(lambda: ws.case.view is not None and ws.case.view.case.id == waiting)

            def texts() -> list[str]:
                return [ws.case.timeline.item(i).text() for i in range(ws.case.timeline.count())]

            await until(lambda: any(REASON in text for text in texts()), 30)
            [comment] = [text for text in texts() if REASON in text]
            assert supervisor.username in comment
            assert "Reply sent back" in comment
            assert any(DRAFT in text for text in texts()), "the draft stays in the timeline"
            assert ws.case.action_buttons[ActionKind.REPLY].isVisible()
            ws.window.close()
            assert await running == 0

        aloop.run(leader(), timeout=180)
        aloop.run(clerks_desk(), timeout=180)

    status = central.client.get(f"/open311/v2/requests/{waiting}.json").json()[0]
    assert status["status"] == "open"
    assert not status.get("status_notes")


def _server_timeline(central: Central, case_id: str) -> list[TimelineRow]:
    with central.db.reading() as session:
        return list(session.scalars(select(TimelineRow).where(TimelineRow.case_id == case_id)))


def test_a_decision_uploaded_later_shows_when_it_was_taken(qtbot: QtBot) -> None:
    decided = datetime(2026, 11, 20, 2, 15, tzinfo=UTC)  # 09:15 in Huế
    arrived = decided + timedelta(hours=3)
    item = TimelineItem(
        "a1", "approve", "hoa", arrived, {"text": "Đã xử lý."}, public=True, created_at=decided
    )
    text = timeline_text(item, "waiting to upload")
    assert text.splitlines()[0] == (
        "20/11/2026 12:15 · hoa · Reply approved · done 20/11/2026 09:15, uploaded later"
    )
    on_time = TimelineItem(
        "a2", "send_back", "hoa", arrived, {"reason": REASON}, created_at=arrived
    )
    assert timeline_text(on_time, "").splitlines() == [
        "20/11/2026 12:15 · hoa · Reply sent back",
        REASON,
    ]
