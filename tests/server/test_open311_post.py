"""Open311 POST requests: what is stored, what is refused (and then nothing is stored)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from deskhandler.server.api_keys import any_api_keys, check_api_key, create_api_key
from deskhandler.server.db import Database
from deskhandler.server.models import ApiKeyRow, CaseRow, CategoryRow, TimelineRow, utcnow
from tests.support.open311 import (
    BASE,
    REPORT,
    case_count,
    children,
    error_of,
    post_report,
    xml_root,
)


def stored(db: Database, case_id: str) -> CaseRow:
    with db.reading() as session:
        case = session.get(CaseRow, case_id)
        assert case is not None
        return case


def refused(
    client: TestClient, db: Database, status: int, fmt: str = "json", **fields: str | None
) -> str:
    """Post a report that must be refused with ``status``; nothing may be stored."""
    before = case_count(db)
    answer = post_report(client, fmt, **fields)
    assert answer.status_code == status, answer.text
    code, description = error_of(answer, fmt)
    assert code == status
    assert case_count(db) == before
    return description


def test_post_json_answer_and_stored_case(client: TestClient, db: Database) -> None:
    answer = post_report(client, "json", **{"attribute[size]": "large"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert isinstance(body, list)
    assert len(body) == 1
    assert list(body[0]) == ["service_request_id", "token", "service_notice", "account_id"]
    request = body[0]
    assert isinstance(request["service_request_id"], str)
    assert request["token"]
    assert request["account_id"] is None
    assert "5" in request["service_notice"]
    case = stored(db, request["service_request_id"])
    assert case.status == "new"
    assert case.department is None
    assert case.category == "VSMT"
    assert case.description == REPORT["description"]
    assert case.address == REPORT["address_string"]
    assert (case.lat, case.long) == (16.4637, 107.5909)
    assert case.reporter_name == "Thị Hoa Nguyễn"
    assert case.reporter_email == REPORT["email"]
    assert case.reporter_phone == REPORT["phone"]
    assert case.device_id == REPORT["device_id"]
    assert case.account_id == REPORT["account_id"]
    assert case.media_url == REPORT["media_url"]
    assert case.reporter_consent is False
    assert case.attributes == {"size": "large"}
    assert case.open311_token == request["token"]
    assert case.feed_seq > 0
    with db.reading() as session:
        kinds = session.scalars(
            select(TimelineRow.kind).where(TimelineRow.case_id == case.id)
        ).all()
    assert kinds == ["report"]


def test_post_multipart_xml_answer(client: TestClient, db: Database) -> None:
    fields = {name: (None, value) for name, value in REPORT.items()}
    answer = client.post(f"{BASE}/requests.xml", files=fields)
    assert answer.status_code == 200, answer.text
    root = xml_root(answer)
    assert root.tag == "service_requests"
    assert children(root) == ["request"]
    request = root[0]
    assert children(request) == ["service_request_id", "token", "service_notice", "account_id"]
    assert request.findtext("account_id") in (None, "")
    case = stored(db, request.findtext("service_request_id") or "")
    assert case.open311_token == request.findtext("token")
    assert case.description == REPORT["description"]


@pytest.mark.parametrize(("value", "consent"), [("true", True), ("1", True), ("false", False)])
def test_consent_extension(client: TestClient, db: Database, value: str, consent: bool) -> None:
    answer = post_report(client, consent_share_identity=value)
    assert answer.status_code == 200
    assert stored(db, answer.json()[0]["service_request_id"]).reporter_consent is consent


def test_bad_consent_value_is_refused(client: TestClient, db: Database) -> None:
    assert "consent_share_identity" in refused(client, db, 400, consent_share_identity="maybe")


def test_location_alternatives(client: TestClient, db: Database) -> None:
    only_address = post_report(client, lat=None, long=None)
    assert only_address.status_code == 200
    case = stored(db, only_address.json()[0]["service_request_id"])
    assert (case.lat, case.long) == (None, None)
    only_id = post_report(client, lat=None, long=None, address_string=None, address_id="HUE-4411")
    assert only_id.status_code == 200
    assert stored(db, only_id.json()[0]["service_request_id"]).address_id == "HUE-4411"
    only_point = post_report(client, address_string=None)
    assert only_point.status_code == 200


def test_a_location_is_required(client: TestClient, db: Database) -> None:
    description = refused(client, db, 400, lat=None, long=None, address_string=None)
    assert "location" in description


@pytest.mark.parametrize(
    ("lat", "long"),
    [
        ("91", "107.5"),
        ("-90.0001", "107.5"),
        ("16.4", "180.5"),
        ("16.4", "-181"),
        ("north", "107.5"),
        ("16.4", "1e400"),
        ("nan", "107.5"),
        ("16.4", "inf"),
        ("16.4", None),
        (None, "107.5"),
    ],
)
def test_invalid_coordinates_are_refused(
    client: TestClient, db: Database, lat: str | None, long: str | None
) -> None:
    description = refused(client, db, 400, lat=lat, long=long)
    assert "lat" in description or "long" in description


def test_coordinate_limits_are_accepted(client: TestClient) -> None:
    assert post_report(client, lat="-90", long="180").status_code == 200
    assert post_report(client, lat="90", long="-180").status_code == 200


def test_description_of_4000_characters_is_the_limit(client: TestClient, db: Database) -> None:
    assert post_report(client, description="ư" * 4000).status_code == 200
    assert "4000" in refused(client, db, 400, description="ư" * 4001)


def test_decomposed_text_is_counted_composed(client: TestClient, db: Database) -> None:
    decomposed = "u\u031b" * 4000  # "ư" as two code points, as some keyboards send it
    answer = post_report(client, description=decomposed)
    assert answer.status_code == 200
    assert stored(db, answer.json()[0]["service_request_id"]).description == "ư" * 4000


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_ten_megabyte_description_is_refused(client: TestClient, db: Database, fmt: str) -> None:
    refused(client, db, 413, fmt, description="x" * (10 * 1024 * 1024))


def test_oversized_body_without_length_is_cut_off(client: TestClient, db: Database) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"service_code=VSMT&lat=16.4&long=107.5&description="
        for _ in range(160):
            yield b"x" * 65536

    answer = client.post(
        f"{BASE}/requests.json",
        content=chunks(),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert answer.status_code == 413
    assert error_of(answer, "json")[0] == 413
    assert case_count(db) == 0


def test_unknown_service_code_is_refused(client: TestClient, db: Database) -> None:
    assert "NOPE" in refused(client, db, 400, service_code="NOPE")


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_service_code_is_required(client: TestClient, db: Database, fmt: str) -> None:
    assert "service_code" in refused(client, db, 400, fmt, service_code=None)
    assert "service_code" in refused(client, db, 400, fmt, service_code="")


def test_empty_parameters_are_absent(client: TestClient, db: Database) -> None:
    answer = post_report(
        client, lat="", long="", email="", phone="", media_url="", consent_share_identity=""
    )
    assert answer.status_code == 200, answer.text
    case = stored(db, answer.json()[0]["service_request_id"])
    assert (case.lat, case.long, case.reporter_email, case.reporter_phone) == (
        None,
        None,
        None,
        None,
    )
    assert case.media_url is None
    assert case.reporter_consent is False


def test_repeated_field_with_two_values_is_refused(client: TestClient, db: Database) -> None:
    before = case_count(db)
    answer = client.post(
        f"{BASE}/requests.json",
        content=b"service_code=VSMT&lat=16.4&long=107.5&description=a&description=b",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert answer.status_code == 400
    assert "description" in error_of(answer, "json")[1]
    assert case_count(db) == before


@pytest.mark.parametrize(
    ("fields", "word"),
    [
        ({"email": "not-an-address"}, "email"),
        ({"media_url": "javascript:alert(1)"}, "media_url"),
        ({"phone": "0" * 65}, "phone"),
        ({"address_string": "a" * 501}, "address_string"),
        ({"device_id": "d" * 201}, "device_id"),
    ],
)
def test_bad_contact_fields_are_refused(
    client: TestClient, db: Database, fields: dict[str, str], word: str
) -> None:
    assert word in refused(client, db, 400, **fields)


def test_attributes_follow_the_service_definition(client: TestClient, db: Database) -> None:
    answer = client.post(
        f"{BASE}/requests.json",
        data={
            **REPORT,
            "service_code": "VSMT",
            "attribute[size]": "small",
            "attribute[waste_type][]": ["household", "hazardous"],
        },
    )
    assert answer.status_code == 200, answer.text
    case = stored(db, answer.json()[0]["service_request_id"])
    assert case.attributes == {"size": "small", "waste_type": ["household", "hazardous"]}
    number = post_report(client, service_code="HTGT", **{"attribute[lanes_blocked]": "2"})
    assert number.status_code == 200
    assert stored(db, number.json()[0]["service_request_id"]).attributes == {"lanes_blocked": 2}


@pytest.mark.parametrize(
    ("service", "name", "value"),
    [
        ("VSMT", "attribute[size]", "enormous"),
        ("VSMT", "attribute[waste_type][]", "nuclear"),
        ("VSMT", "attribute[colour]", "red"),
        ("VSMT", "attribute[", "x"),
        ("HTGT", "attribute[lanes_blocked]", "two"),
        ("TTXD", "attribute[size]", "small"),
    ],
)
def test_bad_attributes_are_refused(
    client: TestClient, db: Database, service: str, name: str, value: str
) -> None:
    assert "attribute" in refused(client, db, 400, service_code=service, **{name: value})


def test_required_attribute(client: TestClient, db: Database) -> None:
    with db.writing() as session:
        category = session.get(CategoryRow, "HTGT")
        assert category is not None
        attributes = [dict(a) for a in category.attributes]
        attributes[0]["required"] = True
        category.attributes = attributes
    assert "attribute[size]" in refused(client, db, 400, service_code="HTGT")
    answer = post_report(client, service_code="HTGT", **{"attribute[size]": "medium"})
    assert answer.status_code == 200


def test_non_form_bodies_are_refused(client: TestClient, db: Database) -> None:
    for content, kind in [
        (b'{"service_code": "VSMT", "lat": 16.4, "long": 107.5}', "application/json"),
        (b"{not json", "application/json"),
        (b"service_code=VSMT", "text/plain"),
    ]:
        answer = client.post(
            f"{BASE}/requests.json", content=content, headers={"content-type": kind}
        )
        assert answer.status_code == 415, answer.text
        assert error_of(answer, "json")[0] == 415
    assert case_count(db) == 0


def test_malformed_multipart_is_refused(client: TestClient, db: Database) -> None:
    answer = client.post(
        f"{BASE}/requests.xml",
        content=b"--zzz\r\nContent-Disposition: form-data\r\n\r\nVSMT\r\n--zzz--\r\n",
        headers={"content-type": "multipart/form-data; boundary=zzz"},
    )
    assert 400 <= answer.status_code < 500
    assert error_of(answer, "xml")[0] == answer.status_code
    assert case_count(db) == 0


def test_file_uploads_are_refused(client: TestClient, db: Database) -> None:
    answer = client.post(
        f"{BASE}/requests.json",
        data=REPORT,
        files={"media": ("photo.jpg", b"\xff\xd8\xff\xe0 not much of a photo", "image/jpeg")},
    )
    assert answer.status_code == 400
    assert error_of(answer, "json")[0] == 400
    assert case_count(db) == 0


def test_too_many_fields_are_refused(client: TestClient, db: Database) -> None:
    body = "&".join(f"x{i}=1" for i in range(500)) + "&service_code=VSMT&lat=16&long=107"
    answer = client.post(
        f"{BASE}/requests.json",
        content=body.encode(),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert answer.status_code == 400
    assert case_count(db) == 0


def test_jurisdiction_on_post(client: TestClient, db: Database) -> None:
    assert post_report(client, jurisdiction_id="hue.gov.vn").status_code == 200
    refused(client, db, 404, jurisdiction_id="danang.gov.vn")


@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_api_keys_close_intake_once_created(client: TestClient, db: Database, fmt: str) -> None:
    assert post_report(client, fmt).status_code == 200  # no keys yet: open, for pilots
    with db.writing() as session:
        key = create_api_key(session, "Hue-S app")
    for wrong in (None, "", "not-the-key"):
        description = refused(client, db, 403, fmt, api_key=wrong)
        assert description == "Invalid api_key received -- can't proceed with create_request."
    assert post_report(client, fmt, api_key=key).status_code == 200


def test_api_keys_are_stored_hashed_and_revocation_keeps_intake_closed(
    client: TestClient, db: Database
) -> None:
    with db.writing() as session:
        assert not any_api_keys(session)
        key = create_api_key(session, "FixMyStreet")
    with db.reading() as session:
        row = session.scalars(select(ApiKeyRow)).one()
        assert key not in row.key_hash
        assert row.name == "FixMyStreet"
        assert check_api_key(session, key)
        assert not check_api_key(session, key + "x")
    with db.writing() as session:
        session.scalars(select(ApiKeyRow)).one().revoked_at = utcnow()
    with db.reading() as session:
        assert any_api_keys(session)
        assert not check_api_key(session, key)
    refused(client, db, 403, api_key=key)
