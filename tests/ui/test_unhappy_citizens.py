"""The supervisor's follow-up of unhappy citizens (issue #5), against the real central API:
a resolved case the citizen rated "not satisfied" shows in "Unhappy citizens" after a sync,
with the citizen's comment in the case panel and the rating in the timeline."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from deskhandler.domain.statuses import Role
from deskhandler.store import Store
from deskhandler.store.records import Identity
from deskhandler.ui.app import DeskApp
from deskhandler.ui.dashboard import TrendMeasure
from deskhandler.ui.queue_model import QueueModel, StoreQueueSource
from deskhandler.ui.queue_view import QueueView, QuickFilter
from tests.support.people import add_person
from tests.support.ratings import rate, rated_case, resolved_request
from tests.ui.conftest import Central, Loop, until
from tests.ui.test_flows import desk_config, sign_in

COMMENT = "Vẫn còn rác trước nhà, làm qua loa <b>không</b> hài lòng."


def case_ids(model: QueueModel) -> list[str]:
    return sorted(case_id for row in range(model.rowCount()) if (case_id := model.case_id(row)))


def test_a_rated_not_satisfied_case_comes_back_to_the_supervisor(
    aloop: Loop, central: Central, tmp_path: Path
) -> None:
    supervisor = add_person(central.db, "supervisor", "SXD")
    unhappy = rated_case(central.client, central.db, "SXD", "unsatisfied", COMMENT)
    rated_case(central.client, central.db, "SXD", "satisfied", "Xử lý nhanh, cảm ơn!")
    later, token = resolved_request(central.client, central.db, "SXD")
    config = desk_config(tmp_path, central.url)

    async def scenario() -> None:
        app = DeskApp(config)
        running = asyncio.ensure_future(app.run())
        ws = await sign_in(app, supervisor)
        await until(lambda: ws.model.rowCount() == 3, 30)
        button = ws.queue.filter_buttons[QuickFilter.UNHAPPY]
        assert button.isVisible()
        assert button.text() == "Unhappy citizens"
        button.click()
        await until(lambda: case_ids(ws.model) == [unhappy], 30)
        # beside the filter: the unit's satisfaction (one of two ratings satisfied)
        note = ws.queue.satisfaction_note
        await until(note.isVisible)
        assert note.text() == "Unit satisfaction: 50 % (30 days), 50 % (90 days)"
        assert ws.queue.trend_button.isVisible()

        assert ws.queue.select_case(unhappy)
        await until(lambda: ws.case.view is not None and ws.case.view.case.id == unhappy)
        shown = ws.case.fields["rating"]
        await until(lambda: shown.text() != "")
        assert shown.text() == f"Not satisfied — {COMMENT}"
        assert shown.textFormat().name == "PlainText"
        assert shown.isVisible()
        await until(
            lambda: any(
                "Citizen's rating" in ws.case.timeline.item(i).text()
                for i in range(ws.case.timeline.count())
            ),
            30,
        )
        entry = next(
            ws.case.timeline.item(i).text()
            for i in range(ws.case.timeline.count())
            if "Citizen's rating" in ws.case.timeline.item(i).text()
        )
        assert "Not satisfied" in entry
        assert COMMENT in entry

        # Another citizen answers while the desk is open: the next sync brings it in.
        rate(central.client, later, token, "unsatisfied", "Chưa ai đến kiểm tra.")
        ws.sync_now()
        await until(lambda: case_ids(ws.model) == sorted([unhappy, later]), 60)
        assert ws.queue.select_case(later)
        await until(
            lambda: ws.case.fields["rating"].text() == "Not satisfied — Chưa ai đến kiểm tra."
        )
        await until(lambda: note.text().startswith("Unit satisfaction: 33 %"))
        # ... and its trend on the dashboard
        ws.queue.trend_button.click()
        await until(lambda: ws.dashboard is not None and ws.dashboard.isVisible())
        assert ws.dashboard is not None
        assert ws.dashboard.trend_measure is TrendMeasure.SATISFACTION
        assert [p.y() for p in ws.dashboard.trend.lines[0].points()] == [pytest.approx(100 / 3)]
        ws.dashboard.reject()
        # another filter hides the line
        ws.queue.filter_buttons[QuickFilter.ALL].click()
        assert not note.isVisible()
        ws.window.close()
        assert await running == 0

    aloop.run(scenario(), timeout=180)


def test_only_leaders_are_offered_the_follow_up(client_store: Store, aloop: Loop) -> None:
    model = QueueModel(StoreQueueSource(client_store, aloop.worker), aloop.tasks)
    view = QueueView(model, Identity("lan", Role.CLERK, "SXD"))
    button = view.filter_buttons[QuickFilter.UNHAPPY]
    assert not button.isVisibleTo(view)
    assert not button.isEnabled()
    view.set_identity(Identity("hoa", Role.SUPERVISOR, "SXD"))
    assert button.isVisibleTo(view)
    button.click()
    assert view.query.quick is QuickFilter.UNHAPPY
    view.set_identity(Identity("lan", Role.CLERK, "SXD"))
    assert view.query.quick.value == "all"
    view.deleteLater()
