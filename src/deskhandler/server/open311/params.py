"""Reading Open311 parameters: bounded form bodies, blanks, numbers, dates, keys.

The spec's rule that an empty parameter means the same as an absent one is applied here,
once, for query strings and forms alike.
"""

from __future__ import annotations

import math
import re
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from datetime import datetime, timedelta

from fastapi import Request
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile
from starlette.formparsers import FormParser, MultiPartException, MultiPartParser

from deskhandler.server.api_keys import any_api_keys, check_api_key
from deskhandler.server.errors import APIError
from deskhandler.server.open311.formats import LOCAL_TZ
from deskhandler.server.settings import Settings

#: More fields than any honest report needs (the spec's fields plus its attributes).
MAX_FORM_FIELDS = 200

_PLUS_AS_SPACE = re.compile(r"(T\d\d:\d\d(?::\d\d(?:\.\d+)?)?) (\d\d:?\d\d)$")

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def bad(description: str) -> APIError:
    return APIError(400, "bad_request", description)


class _TooLarge(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Form:
    """A form's fields; each name may repeat (``attribute[code][]``)."""

    items: list[tuple[str, str]]

    def values(self, name: str) -> list[str]:
        return [value for key, value in self.items if key == name and value.strip()]

    def get(self, name: str) -> str | None:
        """The one non-blank value of ``name``, or None; two different values are refused."""
        values = self.values(name)
        if len(set(values)) > 1:
            raise bad(f"{name} was given more than once")
        return values[0] if values else None

    def names(self) -> set[str]:
        return {key for key, _ in self.items}


async def read_form(request: Request, settings: Settings) -> Form:
    """The request's form, refusing other bodies, files and anything over the size limit."""
    kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if kind not in FORM_TYPES:
        raise APIError(
            415,
            "unsupported_media_type",
            "send the fields as application/x-www-form-urlencoded or multipart/form-data",
        )
    limit = settings.max_form_bytes
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)

    async def bounded() -> AsyncGenerator[bytes, None]:
        seen = 0
        async for chunk in request.stream():
            seen += len(chunk)
            if seen > limit:
                raise _TooLarge
            yield chunk

    try:
        if kind == "multipart/form-data":
            parsed = await MultiPartParser(
                request.headers,
                bounded(),
                max_files=0,
                max_fields=MAX_FORM_FIELDS,
                max_part_size=limit,
            ).parse()
        else:
            parsed = await FormParser(
                request.headers, bounded(), max_fields=MAX_FORM_FIELDS, max_part_size=limit
            ).parse()
    except _TooLarge:
        raise _too_large(limit) from None
    except MultiPartException as exc:
        raise bad(f"the form could not be read: {exc.message}") from None
    items: list[tuple[str, str]] = []
    for key, value in parsed.multi_items():
        if isinstance(value, UploadFile):  # pragma: no cover - max_files=0 refuses files
            raise bad("files are not accepted: give media_url instead")
        items.append((key, value))
    return Form(items)


def _too_large(limit: int) -> APIError:
    return APIError(413, "too_large", f"the form is larger than {limit} bytes")


def blank_to_none(value: str | None) -> str | None:
    """The spec's rule: an empty parameter is an absent one."""
    return value if value is not None and value.strip() else None


def comma_list(value: str | None) -> list[str]:
    if value is None:
        return []
    return [part.strip() for part in value.split(",") if part.strip()]


def parse_number(name: str, text: str, low: float, high: float) -> float:
    try:
        number = float(text)
    except ValueError:
        raise bad(f"{name} must be a number") from None
    if not math.isfinite(number) or not low <= number <= high:
        raise bad(f"{name} must be between {low:g} and {high:g}")
    return number


def parse_datetime(name: str, text: str) -> datetime:
    """ISO 8601 (W3C) date or date-time; without an offset it is Vietnam's local time."""
    try:
        # A "+" left unescaped in a query string arrives as a space.
        moment = datetime.fromisoformat(_PLUS_AS_SPACE.sub(r"\1+\2", text.strip()))
    except ValueError:
        raise bad(f"{name} must be an ISO 8601 date-time, e.g. 2026-11-01T00:00:00+07:00") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=LOCAL_TZ)


def parse_positive_int(name: str, text: str | None, default: int, maximum: int) -> int:
    if text is None:
        return default
    text = text.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 9 or not 1 <= int(text) <= maximum:
        raise bad(f"{name} must be a whole number from 1 to {maximum}")
    return int(text)


def paging(page: str | None, page_size: str | None, default: int, maximum: int) -> tuple[int, int]:
    """``(limit, offset)`` for ``page`` (from 1) of ``page_size`` rows."""
    size = parse_positive_int("page_size", blank_to_none(page_size), default, maximum)
    number = parse_positive_int("page", blank_to_none(page), 1, 10**6)
    return size, (number - 1) * size


def date_window(
    names: tuple[str, str],
    start: datetime | None,
    end: datetime | None,
    max_days: int,
) -> tuple[datetime | None, datetime | None]:
    """A span of at most ``max_days``; a missing bound is the other one ± ``max_days``."""
    if start is None and end is None:
        return None, None
    span = timedelta(days=max_days)
    if start is None:
        assert end is not None
        start = end - span
    if end is None:
        end = start + span
    if end < start:
        raise bad(f"{names[1]} is before {names[0]}")
    if end - start > span:
        raise bad(f"{names[0]} and {names[1]} may be at most {max_days} days apart")
    return start, end


def check_jurisdiction(settings: Settings, jurisdiction_id: str | None) -> None:
    """One jurisdiction is served: another id is "not found" (404), as the spec says."""
    if jurisdiction_id is not None and jurisdiction_id.strip() != settings.jurisdiction_id:
        raise APIError(
            404, "not_found", f"jurisdiction_id {jurisdiction_id.strip()!r} was not found"
        )


def check_key(session: Session, api_key: str | None, method: str) -> None:
    """Once any API key exists, writing needs a valid one (403, the spec's wording)."""
    if not any_api_keys(session):
        return
    if api_key is None or not check_api_key(session, api_key):
        raise APIError(
            403, "forbidden", f"Invalid api_key received -- can't proceed with {method}."
        )
