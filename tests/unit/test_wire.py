"""The wire shapes: fixed fields, strict where the server reads, lenient where the client reads."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from deskhandler.wire import API_PREFIX, API_VERSION
from deskhandler.wire.models import ActionBatch, Case, ChangesPage

CASE = {
    "id": "PA-0000001",
    "version": 3,
    "workflow_version": 2,
    "status": "in_progress",
    "department": "SXD",
    "assignee": "an",
    "category": "TTXD",
    "priority": "normal",
    "title": "Xây dựng không phép",
    "description": "Công trình trên đường Lê Lợi",
    "address": "12 Lê Lợi",
    "lat": 16.46,
    "long": 107.59,
    "reported_at": "2026-11-20T08:00:00+07:00",
    "due_at": "2026-11-27T23:59:59+07:00",
    "updated_at": "2026-11-21T08:00:00Z",
}


def test_the_api_is_versioned_in_its_path() -> None:
    assert f"/api/v{API_VERSION}" == API_PREFIX


def test_a_client_ignores_fields_a_newer_server_adds() -> None:
    case = Case.model_validate({**CASE, "brand_new_field": 1})
    assert case.id == "PA-0000001"


def test_a_case_needs_aware_datetimes_and_valid_coordinates() -> None:
    with pytest.raises(ValidationError):
        Case.model_validate({**CASE, "reported_at": "2026-11-20T08:00:00"})
    with pytest.raises(ValidationError):
        Case.model_validate({**CASE, "lat": 91})


def test_the_server_refuses_unknown_fields_and_empty_batches() -> None:
    action = {
        "action_id": "0" * 32,
        "case_id": "PA-1",
        "kind": "note",
        "payload": {"text": "x"},
        "base": {"version": 1},
    }
    assert ActionBatch.model_validate({"actions": [action]}).actions[0].kind == "note"
    with pytest.raises(ValidationError):
        ActionBatch.model_validate({"actions": [{**action, "surprise": True}]})
    with pytest.raises(ValidationError):
        ActionBatch.model_validate({"actions": []})
    with pytest.raises(ValidationError):
        ActionBatch.model_validate({"actions": [{**action, "kind": "delete"}]})


def test_base_carries_triage_values_beside_the_version() -> None:
    action = {
        "action_id": "0" * 32,
        "case_id": "PA-1",
        "kind": "triage",
        "payload": {"priority": "high"},
        "base": {"version": 4, "priority": "normal"},
    }
    parsed = ActionBatch.model_validate({"actions": [action]}).actions[0]
    assert parsed.base.model_dump() == {"version": 4, "priority": "normal"}


def test_a_changes_page_has_the_fixed_fields() -> None:
    page = ChangesPage.model_validate(
        {"cases": [CASE], "removed": ["PA-2"], "cursor": "abc", "has_more": False}
    )
    assert page.reset is False
    assert page.cases[0].status == "in_progress"
