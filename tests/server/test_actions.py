"""POST /api/v1/actions: the lifecycle, idempotency, visibility, approval, privacy, bad input."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from deskhandler.server.db import Database
from deskhandler.server.models import ActionRecord, DepartmentRow, TimelineRow, utcnow
from tests.support.desk import (
    Desk,
    act,
    action,
    case_row,
    new_case,
    post,
    record_count,
    timeline_kinds,
)
from tests.support.people import Person


@pytest.fixture
def desk(client: TestClient, db: Database, make_person: Callable[..., Person]) -> Desk:
    return Desk(client, db, make_person)


def test_lifecycle_through_the_api(desk: Desk) -> None:
    case_id = desk.routed()
    assert case_row(desk.db, case_id).status == "assigned"
    accepted = act(desk.client, desk.clerk, case_id, "accept", version=2)
    assert accepted["outcome"] == "applied"
    assert accepted["case"]["status"] == "in_progress"
    assert accepted["case"]["assignee"] == desk.clerk_name
    assert accepted["case"]["version"] == 3
    assert accepted["case"]["workflow_version"] == 3
    triaged = act(
        desk.client, desk.clerk, case_id, "triage", {"priority": "high"}, priority="normal"
    )
    assert triaged["case"]["priority"] == "high"
    assert triaged["case"]["workflow_version"] == 3  # triage is not a workflow change
    act(desk.client, desk.clerk, case_id, "note", {"text": "Đã cử cán bộ xuống kiểm tra."})
    replied = act(desk.client, desk.clerk, case_id, "reply", {"text": "Đã thu gom rác xong."})
    assert replied["case"]["status"] == "resolved"
    assert replied["case"]["public_text"] == "Đã thu gom rác xong."
    closed = act(
        desk.client, desk.clerk, case_id, "close", {"resolution": "fixed", "text": "Hoàn thành."}
    )
    assert closed["case"]["status"] == "closed"
    assert closed["case"]["resolution"] == "fixed"
    reopened = act(
        desk.client, desk.clerk, case_id, "reopen", {"reason": "Người dân chưa hài lòng"}
    )
    assert reopened["case"]["status"] == "in_progress"
    assert reopened["case"]["resolution"] is None
    returned = act(desk.client, desk.clerk, case_id, "return", {"reason": "Không thuộc thẩm quyền"})
    assert returned["case"]["status"] == "returned"
    assert returned["case"]["department"] is None
    assert timeline_kinds(desk.db, case_id) == [
        "report", "reassign", "accept", "triage", "note", "reply", "close", "reopen", "return",
    ]  # fmt: skip
    with desk.db.reading() as session:
        entries = session.scalars(
            select(TimelineRow).where(TimelineRow.case_id == case_id).order_by(TimelineRow.id)
        ).all()
    public = {e.kind for e in entries if e.public}
    assert public == {"report", "reply", "close"}
    assert entries[2].actor == desk.clerk_name
    assert entries[2].actor_role == "clerk"
    assert entries[5].status_after == "resolved"


def test_client_and_creation_time_are_recorded(desk: Desk) -> None:
    case_id = desk.in_progress()
    entry = action(case_id, "note", {"text": "ghi chú"}, version=3)
    entry["created_at"] = "2026-11-20T08:00:00+07:00"
    answer = desk.client.post(
        "/api/v1/actions",
        json={"actions": [entry]},
        headers={**desk.clerk, "X-Client": "deskhandler/0.1 (Windows 11)"},
    )
    assert answer.json()["results"][0]["outcome"] == "applied"
    with desk.db.reading() as session:
        row = session.scalars(select(TimelineRow).where(TimelineRow.kind == "note")).one()
    assert row.client == "deskhandler/0.1 (Windows 11)"
    assert row.client_created_at is not None
    assert row.client_created_at.startswith("2026-11-20T08:00:00")


def test_same_action_twice_has_one_effect_and_answers_the_original_case(desk: Desk) -> None:
    case_id = desk.in_progress()
    first = action(case_id, "note", {"text": "lần đầu"}, version=3)
    [applied] = post(desk.client, desk.clerk, first)
    assert applied["outcome"] == "applied"
    # The case moves on after the original action ...
    act(desk.client, desk.clerk, case_id, "triage", {"priority": "urgent"}, priority="normal")
    [again] = post(desk.client, desk.clerk, first)
    assert again["outcome"] == "duplicate"
    # ... yet the duplicate answers the case as it was right after the original.
    assert again["case"] == applied["case"]
    assert again["case"]["priority"] == "normal"
    assert timeline_kinds(desk.db, case_id).count("note") == 1
    assert case_row(desk.db, case_id).version == 5


def test_same_id_with_another_body_is_rejected(desk: Desk) -> None:
    case_id = desk.in_progress()
    first = action(case_id, "note", {"text": "một"}, version=3)
    post(desk.client, desk.clerk, first)
    changed = {**first, "payload": {"text": "hai"}}
    [result] = post(desk.client, desk.clerk, changed)
    assert result["outcome"] == "rejected"
    assert result["error"]["code"] == "action_id_reused"
    assert timeline_kinds(desk.db, case_id).count("note") == 1


def test_same_id_from_another_person_is_rejected(desk: Desk) -> None:
    case_id = desk.in_progress()
    first = action(case_id, "note", {"text": "một"}, version=3)
    post(desk.client, desk.clerk, first)
    [result] = post(desk.client, desk.supervisor, first)
    assert result["outcome"] == "rejected"
    assert result["error"]["code"] == "action_id_reused"


def test_concurrent_duplicates_have_one_effect(desk: Desk, live_url: str) -> None:
    case_id = desk.in_progress()
    for attempt in range(5):
        entry = action(case_id, "note", {"text": f"cùng lúc {attempt}"}, version=3)
        barrier = threading.Barrier(2)
        outcomes: list[str] = []

        def send(
            entry: dict[str, Any] = entry,
            barrier: threading.Barrier = barrier,
            outcomes: list[str] = outcomes,
        ) -> None:
            with httpx.Client(base_url=live_url, headers=desk.clerk, timeout=30) as http:
                barrier.wait()
                answer = http.post("/api/v1/actions", json={"actions": [entry]})
                outcomes.append(answer.json()["results"][0]["outcome"])

        threads = [threading.Thread(target=send) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcomes) == ["applied", "duplicate"]
        with desk.db.reading() as session:
            entries = session.scalars(
                select(TimelineRow.id).where(TimelineRow.action_id == entry["action_id"])
            ).all()
        assert len(entries) == 1


def test_one_bad_action_never_undoes_the_others(desk: Desk) -> None:
    case_id = desk.in_progress()
    results = post(
        desk.client,
        desk.clerk,
        action(case_id, "note", {"text": "một"}, version=3),
        action(case_id, "accept", version=4),  # not from in_progress
        action("PA-9999999", "note", {"text": "không có"}),
        action(case_id, "note", {"text": "hai"}, version=3),
    )
    assert [r["outcome"] for r in results] == ["applied", "rejected", "rejected", "applied"]
    assert results[1]["error"]["code"] == "invalid_transition"
    assert results[2]["error"]["code"] == "not_found"
    assert timeline_kinds(desk.db, case_id).count("note") == 2


def test_visibility_and_roles(desk: Desk) -> None:
    at_ioc = new_case(desk.db)
    [hidden] = post(desk.client, desk.clerk, action(at_ioc, "note", {"text": "x"}))
    assert hidden["outcome"] == "rejected"
    assert hidden["error"]["code"] == "not_visible"
    assert hidden["case"] is None
    case_id = desk.in_progress()
    [assign] = post(
        desk.client, desk.clerk, action(case_id, "assign", {"assignee": None}, version=3)
    )
    assert assign["error"]["code"] == "forbidden"
    [other] = post(desk.client, desk.other_clerk, action(case_id, "note", {"text": "x"}))
    assert other["error"]["code"] == "not_visible"


def test_not_visible_after_reassign_away(desk: Desk) -> None:
    case_id = desk.in_progress()
    note_seen_at_v3 = action(case_id, "note", {"text": "viết khi offline"}, version=3)
    moved = act(
        desk.client, desk.supervisor, case_id, "reassign", {"to": "SGTVT", "reason": "Cầu đường"}
    )
    assert moved["case"]["department"] == "SGTVT"
    [late] = post(desk.client, desk.clerk, note_seen_at_v3)
    assert late["outcome"] == "rejected"
    assert late["error"]["code"] == "not_visible"
    assert late["case"] is None
    [theirs] = post(desk.client, desk.other_clerk, action(case_id, "accept", version=4))
    assert theirs["outcome"] == "applied"


def _approval(db: Database, unit: str = "SXD") -> None:
    with db.writing() as session:
        row = session.get(DepartmentRow, unit)
        assert row is not None
        row.approval_required = True


def test_approval_flow(desk: Desk) -> None:
    _approval(desk.db)
    case_id = desk.in_progress()
    drafted = act(desk.client, desk.clerk, case_id, "reply", {"text": "Bản nháp trả lời."})
    assert drafted["case"]["status"] == "awaiting_approval"
    assert drafted["case"]["pending_reply"] == "Bản nháp trả lời."
    assert drafted["case"]["public_text"] is None
    [clerk_approves] = post(desk.client, desk.clerk, action(case_id, "approve", version=4))
    assert clerk_approves["error"]["code"] == "forbidden"
    approved = act(desk.client, desk.supervisor, case_id, "approve")
    assert approved["case"]["status"] == "resolved"
    assert approved["case"]["public_text"] == "Bản nháp trả lời."
    assert approved["case"]["pending_reply"] is None
    with desk.db.reading() as session:
        entries = session.scalars(
            select(TimelineRow).where(TimelineRow.case_id == case_id).order_by(TimelineRow.id)
        ).all()
    reply, approve = entries[-2], entries[-1]
    assert (reply.kind, reply.public) == ("reply", False)
    assert (approve.kind, approve.public, approve.payload["text"]) == (
        "approve", True, "Bản nháp trả lời.",
    )  # fmt: skip


def test_supervisor_edits_the_reply_when_approving(desk: Desk) -> None:
    _approval(desk.db)
    case_id = desk.in_progress()
    act(desk.client, desk.clerk, case_id, "reply", {"text": "Bản nháp."})
    approved = act(desk.client, desk.supervisor, case_id, "approve", {"text": "Bản đã sửa."})
    assert approved["case"]["public_text"] == "Bản đã sửa."


def test_supervisor_reply_needs_no_approval(desk: Desk) -> None:
    _approval(desk.db)
    case_id = desk.in_progress()
    replied = act(desk.client, desk.supervisor, case_id, "reply", {"text": "Đã xử lý."})
    assert replied["case"]["status"] == "resolved"


_LEAKS: list[tuple[str, dict[str, Any]]] = [
    ("reply", {"text": "Xin liên hệ anh Bình số 0905 123 456."}),
    ("reply", {"text": "Cảm ơn ông Nguyễn Văn An đã báo."}),
    ("close", {"resolution": "fixed", "text": "CCCD 046098001234 đã xác minh."}),
    ("reply", {"text": "Gửi an.nguyen@gmail.com"}),
]


def test_public_text_with_personal_data_is_refused(desk: Desk) -> None:
    case_id = desk.in_progress(reporter_name="Nguyễn Văn An")
    before = record_count(desk.db)
    entries = [action(case_id, kind, payload, version=3) for kind, payload in _LEAKS]
    for result in post(desk.client, desk.clerk, *entries):
        assert result["outcome"] == "rejected"
        assert result["error"]["code"] == "personal_data"
        assert "0905 123 456" not in result["error"]["message"]
        assert "046098001234" not in result["error"]["message"]
    assert case_row(desk.db, case_id).version == 3
    assert record_count(desk.db) == before
    _nothing_stored(desk, case_id)


def test_internal_note_may_hold_personal_data(desk: Desk) -> None:
    case_id = desk.in_progress()
    result = act(desk.client, desk.clerk, case_id, "note", {"text": "Gọi lại 0905123456"})
    assert result["outcome"] == "applied"


def test_approving_an_edited_text_is_checked_too(desk: Desk) -> None:
    _approval(desk.db)
    case_id = desk.in_progress()
    act(desk.client, desk.clerk, case_id, "reply", {"text": "Bản nháp."})
    result = act(desk.client, desk.supervisor, case_id, "approve", {"text": "Gọi 0914.555.666"})
    assert result["error"]["code"] == "personal_data"


def test_triage_recomputes_the_deadline(desk: Desk) -> None:
    case_id = desk.in_progress(category="TTXD")  # 10 working days
    before = case_row(desk.db, case_id).due_at
    urgent = act(
        desk.client, desk.clerk, case_id, "triage", {"priority": "urgent"}, priority="normal"
    )
    assert urgent["case"]["track"] == "immediate"
    after = case_row(desk.db, case_id).due_at
    assert before is not None
    assert after is not None
    assert after < before
    due = "2026-12-31T10:00:00+07:00"
    manual = act(
        desk.client, desk.clerk, case_id, "triage", {"due_at": due}, due_at=urgent["case"]["due_at"]
    )
    assert manual["case"]["due_at"] == "2026-12-31T03:00:00Z"


def test_references_must_exist(desk: Desk) -> None:
    case_id = desk.in_progress()
    for kind, payload, base in [
        ("reassign", {"to": "NOWHERE", "reason": "x"}, {}),
        ("assign", {"assignee": "nobody"}, {}),
        ("triage", {"category": "NOPE"}, {"category": "VSMT"}),
        ("close", {"resolution": "nope", "text": "x"}, {}),
    ]:
        headers = desk.supervisor
        [result] = post(desk.client, headers, action(case_id, kind, payload, version=3, **base))
        assert result["outcome"] == "rejected", (kind, result)
        assert result["error"]["code"] == "invalid_payload"
    assert case_row(desk.db, case_id).version == 3


def test_old_idempotency_records_are_pruned_after_days_not_hours(desk: Desk) -> None:
    def record(age: timedelta) -> str:
        action_id = str(uuid.uuid4())
        with desk.db.writing() as session:
            session.add(
                ActionRecord(
                    action_id=action_id,
                    username="x",
                    case_id="PA-1",
                    body_hash="0" * 64,
                    case_after={},
                    created_at=utcnow() - age,
                )
            )
        return action_id

    ancient, recent = record(timedelta(days=91)), record(timedelta(days=3))
    case_id = desk.in_progress()
    act(desk.client, desk.clerk, case_id, "note", {"text": "x"})
    with desk.db.reading() as session:
        assert session.get(ActionRecord, ancient) is None
        assert session.get(ActionRecord, recent) is not None


# --- bad input: a clear 4xx or a rejection, and nothing stored ---------------------------


def _nothing_stored(desk: Desk, case_id: str) -> None:
    assert case_row(desk.db, case_id).version == 3
    assert timeline_kinds(desk.db, case_id) == ["report", "reassign", "accept"]


_MALFORMED = [
    b'{"actions": [',
    b"not json at all",
    b'{"actions": "many"}',
    b'{"actions": []}',
    b'{"actions": [{"action_id": "%(id)s", "case_id": "%(case)s", "kind": "note", '
    b'"payload": {"text": "x"}, "base": {"version": "three"}}]}',
    b'{"actions": [{"action_id": "%(id)s", "case_id": "%(case)s", "kind": "note", '
    b'"payload": ["x"], "base": {"version": 3}}]}',
    b'{"actions": [{"action_id": "%(id)s", "case_id": "%(case)s", "kind": "note", '
    b'"payload": {"text": "x"}, "base": {"version": 3}, "sneaky": 1}]}',
    b'{"actions": [{"action_id": "%(id)s", "case_id": "%(case)s", "kind": "delete", '
    b'"payload": {}, "base": {"version": 3}}]}',
    b'{"actions": [], "extra": true}',
]


def test_malformed_batches_are_422_and_store_nothing(desk: Desk) -> None:
    case_id = desk.in_progress()
    for body in _MALFORMED:
        filled = body % {b"id": str(uuid.uuid4()).encode(), b"case": case_id.encode()}
        answer = desk.client.post(
            "/api/v1/actions",
            content=filled,
            headers={**desk.clerk, "Content-Type": "application/json"},
        )
        assert answer.status_code == 422, body
        assert answer.json()["error"]["code"] == "invalid_request"
    _nothing_stored(desk, case_id)


def test_too_many_actions_are_422(desk: Desk) -> None:
    case_id = desk.in_progress()
    entries = [action(case_id, "note", {"text": "x"}, version=3) for _ in range(201)]
    answer = desk.client.post("/api/v1/actions", json={"actions": entries}, headers=desk.clerk)
    assert answer.status_code == 422
    _nothing_stored(desk, case_id)


def test_ten_megabyte_text_is_refused(desk: Desk) -> None:
    case_id = desk.in_progress()
    huge = "ổ gà " * (2 * 1024 * 1024)
    body = json.dumps({"actions": [action(case_id, "reply", {"text": huge}, version=3)]})
    answer = desk.client.post(
        "/api/v1/actions",
        content=body.encode(),
        headers={**desk.clerk, "Content-Type": "application/json"},
    )
    if answer.status_code == 200:
        [result] = answer.json()["results"]
        assert result["outcome"] == "rejected"
        assert result["error"]["code"] == "invalid_payload"
    else:
        assert 400 <= answer.status_code < 500
    _nothing_stored(desk, case_id)


_BAD_PAYLOADS: list[tuple[str, dict[str, Any]]] = [
    ("note", {"text": ""}),
    ("note", {"text": 5}),
    ("note", {"text": "x", "colour": "red"}),
    ("triage", {}),
    ("triage", {"priority": "whenever"}),
    ("close", {"resolution": "fixed"}),
]


def test_bad_payloads_are_rejected(desk: Desk) -> None:
    case_id = desk.in_progress()
    entries = [action(case_id, kind, payload, version=3) for kind, payload in _BAD_PAYLOADS]
    for result in post(desk.client, desk.clerk, *entries):
        assert result["outcome"] == "rejected"
        assert result["error"]["code"] == "invalid_payload"
    _nothing_stored(desk, case_id)


def test_actions_need_a_sign_in(desk: Desk) -> None:
    case_id = desk.in_progress()
    answer = desk.client.post(
        "/api/v1/actions", json={"actions": [action(case_id, "note", {"text": "x"}, version=3)]}
    )
    assert answer.status_code == 401
    _nothing_stored(desk, case_id)


def test_a_reply_publishes_its_photos_and_answers_with_them(desk: Desk) -> None:
    case_id = desk.in_progress()
    photo = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    uploaded = desk.client.post(
        "/api/v1/attachments",
        files={"file": ("Sau khi sửa.png", photo, "image/png")},
        headers=desk.clerk,
    )
    assert uploaded.status_code == 201, uploaded.text
    photo_id = uploaded.json()["id"]
    result = act(
        desk.client,
        desk.clerk,
        case_id,
        "reply",
        {"text": "Đơn vị đã xử lý xong.", "attachments": [photo_id]},
    )
    assert result["outcome"] == "applied", result
    assert [(ref["id"], ref["public"]) for ref in result["case"]["attachments"]] == [
        (photo_id, True)
    ]
