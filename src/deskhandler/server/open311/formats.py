"""Open311 answers in XML (required by the spec) and JSON, from one plain-data shape.

Every answer is built as plain Python data first: a list of ``dict`` rows (the spec's bare
arrays) or one ``dict`` (discovery, a service definition).  XML wraps rows in the spec's
element names; JSON is the same data as it is.  Datetimes are rendered in Vietnam's time
(``+07:00``, no daylight saving), always with their offset.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from fastapi.responses import Response

from deskhandler.server.errors import APIError

#: The jurisdiction's local time: Vietnam, UTC+7 all year.
LOCAL_TZ = timezone(timedelta(hours=7), "ICT")

FORMATS = ("xml", "json")
XML_MEDIA_TYPE = "text/xml; charset=utf-8"
JSON_MEDIA_TYPE = "application/json; charset=utf-8"
XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n'

#: How the items of a nested list are named in XML (``<attributes><attribute>``...).
_ITEM_NAMES = {
    "attributes": "attribute",
    "values": "value",
    "endpoints": "endpoint",
    "formats": "format",
}

#: Characters XML 1.0 cannot carry at all; citizens' text may contain them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def check_format(format: str) -> str:
    """``xml`` or ``json``; anything else is a 404 (in XML, since no format was understood)."""
    if format not in FORMATS:
        raise APIError(404, "not_found", f"unknown format {format!r}: use .xml or .json")
    return format


def local_iso(moment: datetime | None) -> str | None:
    """ISO 8601 with the +07:00 offset, to the second."""
    if moment is None:
        return None
    return moment.astimezone(LOCAL_TZ).isoformat(timespec="seconds")


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _NOT_XML.sub("\ufffd", str(value))


def _fill(element: ET.Element, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, Mapping):
        for key, child in value.items():
            _fill(ET.SubElement(element, key), child)
    elif isinstance(value, list | tuple):
        item = _ITEM_NAMES.get(element.tag, "item")
        for child in value:
            _fill(ET.SubElement(element, item), child)
    else:
        element.text = _text(value)


def to_xml(root: str, data: Mapping[str, Any] | Sequence[Mapping[str, Any]], item: str) -> str:
    """``data`` as an XML document: one ``<item>`` per row under ``<root>``, or the mapping."""
    element = ET.Element(root)
    if isinstance(data, Mapping):
        _fill(element, data)
    else:
        for row in data:
            _fill(ET.SubElement(element, item), row)
    return XML_DECLARATION + ET.tostring(element, encoding="unicode")


def render(
    format: str,
    data: Mapping[str, Any] | Sequence[Mapping[str, Any]],
    *,
    root: str,
    item: str = "request",
    status_code: int = 200,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """The answer in the format the path asked for."""
    if format == "json":
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return Response(body, status_code, headers, media_type=JSON_MEDIA_TYPE)
    return Response(to_xml(root, data, item), status_code, headers, media_type=XML_MEDIA_TYPE)
