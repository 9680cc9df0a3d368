"""``/me`` and ``/directory``: who I am, and what a desk needs to work offline (with ETag)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient
from sqlalchemy import select, update

from deskhandler.server.db import Database
from deskhandler.server.models import CategoryRow, DepartmentRow
from tests.support.people import Person, sign_in

Maker = Callable[..., Person]


def test_me_tells_who_is_signed_in(client: TestClient, make_person: Maker) -> None:
    supervisor = make_person("supervisor", "SGTVT")
    answer = client.get("/api/v1/me", headers=sign_in(client, supervisor))
    assert answer.status_code == 200
    assert answer.json() == {
        "username": supervisor.username,
        "name": supervisor.username,
        "role": "supervisor",
        "department": "SGTVT",
    }
    assert client.get("/api/v1/me").status_code == 401


def test_directory_holds_what_a_desk_needs(
    client: TestClient, make_person: Maker, db: Database
) -> None:
    clerk = make_person("clerk", "SXD")
    colleague = make_person("supervisor", "SXD")
    make_person("clerk", "SGTVT", username="outsider")
    with db.writing() as session:
        session.execute(
            update(DepartmentRow)
            .where(DepartmentRow.code == "UBND-VINHNINH")
            .values(merged_into="UBND-HUE", active=False)
        )
        retired = session.scalars(select(CategoryRow).order_by(CategoryRow.code)).first()
        assert retired is not None
        retired.active = False
        retired_code = retired.code
    answer = client.get("/api/v1/directory", headers=sign_in(client, clerk))
    assert answer.status_code == 200
    body = answer.json()
    units = {unit["code"]: unit for unit in body["departments"]}
    assert units["SXD"]["name"] == "Sở Xây dựng"
    assert units["SXD"]["active"] is True
    # A merged unit stays, flagged, so its old cases still show a name.
    assert units["UBND-VINHNINH"]["active"] is False
    assert units["UBND-VINHNINH"]["merged_into"] == "UBND-HUE"
    assert {user["username"] for user in body["users"]} == {clerk.username, colleague.username}
    categories = {category["code"]: category for category in body["categories"]}
    assert retired_code not in categories
    assert categories
    assert all(category["handling_days"] > 0 for category in categories.values())
    assert body["templates"]
    assert body["resolutions"]
    assert "2027-09-02" in body["holidays"]
    assert body["holidays"] == sorted(body["holidays"])


def test_province_wide_roles_see_every_user(client: TestClient, make_person: Maker) -> None:
    coordinator = make_person("coordinator", "IOC")
    clerk = make_person("clerk", "SXD")
    other = make_person("clerk", "SGTVT")
    body = client.get("/api/v1/directory", headers=sign_in(client, coordinator)).json()
    assert {clerk.username, other.username, coordinator.username} <= {
        user["username"] for user in body["users"]
    }


def test_directory_etag_gives_304_until_something_changes(
    client: TestClient, make_person: Maker, db: Database
) -> None:
    clerk = make_person("clerk", "SXD")
    headers = sign_in(client, clerk)
    first = client.get("/api/v1/directory", headers=headers)
    etag = first.headers["etag"]
    assert etag.startswith('"')
    assert not etag.startswith("W/")
    assert first.headers["cache-control"] == "private, no-cache"
    again = client.get("/api/v1/directory", headers={**headers, "If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    listed = client.get(
        "/api/v1/directory", headers={**headers, "If-None-Match": f'"other", {etag}'}
    )
    assert listed.status_code == 304
    stale = client.get("/api/v1/directory", headers={**headers, "If-None-Match": '"stale"'})
    assert stale.status_code == 200
    assert stale.json() == first.json()
    make_person("clerk", "SXD")  # a new colleague: the directory changed
    changed = client.get("/api/v1/directory", headers={**headers, "If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["etag"] != etag


def test_directory_needs_sign_in(client: TestClient) -> None:
    answer = client.get("/api/v1/directory")
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "unauthorized"
