"""The per-kind conflict policy of ARCHITECTURE.md."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskhandler.domain.actions import APPEND_ONLY, TRIAGE_FIELDS, WORKFLOW_KINDS, ActionKind
from deskhandler.domain.conflicts import find_conflict, triage_base

CASE: dict[str, Any] = {
    "version": 7,
    "workflow_version": 5,
    "priority": "normal",
    "category": "VSMT",
    "due_at": None,
    "tags": ["a", "b"],
}


def test_every_kind_has_a_policy() -> None:
    assert APPEND_ONLY | WORKFLOW_KINDS | {ActionKind.TRIAGE} == set(ActionKind)
    assert not APPEND_ONLY & WORKFLOW_KINDS


@pytest.mark.parametrize("kind", sorted(APPEND_ONLY))
def test_notes_and_replies_append_even_on_an_old_version(kind: ActionKind) -> None:
    assert find_conflict(kind, {"text": "x"}, {"version": 1}, CASE) is None


@pytest.mark.parametrize("kind", sorted(WORKFLOW_KINDS))
def test_workflow_kinds_conflict_when_the_workflow_moved(kind: ActionKind) -> None:
    assert find_conflict(kind, {}, {"version": 4}, CASE) is not None
    assert find_conflict(kind, {}, {"version": 5}, CASE) is None
    # A change after the workflow's last move (e.g. a note) does not matter.
    assert find_conflict(kind, {}, {"version": 6}, CASE) is None


def test_triage_compares_each_field_with_its_base() -> None:
    # Someone raised the priority meanwhile; changing the category still applies.
    current = {**CASE, "priority": "high"}
    assert (
        find_conflict(
            ActionKind.TRIAGE, {"category": "HTGT"}, {"version": 1, "category": "VSMT"}, current
        )
        is None
    )
    clash = find_conflict(
        ActionKind.TRIAGE, {"priority": "urgent"}, {"version": 1, "priority": "normal"}, current
    )
    assert clash is not None
    assert clash.fields == ("priority",)


def test_triage_to_the_value_someone_else_already_set_is_no_conflict() -> None:
    current = {**CASE, "priority": "high"}
    assert (
        find_conflict(
            ActionKind.TRIAGE, {"priority": "high"}, {"version": 1, "priority": "normal"}, current
        )
        is None
    )


def test_tags_compare_as_sets() -> None:
    assert (
        find_conflict(ActionKind.TRIAGE, {"tags": ["c"]}, {"version": 1, "tags": ["b", "a"]}, CASE)
        is None
    )


def test_triage_base_carries_the_old_value_of_each_changed_field() -> None:
    assert triage_base({"priority": "high", "tags": []}, CASE) == {
        "priority": "normal",
        "tags": ["a", "b"],
    }


values = st.sampled_from(["low", "normal", "high", "urgent"])


@given(seen=values, now=values, wanted=values)
def test_triage_conflicts_exactly_when_the_field_moved_elsewhere(
    seen: str, now: str, wanted: str
) -> None:
    clash = find_conflict(
        ActionKind.TRIAGE,
        {"priority": wanted},
        {"version": 1, "priority": seen},
        {**CASE, "priority": now},
    )
    assert (clash is not None) == (now not in (seen, wanted))


def test_triage_fields_are_the_documented_ones() -> None:
    assert set(TRIAGE_FIELDS) == {"priority", "category", "due_at", "tags"}
