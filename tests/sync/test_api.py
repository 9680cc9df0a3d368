"""`CentralApi` against the real server on loopback."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, update

from deskhandler.server.db import Database
from deskhandler.server.models import TokenRow, utcnow
from deskhandler.sync.api import USER_AGENT, CentralApi
from deskhandler.sync.errors import AuthRequired, Refused
from deskhandler.wire.models import ActionIn
from tests.support.cases import routed_case
from tests.support.desk import timeline_kinds
from tests.support.faultproxy import FaultProxy
from tests.support.people import Person
from tests.sync.conftest import FAST, TokenLog, expire_access_tokens

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def note(case_id: str, version: int, text: str = "Đã kiểm tra hiện trường") -> ActionIn:
    return ActionIn.model_validate(
        {
            "action_id": str(uuid.uuid4()),
            "case_id": case_id,
            "kind": "note",
            "payload": {"text": text},
            "base": {"version": version},
        }
    )


@pytest.mark.asyncio
async def test_login_keeps_tokens_out_of_sight(
    api: CentralApi, clerk: Person, tokens: TokenLog
) -> None:
    issued = await api.login(clerk.username, clerk.password)

    assert tokens.told == [issued.refresh_token]
    assert len(issued.refresh_token) < 100  # fits Windows Credential Manager easily
    for shown in (repr(api), repr(issued), str(issued)):
        assert issued.access_token not in shown
        assert issued.refresh_token not in shown
    me = await api.me()
    assert (me.username, me.role, me.department) == (clerk.username, "clerk", "SXD")


@pytest.mark.asyncio
async def test_reachability_needs_no_session(api: CentralApi) -> None:
    await api.check_reachable()
    assert not api.signed_in


@pytest.mark.asyncio
async def test_wrong_password_is_refused_without_a_session(
    api: CentralApi, clerk: Person, tokens: TokenLog
) -> None:
    with pytest.raises(Refused) as refused:
        await api.login(clerk.username, "not the password")

    assert refused.value.error_code == "invalid_grant"
    assert "password" in refused.value.message
    assert tokens.told == []
    assert not api.signed_in
    with pytest.raises(AuthRequired):
        await api.me()


@pytest.mark.asyncio
async def test_a_stored_refresh_token_resumes_the_session(
    api: CentralApi, live_url: str, clerk: Person
) -> None:
    stored = (await api.login(clerk.username, clerk.password)).refresh_token
    told = TokenLog()

    async with CentralApi(
        live_url, device_id="test-pc", refresh_token=stored, on_refresh_token=told, retry=FAST
    ) as later:
        assert (await later.me()).username == clerk.username

    assert len(told.told) == 1
    assert told.told[0] not in (None, stored)  # rotated, and the new one handed over


@pytest.mark.asyncio
async def test_sign_out_ends_the_session_on_the_server(
    api: CentralApi, live_url: str, clerk: Person, tokens: TokenLog
) -> None:
    stored = (await api.login(clerk.username, clerk.password)).refresh_token
    await api.revoke()

    assert tokens.told[-1] is None
    assert not api.signed_in
    told = TokenLog()
    async with CentralApi(
        live_url, device_id="test-pc", refresh_token=stored, on_refresh_token=told, retry=FAST
    ) as later:
        with pytest.raises(AuthRequired):
            await later.me()
        assert told.told == [None]  # the dead token is to be forgotten
        assert not later.signed_in


@pytest.mark.asyncio
async def test_an_expired_access_token_is_refreshed_once_and_the_request_retried(
    proxied: CentralApi, proxy: FaultProxy, clerk: Person, db: Database, tokens: TokenLog
) -> None:
    await proxied.login(clerk.username, clerk.password)
    assert (await proxied.me()).username == clerk.username
    expire_access_tokens(db)

    assert (await proxied.me()).username == clerk.username

    assert [(seen.method, seen.path) for seen in proxy.seen] == [
        ("POST", "/api/v1/auth/token"),
        ("GET", "/api/v1/me"),
        ("GET", "/api/v1/me"),  # 401: expired
        ("POST", "/api/v1/auth/token"),
        ("GET", "/api/v1/me"),
    ]
    assert len(tokens.told) == 2
    assert None not in tokens.told
    assert tokens.told[0] != tokens.told[1]


@pytest.mark.asyncio
async def test_a_refused_refresh_mid_session_asks_for_sign_in(
    api: CentralApi, clerk: Person, db: Database, tokens: TokenLog
) -> None:
    await api.login(clerk.username, clerk.password)
    expire_access_tokens(db)
    with db.writing() as session:
        session.execute(update(TokenRow).values(revoked_at=utcnow()))  # e.g. an admin's doing

    with pytest.raises(AuthRequired):
        await api.me()
    assert tokens.told[-1] is None
    assert not api.signed_in


@pytest.mark.asyncio
async def test_requests_name_the_program_and_the_device(
    proxied: CentralApi, proxy: FaultProxy, clerk: Person, db: Database
) -> None:
    await proxied.login(clerk.username, clerk.password)
    await proxied.me()
    # The token endpoint labels the session with the device id it was sent.
    with db.reading() as session:
        devices = set(session.scalars(select(TokenRow.device)))
    assert devices == {"test-pc"}
    assert USER_AGENT.startswith("deskhandler/")


@pytest.mark.asyncio
async def test_directory_answers_304_for_its_own_etag(api: CentralApi, clerk: Person) -> None:
    await api.login(clerk.username, clerk.password)

    directory, etag = await api.directory()
    assert directory is not None
    assert etag
    assert "SXD" in {unit.code for unit in directory.departments}
    assert clerk.username in {user.username for user in directory.users}

    again, same = await api.directory(etag)
    assert again is None
    assert same == etag
    stale, fresh = await api.directory('"not-the-etag"')
    assert stale == directory
    assert fresh == etag


@pytest.mark.asyncio
async def test_changes_are_followed_page_by_page(
    api: CentralApi, clerk: Person, db: Database
) -> None:
    created = {routed_case(db, "SXD") for _ in range(5)}
    routed_case(db, "SGTVT")  # another unit's: not in this feed
    await api.login(clerk.username, clerk.password)

    cursor: str | None = None
    seen: list[str] = []
    pages = 0
    while True:
        page = await api.changes(cursor, limit=2)
        pages += 1
        seen += [case["id"] for case in page.cases]
        cursor = page.cursor
        if not page.has_more:
            break

    assert set(seen) == created
    assert pages >= 3
    assert (await api.changes(cursor, limit=2)).cases == []


@pytest.mark.asyncio
async def test_actions_are_applied_once_and_a_repeat_is_a_duplicate(
    api: CentralApi, clerk: Person, db: Database
) -> None:
    case_id = routed_case(db, "SXD")
    await api.login(clerk.username, clerk.password)
    version = (await api.case(case_id)).version
    entry = note(case_id, version)

    first = await api.post_actions([entry])
    again = await api.post_actions([entry])

    assert [r.outcome for r in first.results] == ["applied"]
    assert [r.outcome for r in again.results] == ["duplicate"]
    assert first.results[0].case is not None
    assert first.results[0].case.version > version
    detail = await api.case(case_id)
    assert [t.kind for t in detail.timeline].count("note") == 1
    assert timeline_kinds(db, case_id).count("note") == 1
    assert (await api.post_actions([])).results == []


@pytest.mark.asyncio
async def test_another_units_case_is_refused_with_the_servers_code(
    api: CentralApi, clerk: Person, db: Database
) -> None:
    elsewhere = routed_case(db, "SGTVT")
    await api.login(clerk.username, clerk.password)

    with pytest.raises(Refused) as refused:
        await api.case(elsewhere)
    assert (refused.value.status, refused.value.error_code) == (404, "not_found")
    with pytest.raises(Refused):
        await api.case("../../me")


@pytest.mark.asyncio
async def test_attachments_go_up_and_come_back(
    api: CentralApi, clerk: Person, db: Database, tmp_path: Path
) -> None:
    case_id = routed_case(db, "SXD")
    await api.login(clerk.username, clerk.password)
    photo = tmp_path / "hiện trường.png"
    photo.write_bytes(PNG)

    created = await api.upload_attachment(photo, photo.name, case_id)
    from_bytes = await api.upload_attachment(PNG + b"1", "b.png", case_id, "image/png")

    assert created.content_type == "image/png"
    assert created.size == len(PNG)
    assert await api.download_attachment(created.id) == PNG
    assert await api.download_attachment(from_bytes.id) == PNG + b"1"
    with pytest.raises(Refused) as refused:
        await api.upload_attachment(b"just text", "notes.txt", case_id)
    assert refused.value.status == 415
    with pytest.raises(Refused):
        await api.download_attachment("0" * 32)


@pytest.mark.asyncio
async def test_concurrent_requests_share_one_refresh(
    proxied: CentralApi, proxy: FaultProxy, clerk: Person, db: Database
) -> None:
    await proxied.login(clerk.username, clerk.password)
    expire_access_tokens(db)

    await asyncio.gather(proxied.me(), proxied.me(), proxied.changes(None))

    assert [seen.path for seen in proxy.seen].count("/api/v1/auth/token") == 2
