"""``kill -9`` of ``deskhandler sync`` mid-upload, cycle after cycle: nothing lost, nothing
applied twice, the local database whole.

The desk process dies wherever the random moment falls: while the fault proxy holds a
batch back, while the server commits it, after the server committed but before the answer
arrived (the proxy drops every third answer of ``POST /actions``: the case that makes a
non-idempotent client apply an action twice), or while the store settles the answers.
Between cycles more work is queued.  After each kill every queued action is either still in
the outbox or on the server once; at the end an ordinary ``deskhandler sync`` leaves the
outbox empty, every action on the server exactly once, and ``PRAGMA integrity_check`` ok.

Each cycle is a real process: most are forked from a forkserver that has the desk imported
(`tests.support.cliproc`), because starting the interpreter and importing the desk costs
seconds here and a hundred cycles would take minutes; the first cycles and the final sync
run the installed ``deskhandler`` executable itself.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from deskhandler.cli import main
from deskhandler.server.db import Database
from deskhandler.server.models import CaseRow, TimelineRow
from deskhandler.server.seed import seed
from deskhandler.store.store import Store
from tests.support.cases import routed_case
from tests.support.cliproc import CliForker, DeskProcess, console_script
from tests.support.faultproxy import Fault, FaultProxy
from tests.support.people import Person
from tests.support.store_files import case_indexes

#: The first cycle starts the real ``deskhandler`` executable (seconds to start here); the
#: others are forked with the desk already imported.
SCRIPT_CYCLES = 1
CASES = 12
PER_CYCLE = 4
ACTIONS = "/api/v1/actions"


@pytest.fixture
def fault_proxy(live_url: str) -> Iterator[FaultProxy]:
    with FaultProxy(live_url) as proxy:
        yield proxy


def queue_work(store: Store, rng: random.Random, cases: list[str], queued: list[str]) -> None:
    """Notes mostly, and triage chains, so the rebase of a case's next entry is exercised."""
    for _ in range(PER_CYCLE):
        case_id = rng.choice(cases)
        if rng.random() < 0.25:
            priority = rng.choice(["low", "normal", "high", "urgent"])
            effective = store.rows([case_id])[0].priority
            if priority != effective:
                queued.append(store.enqueue(case_id, "triage", {"priority": priority}).action_id)
                continue
        entry = store.enqueue(case_id, "note", {"text": f"Ghi chú {len(queued)} — đã kiểm tra"})
        queued.append(entry.action_id)


def server_counts(db: Database, action_ids: list[str]) -> dict[str, int]:
    """How many timeline entries the server holds per action id."""
    counts: dict[str, int] = {}
    with db.reading() as session:
        for start in range(0, len(action_ids), 500):
            chunk = action_ids[start : start + 500]
            rows = session.execute(
                select(TimelineRow.action_id, func.count())
                .where(TimelineRow.action_id.in_(chunk))
                .group_by(TimelineRow.action_id)
            ).all()
            counts.update(dict(rows))
    return counts


def uploads_seen(proxy: FaultProxy) -> int:
    return sum(1 for seen in proxy.seen if seen.method == "POST" and seen.path == ACTIONS)


def wait_for_upload(proxy: FaultProxy, before: int, desk: DeskProcess, limit: float) -> None:
    """Until the proxy sees a new ``POST /actions`` (or the desk ends, or ``limit`` s)."""
    deadline = time.monotonic() + limit
    while desk.alive() and uploads_seen(proxy) <= before and time.monotonic() < deadline:
        time.sleep(0.002)


def kill_cycles(
    db: Database,
    proxy: FaultProxy,
    clerk: Person,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    cycles: int,
) -> None:
    seed = int(os.environ.get("DESKHANDLER_KILL_SEED", random.randrange(2**32)))
    print(f"kill cycles: DESKHANDLER_KILL_SEED={seed}")
    rng = random.Random(seed)
    home = tmp_path / "profile"
    env = {
        "DESKHANDLER_PASSWORD": clerk.password,
        "DESKHANDLER_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    cases = [routed_case(db, "SXD") for _ in range(CASES)]
    assert (
        main(["login", "--server", proxy.url, "--user", clerk.username, "--home", str(home)]) == 0
    )
    assert main(["sync", "--home", str(home)]) == 0
    capsys.readouterr()

    # Every third upload is committed by the server and its answer thrown away; the others
    # are held back a little, so a kill often lands while a batch is on its way.
    proxy.fail(Fault.drop_answer(), every=3, path=ACTIONS)
    proxy.fail(Fault.delay(30), path=ACTIONS)

    queued: list[str] = []
    forker = CliForker()
    log = tmp_path / "children.log"
    killed_mid_upload = 0
    for cycle in range(cycles):
        with Store.open(home / "desk.sqlite3") as store:
            queue_work(store, rng, cases, queued)
        before = uploads_seen(proxy)
        if cycle < SCRIPT_CYCLES:
            desk, limit = console_script(["sync"], env, log), 120.0
        else:
            desk, limit = forker.start(["sync"], env, log), 20.0
        if cycle < SCRIPT_CYCLES or rng.random() < 0.7:
            # Mid-upload: once a batch has left, anywhere from "still in the proxy" to
            # "the store is settling the answers".
            wait_for_upload(proxy, before, desk, limit)
            time.sleep(rng.uniform(0, 0.12))
        else:
            time.sleep(rng.uniform(0, 0.6))
        if desk.alive():
            killed_mid_upload += uploads_seen(proxy) > before
            desk.kill()
        assert desk.wait(timeout=30) in {-signal.SIGKILL, 0, 1}

        # Nothing lost, nothing doubled, after every kill.
        with Store.open(home / "desk.sqlite3") as store:
            waiting = {entry.action_id for entry in store.outbox()}
            assert store.conflicts() == []
        on_server = server_counts(db, queued)
        assert all(n == 1 for n in on_server.values()), cycle
        assert set(queued) <= waiting | set(on_server), cycle

    assert killed_mid_upload >= cycles // 3, "the kills should mostly land mid-upload"
    proxy.clear()
    final = console_script(["sync"], env, log)
    assert final.wait(timeout=300) == 0, log.read_text(errors="replace")[-2000:]

    assert server_counts(db, queued) == dict.fromkeys(queued, 1)
    assert len(queued) == len(set(queued)) >= cycles * PER_CYCLE
    with Store.open(home / "desk.sqlite3", check="integrity_check") as store:
        assert store.integrity_check() == ["ok"]
        assert store.outbox_count() == 0
        assert store.conflicts() == []
        mirror = {row.id: row.version for row in store.rows(cases)}
    with db.reading() as session:
        server = dict(session.execute(select(CaseRow.id, CaseRow.version)).all())
    assert mirror == {case_id: server[case_id] for case_id in cases}
    print(f"kill cycles: {cycles}, {killed_mid_upload} killed mid-upload, {len(queued)} actions")


@pytest.fixture
def clerk(make_person: Callable[..., Person], monkeypatch: pytest.MonkeyPatch) -> Person:
    person = make_person("clerk", "SXD")
    monkeypatch.setenv("DESKHANDLER_PASSWORD", person.password)
    return person


# A cycle costs about a second on the 2-core CI machine (sign-in, pull and upload through
# the proxy, against a server in the test process), so the default run does 25 cycles and
# the 100 cycles run with ``-m slow`` (about 3 minutes here).
@pytest.mark.parametrize(
    "cycles", [pytest.param(25, id="25"), pytest.param(100, id="100", marks=pytest.mark.slow)]
)
def test_kill_9_mid_upload_loses_and_doubles_nothing(
    cycles: int,
    db: Database,
    fault_proxy: FaultProxy,
    clerk: Person,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    kill_cycles(db, fault_proxy, clerk, tmp_path, capsys, cycles)


def mirrored(path: Path) -> int:
    """Cases in the desk's database, read by a connection of its own (-1 before it exists)."""
    if not path.exists():
        return -1
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return -1
    finally:
        conn.close()


def test_kill_9_during_a_first_sync_leaves_a_file_the_next_sync_completes(
    db: Database,
    fault_proxy: FaultProxy,
    make_person: Callable[..., Person],
    tmp_path: Path,
) -> None:
    """A first sync writes its pages without the secondary indexes (built at its end):
    killed half-way, the file has some pages and no indexes; the next ``deskhandler sync``
    opens it, builds them, pulls the rest and ends with every case, every index, and
    ``PRAGMA integrity_check`` ok."""
    seed(db, cases=2_600, seed=5, photos=False)  # three pages of 1,000 for a coordinator
    coordinator = make_person("coordinator")
    home = tmp_path / "profile"
    env = {
        "DESKHANDLER_PASSWORD": coordinator.password,
        "DESKHANDLER_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    log = tmp_path / "children.log"
    login = ["login", "--server", fault_proxy.url, "--user", coordinator.username]
    assert console_script(login, env, log).wait(timeout=120) == 0, log.read_text()
    database = home / "desk.sqlite3"
    full = case_indexes(database)
    fault_proxy.fail(Fault.delay(800), path="/api/v1/changes")  # pages arrive slowly

    desk = console_script(["sync"], env, log)
    deadline = time.monotonic() + 120
    while desk.alive() and mirrored(database) <= 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert desk.alive(), "the first sync ended before it could be killed"
    desk.kill()
    assert desk.wait(timeout=30) == -signal.SIGKILL
    assert 0 < mirrored(database) < 2_600, "killed between the first page and the last"
    assert case_indexes(database) == set(), "the pages went in without the indexes"

    fault_proxy.clear()
    assert console_script(["sync"], env, log).wait(timeout=300) == 0, log.read_text()[-2000:]
    assert case_indexes(database) == full
    with Store.open(database, check="integrity_check") as store:
        assert store.integrity_check() == ["ok"]
        assert store.get_meta("deferred_indexes") is None
    with db.reading() as session:
        assert mirrored(database) == session.scalar(select(func.count()).select_from(CaseRow))
