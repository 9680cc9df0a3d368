"""Accounts and sign-in for tests against the real server."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from fastapi.testclient import TestClient

from deskhandler.server.db import Database
from deskhandler.server.users import create_user

PASSWORD = "correct horse battery"
_serial = itertools.count(1)


@dataclass(frozen=True)
class Person:
    username: str
    role: str
    department: str | None
    password: str = PASSWORD


def add_person(
    db: Database, role: str, department: str | None = None, username: str | None = None
) -> Person:
    username = username or f"{role}{next(_serial)}"
    with db.writing() as session:
        create_user(session, username=username, password=PASSWORD, role=role, department=department)
    return Person(username, role, department)


def sign_in(client: TestClient, person: Person, device: str = "test-pc") -> dict[str, str]:
    """Headers with a bearer token for ``person`` (password grant through the real endpoint)."""
    answer = client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": person.username, "password": person.password},
        headers={"X-Device-Id": device},
    )
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}
