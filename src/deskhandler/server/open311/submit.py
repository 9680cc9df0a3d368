"""POST requests: a citizen's report, checked whole before anything is stored.

Every field is validated first (location, sizes, the service definition's attributes);
only then is the case created, with its first timeline entry, in one write transaction.
"""

from __future__ import annotations

import re
import secrets
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from deskhandler.domain.text import nfc
from deskhandler.server.api.deps import DbDep, SettingsDep
from deskhandler.server.intake import Report, create_case
from deskhandler.server.models import CategoryRow
from deskhandler.server.open311.formats import check_format, render
from deskhandler.server.open311.params import (
    Form,
    bad,
    check_jurisdiction,
    check_key,
    parse_datetime,
    parse_number,
    read_form,
)
from deskhandler.server.open311.requests import service_notice
from deskhandler.server.open311.services import ordered_attributes

router = APIRouter()

MAX_DESCRIPTION = 4000
#: Longest value of the other text fields (their columns' sizes).
LIMITS = {
    "address_string": 500,
    "address_id": 200,
    "email": 200,
    "first_name": 100,
    "last_name": 100,
    "phone": 64,
    "device_id": 200,
    "account_id": 200,
    "media_url": 1000,
}
_ATTRIBUTE = re.compile(r"^attribute\[([^\[\]]+)\](\[\])?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}

#: The form fields, for the OpenAPI document (the body is parsed by hand, with limits).
_FORM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["service_code"],
    "properties": {
        "api_key": {"type": "string"},
        "jurisdiction_id": {"type": "string"},
        "service_code": {"type": "string"},
        "lat": {"type": "number", "minimum": -90, "maximum": 90},
        "long": {"type": "number", "minimum": -180, "maximum": 180},
        "address_string": {"type": "string", "maxLength": 500},
        "address_id": {"type": "string", "maxLength": 200},
        "email": {"type": "string", "format": "email"},
        "device_id": {"type": "string"},
        "account_id": {"type": "string"},
        "first_name": {"type": "string"},
        "last_name": {"type": "string"},
        "phone": {"type": "string"},
        "description": {"type": "string", "maxLength": MAX_DESCRIPTION},
        "media_url": {"type": "string", "format": "uri"},
        "consent_share_identity": {
            "type": "boolean",
            "description": "Extension: the reporter lets the handling unit see who they are.",
        },
    },
    "additionalProperties": {
        "type": "string",
        "description": "attribute[code]=value, attribute[code][]=value for multivaluelist",
    },
}
_FORM_BODY = {"schema": _FORM_SCHEMA}
POST_OPENAPI: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/x-www-form-urlencoded": _FORM_BODY,
            "multipart/form-data": _FORM_BODY,
        },
    }
}


def text_field(form: Form, name: str, limit: int | None = None) -> str | None:
    value = form.get(name)
    if value is None:
        return None
    value = value.strip()
    limit = limit or LIMITS[name]
    if len(value) > limit:
        raise bad(f"{name} is longer than {limit} characters")
    return value


def flag(form: Form, name: str) -> bool:
    value = form.get(name)
    if value is None:
        return False
    value = value.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise bad(f"{name} must be true or false")


def location(form: Form) -> tuple[float | None, float | None]:
    lat, long = form.get("lat"), form.get("long")
    if (lat is None) != (long is None):
        raise bad("lat and long must be given together")
    if lat is None or long is None:
        return None, None
    return parse_number("lat", lat, -90, 90), parse_number("long", long, -180, 180)


def attributes(form: Form, category: CategoryRow) -> dict[str, Any]:
    """``attribute[code]`` values checked against the service definition."""
    given: dict[str, list[str]] = {}
    for name, value in form.items:
        if not name.startswith("attribute"):
            continue
        match = _ATTRIBUTE.match(name)
        if match is None:
            raise bad(f"{name} is not attribute[code] or attribute[code][]")
        if value.strip():
            given.setdefault(match.group(1), []).append(value.strip())
    definition = {a["code"]: a for a in ordered_attributes(category) if a.get("variable", True)}
    unknown = sorted(set(given) - set(definition))
    if unknown:
        raise bad(f"service {category.code} has no attribute {', '.join(unknown)}")
    values: dict[str, Any] = {}
    for code, attribute in definition.items():
        answers = given.get(code, [])
        if not answers:
            if attribute.get("required"):
                raise bad(f"attribute[{code}] is required for service {category.code}")
            continue
        values[code] = _attribute_value(code, attribute, answers)
    return values


def _attribute_value(code: str, attribute: dict[str, Any], answers: list[str]) -> Any:
    datatype = attribute.get("datatype", "string")
    keys = {str(v["key"]) for v in attribute.get("values", [])}
    if datatype == "multivaluelist":
        for answer in answers:
            if answer not in keys:
                raise bad(f"attribute[{code}] has no value {answer!r}")
        return list(dict.fromkeys(answers))
    if len(set(answers)) > 1:
        raise bad(f"attribute[{code}] takes one value")
    answer = answers[0]
    if datatype == "singlevaluelist":
        if answer not in keys:
            raise bad(f"attribute[{code}] has no value {answer!r}")
        return answer
    if datatype == "number":
        number = parse_number(f"attribute[{code}]", answer, -1e12, 1e12)
        return int(number) if number.is_integer() else number
    if datatype == "datetime":
        return parse_datetime(f"attribute[{code}]", answer).isoformat()
    limit = MAX_DESCRIPTION if datatype == "text" else 1000
    if len(answer) > limit:
        raise bad(f"attribute[{code}] is longer than {limit} characters")
    return answer


def check_media_url(url: str | None) -> str | None:
    if url is not None and not re.match(r"^https?://[^\s/]+\S*$", url):
        raise bad("media_url must be an http or https URL")
    return url


def check_email(email: str | None) -> str | None:
    if email is not None and not _EMAIL.match(email):
        raise bad("email is not an e-mail address")
    return email


@router.post(
    "/requests.{format}",
    summary="Open311 create a service request",
    operation_id="open311_post_request",
    openapi_extra=POST_OPENAPI,
    description=(
        "Form-encoded, as the spec says.  Needs lat+long, address_string or address_id.  "
        "Extension: consent_share_identity=true lets the handling unit see the reporter's "
        "name, phone and e-mail.  Needs api_key once an administrator has created keys."
    ),
)
async def post_request(request: Request, db: DbDep, settings: SettingsDep, format: str) -> Response:
    fmt = check_format(format)
    form = await read_form(request, settings)
    check_jurisdiction(settings, form.get("jurisdiction_id"))
    with db.reading() as session:
        check_key(session, form.get("api_key"), "create_request")
        code = form.get("service_code")
        if code is None:
            raise bad("service_code is required")
        category = session.get(CategoryRow, code.strip())
        if category is None or not category.active:
            raise bad(f"service_code {code.strip()!r} is not a service of this jurisdiction")
        notice = service_notice(category)
    description = nfc(form.get("description") or "")
    if len(description) > MAX_DESCRIPTION:
        raise bad(f"description is longer than {MAX_DESCRIPTION} characters")
    lat, long = location(form)
    address = text_field(form, "address_string")
    address_id = text_field(form, "address_id")
    if lat is None and address is None and address_id is None:
        raise bad("a location is required: lat and long, address_string or address_id")
    names = [text_field(form, "first_name"), text_field(form, "last_name")]
    token = secrets.token_urlsafe(24)
    report = Report(
        category=category.code,
        description=description.strip(),
        address=address,
        lat=lat,
        long=long,
        reporter_name=" ".join(n for n in names if n) or None,
        reporter_phone=text_field(form, "phone"),
        reporter_email=check_email(text_field(form, "email")),
        reporter_consent=flag(form, "consent_share_identity"),
        device_id=text_field(form, "device_id"),
        account_id=text_field(form, "account_id"),
        media_url=check_media_url(text_field(form, "media_url")),
        attributes=attributes(form, category),
        open311_token=token,
        client="open311",
    )
    with db.writing() as session:
        case = create_case(session, report)
        case.address_id = address_id
        case_id = case.id
    answer = {
        "service_request_id": case_id,
        "token": token,
        "service_notice": notice,
        "account_id": None,
    }
    return render(fmt, [answer], root="service_requests")
