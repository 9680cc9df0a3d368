"""Action apply rate: batches of notes and triage over real HTTP, one transaction each."""

from __future__ import annotations

import time
import uuid

import httpx
import pytest
from sqlalchemy import select

from deskhandler.server.models import CaseRow
from tests.bench.conftest import Served, machine, report

pytestmark = pytest.mark.bench

ACTIONS = 2000
BATCH = 100


def test_action_apply_rate(served: Served) -> None:
    with served.db.reading() as session:
        cases = session.execute(
            select(CaseRow.id, CaseRow.version).order_by(CaseRow.id).limit(ACTIONS)
        ).all()
    entries = [
        {
            "action_id": str(uuid.uuid4()),
            "case_id": case_id,
            "kind": "note" if n % 2 else "triage",
            "payload": {"text": "Đã kiểm tra hiện trường."} if n % 2 else {"tags": ["bench"]},
            "base": {"version": version},
        }
        for n, (case_id, version) in enumerate(cases)
    ]
    outcomes: dict[str, int] = {}
    with httpx.Client(base_url=served.url, headers=served.headers, timeout=300) as http:
        started = time.perf_counter()
        for start in range(0, len(entries), BATCH):
            answer = http.post("/api/v1/actions", json={"actions": entries[start : start + BATCH]})
            assert answer.status_code == 200, answer.text
            for result in answer.json()["results"]:
                outcomes[result["outcome"]] = outcomes.get(result["outcome"], 0) + 1
        elapsed = time.perf_counter() - started
    assert sum(outcomes.values()) == len(entries)
    report(
        f"actions[{served.backend}] {len(entries)} actions in batches of {BATCH}: "
        f"{len(entries) / elapsed:,.0f} actions/s ({elapsed:.2f} s); outcomes {outcomes}; "
        f"{machine()}"
    )
