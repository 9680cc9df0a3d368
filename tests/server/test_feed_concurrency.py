"""The change feed under concurrent writers on a real PostgreSQL: no late commit is skipped.

Eight writers change cases in transactions that sleep a few milliseconds before they
commit, so commits land out of order; a reader follows cursors through the real HTTP API
meanwhile.  Reading plain sequence numbers would miss a share of those changes (the
sequence-gap bug); the feed must end with every case at its final version.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from deskhandler.server import feed
from deskhandler.server.db import Database
from deskhandler.server.intake import Report, create_case
from deskhandler.server.models import CaseRow, utcnow
from tests.support.people import Person, sign_in

WRITERS = 8
TRANSACTIONS = 30
CASES = 40

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_reader_never_skips_a_late_commit(
    db: Database, client: TestClient, live_url: str, make_person: Callable[..., Person]
) -> None:
    assert not db.is_sqlite
    with db.writing() as session:
        ids = [create_case(session, Report("VSMT", f"Phản ánh số {n}")).id for n in range(CASES)]
    headers = sign_in(client, make_person("coordinator", None))
    stamped_then_slept = 0
    count_lock = threading.Lock()
    failures: list[BaseException] = []

    def sleep_after_stamp(session: Session) -> None:
        # Runs after feed's stamp (registered later): the counter row is held while we sleep.
        nonlocal stamped_then_slept
        if "feed_touched" not in session.info:
            with count_lock:
                stamped_then_slept += 1
        time.sleep(random.uniform(0, 0.003))

    def writer(seed: int) -> None:
        rng = random.Random(seed)
        try:
            for _ in range(TRANSACTIONS):
                with db.writing() as session:
                    event.listen(session, "before_commit", sleep_after_stamp)
                    # Rows locked in one order, as a multi-row writer must, or PG deadlocks.
                    for case_id in sorted(rng.sample(ids, rng.randint(1, 3))):
                        case = session.scalars(
                            select(CaseRow).where(CaseRow.id == case_id).with_for_update()
                        ).one()
                        case.version += 1
                        case.updated_at = utcnow()
                        feed.mark_changed(session, case_id)
                        session.flush()
                        time.sleep(rng.uniform(0.001, 0.008))  # inside the transaction
        except BaseException as error:  # reported by the main thread
            failures.append(error)

    held: dict[str, int] = {}
    pages_while_writing = 0
    cursor = ""
    rng = random.Random(7)
    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    with httpx.Client(base_url=live_url, headers=headers, timeout=30) as http:

        def read_to_end() -> int:
            nonlocal cursor
            pages = 0
            while True:
                params: dict[str, str | int] = {"cursor": cursor, "limit": rng.randint(1, 25)}
                try:
                    answer = http.get("/api/v1/changes", params=params)
                except httpx.TransportError:
                    # A keep-alive connection the server closed as we reused it; a desk
                    # retries a GET as well.
                    answer = http.get("/api/v1/changes", params=params)
                assert answer.status_code == 200, answer.text
                body: dict[str, Any] = answer.json()
                assert body["reset"] is False
                for case in body["cases"]:
                    assert case["version"] >= held.get(case["id"], 0)
                    held[case["id"]] = case["version"]
                cursor = body["cursor"]
                pages += 1
                if not body["has_more"]:
                    return pages

        for thread in threads:
            thread.start()
        while any(thread.is_alive() for thread in threads):
            pages_while_writing += read_to_end()
        for thread in threads:
            thread.join()
        read_to_end()
    assert not failures, failures
    assert pages_while_writing > 10  # the reader really raced the writers
    assert stamped_then_slept == WRITERS * TRANSACTIONS
    with db.reading() as session:
        final = dict(session.execute(select(CaseRow.id, CaseRow.version)).all())
    assert held == final
