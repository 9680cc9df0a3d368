"""Each kind of failure, injected by a proxy in front of the real server: classified,
retried only where that is safe, and never applying an action twice."""

from __future__ import annotations

import json
import time
import uuid

import httpx
import pytest

from deskhandler.server.db import Database
from deskhandler.sync.api import CentralApi, RetryPolicy
from deskhandler.sync.errors import Offline, ServerError
from deskhandler.wire.models import ActionIn
from tests.support.cases import routed_case
from tests.support.desk import timeline_kinds
from tests.support.faultproxy import Fault, FaultProxy
from tests.support.people import Person
from tests.sync.conftest import TokenLog, expire_access_tokens
from tests.sync.rawhttp import RawServer, response

ACTIONS = "/api/v1/actions"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def notes(case_id: str, count: int = 2) -> list[ActionIn]:
    return [
        ActionIn.model_validate(
            {
                "action_id": str(uuid.uuid4()),
                "case_id": case_id,
                "kind": "note",
                "payload": {"text": f"ghi chú {n}"},
                "base": {"version": 1},
            }
        )
        for n in range(count)
    ]


def requests_to(proxy: FaultProxy, path: str) -> int:
    return sum(1 for seen in proxy.seen if seen.path.startswith(path))


@pytest.mark.asyncio
async def test_offline_when_the_server_cannot_be_reached(
    proxied: CentralApi, proxy: FaultProxy, clerk: Person
) -> None:
    await proxied.login(clerk.username, clerk.password)
    proxy.down()

    with pytest.raises(Offline) as offline:
        await proxied.me()
    assert offline.value.may_have_arrived is False
    assert "cannot be reached" in offline.value.message
    with pytest.raises(Offline):
        await proxied.login(clerk.username, clerk.password)

    proxy.up()
    assert (await proxied.me()).username == clerk.username


@pytest.mark.asyncio
async def test_server_errors_on_reads_are_retried_then_reported(
    proxied: CentralApi, proxy: FaultProxy, clerk: Person
) -> None:
    await proxied.login(clerk.username, clerk.password)
    proxy.fail(Fault.status(503), times=2, path="/api/v1/me")
    assert (await proxied.me()).username == clerk.username
    assert requests_to(proxy, "/api/v1/me") == 3

    proxy.fail(Fault.status(500), path="/api/v1/changes")
    with pytest.raises(ServerError) as failed:
        await proxied.changes(None)
    assert failed.value.status == 500
    assert requests_to(proxy, "/api/v1/changes") == proxied.retry.attempts


@pytest.mark.asyncio
async def test_retry_after_is_waited_out_or_handed_back(
    proxied: CentralApi, proxy: FaultProxy, clerk: Person
) -> None:
    await proxied.login(clerk.username, clerk.password)
    proxy.fail(Fault.status(429, retry_after=1), times=1, path="/api/v1/me")
    started = time.monotonic()
    assert (await proxied.me()).username == clerk.username
    assert time.monotonic() - started >= 1.0

    proxy.fail(Fault.status(503, retry_after=120), times=1, path="/api/v1/changes")
    with pytest.raises(ServerError) as busy:
        await proxied.changes(None)
    assert busy.value.retry_after == 120  # longer than we wait inline: the engine schedules
    assert requests_to(proxy, "/api/v1/changes") == 1


@pytest.mark.asyncio
async def test_password_sign_in_and_uploads_are_never_repeated(
    proxied: CentralApi, proxy: FaultProxy, clerk: Person, db: Database
) -> None:
    proxy.fail(Fault.status(502), times=1, path="/api/v1/auth/token")
    with pytest.raises(ServerError):
        await proxied.login(clerk.username, clerk.password)
    assert requests_to(proxy, "/api/v1/auth/token") == 1

    await proxied.login(clerk.username, clerk.password)
    case_id = routed_case(db, "SXD")
    proxy.fail(Fault.cut_response(), times=1, path="/api/v1/attachments")
    with pytest.raises(Offline) as cut:
        await proxied.upload_attachment(PNG, "a.png", case_id)
    assert cut.value.may_have_arrived
    assert requests_to(proxy, "/api/v1/attachments") == 1


@pytest.mark.asyncio
async def test_a_lost_refresh_answer_does_not_end_the_session(
    proxied: CentralApi, proxy: FaultProxy, clerk: Person, db: Database, tokens: TokenLog
) -> None:
    await proxied.login(clerk.username, clerk.password)
    expire_access_tokens(db)
    proxy.fail(Fault.drop_answer(), times=1, path="/api/v1/auth/token")

    assert (await proxied.me()).username == clerk.username

    token_requests = [seen.fault for seen in proxy.seen if seen.path == "/api/v1/auth/token"]
    assert token_requests == ["pass", "drop_answer", "pass"]
    assert len(tokens.told) == 2
    assert None not in tokens.told


@pytest.mark.asyncio
async def test_an_answer_cut_mid_response_is_retried_and_applied_once(
    proxied: CentralApi, proxy: FaultProxy, clerk: Person, db: Database
) -> None:
    case_id = routed_case(db, "SXD")
    await proxied.login(clerk.username, clerk.password)
    batch = notes(case_id)
    proxy.fail(Fault.cut_response(after_bytes=60), times=1, path=ACTIONS)

    answer = await proxied.post_actions(batch)

    assert requests_to(proxy, ACTIONS) == 2
    assert [r.action_id for r in answer.results] == [a.action_id for a in batch]
    assert [r.outcome for r in answer.results] == ["duplicate", "duplicate"]
    assert timeline_kinds(db, case_id).count("note") == 2


@pytest.mark.asyncio
async def test_a_request_cut_before_the_server_read_it_is_sent_again(
    proxied: CentralApi, proxy: FaultProxy, clerk: Person, db: Database
) -> None:
    case_id = routed_case(db, "SXD")
    await proxied.login(clerk.username, clerk.password)
    proxy.fail(Fault.cut_request(after_bytes=80), times=1, path=ACTIONS)

    answer = await proxied.post_actions(notes(case_id))

    assert [r.outcome for r in answer.results] == ["applied", "applied"]
    assert timeline_kinds(db, case_id).count("note") == 2


@pytest.mark.asyncio
async def test_an_answer_dropped_after_the_commit_comes_back_as_duplicate(
    proxy: FaultProxy, clerk: Person, db: Database
) -> None:
    case_id = routed_case(db, "SXD")
    batch = notes(case_id)
    async with CentralApi(
        proxy.url, device_id="pc", retry=RetryPolicy(attempts=1)
    ) as once:  # no inline retry: the caller (the engine) sends the same batch later
        await once.login(clerk.username, clerk.password)
        proxy.fail(Fault.drop_answer(), times=1, path=ACTIONS)
        with pytest.raises(Offline) as lost:
            await once.post_actions(batch)
        assert lost.value.may_have_arrived
        assert timeline_kinds(db, case_id).count("note") == 2  # the server did commit

        again = await once.post_actions(batch)

    assert [r.outcome for r in again.results] == ["duplicate", "duplicate"]
    assert all(r.case is not None for r in again.results)
    assert timeline_kinds(db, case_id).count("note") == 2


@pytest.mark.asyncio
async def test_a_server_that_never_answers_is_offline_after_the_timeout() -> None:
    """Against the raw server (no password hashing to wait for), behind the proxy."""
    me = {"username": "x", "name": "X", "role": "clerk", "department": "SXD"}
    with RawServer() as raw, FaultProxy(raw.url) as proxy:
        raw.answers["/api/v1/me"] = response(200, json.dumps(me).encode())
        async with CentralApi(
            proxy.url,
            device_id="pc",
            refresh_token="r" * 43,
            retry=RetryPolicy(attempts=2, base_delay=0.01),
            timeout=httpx.Timeout(connect=5, read=2, write=5, pool=5),
        ) as impatient:
            proxy.fail(Fault.delay(300), times=1, path="/api/v1/me")
            assert (await impatient.me()).username == "x"  # slow is not broken

            proxy.fail(Fault.hang(), path="/api/v1/me")
            with pytest.raises(Offline, match="did not answer in time"):
                await impatient.me()
        assert [seen.fault for seen in proxy.seen].count("hang") == 2  # tried, retried once
