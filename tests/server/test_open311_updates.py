"""mySociety servicerequestupdates and the satisfaction extension."""

from __future__ import annotations

import re
from datetime import timedelta

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from deskhandler.server.api_keys import create_api_key
from deskhandler.server.db import Database
from deskhandler.server.models import CaseRow, TimelineRow, utcnow
from tests.support.open311 import BASE, children, error_of, move_case, new_request, xml_root
from tests.support.people import add_person, sign_in

UPDATE_FIELDS = [
    "update_id",
    "service_request_id",
    "status",
    "updated_datetime",
    "description",
    "media_url",
    "external_status_code",
]


def test_updates_are_the_public_replies(client: TestClient, db: Database) -> None:
    case_id = new_request(client)["service_request_id"]
    move_case(db, case_id, status="in_progress", department="HEPCO")  # no public text
    move_case(db, case_id, status="resolved", department="HEPCO", public_text="Đã thu gom.")
    move_case(db, case_id, status="in_progress", department="HEPCO", public_text="Mở lại.")
    root = xml_root(client.get(f"{BASE}/servicerequestupdates.xml"))
    assert root.tag == "service_request_updates"
    assert children(root) == ["request_update", "request_update"]
    first, second = root
    assert children(first) == UPDATE_FIELDS
    assert first.findtext("service_request_id") == case_id
    assert first.findtext("status") == "closed"
    assert first.findtext("description") == "Đã thu gom."
    assert first.findtext("external_status_code") == "resolved"
    assert re.match(r"^\d{4}-.*\+07:00$", first.findtext("updated_datetime") or "")
    assert second.findtext("status") == "open"
    assert second.findtext("description") == "Mở lại."
    body = client.get(f"{BASE}/servicerequestupdates.json").json()
    assert [list(u) for u in body] == [UPDATE_FIELDS, UPDATE_FIELDS]
    assert all(isinstance(u["update_id"], str) for u in body)
    assert len({u["update_id"] for u in body}) == 2
    assert [u["description"] for u in body] == ["Đã thu gom.", "Mở lại."]


def test_updates_window_and_paging(client: TestClient, db: Database) -> None:
    now = utcnow()
    case_id = new_request(client)["service_request_id"]
    for days, text in [(50, "Cũ"), (10, "Giữa"), (1, "Mới")]:
        move_case(
            db,
            case_id,
            status="resolved",
            department="HEPCO",
            public_text=text,
            at=now - timedelta(days=days),
        )

    def texts(query: str) -> list[str]:
        answer = client.get(f"{BASE}/servicerequestupdates.json?{query}")
        assert answer.status_code == 200, answer.text
        return [u["description"] for u in answer.json()]

    assert texts("") == ["Cũ", "Giữa", "Mới"]
    start = (now - timedelta(days=20)).isoformat().replace("+", "%2B")
    end = (now - timedelta(days=5)).isoformat().replace("+", "%2B")
    assert texts(f"start_date={start}") == ["Giữa", "Mới"]
    assert texts(f"start_date={start}&end_date={end}") == ["Giữa"]
    assert texts("page_size=2") == ["Cũ", "Giữa"]
    assert texts("page_size=2&page=2") == ["Mới"]
    assert texts("start_date=&end_date=&page=") == ["Cũ", "Giữa", "Mới"]


@pytest.mark.parametrize(
    "query",
    [
        "start_date=2026-01-01T00:00:00Z&end_date=2026-12-01T00:00:00Z",
        "start_date=never",
        "page_size=5000",
    ],
)
def test_updates_bad_filters(client: TestClient, query: str) -> None:
    answer = client.get(f"{BASE}/servicerequestupdates.xml?{query}")
    assert answer.status_code == 400
    assert error_of(answer, "xml")[0] == 400


def rate(client: TestClient, case_id: str, fmt: str = "json", **fields: str) -> httpx.Response:
    answer: httpx.Response = client.post(
        f"{BASE}/requests/{case_id}/satisfaction.{fmt}", data=fields
    )
    return answer


def test_satisfaction_reaches_the_unit(client: TestClient, db: Database) -> None:
    posted = new_request(client)
    case_id = posted["service_request_id"]
    move_case(db, case_id, status="resolved", department="HEPCO", public_text="Đã xử lý.")
    with db.reading() as session:
        before = session.get(CaseRow, case_id)
        assert before is not None
    clerk = sign_in(client, add_person(db, "clerk", "HEPCO"))
    first = client.get("/api/v1/changes", headers=clerk)
    assert first.status_code == 200, first.text
    cursor = first.json()["cursor"]

    answer = client.post(
        f"{BASE}/requests/{case_id}/satisfaction.xml",
        data={"token": posted["token"], "rating": "unsatisfied", "comment": "Vẫn còn rác."},
    )
    assert answer.status_code == 200, answer.text
    root = xml_root(answer)
    assert root.tag == "service_requests"
    assert children(root[0]) == ["service_request_id", "rating", "rated_datetime"]
    assert root[0].findtext("rating") == "unsatisfied"

    with db.reading() as session:
        case = session.get(CaseRow, case_id)
        assert case is not None
        assert case.satisfaction_rating == "unsatisfied"
        assert case.satisfaction_comment == "Vẫn còn rác."
        assert case.satisfaction_at is not None
        assert case.version == before.version + 1
        assert case.workflow_version == before.workflow_version
        assert case.status == "resolved"
        assert case.feed_seq > before.feed_seq
        entry = session.scalars(
            select(TimelineRow).where(
                TimelineRow.case_id == case_id, TimelineRow.kind == "satisfaction"
            )
        ).one()
        assert entry.actor == "citizen"
        assert entry.public is False
        assert entry.payload == {"rating": "unsatisfied", "comment": "Vẫn còn rác."}

    changes = client.get(f"/api/v1/changes?cursor={cursor}", headers=clerk).json()
    assert [c["id"] for c in changes["cases"]] == [case_id]
    satisfaction = changes["cases"][0]["satisfaction"]
    assert satisfaction["rating"] == "unsatisfied"
    assert satisfaction["comment"] == "Vẫn còn rác."
    detail = client.get(f"/api/v1/cases/{case_id}", headers=clerk).json()
    assert detail["satisfaction"]["rating"] == "unsatisfied"
    assert "satisfaction" in [e["kind"] for e in detail["timeline"]]


def test_a_new_rating_replaces_the_old_one(client: TestClient, db: Database) -> None:
    posted = new_request(client)
    case_id = posted["service_request_id"]
    move_case(db, case_id, status="closed", department="HEPCO", public_text="Đã đóng.")
    assert rate(client, case_id, token=posted["token"], rating="neutral").status_code == 200
    answer = rate(client, case_id, token=posted["token"], rating="satisfied", comment="")
    assert answer.status_code == 200
    with db.reading() as session:
        case = session.get(CaseRow, case_id)
        assert case is not None
        assert (case.satisfaction_rating, case.satisfaction_comment) == ("satisfied", None)


@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_satisfaction_refusals_change_nothing(client: TestClient, db: Database, fmt: str) -> None:
    posted = new_request(client)
    case_id, token = posted["service_request_id"], posted["token"]
    other = new_request(client)
    move_case(db, other["service_request_id"], status="resolved", department="HEPCO")

    def refused(status: int, target: str, **fields: str) -> None:
        answer = client.post(f"{BASE}/requests/{target}/satisfaction.{fmt}", data=fields)
        assert answer.status_code == status, answer.text
        assert error_of(answer, fmt)[0] == status

    refused(400, case_id, token=token, rating="satisfied")  # still open
    move_case(db, case_id, status="resolved", department="HEPCO", public_text="Xong.")
    with db.reading() as session:
        rated = session.get(CaseRow, case_id)
        assert rated is not None
        version = rated.version
    refused(403, case_id, token=other["token"], rating="satisfied")
    refused(403, case_id, token="guess", rating="satisfied")
    refused(400, case_id, rating="satisfied")
    refused(400, case_id, token=token, rating="5")
    refused(400, case_id, token=token, rating="")
    refused(400, case_id, token=token, rating="satisfied", comment="x" * 4001)
    refused(404, "PA-9999999", token=token, rating="satisfied")
    refused(404, case_id, token=token, rating="satisfied", jurisdiction_id="elsewhere")
    with db.writing() as session:
        create_api_key(session, "Hue-S")
    refused(403, case_id, token=token, rating="satisfied")
    with db.reading() as session:
        case = session.get(CaseRow, case_id)
        assert case is not None
        assert case.version == version
        assert case.satisfaction_rating is None
