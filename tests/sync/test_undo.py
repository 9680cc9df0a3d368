"""Undo until upload (`Store.withdraw`) racing the sync engine, against the real server.

The invariant, whatever the interleaving: an action that was withdrawn never reaches the
server, and an action that was not withdrawn is applied there exactly once.  The engine
claims a batch (``outbox.sent_at``, committed) before it posts it; the tests force the
undo into each gap (before the claim, between the claim and the POST, after the answer),
race it from another thread at random moments, and kill a real ``deskhandler sync``
process mid-upload.
"""

from __future__ import annotations

import asyncio
import random
import signal
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from deskhandler.cli import main
from deskhandler.server.db import Database
from deskhandler.server.models import TimelineRow
from deskhandler.store.store import Store
from deskhandler.store.withdrawal import NotWithdrawn, Withdrawal
from deskhandler.sync.api import CentralApi
from deskhandler.sync.engine import SyncEngine
from tests.support.cases import routed_case
from tests.support.cliproc import CliForker
from tests.support.faultproxy import Fault, FaultProxy
from tests.support.people import Person

ACTIONS = "/api/v1/actions"


def on_server(db: Database, action_ids: Sequence[str]) -> dict[str, int]:
    """How many timeline entries the server holds per action id (absent: none)."""
    with db.reading() as session:
        rows = session.execute(
            select(TimelineRow.action_id, func.count())
            .where(TimelineRow.action_id.in_(list(action_ids)))
            .group_by(TimelineRow.action_id)
        ).all()
    return {action_id: int(n) for action_id, n in rows}


def notes(store: Store, cases: Sequence[str], label: str) -> list[str]:
    return [
        store.enqueue(case_id, "note", {"text": f"Ghi chú {label} {n}"}).action_id
        for n, case_id in enumerate(cases)
    ]


def assert_invariant(db: Database, queued: Sequence[str], withdrawn: set[str]) -> None:
    counts = on_server(db, queued)
    assert not withdrawn & counts.keys(), "an undone action reached the server"
    assert counts == dict.fromkeys(set(queued) - withdrawn, 1), "lost or applied twice"


@pytest.mark.asyncio
async def test_undo_before_upload_restores_the_case_and_never_uploads(
    db: Database, store: Store, desk_api: CentralApi
) -> None:
    cases = [routed_case(db, "SXD") for _ in range(3)]
    engine = SyncEngine(store, desk_api)
    assert (await engine.sync()).exit_code == 0
    before = {row.id: row.priority for row in store.rows(cases)}
    queued = [
        store.enqueue(case_id, "triage", {"priority": "urgent"}).action_id for case_id in cases
    ]
    assert {row.priority for row in store.rows(cases)} == {"urgent"}

    undone = store.withdraw(queued[:2])
    assert undone.withdrawn == frozenset(queued[:2])
    assert undone.kept == {}
    assert undone.changes.case_ids == frozenset(cases[:2])
    assert undone.changes.outbox
    rows = {row.id: row for row in store.rows(cases)}
    assert [rows[c].priority for c in cases[:2]] == [before[c] for c in cases[:2]]
    assert [rows[c].pending for c in cases] == [0, 0, 1]
    assert [e.action_id for e in store.outbox()] == queued[2:]
    # Undoing again: nothing left to undo; it says they are gone.
    again = store.withdraw(queued[:2])
    assert again.withdrawn == frozenset()
    assert not again.changes

    assert (await engine.sync()).exit_code == 0
    assert_invariant(db, queued, set(queued[:2]))
    after = store.withdraw(queued[2:])
    assert after.kept == {queued[2]: NotWithdrawn.ANSWERED}


@pytest.mark.asyncio
async def test_undo_between_claim_and_post_is_refused_and_the_action_applied_once(
    db: Database, store: Store, desk_api: CentralApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    cases = [routed_case(db, "SXD") for _ in range(3)]
    engine = SyncEngine(store, desk_api)
    await engine.sync()
    queued = notes(store, cases, "đã gửi")
    tried: list[Withdrawal] = []
    post = desk_api.post_actions

    async def undo_then_post(actions: Any) -> Any:
        # The injected interleaving: the batch is claimed, the request not sent yet.
        tried.append(store.withdraw(queued))
        return await post(actions)

    monkeypatch.setattr(desk_api, "post_actions", undo_then_post)
    report = await engine.sync()
    assert report.exit_code == 0, report.error
    [attempt] = tried
    assert attempt.withdrawn == frozenset()
    assert attempt.kept == dict.fromkeys(queued, NotWithdrawn.UPLOADING)
    assert not attempt.changes
    assert store.outbox_count() == 0
    assert_invariant(db, queued, set())


@pytest.mark.asyncio
async def test_undo_between_batch_and_claim_wins_and_the_sync_still_finishes(
    db: Database, store: Store, desk_api: CentralApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    cases = [routed_case(db, "SXD") for _ in range(3)]
    engine = SyncEngine(store, desk_api)
    await engine.sync()
    queued = notes(store, cases, "rút lại")
    claim = store.claim
    undone: list[Withdrawal] = []

    def undo_then_claim(action_ids: Sequence[str]) -> Any:
        # The batch was read from the outbox; the undo comes before the claim.
        if not undone:
            undone.append(store.withdraw(queued[:2]))
        return claim(action_ids)

    monkeypatch.setattr(store, "claim", undo_then_claim)
    report = await engine.sync()
    assert report.exit_code == 0, report.error
    assert undone[0].withdrawn == frozenset(queued[:2])
    assert store.outbox_count() == 0
    assert_invariant(db, queued, set(queued[:2]))


@pytest.mark.asyncio
async def test_an_answer_lost_after_the_server_applied_leaves_the_action_non_undoable(
    db: Database, store: Store, desk_api: CentralApi, proxy: FaultProxy
) -> None:
    case_id = routed_case(db, "SXD")
    engine = SyncEngine(store, desk_api)
    await engine.sync()
    [action_id] = notes(store, [case_id], "mất trả lời")
    # The server commits; the answer never arrives, every retry too.
    proxy.fail(Fault.drop_answer(), path=ACTIONS)
    report = await engine.sync()
    assert not report.finished
    assert on_server(db, [action_id]) == {action_id: 1}
    refused = store.withdraw([action_id])
    assert refused.kept == {action_id: NotWithdrawn.UPLOADING}
    assert [e.action_id for e in store.outbox()] == [action_id], "still queued, still shown"
    proxy.clear()
    assert (await engine.sync()).exit_code == 0
    assert_invariant(db, [action_id], set())


@pytest.mark.asyncio
@pytest.mark.parametrize("seed", range(4))
async def test_undo_racing_syncs_from_another_thread_never_loses_or_doubles(
    seed: int, db: Database, store: Store, desk_api: CentralApi, proxy: FaultProxy
) -> None:
    """The store thread undoes random picks while the engine syncs on the loop, at random
    moments (the proxy holds each upload back a little so the windows are wide)."""
    rng = random.Random(seed)
    cases = [routed_case(db, "SXD") for _ in range(6)]
    engine = SyncEngine(store, desk_api, batch_size=2)
    await engine.sync()
    proxy.fail(Fault.delay(15), path=ACTIONS)
    queued: list[str] = []
    withdrawn: set[str] = set()
    for round_ in range(4):
        fresh = notes(store, cases, f"vòng {round_}")
        queued += fresh
        stop = threading.Event()

        def undo_randomly(picks: list[str] = fresh, stop: threading.Event = stop) -> None:
            while not stop.is_set() and picks:
                time.sleep(rng.uniform(0, 0.03))
                pick = picks.pop(rng.randrange(len(picks)))
                withdrawn.update(store.withdraw([pick]).withdrawn)

        racer = threading.Thread(target=undo_randomly)
        racer.start()
        report = await engine.sync()
        stop.set()
        await asyncio.to_thread(racer.join)
        assert report.error is None, report.error
    assert (await engine.sync()).exit_code == 0
    assert store.outbox_count() == 0
    assert_invariant(db, queued, withdrawn)
    assert withdrawn, "some undo should have won"
    assert set(queued) - withdrawn, "some upload should have won"


@pytest.fixture
def signed_in_clerk(make_person: Callable[..., Person], monkeypatch: pytest.MonkeyPatch) -> Person:
    person = make_person("clerk", "SXD")
    monkeypatch.setenv("DESKHANDLER_PASSWORD", person.password)
    return person


def test_kill_9_mid_upload_leaves_the_sent_actions_non_undoable(
    db: Database,
    proxy: FaultProxy,
    signed_in_clerk: Person,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A real ``deskhandler sync`` process killed while its batch is on the way: what it
    claimed cannot be undone any more (it may be on the server), the rest can, and the
    next sync applies every action that was not undone exactly once."""
    home = tmp_path / "profile"
    env = {
        "DESKHANDLER_PASSWORD": signed_in_clerk.password,
        "DESKHANDLER_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    cases = [routed_case(db, "SXD") for _ in range(4)]
    login = ["login", "--server", proxy.url, "--user", signed_in_clerk.username]
    assert main([*login, "--home", str(home)]) == 0
    assert main(["sync", "--home", str(home)]) == 0
    capsys.readouterr()
    proxy.fail(Fault.hang(), path=ACTIONS)
    forker = CliForker()
    queued: list[str] = []
    withdrawn: set[str] = set()
    for cycle in range(2):
        with Store.open(home / "desk.sqlite3") as desk_store:
            queued += notes(desk_store, cases, f"chu kỳ {cycle}")
        before = sum(1 for seen in proxy.seen if seen.path == ACTIONS)
        desk = forker.start(["sync"], env, tmp_path / "children.log")
        deadline = time.monotonic() + 60
        while sum(1 for seen in proxy.seen if seen.path == ACTIONS) <= before:
            assert time.monotonic() < deadline, "the upload never started"
            assert desk.alive(), "the sync ended before its upload"
            time.sleep(0.01)
        desk.kill()
        assert desk.wait(timeout=30) == -signal.SIGKILL
        with Store.open(home / "desk.sqlite3") as desk_store:
            waiting = [entry.action_id for entry in desk_store.outbox()]
            attempt = desk_store.withdraw(waiting)
        withdrawn |= attempt.withdrawn
        # The batch in flight (one entry per case) was claimed before it left.
        uploading = {a for a, why in attempt.kept.items() if why is NotWithdrawn.UPLOADING}
        assert len(uploading) == len(cases), attempt
        assert attempt.withdrawn == frozenset(waiting) - uploading
    proxy.clear()
    assert main(["sync", "--home", str(home)]) == 0
    assert_invariant(db, queued, withdrawn)
