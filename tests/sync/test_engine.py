"""The sync engine end to end: the real server on loopback, a real store, faults on demand."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from deskhandler.server.db import Database
from deskhandler.server.models import CaseRow, TimelineRow
from deskhandler.store.store import Store
from deskhandler.sync.api import CentralApi
from deskhandler.sync.engine import Changed, Connectivity, Event, State, SyncEngine
from tests.support.cases import routed_case
from tests.support.desk import act
from tests.support.faultproxy import Fault, FaultProxy
from tests.support.people import Person, sign_in

pytestmark = pytest.mark.asyncio


def timeline_count(db: Database, case_id: str, kind: str) -> int:
    with db.reading() as session:
        return (
            session.scalar(
                select(func.count()).where(TimelineRow.case_id == case_id, TimelineRow.kind == kind)
            )
            or 0
        )


def server_case(db: Database, case_id: str) -> CaseRow:
    with db.reading() as session:
        row = session.get(CaseRow, case_id)
        assert row is not None
        return row


async def test_first_sync_mirrors_the_units_queue_only(
    db: Database, store: Store, desk_api: CentralApi
) -> None:
    ours = [routed_case(db, "SXD") for _ in range(3)]
    routed_case(db, "SGTVT")
    events: list[Event] = []
    report = await SyncEngine(store, desk_api, page_size=2, listener=events.append).sync()
    assert report.finished
    assert report.exit_code == 0
    assert sorted(store.query_ids()) == sorted(ours)
    assert any(isinstance(e, Changed) for e in events)
    assert isinstance(events[-1], Connectivity)
    assert events[-1].state is State.ONLINE


async def test_work_done_offline_uploads_once_when_the_network_returns(
    db: Database, store: Store, desk_api: CentralApi, proxy: FaultProxy
) -> None:
    first, second = routed_case(db, "SXD"), routed_case(db, "SXD")
    engine = SyncEngine(store, desk_api)
    assert (await engine.sync()).exit_code == 0

    proxy.down()
    store.enqueue(first, "accept", {})
    store.enqueue(first, "note", {"text": "Đã liên hệ tổ dân phố"})
    store.enqueue(first, "reply", {"text": "Đơn vị đã vá ổ gà."})
    store.enqueue(second, "triage", {"priority": "high"})
    offline = await engine.sync()
    assert not offline.finished
    assert offline.exit_code == 1
    assert engine.connectivity.state is State.OFFLINE
    assert store.outbox_count() == 4
    # The desk shows the work at once, before upload.
    assert store.rows([first])[0].status == "resolved"

    proxy.up()
    online = await engine.sync()
    assert online.exit_code == 0, online.error
    assert online.uploaded == 4
    assert store.outbox_count() == 0
    assert server_case(db, first).status == "resolved"
    assert server_case(db, second).priority == "high"
    for kind in ("accept", "note", "reply"):
        assert timeline_count(db, first, kind) == 1
    mirror = {row.id: row for row in store.rows([first, second])}
    assert mirror[first].version == server_case(db, first).version
    assert mirror[second].version == server_case(db, second).version


async def test_an_answer_lost_after_the_server_committed_is_not_applied_twice(
    db: Database, store: Store, desk_api: CentralApi, proxy: FaultProxy
) -> None:
    case_id = routed_case(db, "SXD")
    engine = SyncEngine(store, desk_api)
    await engine.sync()
    store.enqueue(case_id, "note", {"text": "Ghi chú một lần"})
    proxy.fail(Fault.drop_answer(), times=2, path="/api/v1/actions")
    report = await engine.sync()
    assert report.exit_code == 0, report.error
    assert timeline_count(db, case_id, "note") == 1
    assert store.outbox_count() == 0


async def test_server_errors_leave_the_work_queued_for_later(
    db: Database, store: Store, desk_api: CentralApi, proxy: FaultProxy
) -> None:
    case_id = routed_case(db, "SXD")
    engine = SyncEngine(store, desk_api)
    await engine.sync()
    store.enqueue(case_id, "note", {"text": "Ghi chú"})
    proxy.fail(Fault.status(503), path="/api/v1/actions")
    failed = await engine.sync()
    assert failed.exit_code == 1
    assert engine.connectivity.state is State.ERROR
    assert store.outbox_count() == 1
    assert timeline_count(db, case_id, "note") == 0
    proxy.clear()
    assert (await engine.sync()).exit_code == 0
    assert timeline_count(db, case_id, "note") == 1


async def test_a_conflict_keeps_the_text_and_does_not_block_the_rest(
    db: Database,
    store: Store,
    desk_api: CentralApi,
    make_person: Callable[..., Person],
    client: TestClient,
) -> None:
    contested, other = routed_case(db, "SXD"), routed_case(db, "SXD")
    engine = SyncEngine(store, desk_api)
    await engine.sync()
    # While this desk is offline, the IOC moves the contested case to another unit.
    ioc = sign_in(client, make_person("coordinator"))
    moved = act(client, ioc, contested, "reassign", {"to": "SGTVT", "reason": "Sở GTVT"})
    assert moved["outcome"] == "applied"
    store.enqueue(contested, "return", {"reason": "Không thuộc thẩm quyền của Sở"})
    store.enqueue(other, "note", {"text": "Vẫn được tải lên"})
    report = await engine.sync()
    assert report.exit_code == 2
    assert timeline_count(db, other, "note") == 1
    [parked] = store.conflicts()
    assert parked.case_id == contested
    assert parked.payload["reason"] == "Không thuộc thẩm quyền của Sở"


def _syncs_in_flight() -> list[asyncio.Task[object]]:
    return [
        task
        for task in asyncio.all_tasks()
        if getattr(task.get_coro(), "__qualname__", "") == "SyncEngine._sync" and not task.done()
    ]


async def test_stop_ends_a_sync_in_flight_before_the_connection_closes(
    store: Store, proxy: FaultProxy, desk_api: CentralApi
) -> None:
    """Closing the desk mid-sync: cancelling the caller leaves the shared (shielded) sync
    running, and it would then use a closed connection and a closed store."""
    engine = SyncEngine(store, desk_api)
    proxy.fail(Fault.hang(), path="/api/v1/changes")
    caller = asyncio.ensure_future(engine.sync())
    for _ in range(200):
        if any(seen.path.startswith("/api/v1/changes") for seen in proxy.seen):
            break
        await asyncio.sleep(0.05)
    caller.cancel()  # what stopping the sync loop does
    with contextlib.suppress(asyncio.CancelledError):
        await caller
    (inner,) = _syncs_in_flight()
    await engine.stop()
    assert inner.cancelled()
    assert _syncs_in_flight() == []
    assert engine.connectivity.state is State.OFFLINE
    assert store.outbox_count() == 0, "the store is left whole and usable"
    await engine.stop()  # stopping twice is harmless
