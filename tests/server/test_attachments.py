"""Attachments: limits and types on upload, ranges, ETags and visibility on download."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from deskhandler.domain.statuses import Role
from deskhandler.server.api.deps import Principal
from deskhandler.server.app import create_app
from deskhandler.server.attachments_service import claim_attachments
from deskhandler.server.db import Database
from deskhandler.server.models import AttachmentRow
from deskhandler.server.settings import Settings
from tests.support.cases import routed_case
from tests.support.people import Person, sign_in

Maker = Callable[..., Person]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
JPEG = b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF" + b"\x42" * 3000
NAME = "Ảnh hiện trường đường Lê Lợi.jpg"


def upload(
    client: TestClient,
    headers: dict[str, str],
    data: bytes,
    *,
    name: str = "photo.png",
    claimed_type: str = "image/png",
    case_id: str | None = None,
) -> httpx.Response:
    answer: httpx.Response = client.post(
        "/api/v1/attachments",
        files={"file": (name, data, claimed_type)},
        data={"case_id": case_id} if case_id else None,
        headers=headers,
    )
    return answer


def stored_files(settings: Settings) -> list[Path]:
    root = settings.resolved_attachments_dir()
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def count_rows(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count(AttachmentRow.id))) or 0


@pytest.fixture
def small_client(db: Database, settings: Settings) -> Iterator[TestClient]:
    """The app with a 4 KiB upload limit."""
    app = create_app(db, settings.model_copy(update={"db": db.url, "max_upload_bytes": 4096}))
    with TestClient(app) as test_client:
        yield test_client


def test_upload_then_download_with_vietnamese_name(
    client: TestClient, make_person: Maker, db: Database, settings: Settings
) -> None:
    clerk = make_person("clerk", "SXD")
    headers = sign_in(client, clerk)
    case_id = routed_case(db, "SXD")
    # The client claims a PNG; the bytes say JPEG, and the bytes win.
    answer = upload(client, headers, JPEG, name=NAME, claimed_type="image/png", case_id=case_id)
    assert answer.status_code == 201, answer.text
    created = answer.json()
    assert created["content_type"] == "image/jpeg"
    assert created["size"] == len(JPEG)
    assert created["sha256"] == hashlib.sha256(JPEG).hexdigest()
    assert created["name"] == NAME
    with db.reading() as session:
        row = session.get(AttachmentRow, created["id"])
        assert row is not None
        assert (row.case_id, row.department, row.uploaded_by) == (case_id, "SXD", clerk.username)
        assert row.public is False
    got = client.get(f"/api/v1/attachments/{created['id']}", headers=headers)
    assert got.status_code == 200
    assert got.content == JPEG
    assert got.headers["content-type"] == "image/jpeg"
    assert got.headers["etag"] == f'"{created["sha256"]}"'
    assert got.headers["accept-ranges"] == "bytes"
    assert got.headers["x-content-type-options"] == "nosniff"
    disposition = got.headers["content-disposition"]
    assert disposition.startswith("attachment;")
    assert f"filename*=UTF-8''{quote(NAME, safe='')}" in disposition
    assert len(stored_files(settings)) == 1


def test_refusals_store_nothing(
    small_client: TestClient, make_person: Maker, db: Database, settings: Settings
) -> None:
    clerk = make_person("clerk", "SXD")
    headers = sign_in(small_client, clerk)
    theirs = routed_case(db, "SGTVT")
    too_big = upload(small_client, headers, PNG + b"\x00" * 4096)
    assert too_big.status_code == 413
    assert too_big.json()["error"]["code"] == "too_large"
    script = upload(small_client, headers, b"#!/bin/sh\nrm -rf /\n", name="a.png")
    assert script.status_code == 415
    assert script.json()["error"]["code"] == "unsupported_type"
    html = upload(
        small_client,
        headers,
        b"<html><script>alert(1)</script>",
        name="a.jpg",
        claimed_type="image/jpeg",
    )
    assert html.status_code == 415
    empty = upload(small_client, headers, b"")
    assert empty.status_code == 400
    not_ours = upload(small_client, headers, PNG[:1000], case_id=theirs)
    assert not_ours.status_code == 404
    no_file = small_client.post("/api/v1/attachments", data={"case_id": theirs}, headers=headers)
    assert no_file.status_code == 400
    assert count_rows(db) == 0
    assert stored_files(settings) == []
    # Just under the limit is fine.
    assert upload(small_client, headers, PNG[:4096]).status_code == 201


def test_upload_needs_sign_in(client: TestClient, db: Database, settings: Settings) -> None:
    assert upload(client, {}, PNG).status_code == 401
    assert count_rows(db) == 0
    assert stored_files(settings) == []


def test_etag_and_ranges(client: TestClient, make_person: Maker, db: Database) -> None:
    clerk = make_person("clerk", "SXD")
    headers = sign_in(client, clerk)
    created = upload(client, headers, PNG).json()
    url = f"/api/v1/attachments/{created['id']}"
    etag = f'"{created["sha256"]}"'
    size = len(PNG)

    cached = client.get(url, headers={**headers, "If-None-Match": etag})
    assert cached.status_code == 304
    assert cached.content == b""

    part = client.get(url, headers={**headers, "Range": "bytes=10-19"})
    assert part.status_code == 206
    assert part.content == PNG[10:20]
    assert part.headers["content-range"] == f"bytes 10-19/{size}"

    tail = client.get(url, headers={**headers, "Range": "bytes=-5"})
    assert tail.status_code == 206
    assert tail.content == PNG[-5:]

    rest = client.get(url, headers={**headers, "Range": f"bytes={size - 3}-"})
    assert rest.content == PNG[-3:]
    assert rest.headers["content-range"] == f"bytes {size - 3}-{size - 1}/{size}"

    beyond = client.get(url, headers={**headers, "Range": f"bytes={size}-"})
    assert beyond.status_code == 416
    assert beyond.headers["content-range"] == f"bytes */{size}"

    several = client.get(url, headers={**headers, "Range": "bytes=0-1,5-6"})
    assert several.status_code == 200
    assert several.content == PNG

    other_copy = client.get(url, headers={**headers, "Range": "bytes=0-9", "If-Range": '"x"'})
    assert other_copy.status_code == 200
    assert other_copy.content == PNG


def test_download_visibility(client: TestClient, make_person: Maker, db: Database) -> None:
    sxd_clerk = make_person("clerk", "SXD")
    sxd_supervisor = make_person("supervisor", "SXD")
    other_clerk = make_person("clerk", "SGTVT")
    coordinator = make_person("coordinator", "IOC")
    ours = routed_case(db, "SXD")
    mine = sign_in(client, sxd_clerk)
    linked = upload(client, mine, PNG, case_id=ours).json()["id"]
    loose = upload(client, mine, PNG[:500]).json()["id"]
    for attachment_id in (linked, loose):
        url = f"/api/v1/attachments/{attachment_id}"
        assert client.get(url, headers=sign_in(client, sxd_supervisor)).status_code == 200
        assert client.get(url, headers=sign_in(client, coordinator)).status_code == 200
        hidden = client.get(url, headers=sign_in(client, other_clerk))
        assert hidden.status_code == 404
        assert hidden.json()["error"]["code"] == "not_found"
        assert client.get(url).status_code == 401
    assert client.get("/api/v1/attachments/nope", headers=mine).status_code == 404


def test_claim_links_and_publishes_own_units_uploads(
    client: TestClient, make_person: Maker, db: Database
) -> None:
    sxd_clerk = make_person("clerk", "SXD")
    other_clerk = make_person("clerk", "SGTVT")
    case_id = routed_case(db, "SXD")
    ours = upload(client, sign_in(client, sxd_clerk), PNG).json()["id"]
    theirs = upload(client, sign_in(client, other_clerk), JPEG).json()["id"]
    acting = Principal(sxd_clerk.username, sxd_clerk.username, Role.CLERK, "SXD")
    with db.writing() as session, pytest.raises(ValueError, match="another unit"):
        claim_attachments(session, [ours, theirs], case_id, acting)
    with db.writing() as session, pytest.raises(ValueError, match="unknown attachment"):
        claim_attachments(session, ["no-such-id"], case_id, acting)
    with db.reading() as session:
        row = session.get(AttachmentRow, ours)
        assert row is not None
        assert row.case_id is None
    with db.writing() as session:
        claim_attachments(session, [ours], case_id, acting)
    with db.reading() as session:
        row = session.get(AttachmentRow, ours)
        assert row is not None
        assert (row.case_id, row.public) == (case_id, True)
