"""The citizen's rating reaches the desk's store through the sync (issue #5), and a rating
the desk cannot read is refused as bad data without changing the store."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import pytest_asyncio
from fastapi.testclient import TestClient

from deskhandler.server.db import Database
from deskhandler.store import QueueFilter, Store
from deskhandler.sync.api import CentralApi
from deskhandler.sync.engine import SyncEngine
from deskhandler.sync.errors import BadData
from tests.support.people import Person
from tests.support.ratings import rated_case
from tests.sync.conftest import FAST
from tests.sync.rawhttp import RawServer, response

pytestmark = pytest.mark.asyncio

JSON = {"Content-Type": "application/json"}


def columns(store: Store, case_id: str) -> tuple[Any, ...]:
    with store.transaction() as conn:
        row = conn.execute(
            "SELECT rating_satisfied, rated_at FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
    return tuple(row)


async def test_sync_stores_the_citizens_rating(
    db: Database, client: TestClient, live_url: str, store: Store, clerk: Person
) -> None:
    unhappy = rated_case(client, db, "SXD", "unsatisfied", "Vẫn còn rác, chưa hài lòng.")
    happy = rated_case(client, db, "SXD", "satisfied", "Xử lý nhanh, cảm ơn!")
    neutral = rated_case(client, db, "SXD", "neutral")
    unrated = rated_case(client, db, "SXD", None)
    rated_case(client, db, "SGTVT", "unsatisfied", "Không phải đơn vị này.")
    async with CentralApi(live_url, device_id="desk-1", retry=FAST) as api:
        await api.login(clerk.username, clerk.password)
        report = await SyncEngine(store, api).sync()
    assert report.finished, report.error

    assert store.query_ids(QueueFilter(unsatisfied=True)) == [unhappy]
    assert columns(store, unhappy)[0] == 0
    assert columns(store, happy)[0] == 1
    assert columns(store, neutral)[0] == 1
    assert columns(store, unrated) == (None, None)
    rated_at = columns(store, unhappy)[1]
    assert isinstance(rated_at, str)
    assert rated_at.endswith("Z")
    assert len(rated_at) == len("2026-11-24T10:00:00.000000Z")
    view = store.case(unhappy)
    assert view is not None
    assert view.case.rating is not None
    assert view.case.rating.comment == "Vẫn còn rác, chưa hài lòng."


CASE = {
    "id": "HUE-1",
    "version": 4,
    "workflow_version": 3,
    "status": "resolved",
    "department": "SXD",
    "assignee": None,
    "category": "VSMT",
    "priority": "normal",
    "title": "Rác",
    "description": "Rác thải",
    "address": None,
    "lat": None,
    "long": None,
    "reported_at": "2026-11-20T08:00:00+07:00",
    "due_at": None,
    "updated_at": "2026-11-21T08:00:00+07:00",
}
GOOD = {"satisfied": True, "comment": "Tốt", "rated_at": "2026-11-22T08:00:00+07:00"}


def page(rating: object, cursor: str, version: int = 4) -> bytes:
    case = {**CASE, "version": version, "rating": rating}
    return json.dumps(
        {"cases": [case], "removed": [], "cursor": cursor, "has_more": False}
    ).encode()


@pytest.fixture
def raw() -> Iterator[RawServer]:
    with RawServer() as server:
        yield server


@pytest_asyncio.fixture
async def raw_api(raw: RawServer) -> AsyncIterator[CentralApi]:
    async with CentralApi(raw.url, device_id="pc", refresh_token="r" * 43, retry=FAST) as api:
        yield api


@pytest.mark.parametrize(
    "rating",
    [
        {**GOOD, "satisfied": "no"},
        {**GOOD, "satisfied": 0},
        {**GOOD, "satisfied": None},
        {"comment": "Tốt", "rated_at": GOOD["rated_at"]},
        {**GOOD, "rated_at": "2026-11-22T08:00:00"},
        {**GOOD, "rated_at": "hôm qua"},
        {**GOOD, "comment": 5},
        "unsatisfied",
        [GOOD],
    ],
    ids=[
        "satisfied-text",
        "satisfied-number",
        "satisfied-null",
        "satisfied-missing",
        "rated-at-naive",
        "rated-at-words",
        "comment-number",
        "a-string",
        "a-list",
    ],
)
async def test_a_rating_the_desk_cannot_read_changes_nothing(
    raw: RawServer, raw_api: CentralApi, store: Store, rating: object
) -> None:
    raw.answers["/api/v1/changes"] = response(200, page(GOOD, "c1"), JSON)
    assert (await SyncEngine(store, raw_api).sync()).finished
    assert columns(store, "HUE-1") == (1, "2026-11-22T01:00:00.000000Z")

    raw.answers["/api/v1/changes"] = response(200, page(rating, "c2", version=5), JSON)
    report = await SyncEngine(store, raw_api).sync()
    assert not report.finished
    assert isinstance(report.error, BadData)
    assert "does not understand" in report.error.message
    assert columns(store, "HUE-1") == (1, "2026-11-22T01:00:00.000000Z")
    assert store.cursor() == "c1"
    view = store.case("HUE-1")
    assert view is not None
    assert view.snapshot.version == 4
    assert view.snapshot.rating is not None
    assert view.snapshot.rating.comment == "Tốt"
