"""Open311 GET requests, requests/{id} and tokens: fields, filters, paging, privacy."""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from deskhandler.domain.statuses import OPEN311_CLOSED, Status
from deskhandler.server.db import Database
from deskhandler.server.intake import Report, create_case
from deskhandler.server.models import CaseRow, utcnow
from deskhandler.server.open311.requests import requests_query
from tests.support.open311 import (
    BASE,
    PERSONAL,
    REQUEST_FIELDS,
    children,
    error_of,
    move_case,
    new_request,
    xml_root,
)

OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$")


def reported(db: Database, when: datetime, category: str = "VSMT") -> str:
    """A report received at ``when`` (through the same intake as POST requests)."""
    with db.writing() as session:
        case = create_case(
            session,
            Report(
                category=category,
                description="Đèn đường hỏng",
                lat=16.46,
                long=107.59,
                reported_at=when,
            ),
        )
        return case.id


def ids(client: TestClient, query: str = "") -> list[str]:
    answer = client.get(f"{BASE}/requests.json?{query}")
    assert answer.status_code == 200, answer.text
    return [r["service_request_id"] for r in answer.json()]


def test_requests_xml_fields_in_spec_order(client: TestClient, db: Database) -> None:
    posted = new_request(client, address_id="HUE-1")
    move_case(db, posted["service_request_id"], status="in_progress", department="HEPCO")
    root = xml_root(client.get(f"{BASE}/requests.xml"))
    assert root.tag == "service_requests"
    assert children(root) == ["request"]
    request = root[0]
    assert children(request) == REQUEST_FIELDS
    assert request.findtext("service_request_id") == posted["service_request_id"]
    assert request.findtext("status") == "open"
    assert request.findtext("service_code") == "VSMT"
    assert request.findtext("service_name") == "Vệ sinh môi trường"
    assert request.findtext("agency_responsible") == "Công ty Môi trường và Công trình đô thị Huế"
    assert request.findtext("address_id") == "HUE-1"
    assert request.findtext("lat") == "16.4637"
    assert request.findtext("long") == "107.5909"
    assert request.findtext("media_url") == "https://cdn.example.vn/photos/ra-thai.jpg"
    for name in ("requested_datetime", "updated_datetime", "expected_datetime"):
        assert OFFSET.match(request.findtext(name) or ""), name


def test_requests_json_types(client: TestClient, db: Database) -> None:
    posted = new_request(client)
    body = client.get(f"{BASE}/requests.json").json()
    assert isinstance(body, list)
    assert len(body) == 1
    request = body[0]
    assert list(request) == REQUEST_FIELDS
    assert request["service_request_id"] == posted["service_request_id"]
    assert isinstance(request["service_request_id"], str)
    assert isinstance(request["lat"], float)
    assert isinstance(request["long"], float)
    assert request["agency_responsible"] == "Trung tâm Giám sát, điều hành đô thị thông minh"
    assert request["status_notes"] is None
    assert OFFSET.match(request["requested_datetime"])
    with db.reading() as session:
        case = session.get(CaseRow, posted["service_request_id"])
        assert case is not None
        assert case.due_at is not None
        due = case.due_at
    assert datetime.fromisoformat(request["expected_datetime"]) == due


@pytest.mark.parametrize("status", list(Status))
def test_status_mapping_and_status_notes(client: TestClient, db: Database, status: Status) -> None:
    case_id = new_request(client)["service_request_id"]
    note = "Đã thu gom rác, cảm ơn bạn." if status in OPEN311_CLOSED else None
    department = None if status in (Status.NEW, Status.RETURNED) else "HEPCO"
    move_case(db, case_id, status=status.value, department=department, public_text=note)
    request = client.get(f"{BASE}/requests/{case_id}.json").json()[0]
    assert request["status"] == ("closed" if status in (Status.RESOLVED, Status.CLOSED) else "open")
    assert request["status_notes"] == note


def test_status_notes_come_from_a_real_reply(client: TestClient, db: Database) -> None:
    """The department's public reply, applied through the department API, is status_notes."""
    from tests.support.people import add_person, sign_in

    case_id = new_request(client)["service_request_id"]
    coordinator = sign_in(client, add_person(db, "coordinator"))
    clerk = sign_in(client, add_person(db, "clerk", "HEPCO"))

    def act(headers: dict[str, str], kind: str, payload: dict[str, str]) -> None:
        version = client.get(f"/api/v1/cases/{case_id}", headers=headers).json()["version"]
        answer = client.post(
            "/api/v1/actions",
            headers=headers,
            json={
                "actions": [
                    {
                        "action_id": str(uuid.uuid4()),
                        "case_id": case_id,
                        "kind": kind,
                        "payload": payload,
                        "base": {"version": version},
                    }
                ]
            },
        )
        assert answer.status_code == 200, answer.text
        assert answer.json()["results"][0]["outcome"] == "applied", answer.text

    act(coordinator, "reassign", {"to": "HEPCO", "reason": "Thuộc thẩm quyền"})
    act(clerk, "accept", {})
    act(clerk, "note", {"text": "Nội bộ: gọi đội thu gom số 3"})
    act(clerk, "reply", {"text": "Đã thu gom rác tại 12 Lê Lợi."})
    request = client.get(f"{BASE}/requests/{case_id}.json").json()[0]
    assert request["status"] == "closed"
    assert request["status_notes"] == "Đã thu gom rác tại 12 Lê Lợi."
    assert "Nội bộ" not in client.get(f"{BASE}/requests/{case_id}.xml").text


def test_no_personal_data_in_any_answer(client: TestClient, db: Database) -> None:
    posted = new_request(client, consent_share_identity="true")
    case_id, token = posted["service_request_id"], posted["token"]
    move_case(db, case_id, status="resolved", department="HEPCO", public_text="Đã xử lý.")
    paths = [
        f"requests/{case_id}",
        "requests",
        f"tokens/{token}",
        "servicerequestupdates",
        "services",
    ]
    for path in paths:
        for fmt in ("xml", "json"):
            answer = client.get(f"{BASE}/{path}.{fmt}")
            assert answer.status_code == 200
            for personal in PERSONAL:
                assert personal not in answer.text, (path, personal)
    for fmt in ("xml", "json"):
        answer = client.get(f"{BASE}/requests.{fmt}")
        assert token not in answer.text


@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_single_request_and_unknown_id(client: TestClient, fmt: str) -> None:
    case_id = new_request(client)["service_request_id"]
    answer = client.get(f"{BASE}/requests/{case_id}.{fmt}")
    assert answer.status_code == 200
    if fmt == "xml":
        root = xml_root(answer)
        assert root.tag == "service_requests"
        assert children(root) == ["request"]
    else:
        assert [r["service_request_id"] for r in answer.json()] == [case_id]
    missing = client.get(f"{BASE}/requests/PA-9999999.{fmt}")
    assert missing.status_code == 404
    assert error_of(missing, fmt)[0] == 404


@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_tokens(client: TestClient, fmt: str) -> None:
    posted = new_request(client)
    answer = client.get(f"{BASE}/tokens/{posted['token']}.{fmt}")
    assert answer.status_code == 200
    if fmt == "xml":
        root = xml_root(answer)
        assert root.tag == "service_requests"
        assert children(root[0]) == ["service_request_id", "token"]
        assert root[0].findtext("service_request_id") == posted["service_request_id"]
        assert root[0].findtext("token") == posted["token"]
    else:
        assert answer.json() == [
            {"service_request_id": posted["service_request_id"], "token": posted["token"]}
        ]
    missing = client.get(f"{BASE}/tokens/not-a-token.{fmt}")
    assert missing.status_code == 404
    assert error_of(missing, fmt)[0] == 404


def test_service_request_id_list_ignores_other_filters(client: TestClient, db: Database) -> None:
    first = new_request(client)["service_request_id"]
    second = new_request(client, service_code="HTGT")["service_request_id"]
    old = reported(db, utcnow() - timedelta(days=400))
    new_request(client)
    query = f"service_request_id={first},{old}, {second}&service_code=TTXD&status=closed"
    assert sorted(ids(client, query)) == sorted([first, second, old])
    assert ids(client, "service_request_id=PA-9999999") == []


def test_service_code_and_status_filters(client: TestClient, db: Database) -> None:
    sanitation = new_request(client)["service_request_id"]
    transport = new_request(client, service_code="HTGT")["service_request_id"]
    construction = new_request(client, service_code="TTXD")["service_request_id"]
    move_case(db, transport, status="resolved", department="SGTVT", public_text="Đã vá.")
    assert ids(client, "service_code=VSMT") == [sanitation]
    assert sorted(ids(client, "service_code=VSMT,HTGT")) == sorted([sanitation, transport])
    assert ids(client, "status=closed") == [transport]
    assert sorted(ids(client, "status=open")) == sorted([sanitation, construction])
    assert len(ids(client, "status=open,closed")) == 3
    assert ids(client, "status=open&service_code=HTGT") == []
    answer = client.get(f"{BASE}/requests.xml?status=pending")
    assert answer.status_code == 400
    assert "status" in error_of(answer, "xml")[1]


def test_date_filters(client: TestClient, db: Database) -> None:
    now = utcnow()
    recent = reported(db, now - timedelta(days=2))
    month_old = reported(db, now - timedelta(days=30))
    too_old = reported(db, now - timedelta(days=100))
    # Without dates: the last 90 days, most recent first.
    assert ids(client) == [recent, month_old]
    day = (now - timedelta(days=31)).strftime("%Y-%m-%dT%H:%M:%S+07:00")
    assert ids(client, f"start_date={day.replace('+', '%2B')}") == [recent, month_old]
    # An unescaped "+" in the offset arrives as a space and is still understood.
    assert ids(client, f"start_date={day}") == [recent, month_old]
    start = (now - timedelta(days=120)).isoformat()
    end = (now - timedelta(days=40)).isoformat()
    assert ids(client, f"start_date={start}&end_date={end}".replace("+", "%2B")) == [too_old]
    naive = (now + timedelta(hours=7) - timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%S")
    assert ids(client, f"start_date={naive}") == [recent]


@pytest.mark.parametrize(
    "query",
    [
        "start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z",
        "start_date=2026-06-01T00:00:00Z&end_date=2026-05-01T00:00:00Z",
        "start_date=yesterday",
        "end_date=2026-13-01",
        "updated_after=2026-01-01&updated_before=2026-12-01",
        "updated_after=soon",
        "page_size=0",
        "page_size=1001",
        "page_size=ten",
        "page=0",
        "page=-1",
        "page=99999999999999999999",
        "status=open,lost",
    ],
)
@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_bad_filters_are_400(client: TestClient, query: str, fmt: str) -> None:
    answer = client.get(f"{BASE}/requests.{fmt}?{query}")
    assert answer.status_code == 400, answer.text
    assert error_of(answer, fmt)[0] == 400


def test_span_of_exactly_the_maximum_is_allowed(client: TestClient) -> None:
    query = "start_date=2026-01-01T00:00:00Z&end_date=2026-04-01T00:00:00Z"  # 90 days
    assert client.get(f"{BASE}/requests.json?{query}").status_code == 200


def test_updated_filters(client: TestClient, db: Database) -> None:
    now = utcnow()
    stale = reported(db, now - timedelta(days=200))
    touched = reported(db, now - timedelta(days=200))
    move_case(db, touched, status="in_progress", department="HEPCO", at=now - timedelta(hours=1))
    fresh = reported(db, now - timedelta(days=1))
    after = (now - timedelta(days=2)).isoformat().replace("+", "%2B")
    # updated_after alone replaces the default 90-day window on requested_datetime.
    assert ids(client, f"updated_after={after}") == [fresh, touched]
    before = (now - timedelta(hours=2)).isoformat().replace("+", "%2B")
    assert ids(client, f"updated_after={after}&updated_before={before}") == [fresh]
    assert stale not in ids(client, f"updated_after={after}")


def test_paging(client: TestClient, db: Database) -> None:
    now = utcnow()
    made = [reported(db, now - timedelta(hours=hours)) for hours in range(1, 8)]
    assert ids(client, "page_size=3") == made[:3]
    assert ids(client, "page_size=3&page=2") == made[3:6]
    assert ids(client, "page_size=3&page=3") == made[6:]
    assert ids(client, "page_size=3&page=4") == []
    assert ids(client, "page=1") == made


def test_empty_parameters_mean_absent(client: TestClient, db: Database) -> None:
    reported(db, utcnow() - timedelta(days=1))
    reported(db, utcnow() - timedelta(days=2), category="HTGT")
    plain = client.get(f"{BASE}/requests.json").json()
    blank = client.get(
        f"{BASE}/requests.json?service_request_id=&service_code=&status=&start_date=&end_date="
        "&updated_after=&updated_before=&page=&page_size=&jurisdiction_id="
    ).json()
    assert len(plain) == 2
    assert blank == plain


def test_page_size_cap_is_1000(client: TestClient, db: Database) -> None:
    with db.writing() as session:
        when = utcnow() - timedelta(hours=1)
        for _ in range(1003):
            create_case(session, Report(category="VSMT", description="x", reported_at=when))
    assert len(ids(client)) == 1000
    assert len(ids(client, "page=2")) == 3


QUERIES = {
    "default": {},
    "codes": {"service_code": "VSMT,HTGT"},
    "status": {"status": "open"},
    "dates": {"start_date": "2026-10-01T00:00:00Z", "end_date": "2026-11-01T00:00:00Z"},
    "updated": {"updated_after": "2026-10-01T00:00:00Z"},
    "ids": {"service_request_id": "PA-0000001,PA-0000002"},
}


@pytest.mark.parametrize("name", list(QUERIES))
def test_requests_queries_use_indexes(sqlite_url: str, name: str) -> None:
    """No filter makes SQLite read the whole cases table."""
    filters: dict[str, Any] = QUERIES[name]
    query = requests_query(max_days=90, **filters)
    database = Database(sqlite_url)
    try:
        with database.reading() as session:
            compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
            plan = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    finally:
        database.dispose()
    steps = [str(row[-1]) for row in plan]
    assert any("INDEX" in step for step in steps), steps
    assert not any(re.fullmatch(r"SCAN cases", step) for step in steps), steps
