"""Answers a real server never gives, from a raw HTTP server: always `BadData`, never a
crash, never a huge allocation."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio

from deskhandler.sync.api import CentralApi
from deskhandler.sync.errors import BadData, Refused
from deskhandler.sync.proxies import ProxyChoice
from deskhandler.wire.models import ActionIn
from tests.support.faultproxy import FaultProxy
from tests.sync.conftest import FAST
from tests.sync.rawhttp import RawServer, chunked, response

JSON = {"Content-Type": "application/json"}
CASE = {
    "id": "HUE-1",
    "version": 2,
    "workflow_version": 2,
    "status": "assigned",
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
    "updated_at": "2026-11-20T08:00:00+07:00",
}


def page(**changes: object) -> bytes:
    body = {"cases": [CASE], "removed": [], "cursor": "c1", "has_more": False, **changes}
    return json.dumps(body).encode()


@pytest.fixture
def raw() -> Iterator[RawServer]:
    with RawServer() as server:
        yield server


@pytest_asyncio.fixture
async def api(raw: RawServer) -> AsyncIterator[CentralApi]:
    async with CentralApi(raw.url, device_id="pc", refresh_token="r" * 43, retry=FAST) as central:
        yield central


@pytest.mark.asyncio
async def test_a_well_formed_page_is_read(raw: RawServer, api: CentralApi) -> None:
    """The control: the raw server can give a good answer, so the failures below are
    about their bodies."""
    raw.answers["/api/v1/changes"] = response(200, page(), JSON)
    assert [case["id"] for case in (await api.changes(None)).cases] == ["HUE-1"]


@pytest.mark.parametrize(
    "body",
    [
        b"<html>Proxy login required</html>",
        b"",
        b"[1, 2, 3]",
        b"{" * 50_000,
        page(cases="none"),
        page(has_more="perhaps"),
        page(cases=[{**CASE, "status": "teleported"}]),
        page(cases=[{**CASE, "version": "two"}]),
        page(cases=[{**CASE, "reported_at": "yesterday"}]),
        page(cases=[{**CASE, "updated_at": "2026-02-30T08:00:00+07:00"}]),
        page(cases=[{**CASE, "lat": 1e308}]),
        json.dumps({"cases": [], "removed": []}).encode(),
    ],
    ids=[
        "html",
        "empty",
        "array",
        "deep",
        "cases-not-list",
        "bool-wrong",
        "unknown-status",
        "version-string",
        "bad-date",
        "not-in-calendar",
        "bad-latitude",
        "missing-fields",
    ],
)
@pytest.mark.asyncio
async def test_malformed_pages_are_bad_data(raw: RawServer, api: CentralApi, body: bytes) -> None:
    raw.answers["/api/v1/changes"] = response(200, body, JSON)

    with pytest.raises(BadData) as error:
        await api.changes(None)
    assert "does not understand" in error.value.message
    assert raw.requests.count("/api/v1/changes") == 1  # bad data is not retried


@pytest.mark.asyncio
async def test_an_unknown_role_is_bad_data(raw: RawServer, api: CentralApi) -> None:
    me = {"username": "x", "name": "X", "role": "janitor", "department": None}
    raw.answers["/api/v1/me"] = response(200, json.dumps(me).encode(), JSON)
    with pytest.raises(BadData):
        await api.me()


@pytest.mark.asyncio
async def test_a_declared_huge_answer_is_refused_before_reading(
    raw: RawServer, api: CentralApi
) -> None:
    raw.answers["/api/v1/changes"] = response(200, b"{}", JSON, content_length=100 * 2**20)
    with pytest.raises(BadData, match="far more data"):
        await api.changes(None)


@pytest.mark.asyncio
async def test_a_streamed_100_mb_answer_is_cut_at_the_limit(raw: RawServer) -> None:
    raw.answers["/api/v1/changes"] = chunked(100 * 2**20, chunk=256 * 1024)
    async with CentralApi(
        raw.url, device_id="pc", refresh_token="r" * 43, retry=FAST, max_answer_bytes=8 * 2**20
    ) as api:
        with pytest.raises(BadData, match="far more data"):
            await api.changes(None)


@pytest.mark.asyncio
async def test_a_redirect_is_not_followed(raw: RawServer, api: CentralApi) -> None:
    raw.answers["/api/v1/me"] = response(302, b"", {"Location": "http://evil.example/"})
    with pytest.raises(BadData, match="server address"):
        await api.me()
    assert raw.requests == ["/api/v1/auth/token", "/api/v1/me"]


@pytest.mark.asyncio
async def test_results_for_other_actions_are_bad_data(raw: RawServer, api: CentralApi) -> None:
    entry = ActionIn.model_validate(
        {
            "action_id": str(uuid.uuid4()),
            "case_id": "HUE-1",
            "kind": "note",
            "payload": {"text": "x"},
            "base": {"version": 2},
        }
    )
    other = {"action_id": str(uuid.uuid4()), "outcome": "applied", "case": CASE, "error": None}
    raw.answers["/api/v1/actions"] = response(200, json.dumps({"results": [other]}).encode(), JSON)
    with pytest.raises(BadData, match="does not match"):
        await api.post_actions([entry])
    raw.answers["/api/v1/actions"] = response(
        200, json.dumps({"results": [{**other, "outcome": "maybe"}]}).encode(), JSON
    )
    with pytest.raises(BadData):
        await api.post_actions([entry])


@pytest.mark.asyncio
async def test_a_malformed_token_answer_is_bad_data(raw: RawServer, api: CentralApi) -> None:
    raw.answers["/api/v1/auth/token"] = response(200, b'{"access_token": 5}', JSON)
    with pytest.raises(BadData):
        await api.login("clerk", "pw")


@pytest.mark.asyncio
async def test_odd_statuses_and_error_bodies(raw: RawServer, api: CentralApi) -> None:
    raw.answers["/api/v1/me"] = response(299, b"{}", JSON)
    with pytest.raises(BadData, match="does not understand"):
        await api.me()
    raw.answers["/api/v1/me"] = response(418, b"not json", JSON)
    with pytest.raises(Refused) as refused:
        await api.me()
    assert (refused.value.status, refused.value.error_code) == (418, "")


@pytest.mark.asyncio
async def test_another_web_server_is_not_taken_for_the_api(raw: RawServer) -> None:
    raw.answers["/api/v1/me"] = response(200, b"<html>It works!</html>")
    async with CentralApi(raw.url, device_id="pc") as api:
        with pytest.raises(BadData, match="server address"):
            await api.check_reachable()


@pytest.mark.asyncio
async def test_the_system_proxy_carries_the_requests(raw: RawServer) -> None:
    """The chosen proxy is really used: the server's host name is never resolved, the
    proxy receives the absolute URL and relays it."""
    with FaultProxy(raw.url) as proxy:
        raw.answers["/api/v1/changes"] = response(200, page(), JSON)
        async with CentralApi(
            "http://desk.invalid:8080",
            device_id="pc",
            refresh_token="r" * 43,
            retry=FAST,
            proxy=ProxyChoice(proxy.url, "test"),
        ) as api:
            assert (await api.changes("c0")).cursor == "c1"
        assert [seen.path for seen in proxy.seen] == [
            "/api/v1/auth/token",
            "/api/v1/changes?cursor=c0&limit=500",
        ]
