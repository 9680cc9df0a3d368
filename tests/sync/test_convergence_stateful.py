"""Two desks of one unit and the IOC's coordinator work on shared cases, with random
offline periods and faults: in the end everything converges to the server.

Each desk is a clerk of SXD with its own store, its own API session and its own fault proxy
(so one desk can be offline while the other is not).  The coordinator acts straight on the
server: notes, and moving cases between SXD and another unit, which turns the desks' pending
work on those cases into rejections.  After every step no action is lost or applied twice;
at the end, with the network back, both desks sync until nothing is left, and then

- every action a desk queued is on the server exactly once, or sits in that desk's
  conflicts list with its text, never both;
- both mirrors hold exactly the unit's cases as the server has them.
"""

from __future__ import annotations

import asyncio
import itertools
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import func, select

from deskhandler.server.db import Database
from deskhandler.server.models import CaseRow, TimelineRow
from deskhandler.store.errors import ActionRefused
from deskhandler.store.store import Store
from deskhandler.sync.api import CentralApi
from deskhandler.sync.engine import SyncEngine, SyncReport
from tests.support.cases import routed_case
from tests.support.faultproxy import Fault, FaultProxy
from tests.support.people import Person
from tests.sync.conftest import FAST

UNIT, OTHER_UNIT = "SXD", "SGTVT"
CASES = 3
ACTIONS = "/api/v1/actions"
FAULTS = {
    "drop_answer": (Fault.drop_answer(), ACTIONS),
    "cut_response": (Fault.cut_response(), None),
    "503": (Fault.status(503), None),
    "cut_request": (Fault.cut_request(), ACTIONS),
}
_texts = itertools.count(1)


@dataclass
class World:
    """What lives for the whole test: the server, the people, one proxy per desk."""

    db: Database
    url: str
    clerks: list[Person]
    coordinator: dict[str, str]
    proxies: list[FaultProxy]
    folder: Path


@dataclass
class DeskUnderTest:
    person: Person
    proxy: FaultProxy
    store: Store
    api: CentralApi
    engine: SyncEngine
    #: Every action this desk queued: action_id -> payload as typed.
    queued: dict[str, dict[str, Any]] = field(default_factory=dict)


def server_counts(db: Database, action_ids: list[str]) -> dict[str, int]:
    with db.reading() as session:
        rows = session.execute(
            select(TimelineRow.action_id, func.count())
            .where(TimelineRow.action_id.in_(action_ids))
            .group_by(TimelineRow.action_id)
        ).all()
    return dict(rows)


class Convergence(RuleBasedStateMachine):
    world: World

    def __init__(self) -> None:
        super().__init__()
        world = self.world
        self.loop = asyncio.new_event_loop()
        self.case_ids = [routed_case(world.db, UNIT) for _ in range(CASES)]
        folder = Path(tempfile.mkdtemp(dir=world.folder))
        self.desks: list[DeskUnderTest] = []
        for n, (person, proxy) in enumerate(zip(world.clerks, world.proxies, strict=True)):
            proxy.clear()
            proxy.up()
            store = Store.open(folder / f"desk{n}.sqlite3")
            store.set_identity(person.username, person.role, person.department)
            api = CentralApi(proxy.url, device_id=f"desk-{n}", retry=FAST)
            self.loop.run_until_complete(api.login(person.username, person.password))
            desk = DeskUnderTest(person, proxy, store, api, SyncEngine(store, api))
            self.desks.append(desk)
            self._sync(desk)
        self.ioc = httpx.Client(base_url=world.url, headers=world.coordinator, timeout=30)

    def _sync(self, desk: DeskUnderTest) -> SyncReport:
        report = self.loop.run_until_complete(desk.engine.sync())
        # What happened, for --hypothesis-show-statistics.
        if report.conflicts:
            event("a sync parked actions in the conflicts list")
        if report.duplicates:
            event("a sync was answered 'duplicate'")
        if not report.finished:
            event(f"a sync could not finish: {report.error.code if report.error else '?'}")
        return report

    # --- the desks -----------------------------------------------------------------------

    @rule(
        desk=st.integers(0, 1),
        work=st.lists(
            st.tuples(
                st.integers(0, CASES - 1),
                st.sampled_from(["note", "note", "reply", "triage", "accept", "return"]),
                st.sampled_from(["low", "normal", "high", "urgent"]),
            ),
            min_size=1,
            max_size=4,
        ),
    )
    def act(self, desk: int, work: list[tuple[int, str, str]]) -> None:
        target = self.desks[desk]
        for case, kind, priority in work:
            payload: dict[str, Any] = {
                "note": {"text": f"Ghi chú số {next(_texts)} về hiện trường"},
                "reply": {"text": f"Đơn vị đã xử lý xong, lần {next(_texts)}."},
                "triage": {"priority": priority},
                "accept": {},
                "return": {"reason": f"Không thuộc thẩm quyền ({next(_texts)})"},
            }[kind]
            try:
                entry = target.store.enqueue(self.case_ids[case], kind, payload)
            except ActionRefused:
                continue  # the desk's own rules refuse it: nothing was queued
            target.queued[entry.action_id] = payload

    @rule(desk=st.integers(0, 1))
    def sync(self, desk: int) -> None:
        report = self._sync(self.desks[desk])
        assert report.finished == (report.error is None)

    @rule(desk=st.integers(0, 1), trouble=st.sampled_from(["offline", "online", *FAULTS]))
    def network(self, desk: int, trouble: str) -> None:
        """The desk's network goes down or comes back, or its next request meets a fault."""
        proxy = self.desks[desk].proxy
        if trouble == "offline":
            proxy.down()
        elif trouble == "online":
            proxy.up()
        else:
            planned, path = FAULTS[trouble]
            proxy.fail(planned, times=1, path=path)

    @rule(desk=st.integers(0, 1), data=st.data())
    def reapply_a_conflict(self, desk: int, data: st.DataObject) -> None:
        target = self.desks[desk]
        parked = target.store.conflicts()
        if not parked:
            return
        conflict = data.draw(st.sampled_from(parked))
        try:
            entry = target.store.reapply_conflict(conflict.id)
        except (ActionRefused, KeyError):
            return  # not allowed on the case as it is now: it stays in the list
        # The person chose to send it again: the new action replaces the parked one.
        del target.queued[conflict.action_id]
        target.queued[entry.action_id] = dict(entry.payload)

    # --- the coordinator -----------------------------------------------------------------

    def _coordinator_acts(self, case_id: str, kind: str, payload: dict[str, Any]) -> None:
        with self.world.db.reading() as session:
            version = session.scalar(select(CaseRow.version).where(CaseRow.id == case_id))
        body = {
            "actions": [
                {
                    "action_id": str(uuid.uuid4()),
                    "case_id": case_id,
                    "kind": kind,
                    "payload": payload,
                    "base": {"version": version},
                }
            ]
        }
        assert self.ioc.post("/api/v1/actions", json=body).status_code == 200

    @rule(case=st.integers(0, CASES - 1), move=st.sampled_from([UNIT, OTHER_UNIT, None]))
    def coordinator(self, case: int, move: str | None) -> None:
        """The IOC moves a case between units, or adds a note to it."""
        if move is None:
            self._coordinator_acts(self.case_ids[case], "note", {"text": "IOC đã nhắc đơn vị"})
        else:
            payload = {"to": move, "reason": "Điều phối lại"}
            self._coordinator_acts(self.case_ids[case], "reassign", payload)

    # --- what must always hold -----------------------------------------------------------

    @invariant()
    def nothing_lost_nothing_doubled(self) -> None:
        for desk in self.desks:
            ids = list(desk.queued)
            on_server = server_counts(self.world.db, ids)
            waiting = {e.action_id for e in desk.store.outbox()}
            parked = {c.action_id for c in desk.store.conflicts()}
            assert all(n == 1 for n in on_server.values())
            assert set(ids) <= waiting | parked | set(on_server)
            assert not parked & set(on_server)

    def teardown(self) -> None:
        try:
            self._converge()
        finally:
            for desk in self.desks:
                self.loop.run_until_complete(desk.api.aclose())
                desk.store.close()
            self.ioc.close()
            self.loop.close()

    def _converge(self) -> None:
        for desk in self.desks:
            desk.proxy.clear()
            desk.proxy.up()
        # Two rounds: the second pulls what the other desk uploaded in the first.
        for _ in range(2):
            for desk in self.desks:
                report = self._sync(desk)
                assert report.finished, report.error
                assert report.pending == 0
        with self.world.db.reading() as session:
            server = {
                row.id: row
                for row in session.scalars(select(CaseRow).where(CaseRow.id.in_(self.case_ids)))
            }
        visible = {case_id for case_id, row in server.items() if row.department == UNIT}
        for desk in self.desks:
            ids = list(desk.queued)
            on_server = server_counts(self.world.db, ids)
            parked = {c.action_id: c for c in desk.store.conflicts()}
            for action_id, payload in desk.queued.items():
                if action_id in parked:
                    assert action_id not in on_server
                    assert dict(parked[action_id].payload) == payload  # the text is kept
                else:
                    assert on_server.get(action_id) == 1, action_id
            mine = [case_id for case_id in self.case_ids if case_id in visible]
            rows = {row.id: row for row in desk.store.rows(self.case_ids)}
            assert set(rows) == set(mine)
            for case_id, row in rows.items():
                truth = server[case_id]
                assert (row.version, row.status, row.priority, row.assignee) == (
                    truth.version,
                    truth.status,
                    truth.priority,
                    truth.assignee,
                )
                assert row.pending == 0


@pytest.fixture
def world(
    db: Database,
    live_url: str,
    make_person: Callable[..., Person],
    tmp_path: Path,
) -> Iterator[World]:
    clerks = [make_person("clerk", UNIT), make_person("clerk", UNIT)]
    coordinator = make_person("coordinator")
    token = httpx.post(
        f"{live_url}/api/v1/auth/token",
        data={
            "grant_type": "password",
            "username": coordinator.username,
            "password": coordinator.password,
        },
        timeout=30,
    ).json()["access_token"]
    with FaultProxy(live_url) as first, FaultProxy(live_url) as second:
        yield World(
            db,
            live_url,
            clerks,
            {"Authorization": f"Bearer {token}"},
            [first, second],
            tmp_path,
        )


# 6 examples of up to 20 steps take 1.5 to 2 minutes on the 2-core CI machine.
def test_two_desks_and_the_ioc_converge(world: World) -> None:
    class Machine(Convergence):
        pass

    Machine.world = world
    run_state_machine_as_test(
        Machine,
        settings=settings(
            max_examples=6,
            stateful_step_count=20,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
