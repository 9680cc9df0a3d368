"""GET /api/v1/changes: paging with cursors, visibility, removed ids, resets, privacy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from deskhandler.server import feed
from deskhandler.server.db import Database
from tests.support.desk import Desk, act, new_case
from tests.support.people import Person


@pytest.fixture
def desk(client: TestClient, db: Database, make_person: Callable[..., Person]) -> Desk:
    return Desk(client, db, make_person)


def page(
    client: TestClient, headers: dict[str, str], cursor: str = "", limit: int | None = None
) -> dict[str, Any]:
    params: dict[str, Any] = {"cursor": cursor}
    if limit is not None:
        params["limit"] = limit
    answer = client.get("/api/v1/changes", params=params, headers=headers)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def follow(
    client: TestClient, headers: dict[str, str], cursor: str = "", limit: int = 500
) -> tuple[list[dict[str, Any]], list[str], str]:
    """Every page from ``cursor`` on: the cases, the removed ids and the last cursor."""
    cases: list[dict[str, Any]] = []
    removed: list[str] = []
    while True:
        body = page(client, headers, cursor, limit)
        cases += body["cases"]
        removed += body["removed"]
        cursor = body["cursor"]
        if not body["has_more"]:
            return cases, removed, cursor


def test_pages_follow_cursors_in_feed_order(desk: Desk) -> None:
    ids = [new_case(desk.db) for _ in range(23)]
    seen: list[str] = []
    cursor = ""
    pages = 0
    while True:
        body = page(desk.client, desk.coordinator, cursor, limit=10)
        pages += 1
        assert len(body["cases"]) <= 10
        seen += [case["id"] for case in body["cases"]]
        cursor = body["cursor"]
        assert body["reset"] is False
        if not body["has_more"]:
            break
    assert pages == 3
    assert seen == ids  # one transaction each: feed order is creation order
    empty = page(desk.client, desk.coordinator, cursor)
    assert empty["cases"] == []
    assert empty["has_more"] is False
    act(desk.client, desk.coordinator, ids[5], "reassign", {"to": "SXD"}, version=1)
    changed = page(desk.client, desk.coordinator, empty["cursor"])
    assert [(c["id"], c["status"], c["version"]) for c in changed["cases"]] == [
        (ids[5], "assigned", 2)
    ]


def test_cases_of_one_transaction_are_split_across_pages(desk: Desk) -> None:
    from deskhandler.server.intake import Report, create_case

    with desk.db.writing() as session:
        ids = [create_case(session, Report("VSMT", f"Báo cáo {n}")).id for n in range(7)]
    cases, _, _ = follow(desk.client, desk.coordinator, limit=3)
    assert [c["id"] for c in cases] == sorted(ids)


def test_a_unit_sees_only_its_cases(desk: Desk) -> None:
    mine = desk.routed("SXD")
    theirs = desk.routed("SGTVT")
    at_ioc = new_case(desk.db)
    cases, _, _ = follow(desk.client, desk.clerk)
    assert [c["id"] for c in cases] == [mine]
    cases, _, _ = follow(desk.client, desk.coordinator)
    assert {c["id"] for c in cases} == {mine, theirs, at_ioc}


def test_cases_that_leave_the_unit_are_removed(desk: Desk) -> None:
    leaving = desk.in_progress()
    staying = desk.routed()
    cases, _, cursor = follow(desk.client, desk.clerk)
    assert {c["id"] for c in cases} == {leaving, staying}
    act(desk.client, desk.clerk, leaving, "reassign", {"to": "SGTVT", "reason": "Cầu đường"})
    body = page(desk.client, desk.clerk, cursor)
    assert body["removed"] == [leaving]
    assert body["cases"] == []
    # The unit it went to sees it arrive.
    theirs, _, _ = follow(desk.client, desk.other_clerk)
    assert [c["id"] for c in theirs] == [leaving]
    # It comes back: the old unit's feed carries it again and no longer removes it.
    act(desk.client, desk.other_clerk, leaving, "return", {"reason": "Không phải của chúng tôi"})
    act(desk.client, desk.coordinator, leaving, "reassign", {"to": "SXD", "reason": "Trả về"})
    body = page(desk.client, desk.clerk, cursor)
    assert [c["id"] for c in body["cases"]] == [leaving]
    assert body["removed"] == []


def test_a_foreign_cursor_resets_to_the_beginning(desk: Desk) -> None:
    case_id = new_case(desk.db)
    with desk.db.reading() as session:
        epoch, seq = feed.current_epoch(session), feed.current_seq(session)
    for cursor in (
        feed.encode_cursor(feed.Cursor("another-server", 1, "")),
        feed.encode_cursor(feed.Cursor(epoch, seq + 100, "")),  # from the future: a restore
    ):
        body = page(desk.client, desk.coordinator, cursor)
        assert body["reset"] is True
        assert [c["id"] for c in body["cases"]] == [case_id]
        assert body["removed"] == []
    assert page(desk.client, desk.coordinator, body["cursor"])["reset"] is False


def test_bad_cursors_and_limits_are_refused(desk: Desk) -> None:
    for cursor in ("%%%", "bm90IG91cnM", "MjpvdGhlcg"):
        answer = desk.client.get(
            "/api/v1/changes", params={"cursor": cursor}, headers=desk.coordinator
        )
        assert answer.status_code == 400
        assert answer.json()["error"]["code"] == "bad_cursor"
    for limit in (0, 1001, "many"):
        answer = desk.client.get(
            "/api/v1/changes", params={"limit": limit}, headers=desk.coordinator
        )
        assert answer.status_code == 422
        assert "error" in answer.json()
    assert desk.client.get("/api/v1/changes").status_code == 401


def test_reporter_identity_only_with_consent_or_to_coordinators(desk: Desk) -> None:
    secret = desk.routed(
        reporter_name="Trần Thị Bích", reporter_phone="0905123456", reporter_email="b@x.vn"
    )
    agreed = desk.routed(reporter_name="Lê Văn Cường", reporter_consent=True)
    unit, _, _ = follow(desk.client, desk.clerk)
    by_id = {c["id"]: c for c in unit}
    assert by_id[secret]["reporter"] is None
    assert by_id[agreed]["reporter"]["name"] == "Lê Văn Cường"
    ioc, _, _ = follow(desk.client, desk.coordinator)
    by_id = {c["id"]: c for c in ioc}
    assert by_id[secret]["reporter"] == {
        "name": "Trần Thị Bích",
        "phone": "0905123456",
        "email": "b@x.vn",
    }


def test_feed_pages_are_wire_pages(desk: Desk) -> None:
    from deskhandler.wire.models import ChangesPage

    desk.in_progress()
    body = page(desk.client, desk.clerk)
    parsed = ChangesPage.model_validate(body)
    assert parsed.cases[0].status == "in_progress"
    assert body["cases"][0].keys() >= {
        "id", "version", "workflow_version", "status", "department", "assignee", "category",
        "priority", "title", "description", "address", "lat", "long", "reported_at", "due_at",
        "updated_at",
    }  # fmt: skip


def test_feed_cases_read_as_the_case_detail_does(desk: Desk) -> None:
    """The feed encodes its pages with its own fast encoder; every field, datetimes to
    the microsecond included, reads exactly as the case detail writes it."""
    case_id = desk.in_progress()
    act(desk.client, desk.clerk, case_id, "close", {"resolution": "fixed", "text": "Đã xử lý"},
        version=4)  # fmt: skip
    cases, _, _ = follow(desk.client, desk.clerk)
    (fed,) = [case for case in cases if case["id"] == case_id]
    detail = desk.client.get(f"/api/v1/cases/{case_id}", headers=desk.clerk).json()
    detail.pop("timeline")
    assert fed == detail
    assert str(fed["resolved_at"]).endswith("Z")


def test_cases_carry_their_attachment_references(desk: Desk) -> None:
    case_id = desk.routed()
    photo = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    answer = desk.client.post(
        "/api/v1/attachments",
        files={"file": ("Ảnh hiện trường.png", photo, "image/png")},
        data={"case_id": case_id},
        headers=desk.clerk,
    )
    assert answer.status_code == 201, answer.text
    cases, _, _ = follow(desk.client, desk.clerk)
    (case,) = [case for case in cases if case["id"] == case_id]
    assert case["attachments"] == [
        {
            "id": answer.json()["id"],
            "name": "Ảnh hiện trường.png",
            "content_type": "image/png",
            "size": len(photo),
            "public": False,
        }
    ]
