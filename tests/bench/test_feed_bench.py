"""Change-feed throughput to one client over real HTTP, against the floor of plain SQL.

The floor reads the same rows with the same keyset pages through the bare DB-API driver
and encodes them to JSON: what any feed must at least do.  The ratio says what the HTTP
layer, authorization, the attachment lookup and the wire shape cost on top of that.
"""

from __future__ import annotations

import json
import os
import time
from datetime import datetime

import httpx
import pytest

from tests.bench.conftest import Served, machine, report

pytestmark = pytest.mark.bench

PAGE = 1000
ROUNDS = 3

_FLOOR_COLUMNS = (
    "id, version, workflow_version, status, department, assignee, category, priority, title, "
    "description, address, lat, long, reported_at, due_at, updated_at, track, tags, "
    "resolution, public_text, pending_reply, duplicate_of, reporter_name, reporter_phone, "
    "reporter_email, reporter_consent, satisfaction_rating, satisfaction_comment, "
    "satisfaction_at, feed_seq"
)


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, datetime) else value


def floor_read(served: Served) -> tuple[int, float]:
    """Plain SQL keyset pages plus json encoding, through the raw driver connection."""
    mark = "?" if served.backend == "sqlite" else "%s"
    first = f"SELECT {_FLOOR_COLUMNS} FROM cases ORDER BY feed_seq, id LIMIT {PAGE}"
    after = (
        f"SELECT {_FLOOR_COLUMNS} FROM cases WHERE (feed_seq, id) > ({mark}, {mark}) "
        f"ORDER BY feed_seq, id LIMIT {PAGE}"
    )
    raw = served.db.engine.raw_connection()
    try:
        started = time.perf_counter()
        count = 0
        cursor = raw.cursor()
        cursor.execute(first)
        while True:
            rows = cursor.fetchall()
            if not rows:
                break
            names = [d[0] for d in cursor.description]
            body = json.dumps(
                [{n: _plain(v) for n, v in zip(names, row, strict=True)} for row in rows],
                ensure_ascii=False,
            )
            assert body
            count += len(rows)
            last = rows[-1]
            cursor.execute(after, (last[-1], last[0]))
        raw.rollback()
        return count, time.perf_counter() - started
    finally:
        raw.close()


def feed_read(served: Served) -> tuple[int, float]:
    with httpx.Client(base_url=served.url, headers=served.headers, timeout=120) as http:
        started = time.perf_counter()
        count, cursor = 0, ""
        while True:
            page = http.get("/api/v1/changes", params={"cursor": cursor, "limit": PAGE}).json()
            count += len(page["cases"])
            cursor = page["cursor"]
            if not page["has_more"]:
                return count, time.perf_counter() - started


def test_feed_throughput_against_plain_sql(served: Served) -> None:
    feed_best = min(feed_read(served)[1] for _ in range(ROUNDS))
    floor_best = min(floor_read(served)[1] for _ in range(ROUNDS))
    count = feed_read(served)[0]
    assert count == served.cases
    rate = count / feed_best
    ratio = feed_best / floor_best
    report(
        f"feed[{served.backend}] {count} cases: {rate:,.0f} cases/s over HTTP "
        f"({feed_best:.2f} s); plain SQL + json floor {count / floor_best:,.0f} cases/s "
        f"({floor_best:.2f} s); ratio {ratio:.2f}x; seed {served.seed_seconds:.1f} s; "
        f"{machine()}"
    )
    if os.environ.get("DESKHANDLER_BENCH_STRICT") == "1":
        assert rate >= 5000
        assert ratio <= 3
