"""The token endpoint: grants, OAuth2 errors, expiry, sign-out, rotation and the sign-in limit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from deskhandler.server.app import create_app
from deskhandler.server.db import Database
from deskhandler.server.models import AuditRow, TokenRow, UserRow
from deskhandler.server.security import token_hash
from deskhandler.server.settings import Settings
from tests.support.people import Person

TOKEN = "/api/v1/auth/token"
Maker = Callable[..., Person]


@contextmanager
def client_with(db: Database, settings: Settings, **changes: Any) -> Iterator[TestClient]:
    """A client of the real app with some settings changed (short lifetimes, low limits)."""
    app = create_app(db, settings.model_copy(update={"db": db.url, **changes}))
    with TestClient(app) as client:
        yield client


def password_grant(
    client: TestClient, person: Person, password: str | None = None, device: str = "pc-1"
) -> httpx.Response:
    answer: httpx.Response = client.post(
        TOKEN,
        data={
            "grant_type": "password",
            "username": person.username,
            "password": password if password is not None else person.password,
        },
        headers={"X-Device-Id": device},
    )
    return answer


def refresh(client: TestClient, refresh_token: str) -> httpx.Response:
    answer: httpx.Response = client.post(
        TOKEN, data={"grant_type": "refresh_token", "refresh_token": refresh_token}
    )
    return answer


def me(client: TestClient, access_token: str) -> httpx.Response:
    answer: httpx.Response = client.get(
        "/api/v1/me", headers={"Authorization": f"Bearer {access_token}"}
    )
    return answer


def assert_oauth_error(answer: httpx.Response, status: int, error: str) -> None:
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert body["error"] == error  # a string, not the department API's {code, message}
    assert isinstance(body["error_description"], str)
    assert body["error_description"]


def test_password_grant_issues_opaque_tokens_stored_hashed(
    client: TestClient, make_person: Maker, db: Database, settings: Settings
) -> None:
    clerk = make_person("clerk", "SXD")
    answer = password_grant(client, clerk, device="desk-17")
    assert answer.status_code == 200, answer.text
    assert answer.headers["cache-control"] == "no-store"
    body = answer.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == settings.access_token_seconds
    assert body["access_token"] != body["refresh_token"]
    with db.reading() as session:
        rows = list(session.scalars(select(TokenRow).where(TokenRow.username == clerk.username)))
    assert {row.kind for row in rows} == {"access", "refresh"}
    assert {row.token_hash for row in rows} == {
        token_hash(body["access_token"]),
        token_hash(body["refresh_token"]),
    }
    assert all(row.device == "desk-17" for row in rows)
    assert len({row.family for row in rows}) == 1
    assert me(client, body["access_token"]).json()["username"] == clerk.username


def test_device_from_form_field_wins_over_header_and_user_agent(
    client: TestClient, make_person: Maker, db: Database
) -> None:
    clerk = make_person("clerk", "SXD")
    form = {"grant_type": "password", "username": clerk.username, "password": clerk.password}
    client.post(TOKEN, data={**form, "device_id": "form-device"}, headers={"X-Device-Id": "hdr"})
    client.post(TOKEN, data=form, headers={"User-Agent": "deskhandler/0.1 (Windows 11)"})
    with db.reading() as session:
        devices = set(session.scalars(select(TokenRow.device)))
    assert devices == {"form-device", "deskhandler/0.1 (Windows 11)"}


@pytest.mark.parametrize(
    ("who", "password"),
    [("known", "wrong password!"), ("unknown", "correct horse battery"), ("known", "")],
)
def test_bad_credentials_are_invalid_grant(
    client: TestClient, make_person: Maker, db: Database, who: str, password: str
) -> None:
    clerk = make_person("clerk", "SXD")
    person = clerk if who == "known" else Person("nobody-here", "clerk", "SXD")
    answer = password_grant(client, person, password=password)
    if password:
        assert_oauth_error(answer, 400, "invalid_grant")
        with db.reading() as session:
            events = list(
                session.scalars(select(AuditRow.event).where(AuditRow.actor == person.username))
            )
        assert "sign_in_failed" in events
    else:
        assert_oauth_error(answer, 400, "invalid_request")
    with db.reading() as session:
        assert session.scalar(select(TokenRow.id)) is None


def test_disabled_user_cannot_sign_in_nor_use_a_token(
    client: TestClient, make_person: Maker, db: Database
) -> None:
    clerk = make_person("clerk", "SXD")
    tokens = password_grant(client, clerk).json()
    with db.writing() as session:
        session.execute(
            update(UserRow).where(UserRow.username == clerk.username).values(active=False)
        )
    assert_oauth_error(password_grant(client, clerk), 400, "invalid_grant")
    assert_oauth_error(refresh(client, tokens["refresh_token"]), 400, "invalid_grant")
    answer = me(client, tokens["access_token"])
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "unauthorized"


@pytest.mark.parametrize(
    ("send", "error"),
    [
        ({"data": {"grant_type": "client_credentials"}}, "unsupported_grant_type"),
        ({"data": {"grant_type": "authorization_code", "code": "x"}}, "unsupported_grant_type"),
        ({"data": {"username": "a", "password": "b"}}, "invalid_request"),
        ({"data": {"grant_type": "password", "username": "a"}}, "invalid_request"),
        ({"data": {"grant_type": "refresh_token"}}, "invalid_request"),
        ({"json": {"grant_type": "password", "username": "a", "password": "b"}}, "invalid_request"),
        ({"content": b"", "headers": {}}, "invalid_request"),
        (
            {
                "content": b"grant_type=password&grant_type=refresh_token&username=a&password=b",
                "headers": {"Content-Type": "application/x-www-form-urlencoded"},
            },
            "invalid_request",
        ),
        (
            {
                "content": b"grant_type=password&username=%FF%FE&password=b",
                "headers": {"Content-Type": "application/x-www-form-urlencoded"},
            },
            "invalid_request",
        ),
        (
            {"data": {"grant_type": "password", "username": "a", "password": "p" * 70_000}},
            "invalid_request",
        ),
        (
            {"data": {"grant_type": "password", "username": "u" * 65, "password": "b"}},
            "invalid_request",
        ),
    ],
)
def test_malformed_requests_get_oauth_errors(
    client: TestClient, send: dict[str, Any], error: str
) -> None:
    answer = client.post(TOKEN, **send)
    assert_oauth_error(answer, 400, error)


def test_expired_access_token_is_token_expired_and_refresh_recovers(
    db: Database, settings: Settings, make_person: Maker
) -> None:
    clerk = make_person("clerk", "SXD")
    with client_with(db, settings, access_token_seconds=0) as client:
        tokens = password_grant(client, clerk).json()
        answer = me(client, tokens["access_token"])
        assert answer.status_code == 401
        assert answer.json()["error"]["code"] == "token_expired"
        assert "www-authenticate" in answer.headers
    # A garbage token is "unauthorized": refreshing cannot help with it.
    with client_with(db, settings) as client:
        answer = me(client, "not-a-token")
        assert answer.status_code == 401
        assert answer.json()["error"]["code"] == "unauthorized"
        renewed = refresh(client, tokens["refresh_token"])
        assert renewed.status_code == 200
        assert me(client, renewed.json()["access_token"]).status_code == 200


def test_expired_refresh_token_is_invalid_grant(
    db: Database, settings: Settings, make_person: Maker
) -> None:
    clerk = make_person("clerk", "SXD")
    with client_with(db, settings, refresh_token_days=0) as client:
        tokens = password_grant(client, clerk).json()
        assert_oauth_error(refresh(client, tokens["refresh_token"]), 400, "invalid_grant")


def test_revoke_signs_out_the_session_only(client: TestClient, make_person: Maker) -> None:
    clerk = make_person("clerk", "SXD")
    office = password_grant(client, clerk, device="office").json()
    laptop = password_grant(client, clerk, device="laptop").json()
    auth = {"Authorization": f"Bearer {office['access_token']}"}
    answer = client.post(
        "/api/v1/auth/revoke", data={"token": office["refresh_token"]}, headers=auth
    )
    assert answer.status_code == 200, answer.text
    signed_out = me(client, office["access_token"])
    assert signed_out.status_code == 401
    assert signed_out.json()["error"]["code"] == "unauthorized"
    assert_oauth_error(refresh(client, office["refresh_token"]), 400, "invalid_grant")
    # The other device's session goes on.
    assert me(client, laptop["access_token"]).status_code == 200
    assert refresh(client, laptop["refresh_token"]).status_code == 200


def test_revoke_needs_a_token_and_ignores_other_peoples_tokens(
    client: TestClient, make_person: Maker
) -> None:
    first, second = make_person("clerk", "SXD"), make_person("clerk", "SXD")
    mine = password_grant(client, first).json()
    theirs = password_grant(client, second).json()
    anonymous = client.post("/api/v1/auth/revoke", data={"token": theirs["refresh_token"]})
    assert anonymous.status_code == 401
    answer = client.post(
        "/api/v1/auth/revoke",
        data={"token": theirs["refresh_token"]},
        headers={"Authorization": f"Bearer {mine['access_token']}"},
    )
    assert answer.status_code == 200
    assert refresh(client, theirs["refresh_token"]).status_code == 200


def test_rotation_keeps_the_old_refresh_token_until_the_new_one_is_used(
    client: TestClient, make_person: Maker, db: Database
) -> None:
    clerk = make_person("clerk", "SXD")
    first = password_grant(client, clerk).json()
    second = refresh(client, first["refresh_token"])
    assert second.status_code == 200
    second_tokens = second.json()
    assert second_tokens["refresh_token"] != first["refresh_token"]
    # The answer was lost: the desk retries with the old token, and that still works.
    retry = refresh(client, first["refresh_token"])
    assert retry.status_code == 200, retry.text
    latest = retry.json()
    # The desk goes on with the newest pair; using it retires the older tokens.
    third = refresh(client, latest["refresh_token"])
    assert third.status_code == 200
    with db.reading() as session:
        families = set(session.scalars(select(TokenRow.family)))
    assert len(families) == 1


def test_reuse_of_a_superseded_refresh_token_revokes_the_family(
    client: TestClient, make_person: Maker, db: Database
) -> None:
    clerk = make_person("clerk", "SXD")
    stolen = password_grant(client, clerk).json()
    legit = refresh(client, stolen["refresh_token"]).json()
    newest = refresh(client, legit["refresh_token"]).json()  # the successor is now used
    assert me(client, newest["access_token"]).status_code == 200
    # Someone presents the first refresh token again: theft.
    assert_oauth_error(refresh(client, stolen["refresh_token"]), 400, "invalid_grant")
    assert_oauth_error(refresh(client, newest["refresh_token"]), 400, "invalid_grant")
    assert me(client, newest["access_token"]).status_code == 401
    with db.reading() as session:
        events = list(
            session.scalars(select(AuditRow.event).where(AuditRow.actor == clerk.username))
        )
        assert session.scalar(select(TokenRow.id).where(TokenRow.revoked_at.is_(None))) is None
    assert "refresh_token_reused" in events


def test_a_refresh_token_is_not_an_access_token(client: TestClient, make_person: Maker) -> None:
    clerk = make_person("clerk", "SXD")
    tokens = password_grant(client, clerk).json()
    assert me(client, tokens["refresh_token"]).status_code == 401
    assert_oauth_error(refresh(client, tokens["access_token"]), 400, "invalid_grant")


def test_login_limit_is_per_user_and_device(
    db: Database, settings: Settings, make_person: Maker
) -> None:
    clerk = make_person("clerk", "SXD")
    colleague = make_person("clerk", "SXD")
    with client_with(db, settings, login_attempts=3, login_window_seconds=600) as client:
        for _ in range(3):
            assert_oauth_error(
                password_grant(client, clerk, "wrong!!!", "pc-1"), 400, "invalid_grant"
            )
        blocked = password_grant(client, clerk, device="pc-1")  # even the right password
        assert_oauth_error(blocked, 429, "invalid_grant")
        assert 0 < int(blocked.headers["retry-after"]) <= 600
        assert "try again in 10 minutes" in blocked.json()["error_description"]
        # Another device of the same person, and a colleague on the same PC, are unaffected.
        assert password_grant(client, clerk, device="pc-2").status_code == 200
        assert password_grant(client, colleague, device="pc-1").status_code == 200
        with db.reading() as session:
            events = list(
                session.scalars(select(AuditRow.event).where(AuditRow.actor == clerk.username))
            )
        assert events.count("sign_in_failed") == 3
        assert "sign_in_throttled" in events
        assert "sign_in" in events


def test_a_successful_sign_in_clears_that_devices_failures(
    db: Database, settings: Settings, make_person: Maker
) -> None:
    clerk = make_person("clerk", "SXD")
    with client_with(db, settings, login_attempts=3) as client:
        for _ in range(2):
            password_grant(client, clerk, "wrong!!!", "pc-1")
        assert password_grant(client, clerk, device="pc-1").status_code == 200
        for _ in range(2):
            password_grant(client, clerk, "wrong!!!", "pc-1")
        # Four failures in the window, but only two since the success.
        assert password_grant(client, clerk, device="pc-1").status_code == 200


def test_the_limit_ends_with_its_window(
    db: Database, settings: Settings, make_person: Maker
) -> None:
    clerk = make_person("clerk", "SXD")
    with client_with(db, settings, login_attempts=2, login_window_seconds=600) as client:
        for _ in range(2):
            password_grant(client, clerk, "wrong!!!", "pc-1")
        assert password_grant(client, clerk, device="pc-1").status_code == 429
    with client_with(db, settings, login_attempts=2, login_window_seconds=0) as client:
        assert password_grant(client, clerk, device="pc-1").status_code == 200
