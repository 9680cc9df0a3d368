"""The desk's reading of the change feed (`wire.feed`) against the models it mirrors.

`read_page` validates a feed page into dicts instead of `models.Case` objects (for speed);
these tests hold the two readings together: the same fields in the same order, the same
answers accepted and refused, and the same JSON written for the store."""

from __future__ import annotations

import json
import typing
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import AwareDatetime, BaseModel, TypeAdapter, ValidationError

from deskhandler.domain.statuses import Priority, Status
from deskhandler.wire import feed
from deskhandler.wire.models import AttachmentRef, Case, Rating, Reporter, Satisfaction
from tests.unit.test_wire import CASE


def page_of(*cases: object, **fields: object) -> bytes:
    body = {"cases": list(cases), "removed": [], "cursor": "c1", "has_more": False, **fields}
    return json.dumps(body, ensure_ascii=False).encode()


def as_model_writes(case: object) -> bytes:
    """The JSON the store used to keep for a feed case: the model's."""
    return Case.__pydantic_serializer__.to_json(Case.model_validate_json(json.dumps(case)))


@pytest.mark.parametrize(
    ("shape", "model"),
    [
        (feed.FeedCase, Case),
        (feed.FeedAttachment, AttachmentRef),
        (feed.FeedReporter, Reporter),
        (feed.FeedSatisfaction, Satisfaction),
        (feed.FeedRating, Rating),
    ],
)
def test_each_shape_has_its_models_fields_in_the_same_order(
    shape: type, model: type[BaseModel]
) -> None:
    assert list(typing.get_type_hints(shape)) == list(model.model_fields)


def test_a_page_reads_as_the_models_write_it() -> None:
    extra = {**CASE, "a_field_from_a_newer_server": [1, 2]}
    got = feed.read_page(page_of(CASE, extra, cursor="c9", has_more=True))
    assert (got.cursor, got.has_more, got.reset, got.removed) == ("c9", True, False, [])
    for case in got.cases:
        assert feed.case_json(case) == as_model_writes(CASE)
        assert case["status"] == "in_progress"
        assert case["tags"] == []  # defaults filled in
        assert case["track"] == "timed"


def test_nested_shapes_read_as_the_models_write_them() -> None:
    case = {
        **CASE,
        "status": "resolved",
        "resolved_at": "2026-11-22T10:00:00Z",
        "tags": ["ngập"],
        "attachments": [{"id": "a1", "name": "ảnh.jpg", "content_type": "image/jpeg", "size": 9}],
        "reporter": {"name": "Lê Văn Tám"},
        "satisfaction": {"rating": "neutral", "at": "2026-11-23T01:02:03Z"},
        "rating": {"satisfied": False, "comment": "Chưa xong", "rated_at": "2026-11-23T01:02:03Z"},
    }
    [got] = feed.read_page(page_of(case)).cases
    assert feed.case_json(got) == as_model_writes(case)
    assert got["attachments"][0]["public"] is True


def _moment(moment: datetime) -> str:
    """A moment as pydantic writes one (what the reference server sends)."""
    return str(TypeAdapter(AwareDatetime).dump_python(moment, mode="json"))


_ZONES = st.sampled_from(
    [UTC, timezone(timedelta(hours=7)), timezone(timedelta(hours=-3, minutes=-30))]
)
_MOMENTS = st.builds(
    lambda moment, zone: _moment(moment.replace(tzinfo=UTC).astimezone(zone)),
    st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(9999, 12, 30)),
    _ZONES,
)
_TEXT = st.text(st.characters(codec="utf-8"), max_size=30)


@st.composite
def feed_cases(draw: st.DrawFn) -> dict[str, Any]:
    case: dict[str, Any] = {
        **CASE,
        "id": draw(st.text("ABC-0123456789", min_size=1, max_size=12)),
        "version": draw(st.integers(1, 2**40)),
        "status": draw(st.sampled_from(list(Status))).value,
        "priority": draw(st.sampled_from(list(Priority))).value,
        "title": draw(_TEXT),
        "description": draw(_TEXT),
        "address": draw(st.none() | _TEXT),
        "lat": draw(st.none() | st.floats(-90, 90)),
        "long": draw(st.none() | st.floats(-180, 180)),
        "reported_at": draw(_MOMENTS),
        "due_at": draw(st.none() | _MOMENTS),
        "updated_at": draw(_MOMENTS),
    }
    optional = {
        "resolved_at": st.none() | _MOMENTS,
        "track": st.sampled_from(["immediate", "timed"]),
        "tags": st.lists(_TEXT, max_size=3),
        "pending_reply": st.none() | _TEXT,
        "rating": st.none()
        | st.fixed_dictionaries(
            {"satisfied": st.booleans(), "rated_at": _MOMENTS},
            optional={"comment": st.none() | _TEXT},
        ),
    }
    for key, values in optional.items():
        if draw(st.booleans()):
            case[key] = draw(values)
    return case


@settings(max_examples=200, deadline=None)
@given(feed_cases())
def test_any_valid_case_reads_as_the_models_write_it(case: dict[str, Any]) -> None:
    [got] = feed.read_page(page_of(case)).cases
    assert feed.case_json(got) == as_model_writes(case)


_WRONG: list[tuple[str, object]] = [
    ("status", "teleported"),
    ("priority", "whenever"),
    ("version", 0),
    ("version", "two"),
    ("id", ""),
    ("lat", 90.5),
    ("long", -181),
    ("title", None),
    ("reported_at", "yesterday"),
    ("reported_at", "2026-11-20T08:00:00"),  # no zone
    ("reported_at", "2026-13-01T08:00:00Z"),
    ("reported_at", "2026-02-30T08:00:00Z"),
    ("due_at", "2025-02-29T23:59:59+07:00"),  # not a leap year
    ("updated_at", "2026-04-31T00:00:00Z"),
    ("reported_at", "2026-11-20T24:00:00Z"),
    ("reported_at", "2026-11-20T08:00:00+25:00"),
    ("satisfaction", {"rating": "meh", "at": "2026-11-20T08:00:00Z"}),
    ("rating", {"satisfied": "yes", "rated_at": "2026-11-20T08:00:00Z"}),
    ("rating", {"satisfied": True, "rated_at": "2026-06-31T08:00:00Z"}),
]


@pytest.mark.parametrize(("key", "value"), _WRONG, ids=[f"{k}={v!r}" for k, v in _WRONG])
def test_what_the_models_refuse_the_feed_refuses(key: str, value: object) -> None:
    case = {**CASE, key: value}
    with pytest.raises(ValidationError):
        Case.model_validate_json(json.dumps(case))
    with pytest.raises(ValueError):  # pydantic's ValidationError, or the calendar's
        feed.read_page(page_of(case))


@pytest.mark.parametrize("key", ["id", "status", "reported_at", "due_at", "lat"])
def test_a_missing_field_is_refused(key: str) -> None:
    case = {k: v for k, v in CASE.items() if k != key}
    with pytest.raises(ValidationError):
        feed.read_page(page_of(case))


def test_leap_days_and_month_ends_are_dates() -> None:
    case = {**CASE, "reported_at": "2024-02-29T08:00:00Z", "due_at": "2026-12-31T23:59:59Z"}
    [got] = feed.read_page(page_of(case)).cases
    assert (got["reported_at"], got["due_at"]) == ("2024-02-29T08:00:00Z", "2026-12-31T23:59:59Z")


@pytest.mark.parametrize(
    "moment",
    ["1763625600", "2026-11-20 08:00:00Z", "2026-11-20T08:00:00.1234567Z", "2026-11-20T08:00Z"],
)
def test_a_moment_is_rfc_3339_text(moment: str) -> None:
    """Stricter than the models (which read these too): the feed's moments are kept as
    text, so they must be the one form every reader of the store understands."""
    with pytest.raises(ValidationError):
        feed.read_page(page_of({**CASE, "updated_at": moment}))


def test_the_page_itself_is_checked() -> None:
    for body in [page_of(CASE, has_more="perhaps"), page_of(CASE, cursor=None), b"[]"]:
        with pytest.raises(ValidationError):
            feed.read_page(body)
    assert feed.read_page(page_of(reset=True)).reset is True
