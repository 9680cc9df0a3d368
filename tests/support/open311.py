"""Helpers for the Open311 tests: posting reports, reading XML answers, moving cases on."""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from datetime import datetime
from typing import Any

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from deskhandler.server import feed
from deskhandler.server.db import Database
from deskhandler.server.models import CaseRow, TimelineRow, utcnow

BASE = "/open311/v2"
DECLARATION = '<?xml version="1.0" encoding="utf-8"?>'

#: GET requests fields in the order of the GeoReport v2 specification.
REQUEST_FIELDS = [
    "service_request_id",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "service_notice",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "address",
    "address_id",
    "zipcode",
    "lat",
    "long",
    "media_url",
]

#: A citizen's report as a Hue-S-like app would send it.
REPORT: dict[str, str] = {
    "service_code": "VSMT",
    "lat": "16.4637",
    "long": "107.5909",
    "address_string": "12 Lê Lợi, phường Phú Hội, Huế",
    "description": "Rác thải tồn đọng nhiều ngày trước số 12 Lê Lợi, bốc mùi.",
    "email": "hoa.nguyen@example.vn",
    "first_name": "Thị Hoa",
    "last_name": "Nguyễn",
    "phone": "0905123456",
    "device_id": "device-7f3a9c",
    "account_id": "account-hoa-42",
    "media_url": "https://cdn.example.vn/photos/ra-thai.jpg",
}

#: What a reporter gave that no Open311 answer may show.
PERSONAL = [
    "hoa.nguyen@example.vn",
    "Thị Hoa",
    "Nguyễn",
    "0905123456",
    "device-7f3a9c",
    "account-hoa-42",
]


def xml_root(response: httpx.Response) -> ET.Element:
    """The parsed XML answer, after checking its declaration and media type."""
    assert response.headers["content-type"].startswith("text/xml"), response.headers
    assert response.text.startswith(DECLARATION + "\n"), response.text[:80]
    return ET.fromstring(response.content)


def children(element: ET.Element) -> list[str]:
    return [child.tag for child in element]


def error_of(response: httpx.Response, fmt: str) -> tuple[int, str]:
    """``(code, description)`` of an Open311 error answer, checking its shape."""
    if fmt == "json":
        body = response.json()
        assert isinstance(body, list), body
        assert len(body) == 1, body
        assert set(body[0]) == {"code", "description"}, body
        return int(body[0]["code"]), str(body[0]["description"])
    root = xml_root(response)
    assert root.tag == "errors"
    assert children(root) == ["error"]
    assert children(root[0]) == ["code", "description"]
    return int(root[0].findtext("code") or 0), root[0].findtext("description") or ""


def post_report(client: TestClient, fmt: str = "json", /, **fields: str | None) -> httpx.Response:
    data = {**REPORT, **fields}
    answer: httpx.Response = client.post(
        f"{BASE}/requests.{fmt}", data={k: v for k, v in data.items() if v is not None}
    )
    return answer


def new_request(client: TestClient, **fields: str | None) -> dict[str, Any]:
    answer = post_report(client, **fields)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()[0]
    return body


def case_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(CaseRow)) or 0


def move_case(
    db: Database,
    case_id: str,
    *,
    status: str,
    department: str | None = None,
    public_text: str | None = None,
    at: datetime | None = None,
) -> None:
    """Stand in for a unit's work: set the state and, with text, add a public entry."""
    now = at or utcnow()
    with db.writing() as session:
        case = session.get(CaseRow, case_id)
        assert case is not None
        case.status = status
        case.department = department
        case.version += 1
        case.workflow_version = case.version
        case.updated_at = now
        if public_text is not None:
            case.public_text = public_text
        session.add(
            TimelineRow(
                case_id=case_id,
                action_id=str(uuid.uuid4()),
                kind="reply" if public_text is not None else "accept",
                actor="clerk",
                actor_role="clerk",
                at=now,
                payload={"text": public_text} if public_text is not None else {},
                public=public_text is not None,
                status_after=status,
            )
        )
        feed.mark_changed(session, case_id)
