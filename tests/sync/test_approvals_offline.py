"""A supervisor decides on drafted replies offline; the decision uploads with who and when.

The real server on loopback behind the fault proxy, a real store: the decision shows at
once in the overlay, waits in the outbox while the network is down, and once it returns
the server publishes exactly the text the supervisor approved (or sends the draft back),
stamped with the supervisor and the moment they decided on their PC.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from deskhandler.server.db import Database
from deskhandler.server.models import CaseRow, DepartmentRow, TimelineRow
from deskhandler.store.store import Store
from deskhandler.sync.api import CentralApi
from deskhandler.sync.engine import SyncEngine
from tests.support.cases import routed_case
from tests.support.desk import act
from tests.support.faultproxy import FaultProxy
from tests.support.people import Person, sign_in

pytestmark = pytest.mark.asyncio

DRAFT = "Đơn vị đã vá ổ gà trên đường Lê Lợi."
EDITED = "Ngày 20/11, đơn vị đã vá xong ổ gà trên đường Lê Lợi. Cảm ơn người dân đã phản ánh."
REASON = "Cần ghi rõ ngày hoàn thành."


@pytest.fixture
def supervisor(make_person: Callable[..., Person]) -> Person:
    return make_person("supervisor", "SXD")


@pytest.fixture
def desk_person(supervisor: Person) -> Person:
    """The desk of these tests is the supervisor's."""
    return supervisor


def drafted(db: Database, client: TestClient, clerk: Person) -> str:
    """A case of SXD (approval on) whose clerk's reply waits for a supervisor."""
    with db.writing() as session:
        unit = session.get(DepartmentRow, "SXD")
        assert unit is not None
        unit.approval_required = True
    case_id = routed_case(db, "SXD")
    headers = sign_in(client, clerk)
    assert act(client, headers, case_id, "accept")["outcome"] == "applied"
    result = act(client, headers, case_id, "reply", {"text": DRAFT})
    assert result["case"]["status"] == "awaiting_approval", result
    return case_id


def last_entry(db: Database, case_id: str) -> TimelineRow:
    with db.reading() as session:
        return session.scalars(
            select(TimelineRow).where(TimelineRow.case_id == case_id).order_by(TimelineRow.id)
        ).all()[-1]


def server_case(db: Database, case_id: str) -> CaseRow:
    with db.reading() as session:
        row = session.get(CaseRow, case_id)
        assert row is not None
        return row


async def test_an_edited_approval_made_offline_publishes_the_edited_text(
    db: Database,
    client: TestClient,
    clerk: Person,
    supervisor: Person,
    store: Store,
    desk_api: CentralApi,
    proxy: FaultProxy,
) -> None:
    case_id = drafted(db, client, clerk)
    engine = SyncEngine(store, desk_api)
    assert (await engine.sync()).exit_code == 0
    view = store.case(case_id)
    assert view is not None
    assert (view.case.status, view.case.pending_reply) == ("awaiting_approval", DRAFT)

    proxy.down()
    decided = datetime.now(UTC) - timedelta(hours=3)  # on the bus, hours before the upload
    store.enqueue(case_id, "approve", {"text": EDITED}, created_at=decided)
    view = store.case(case_id)
    assert view is not None
    assert (view.case.status, view.case.public_text) == ("resolved", EDITED)
    assert (await engine.sync()).exit_code == 1
    assert server_case(db, case_id).status == "awaiting_approval"

    proxy.up()
    report = await engine.sync()
    assert report.exit_code == 0, report.error
    row = server_case(db, case_id)
    assert (row.status, row.public_text, row.pending_reply) == ("resolved", EDITED, None)
    entry = last_entry(db, case_id)
    assert (entry.kind, entry.actor) == ("approve", supervisor.username)
    assert entry.actor_role == "supervisor"
    assert (entry.public, entry.payload["text"]) == (True, EDITED)
    assert entry.client_created_at is not None
    assert datetime.fromisoformat(entry.client_created_at) == decided
    public = client.get(f"/open311/v2/requests/{case_id}.json").json()[0]
    assert (public["status"], public["status_notes"]) == ("closed", EDITED)

    # The desk's full timeline says who approved, when it arrived and when it was decided.
    store.save_detail(await desk_api.case(case_id))
    view = store.case(case_id)
    assert view is not None
    assert view.timeline is not None
    approval = view.timeline[-1]
    assert (approval.kind, approval.actor, approval.pending) == (
        "approve", supervisor.username, False,
    )  # fmt: skip
    assert approval.created_at == decided
    assert approval.at - decided > timedelta(hours=2)


async def test_a_send_back_offline_shows_in_progress_at_once_and_uploads(
    db: Database,
    client: TestClient,
    clerk: Person,
    supervisor: Person,
    store: Store,
    desk_api: CentralApi,
    proxy: FaultProxy,
) -> None:
    case_id = drafted(db, client, clerk)
    engine = SyncEngine(store, desk_api)
    assert (await engine.sync()).exit_code == 0

    proxy.down()
    store.enqueue(case_id, "send_back", {"reason": REASON})
    [row] = store.rows([case_id])
    assert (row.status, row.pending) == ("in_progress", 1)
    view = store.case(case_id)
    assert view is not None
    assert (view.case.pending_reply, view.case.public_text) == (None, None)
    assert (await engine.sync()).exit_code == 1

    proxy.up()
    assert (await engine.sync()).exit_code == 0
    server = server_case(db, case_id)
    assert (server.status, server.public_text, server.pending_reply) == (
        "in_progress", None, None,
    )  # fmt: skip
    entry = last_entry(db, case_id)
    assert (entry.kind, entry.actor, entry.public) == ("send_back", supervisor.username, False)
    assert entry.payload == {"reason": REASON}
    assert store.rows([case_id])[0].status == "in_progress"
