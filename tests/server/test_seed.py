"""The demo data: deterministic, additive, realistic, and consistent with the lifecycle."""

from __future__ import annotations

import io
import itertools
import unicodedata
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from PIL import Image
from sqlalchemy import func, select

from deskhandler.domain.deadlines import DeadlineState, deadline_state
from deskhandler.domain.statuses import AT_IOC, FINISHED, Status
from deskhandler.domain.text import fold, nfc
from deskhandler.server import seed_text
from deskhandler.server.attachment_store import AttachmentStore
from deskhandler.server.db import Database
from deskhandler.server.models import (
    AttachmentRow,
    CaseRow,
    CategoryRow,
    DepartmentRow,
    Departure,
    TimelineRow,
    UserRow,
)
from deskhandler.server.seed import DEMO_PASSWORD, UNITS, seed
from tests.support.people import Person, sign_in

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def _cases(db: Database) -> list[CaseRow]:
    with db.reading() as session:
        return list(session.scalars(select(CaseRow).order_by(CaseRow.number)))


def _timeline(db: Database) -> dict[str, list[TimelineRow]]:
    entries: dict[str, list[TimelineRow]] = {}
    with db.reading() as session:
        for row in session.scalars(select(TimelineRow).order_by(TimelineRow.id)):
            entries.setdefault(row.case_id, []).append(row)
    return entries


def _contents(db: Database) -> list[dict[str, Any]]:
    rows = []
    timeline = _timeline(db)
    for case in _cases(db):
        row = {c.key: getattr(case, c.key) for c in CaseRow.__table__.columns}
        row["timeline"] = [
            (e.action_id, e.kind, e.actor, e.at, e.payload, e.public, e.status_after)
            for e in timeline[case.id]
        ]
        rows.append(row)
    return rows


def test_the_same_seed_gives_the_same_cases(
    sqlite_template: Path, tmp_path: Path, sqlite_url: str
) -> None:
    other = tmp_path / "other.sqlite3"
    other.write_bytes(sqlite_template.read_bytes())
    first, second = Database(sqlite_url), Database(f"sqlite:///{other}")
    try:
        seed(first, cases=60, seed=7, attachments_dir=tmp_path / "a1", now=NOW)
        seed(second, cases=60, seed=7, attachments_dir=tmp_path / "a2", now=NOW)
        assert _contents(first) == _contents(second)
        third = Database(f"sqlite:///{tmp_path / 'third.sqlite3'}")
        (tmp_path / "third.sqlite3").write_bytes(sqlite_template.read_bytes())
        seed(third, cases=60, seed=8, attachments_dir=tmp_path / "a3", now=NOW)
        assert [c["description"] for c in _contents(third)] != [
            c["description"] for c in _contents(first)
        ]
        third.dispose()
    finally:
        first.dispose()
        second.dispose()


def test_seeding_again_adds_cases_and_nothing_else(db: Database, tmp_path: Path) -> None:
    first = seed(db, cases=40, seed=3, attachments_dir=tmp_path, now=NOW)
    with db.reading() as session:
        users = session.scalar(select(func.count()).select_from(UserRow))
        categories = session.scalar(select(func.count()).select_from(CategoryRow))
    second = seed(db, cases=40, seed=3, attachments_dir=tmp_path, now=NOW)
    assert first.users_created > 20
    assert second.users_created == 0
    cases = _cases(db)
    assert len(cases) == 80
    assert len({c.id for c in cases}) == 80
    assert first.last_id is not None
    assert second.first_id is not None
    assert second.first_id > first.last_id
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(UserRow)) == users
        assert session.scalar(select(func.count()).select_from(CategoryRow)) == categories
        action_ids = list(session.scalars(select(TimelineRow.action_id)))
        attachment_ids = list(session.scalars(select(AttachmentRow.id)))
    assert len(action_ids) == len(set(action_ids))
    assert len(attachment_ids) == len(set(attachment_ids))
    # Each run is one change-feed transaction, later runs later in the feed.
    seqs = {c.id: c.feed_seq for c in cases}
    assert len({seqs[c.id] for c in cases[:40]}) == 1
    assert min(seqs[c.id] for c in cases[40:]) > max(seqs[c.id] for c in cases[:40])


def _became_finished(entries: list[TimelineRow]) -> datetime | None:
    """When the timeline last went from a status that needs work to a finished one."""
    moment, status = None, Status.NEW.value
    for entry in entries:
        after = entry.status_after or status
        if after not in FINISHED:
            moment = None
        elif status not in FINISHED:
            moment = entry.at
        status = after
    return moment


def test_a_realistic_spread_that_follows_the_lifecycle(db: Database, tmp_path: Path) -> None:
    report = seed(db, cases=300, seed=1, attachments_dir=tmp_path, now=NOW)
    cases = _cases(db)
    timeline = _timeline(db)
    assert report.cases == len(cases) == 300
    assert set(Counter(c.status for c in cases)) == {s.value for s in Status}
    units = Counter(c.department for c in cases if c.department)
    assert len(units) >= 8
    assert set(units) <= set(UNITS)
    with db.reading() as session:
        staff = {u.username: u for u in session.scalars(select(UserRow))}
        approval = dict(
            session.execute(select(DepartmentRow.code, DepartmentRow.approval_required)).all()
        )
        departures = list(session.scalars(select(Departure)))
    assert not any(approval[u] for u in UNITS)
    states = Counter(
        deadline_state(c.due_at, NOW).state for c in cases if c.status == Status.IN_PROGRESS
    )
    assert states[DeadlineState.OVERDUE] > 0
    assert states[DeadlineState.DUE_SOON] > 0
    by_id = {c.id: c for c in cases}
    for case in cases:
        entries = timeline[case.id]
        assert entries[0].kind == "report"
        assert case.version == len(entries)
        assert entries[-1].status_after == case.status
        assert case.updated_at == entries[-1].at
        assert all(a.at <= b.at for a, b in itertools.pairwise(entries))
        assert entries[-1].at < NOW
        assert case.reported_at == entries[0].at
        assert (case.department is None) == (Status(case.status) in AT_IOC)
        if case.assignee is not None:
            assert staff[case.assignee].department == case.department
        for entry in entries[1:]:
            assert entry.actor == "citizen" or entry.actor in staff
        if case.duplicate_of is not None:
            assert by_id[case.duplicate_of].category == case.category
            assert case.resolution == "duplicate"
        if case.status in {"resolved", "closed"} and case.resolution != "invalid":
            assert case.public_text
        assert case.resolved_at == _became_finished(entries)
        if case.resolved_at is not None:
            assert case.reported_at <= case.resolved_at <= case.updated_at < NOW
    assert any(c.status == "returned" for c in cases)
    assert {d.case_id for d in departures} == {c.id for c in cases if c.status == "returned"}
    assert sum(c.duplicate_of is not None for c in cases) >= 3
    assert any(c.satisfaction_rating for c in cases)
    finished = [c for c in cases if c.status in FINISHED]
    assert all(c.resolved_at is not None for c in finished)
    assert all(c.resolved_at is None for c in cases if c.status not in FINISHED)
    # Closed or rated after the reply: resolved before the last update.
    assert any(c.resolved_at is not None and c.resolved_at < c.updated_at for c in finished)
    with_reporter = [c for c in cases if c.reporter_name]
    assert any(c.reporter_consent for c in with_reporter)
    assert any(not c.reporter_consent for c in with_reporter)
    assert any(c.reporter_name is None for c in cases)


def test_texts_are_vietnamese_nfc_with_the_tricky_ones(db: Database, tmp_path: Path) -> None:
    seed(db, cases=120, seed=5, attachments_dir=tmp_path, now=NOW)
    cases = _cases(db)
    for case in cases:
        for value in (case.title, case.description, case.address or ""):
            assert unicodedata.is_normalized("NFC", value)
        if case.lat is not None:
            assert 16.40 < case.lat < 16.52
            assert case.long is not None
            assert 107.50 < case.long < 107.65
    # The decomposed text really was decomposed, and is stored composed.
    assert not unicodedata.is_normalized("NFC", seed_text.NFD_REPORT)
    assert any(c.description == nfc(seed_text.NFD_REPORT) for c in cases)
    assert any(len(c.description) > 3000 for c in cases)
    assert any("🙏" in c.description for c in cases)
    assert any(c.lat is None for c in cases)
    streets = {street for street, *_ in seed_text.STREETS}
    assert sum(any(s in (c.address or "") for s in streets) for c in cases) == len(cases)
    text = " ".join(c.description for c in cases)
    assert {"ả", "ố", "ư", "đ", "ộ"} <= set(text)
    assert fold(text) != text.casefold()


def test_photos_are_real_jpegs_in_the_store(db: Database, tmp_path: Path) -> None:
    seed(db, cases=50, seed=2, attachments_dir=tmp_path / "files", now=NOW)
    store = AttachmentStore(tmp_path / "files")
    with db.reading() as session:
        rows = list(session.scalars(select(AttachmentRow)))
    assert len(rows) > 10
    assert len({r.sha256 for r in rows}) >= 4
    for row in rows:
        data = store.path(row.sha256).read_bytes()
        assert len(data) == row.size
        assert row.content_type == "image/jpeg"
        assert row.public
        with Image.open(io.BytesIO(data)) as image:
            assert image.format == "JPEG"
            assert image.size == (320, 240)


def test_no_photos_and_zero_cases(db: Database, tmp_path: Path) -> None:
    assert seed(db, cases=0).cases == 0
    report = seed(db, cases=15, photos=False, now=NOW)
    assert report.cases == 15
    assert report.attachments == 0
    with pytest.raises(ValueError, match="negative"):
        seed(db, cases=-1)


def test_demo_accounts_sign_in_and_see_their_units_cases(
    db: Database, client: TestClient, tmp_path: Path
) -> None:
    seed(db, cases=150, seed=4, attachments_dir=tmp_path, now=NOW)
    clerk = Person("clerk.sgtvt", "clerk", "SGTVT", DEMO_PASSWORD)
    headers = sign_in(client, clerk)
    seen: list[dict[str, Any]] = []
    cursor = ""
    for _ in range(100):
        page = client.get("/api/v1/changes", params={"cursor": cursor}, headers=headers)
        assert page.status_code == 200, page.text
        body = page.json()
        seen.extend(body["cases"])
        cursor = body["cursor"]
        if not body["has_more"]:
            break
    expected = {c.id for c in _cases(db) if c.department == "SGTVT"}
    assert expected
    assert {c["id"] for c in seen} == expected
