"""``/directory`` by role: what a clerk, a supervisor, a coordinator and an admin read.

A supervisor sees the unit's people with their unit and whether the account is active
(disabled accounts stay, marked, so old timeline entries keep a name); coordinators and
admins see every unit's people; a clerk sees what a clerk always saw.  Categories name the
unit a coordinator usually routes them to (``departments``), for the routing dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient
from sqlalchemy import update

from deskhandler.server.db import Database
from deskhandler.server.models import UserRow
from deskhandler.server.reference import CATEGORIES
from tests.support.people import Person, sign_in

Maker = Callable[..., Person]


def _users(client: TestClient, person: Person) -> dict[str, dict[str, object]]:
    body = client.get("/api/v1/directory", headers=sign_in(client, person)).json()
    return {user["username"]: user for user in body["users"]}


def _disable(db: Database, person: Person) -> None:
    with db.writing() as session:
        session.execute(
            update(UserRow).where(UserRow.username == person.username).values(active=False)
        )


def test_supervisor_sees_the_units_people_with_unit_and_active_flag(
    client: TestClient, make_person: Maker, db: Database
) -> None:
    supervisor = make_person("supervisor", "SXD")
    clerk = make_person("clerk", "SXD")
    gone = make_person("clerk", "SXD")
    outsider = make_person("clerk", "SGTVT")
    _disable(db, gone)
    users = _users(client, supervisor)
    assert set(users) == {supervisor.username, clerk.username, gone.username}
    assert outsider.username not in users
    assert users[gone.username]["active"] is False
    assert users[clerk.username]["active"] is True
    assert {user["department"] for user in users.values()} == {"SXD"}
    assert users[clerk.username]["role"] == "clerk"
    assert users[supervisor.username]["role"] == "supervisor"


def test_clerk_sees_only_the_own_unit_as_before(client: TestClient, make_person: Maker) -> None:
    clerk = make_person("clerk", "SXD")
    colleague = make_person("supervisor", "SXD")
    make_person("clerk", "SGTVT")
    users = _users(client, clerk)
    assert set(users) == {clerk.username, colleague.username}
    assert set(users[clerk.username]) == {"username", "name", "role", "department", "active"}


def test_coordinator_and_admin_see_every_units_people(
    client: TestClient, make_person: Maker, db: Database
) -> None:
    coordinator = make_person("coordinator", "IOC")
    admin = make_person("admin")
    sxd = make_person("clerk", "SXD")
    sgtvt = make_person("supervisor", "SGTVT")
    gone = make_person("clerk", "HEPCO")
    _disable(db, gone)
    for person in (coordinator, admin):
        users = _users(client, person)
        assert {coordinator.username, admin.username, sxd.username, sgtvt.username} <= set(users)
        assert users[sxd.username]["department"] == "SXD"
        assert users[sgtvt.username]["department"] == "SGTVT"
        assert users[gone.username]["active"] is False
        assert users[admin.username]["department"] is None


def test_categories_name_the_units_they_are_usually_routed_to(
    client: TestClient, make_person: Maker
) -> None:
    coordinator = make_person("coordinator", "IOC")
    body = client.get("/api/v1/directory", headers=sign_in(client, coordinator)).json()
    routed = {category["code"]: category["departments"] for category in body["categories"]}
    expected = {code: [unit] for code, _name, _en, _days, _group, unit, _attrs in CATEGORIES}
    assert routed == expected
    assert routed["TTXD"] == ["SXD"]
    units = {unit["code"] for unit in body["departments"]}
    assert all(set(codes) <= units for codes in routed.values())


def test_directory_etag_differs_by_who_asks(client: TestClient, make_person: Maker) -> None:
    """The users differ by unit, so the ETag does: a 304 is never given across units."""
    sxd = make_person("supervisor", "SXD")
    sgtvt = make_person("supervisor", "SGTVT")
    first = client.get("/api/v1/directory", headers=sign_in(client, sxd))
    other_headers = sign_in(client, sgtvt)
    other = client.get(
        "/api/v1/directory",
        headers={**other_headers, "If-None-Match": first.headers["etag"]},
    )
    assert other.status_code == 200
    assert other.headers["etag"] != first.headers["etag"]
    assert first.headers["vary"] == "Authorization"
