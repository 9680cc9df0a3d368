"""The lifecycle of DOMAIN.md as `domain.actions` states it: table rules and properties."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskhandler.domain.actions import (
    ALLOWED_FROM,
    ROLE_KINDS,
    ActionError,
    ActionKind,
    WorkflowState,
    decide,
    may_take,
)
from deskhandler.domain.statuses import AT_IOC, OPEN, OPEN311_CLOSED, Role, Status

K = ActionKind
S = Status

#: A valid payload for each kind.
PAYLOADS: dict[ActionKind, dict[str, Any]] = {
    K.NOTE: {"text": "Đã liên hệ tổ dân phố"},
    K.REPLY: {"text": "Đơn vị đã xử lý xong."},
    K.TRIAGE: {"priority": "high"},
    K.ASSIGN: {"assignee": "clerk.b"},
    K.REASSIGN: {"to": "SGTVT", "reason": "Không thuộc thẩm quyền"},
    K.ACCEPT: {},
    K.RETURN: {"reason": "Không thuộc thẩm quyền"},
    K.CLOSE: {"resolution": "duplicate", "text": "Trùng phản ánh PA-0000001"},
    K.REOPEN: {"reason": "Người dân chưa hài lòng"},
    K.APPROVE: {},
    K.SEND_BACK: {"reason": "Cần nêu rõ thời gian hoàn thành sửa chữa."},
}


def state(
    status: Status, department: str | None = "SXD", assignee: str | None = None
) -> WorkflowState:
    return WorkflowState(status, None if status in AT_IOC else department, assignee)


def test_the_lifecycle_table_of_domain_md() -> None:
    assert ALLOWED_FROM[K.ACCEPT] == {S.ASSIGNED}
    assert ALLOWED_FROM[K.RETURN] == {S.ASSIGNED, S.IN_PROGRESS}
    assert ALLOWED_FROM[K.REPLY] == {S.IN_PROGRESS}
    assert ALLOWED_FROM[K.APPROVE] == {S.AWAITING_APPROVAL}
    assert ALLOWED_FROM[K.CLOSE] == {S.IN_PROGRESS, S.RESOLVED}
    assert ALLOWED_FROM[K.REOPEN] == {S.RESOLVED, S.CLOSED}
    assert ALLOWED_FROM[K.REASSIGN] == {S.ASSIGNED, S.IN_PROGRESS}
    assert ALLOWED_FROM[K.NOTE] == set(Status)


def test_who_may_do_what() -> None:
    assert K.ASSIGN not in ROLE_KINDS[Role.CLERK]
    assert K.APPROVE not in ROLE_KINDS[Role.CLERK]
    for role in (Role.SUPERVISOR, Role.COORDINATOR, Role.ADMIN):
        assert ROLE_KINDS[role] == set(ActionKind)


@pytest.mark.parametrize("status", sorted(AT_IOC))
def test_only_the_ioc_routes_new_and_returned_cases(status: Status) -> None:
    assert may_take(Role.COORDINATOR, K.REASSIGN, status)
    assert may_take(Role.ADMIN, K.REASSIGN, status)
    assert not may_take(Role.CLERK, K.REASSIGN, status)
    assert not may_take(Role.SUPERVISOR, K.REASSIGN, status)
    routed = decide(K.REASSIGN, {"to": "SXD"}, state(status), actor="ioc", role=Role.COORDINATOR)
    assert routed.state == WorkflowState(S.ASSIGNED, "SXD", None)


def test_the_happy_path_new_to_closed() -> None:
    s = state(S.NEW)
    s = decide(K.REASSIGN, {"to": "SXD"}, s, actor="ioc", role=Role.COORDINATOR).state
    s = decide(K.ACCEPT, {}, s, actor="an", role=Role.CLERK).state
    assert s == WorkflowState(S.IN_PROGRESS, "SXD", "an")
    reply = decide(K.REPLY, PAYLOADS[K.REPLY], s, actor="an", role=Role.CLERK)
    assert reply.state.status is S.RESOLVED
    assert reply.public_text == PAYLOADS[K.REPLY]["text"]
    closed = decide(
        K.CLOSE, {"resolution": "done", "text": "Xong"}, reply.state, actor="an", role=Role.CLERK
    )
    assert closed.state.status is S.CLOSED
    assert closed.fields == {"resolution": "done"}
    reopened = decide(K.REOPEN, {"reason": "chưa xong"}, closed.state, actor="an", role=Role.CLERK)
    assert reopened.state.status is S.IN_PROGRESS
    assert reopened.fields == {"resolution": None}


def test_a_unit_that_requires_approval_holds_a_clerks_reply() -> None:
    s = state(S.IN_PROGRESS, assignee="an")
    held = decide(
        K.REPLY, PAYLOADS[K.REPLY], s, actor="an", role=Role.CLERK, approval_required=True
    )
    assert held.state.status is S.AWAITING_APPROVAL
    assert held.public_text is None
    own = decide(
        K.REPLY, PAYLOADS[K.REPLY], s, actor="boss", role=Role.SUPERVISOR, approval_required=True
    )
    assert own.state.status is S.RESOLVED
    approved = decide(K.APPROVE, {"text": "Đã sửa"}, held.state, actor="boss", role=Role.SUPERVISOR)
    assert approved.state.status is S.RESOLVED
    assert approved.public_text == "Đã sửa"


def test_return_sends_the_case_back_to_the_ioc_without_a_unit() -> None:
    out = decide(K.RETURN, PAYLOADS[K.RETURN], state(S.ASSIGNED), actor="an", role=Role.CLERK)
    assert out.state == WorkflowState(S.RETURNED, None, None)


def test_reassign_between_units_needs_a_reason_and_another_unit() -> None:
    s = state(S.IN_PROGRESS)
    with pytest.raises(ActionError) as missing:
        decide(K.REASSIGN, {"to": "SGTVT"}, s, actor="an", role=Role.CLERK)
    assert missing.value.code == "invalid_payload"
    with pytest.raises(ActionError):
        decide(K.REASSIGN, {"to": "SXD", "reason": "x"}, s, actor="an", role=Role.CLERK)


@pytest.mark.parametrize(
    ("kind", "payload"),
    [
        (K.NOTE, {"text": "  "}),
        (K.NOTE, {"text": 5}),
        (K.NOTE, {"text": "x", "extra": 1}),
        (K.NOTE, {"text": "x" * 20_001}),
        (K.TRIAGE, {}),
        (K.TRIAGE, {"priority": "whenever"}),
        (K.TRIAGE, {"tags": "not-a-list"}),
        (K.TRIAGE, {"tags": ["x"] * 40 + [str(i) for i in range(40)]}),
        (K.CLOSE, {"text": "no resolution"}),
        (K.ASSIGN, {"assignee": 7}),
    ],
)
def test_bad_payloads_are_refused(kind: ActionKind, payload: dict[str, Any]) -> None:
    with pytest.raises(ActionError) as refused:
        decide(kind, payload, state(S.IN_PROGRESS), actor="boss", role=Role.SUPERVISOR)
    assert refused.value.code == "invalid_payload"


def test_status_sets_are_consistent() -> None:
    assert AT_IOC <= OPEN
    assert not OPEN & OPEN311_CLOSED
    assert set(Status) == OPEN | OPEN311_CLOSED


roles = st.sampled_from(list(Role))
kinds = st.sampled_from(list(ActionKind))
statuses = st.sampled_from(list(Status))


@given(role=roles, kind=kinds, status=statuses, approval=st.booleans())
def test_decide_agrees_with_may_take(
    role: Role, kind: ActionKind, status: Status, approval: bool
) -> None:
    """decide refuses exactly what may_take refuses, and says why with the right code."""
    args = (kind, PAYLOADS[kind], state(status))
    if may_take(role, kind, status):
        decide(*args, actor="x", role=role, approval_required=approval)
        return
    with pytest.raises(ActionError) as refused:
        decide(*args, actor="x", role=role, approval_required=approval)
    expected = "forbidden" if kind not in ROLE_KINDS[role] else "invalid_transition"
    assert refused.value.code == expected


@given(steps=st.lists(st.tuples(roles, kinds, st.booleans()), max_size=40))
def test_any_sequence_of_actions_keeps_the_invariants(
    steps: list[tuple[Role, ActionKind, bool]],
) -> None:
    """Whatever people do, a case at the IOC has no unit and a case in a unit has one."""
    s = state(S.NEW)
    for role, kind, approval in steps:
        try:
            out = decide(kind, PAYLOADS[kind], s, actor="x", role=role, approval_required=approval)
        except ActionError:
            continue
        s = out.state
        assert (s.status in AT_IOC) == (s.department is None)
        if s.status is S.RETURNED:
            assert s.assignee is None
        if out.public_text is not None:
            assert kind in {K.REPLY, K.CLOSE, K.APPROVE}
            assert s.status in {S.RESOLVED, S.CLOSED}
        if kind in {K.NOTE, K.TRIAGE}:
            assert out.fields is not None


@given(role=roles, kind=kinds)
def test_notes_are_allowed_in_every_status(role: Role, kind: ActionKind) -> None:
    for status in Status:
        assert may_take(role, K.NOTE, status)
