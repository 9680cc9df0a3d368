"""Discovery, the service list and service definitions: the categories, as Open311 services."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select

from deskhandler.server.api.deps import DbDep, SettingsDep
from deskhandler.server.errors import APIError
from deskhandler.server.models import CategoryRow
from deskhandler.server.open311.formats import check_format, render
from deskhandler.server.open311.params import blank_to_none, check_jurisdiction

router = APIRouter()

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
#: When this endpoint's behaviour last changed (discovery's ``changeset``).
CHANGESET = "2026-11-23T00:00:00+07:00"
CONTACT = (
    "Trung tâm Giám sát, điều hành đô thị thông minh (IOC) tỉnh Thừa Thiên Huế; see docs/open311.md"
)
KEY_SERVICE = "API keys are issued by the IOC's administrators (deskhandler-server create-api-key)"

#: Attribute fields in the order of the spec's service definition.
_ATTRIBUTE_FIELDS = (
    "variable",
    "code",
    "datatype",
    "required",
    "datatype_description",
    "order",
    "description",
)


def service_to_open311(category: CategoryRow) -> dict[str, Any]:
    return {
        "service_code": category.code,
        "service_name": category.name,
        "description": category.description,
        "metadata": bool(category.attributes),
        "type": "realtime",
        "keywords": category.keywords,
        "group": category.group,
    }


def attribute_to_open311(attribute: dict[str, Any]) -> dict[str, Any]:
    shaped = {name: attribute.get(name) for name in _ATTRIBUTE_FIELDS}
    shaped["datatype_description"] = shaped["datatype_description"] or ""
    if attribute.get("datatype") in ("singlevaluelist", "multivaluelist"):
        shaped["values"] = [
            {"key": str(value["key"]), "name": value["name"]}
            for value in attribute.get("values", [])
        ]
    return shaped


def ordered_attributes(category: CategoryRow) -> list[dict[str, Any]]:
    return sorted(category.attributes or [], key=lambda a: (a.get("order", 0), a.get("code", "")))


@router.get("/discovery.{format}", summary="Open311 discovery", operation_id="open311_discovery")
def discovery(request: Request, format: str) -> Response:
    fmt = check_format(format)
    url = str(request.url_for("open311_services", format="xml")).removesuffix("services.xml")
    data = {
        "changeset": CHANGESET,
        "contact": CONTACT,
        "key_service": KEY_SERVICE,
        "endpoints": [
            {
                "specification": SPECIFICATION,
                "url": url,
                "changeset": CHANGESET,
                "type": "production",
                "formats": ["text/xml", "application/json"],
            }
        ],
    }
    return render(fmt, data, root="discovery")


@router.get(
    "/services.{format}",
    summary="Open311 service list",
    operation_id="open311_services",
    name="open311_services",
)
def services(
    db: DbDep, settings: SettingsDep, format: str, jurisdiction_id: str | None = None
) -> Response:
    fmt = check_format(format)
    check_jurisdiction(settings, blank_to_none(jurisdiction_id))
    with db.reading() as session:
        rows = session.scalars(
            select(CategoryRow).where(CategoryRow.active.is_(True)).order_by(CategoryRow.code)
        )
        data = [service_to_open311(row) for row in rows]
    return render(fmt, data, root="services", item="service")


@router.get(
    "/services/{service_code}.{format}",
    summary="Open311 service definition",
    operation_id="open311_service_definition",
)
def service_definition(
    db: DbDep,
    settings: SettingsDep,
    service_code: str,
    format: str,
    jurisdiction_id: str | None = None,
) -> Response:
    fmt = check_format(format)
    check_jurisdiction(settings, blank_to_none(jurisdiction_id))
    with db.reading() as session:
        category = session.get(CategoryRow, service_code)
        if category is None or not category.active:
            raise APIError(404, "not_found", f"service_code {service_code!r} was not found")
        data = {
            "service_code": category.code,
            "attributes": [attribute_to_open311(a) for a in ordered_attributes(category)],
        }
    return render(fmt, data, root="service_definition")
