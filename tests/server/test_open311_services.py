"""Open311 conformance: discovery, services, service definitions, formats and errors."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from deskhandler.server.app import create_app
from deskhandler.server.db import Database
from deskhandler.server.models import CategoryRow
from deskhandler.server.reference import CATEGORIES
from deskhandler.server.settings import Settings
from tests.support.open311 import BASE, children, error_of, xml_root

SERVICE_FIELDS = [
    "service_code",
    "service_name",
    "description",
    "metadata",
    "type",
    "keywords",
    "group",
]
ATTRIBUTE_FIELDS = [
    "variable",
    "code",
    "datatype",
    "required",
    "datatype_description",
    "order",
    "description",
]
WITH_ATTRIBUTES = {code for code, *_, attrs in CATEGORIES if attrs}


@pytest.fixture
def api(sqlite_url: str, settings: Settings) -> Iterator[TestClient]:
    """The real app over SQLite: these answers come from reference data only."""
    db = Database(sqlite_url)
    with TestClient(create_app(db, settings.model_copy(update={"db": sqlite_url}))) as client:
        yield client
    db.dispose()


def test_discovery_xml_lists_this_endpoint(api: TestClient) -> None:
    root = xml_root(api.get(f"{BASE}/discovery.xml"))
    assert root.tag == "discovery"
    assert children(root) == ["changeset", "contact", "key_service", "endpoints"]
    endpoint = root.find("endpoints/endpoint")
    assert endpoint is not None
    assert children(endpoint) == ["specification", "url", "changeset", "type", "formats"]
    assert endpoint.findtext("specification") == "http://wiki.open311.org/GeoReport_v2"
    assert endpoint.findtext("url") == "http://testserver/open311/v2/"
    assert [f.text for f in endpoint.iterfind("formats/format")] == [
        "text/xml",
        "application/json",
    ]


def test_discovery_json_has_the_same_content(api: TestClient) -> None:
    body = api.get(f"{BASE}/discovery.json").json()
    assert list(body) == ["changeset", "contact", "key_service", "endpoints"]
    assert body["endpoints"][0]["formats"] == ["text/xml", "application/json"]
    assert body["endpoints"][0]["url"] == "http://testserver/open311/v2/"
    assert body["changeset"].endswith("+07:00")


def test_services_xml_has_every_category_in_spec_order(api: TestClient) -> None:
    answer = api.get(f"{BASE}/services.xml")
    assert answer.status_code == 200
    root = xml_root(answer)
    assert root.tag == "services"
    assert set(children(root)) == {"service"}
    by_code = {s.findtext("service_code"): s for s in root}
    assert set(by_code) == {code for code, *_ in CATEGORIES}
    for code, name, *_ in CATEGORIES:
        service = by_code[code]
        assert children(service) == SERVICE_FIELDS
        assert service.findtext("service_name") == name
        assert service.findtext("type") == "realtime"
        assert service.findtext("metadata") == ("true" if code in WITH_ATTRIBUTES else "false")


def test_services_json_is_a_bare_array(api: TestClient) -> None:
    answer = api.get(f"{BASE}/services.json")
    assert answer.headers["content-type"].startswith("application/json")
    body = answer.json()
    assert isinstance(body, list)
    assert {s["service_code"] for s in body} == {code for code, *_ in CATEGORIES}
    for service in body:
        assert list(service) == SERVICE_FIELDS
        assert service["metadata"] is (service["service_code"] in WITH_ATTRIBUTES)
        assert service["group"]


def test_at_least_two_services_have_attributes() -> None:
    assert {"VSMT", "HTGT"} <= WITH_ATTRIBUTES


@pytest.mark.parametrize("code", ["VSMT", "HTGT"])
def test_service_definition_xml(api: TestClient, code: str) -> None:
    root = xml_root(api.get(f"{BASE}/services/{code}.xml"))
    assert root.tag == "service_definition"
    assert children(root) == ["service_code", "attributes"]
    assert root.findtext("service_code") == code
    attributes = root.findall("attributes/attribute")
    assert len(attributes) == 2
    assert [a.findtext("order") for a in attributes] == ["1", "2"]
    for attribute in attributes:
        tags = children(attribute)
        assert tags[: len(ATTRIBUTE_FIELDS)] == ATTRIBUTE_FIELDS
        assert attribute.findtext("variable") == "true"
        if attribute.findtext("datatype", "").endswith("valuelist"):
            assert tags[-1] == "values"
            for value in attribute.iterfind("values/value"):
                assert children(value) == ["key", "name"]
        else:
            assert "values" not in tags
    size = attributes[0]
    assert size.findtext("code") == "size"
    assert [v.findtext("key") for v in size.iterfind("values/value")] == [
        "small",
        "medium",
        "large",
    ]


def test_service_definition_json(api: TestClient) -> None:
    body = api.get(f"{BASE}/services/HTGT.json").json()
    assert body["service_code"] == "HTGT"
    lanes = body["attributes"][1]
    assert lanes["code"] == "lanes_blocked"
    assert lanes["datatype"] == "number"
    assert lanes["required"] is False
    assert lanes["variable"] is True
    assert "values" not in lanes
    assert body["attributes"][0]["values"][0] == {"key": "small", "name": "Nhỏ / Small"}


@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_unknown_service_definition_is_404(api: TestClient, fmt: str) -> None:
    answer = api.get(f"{BASE}/services/NOPE.{fmt}")
    assert answer.status_code == 404
    code, description = error_of(answer, fmt)
    assert code == 404
    assert "NOPE" in description


def test_inactive_category_is_no_service(sqlite_url: str, api: TestClient) -> None:
    db = Database(sqlite_url)
    with db.writing() as session:
        row = session.get(CategoryRow, "PCD")
        assert row is not None
        row.active = False
    db.dispose()
    codes = {s["service_code"] for s in api.get(f"{BASE}/services.json").json()}
    assert "PCD" not in codes
    assert api.get(f"{BASE}/services/PCD.json").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "discovery.html",
        "services.yaml",
        "services/VSMT.txt",
        "requests.csv",
        "requests/PA-0000001.rss",
        "tokens/abc.html",
        "servicerequestupdates.atom",
    ],
)
def test_unknown_format_is_404_in_xml(api: TestClient, path: str) -> None:
    answer = api.get(f"{BASE}/{path}")
    assert answer.status_code == 404
    code, description = error_of(answer, "xml")
    assert code == 404
    assert "format" in description


def test_unknown_format_on_post_is_404_and_stores_nothing(api: TestClient) -> None:
    answer = api.post(f"{BASE}/requests.html", data={"service_code": "VSMT", "lat": "16.4"})
    assert answer.status_code == 404
    assert error_of(answer, "xml")[0] == 404


@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_unknown_path_and_method_answer_in_open311_format(api: TestClient, fmt: str) -> None:
    missing = api.get(f"{BASE}/nothing-here.{fmt}")
    assert missing.status_code == 404
    assert error_of(missing, fmt)[0] == 404
    wrong_method = api.delete(f"{BASE}/services.{fmt}")
    assert wrong_method.status_code == 405
    assert error_of(wrong_method, fmt)[0] == 405


@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_jurisdiction_id(api: TestClient, fmt: str) -> None:
    assert api.get(f"{BASE}/services.{fmt}?jurisdiction_id=hue.gov.vn").status_code == 200
    assert api.get(f"{BASE}/services.{fmt}?jurisdiction_id=").status_code == 200
    other = api.get(f"{BASE}/services.{fmt}?jurisdiction_id=sf.gov")
    assert other.status_code == 404
    code, description = error_of(other, fmt)
    assert code == 404
    assert "jurisdiction_id" in description
    assert api.get(f"{BASE}/services/VSMT.{fmt}?jurisdiction_id=x").status_code == 404
    assert api.get(f"{BASE}/requests.{fmt}?jurisdiction_id=x").status_code == 404
    assert api.get(f"{BASE}/servicerequestupdates.{fmt}?jurisdiction_id=x").status_code == 404


def test_error_text_is_escaped_in_xml(api: TestClient) -> None:
    answer = api.get(f"{BASE}/services/%3Cb%3E%26%01.xml")
    assert answer.status_code == 404
    code, description = error_of(answer, "xml")
    assert code == 404
    assert "<b>&" in description
