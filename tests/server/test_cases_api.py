"""``GET /api/v1/cases/{id}``: the whole timeline, object-level access, reporter privacy."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from deskhandler.server.db import Database
from deskhandler.server.models import CaseRow, TimelineRow, utcnow
from deskhandler.wire.models import CaseDetail
from tests.support.cases import routed_case
from tests.support.people import Person, sign_in

Maker = Callable[..., Person]


def add_note(db: Database, case_id: str, text: str, minutes: int) -> None:
    with db.writing() as session:
        session.add(
            TimelineRow(
                case_id=case_id,
                action_id=str(uuid.uuid4()),
                kind="note",
                actor="someone",
                actor_role="clerk",
                at=utcnow() + timedelta(minutes=minutes),
                payload={"text": text},
            )
        )


def test_case_detail_has_the_timeline_in_order(
    client: TestClient, make_person: Maker, db: Database
) -> None:
    clerk = make_person("clerk", "SXD")
    case_id = routed_case(db, "SXD")
    add_note(db, case_id, "sau", minutes=10)  # written first, happened later
    add_note(db, case_id, "trước", minutes=5)
    answer = client.get(f"/api/v1/cases/{case_id}", headers=sign_in(client, clerk))
    assert answer.status_code == 200, answer.text
    detail = CaseDetail.model_validate(answer.json())
    assert detail.id == case_id
    assert detail.department == "SXD"
    assert detail.status == "assigned"
    assert [entry.kind for entry in detail.timeline] == ["report", "note", "note"]
    assert [entry.payload.get("text") for entry in detail.timeline[1:]] == ["trước", "sau"]


@pytest.mark.parametrize("role", ["clerk", "supervisor"])
def test_another_units_case_is_not_found_like_a_missing_one(
    client: TestClient, make_person: Maker, db: Database, role: str
) -> None:
    person = make_person(role, "SXD")
    theirs = routed_case(db, "SGTVT")
    at_ioc = routed_case(db, None)
    headers = sign_in(client, person)
    missing = client.get("/api/v1/cases/PA-9999999", headers=headers)
    assert missing.status_code == 404
    for case_id in (theirs, at_ioc):
        answer = client.get(f"/api/v1/cases/{case_id}", headers=headers)
        assert answer.status_code == 404
        assert answer.json()["error"]["code"] == "not_found"
        assert set(answer.json()) == set(missing.json())


@pytest.mark.parametrize("role", ["coordinator", "admin"])
def test_province_wide_roles_see_every_case(
    client: TestClient, make_person: Maker, db: Database, role: str
) -> None:
    person = make_person(role, "IOC" if role == "coordinator" else None)
    headers = sign_in(client, person)
    for department in ("SGTVT", "SXD", None):
        case_id = routed_case(db, department)
        assert client.get(f"/api/v1/cases/{case_id}", headers=headers).status_code == 200


def test_reporter_identity_only_with_consent_or_for_coordinators(
    client: TestClient, make_person: Maker, db: Database
) -> None:
    clerk = make_person("clerk", "SXD")
    coordinator = make_person("coordinator", "IOC")
    private = routed_case(db, "SXD", consent=False)
    agreed = routed_case(db, "SXD", consent=True)
    unit, ioc = sign_in(client, clerk), sign_in(client, coordinator)

    hidden = client.get(f"/api/v1/cases/{private}", headers=unit)
    assert hidden.json()["reporter"] is None
    assert "0905123456" not in hidden.text
    assert "Nguyễn Thị Hoa" not in hidden.text

    shown = client.get(f"/api/v1/cases/{agreed}", headers=unit).json()
    assert shown["reporter"] == {
        "name": "Nguyễn Thị Hoa",
        "phone": "0905123456",
        "email": "hoa@example.vn",
    }
    for case_id in (private, agreed):
        seen = client.get(f"/api/v1/cases/{case_id}", headers=ioc).json()
        assert seen["reporter"]["phone"] == "0905123456"


def test_case_detail_needs_sign_in(client: TestClient, db: Database) -> None:
    case_id = routed_case(db, "SXD")
    answer = client.get(f"/api/v1/cases/{case_id}")
    assert answer.status_code == 401
    with db.reading() as session:
        assert session.get(CaseRow, case_id) is not None
