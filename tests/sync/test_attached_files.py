"""Photos of the work done, attached offline to a reply or a closure: uploaded once, before
the action that links them, through drops, refusals and a cache that lost the bytes."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from sqlalchemy import select

from deskhandler.app.desk import Desk, DeskError
from deskhandler.app.session import DeskSession
from deskhandler.config import load_config
from deskhandler.server.db import Database
from deskhandler.server.models import AttachmentRow, TimelineRow
from deskhandler.server.settings import Settings
from tests.support.cases import routed_case
from tests.support.faultproxy import Fault, FaultProxy
from tests.support.people import Person

pytestmark = pytest.mark.asyncio

UPLOAD_LIMIT = 64 * 1024
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The server of these tests takes uploads of at most 64 kB."""
    return Settings(attachments_dir=tmp_path / "attachments", max_upload_bytes=UPLOAD_LIMIT)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    with Desk.open(config) as opened:
        yield opened


@pytest_asyncio.fixture
async def session(desk: Desk, proxy: FaultProxy, clerk: Person) -> AsyncIterator[DeskSession]:
    started = DeskSession(desk)
    await started.sign_in(proxy.url, clerk.username, clerk.password, remember=False)
    yield started
    await started.close()


def photo(folder: Path, name: str, size: int = 2000) -> Path:
    path = folder / name
    path.write_bytes(PNG + os.urandom(size - len(PNG)))
    return path


def attachments_of(db: Database) -> list[AttachmentRow]:
    with db.reading() as session:
        return list(session.scalars(select(AttachmentRow)))


def linked(db: Database, case_id: str) -> list[AttachmentRow]:
    return [row for row in attachments_of(db) if row.case_id == case_id]


async def _case_in_progress(db: Database, desk: Desk, session: DeskSession) -> str:
    case_id = routed_case(db, "SXD")
    await session.sync_now()
    desk.act(case_id, "accept", {})
    return case_id


async def test_a_reply_written_offline_publishes_its_photos_once_online(
    db: Database, desk: Desk, session: DeskSession, proxy: FaultProxy, tmp_path: Path
) -> None:
    case_id = await _case_in_progress(db, desk, session)
    proxy.down()
    files = [photo(tmp_path, "trước.png"), photo(tmp_path, "sau khi vá.png")]
    desk.act(case_id, "reply", {"text": "Đơn vị đã vá ổ gà."}, files=files)
    pending = desk.store.outbox(case_id)[-1]
    assert [f.name for f in pending.files] == ["trước.png", "sau khi vá.png"]
    assert {f.digest for f in pending.files} <= desk.attachments.pinned()
    view = desk.store.case(case_id)
    assert view is not None
    assert view.case.status == "resolved"

    assert not (await session.sync_now()).finished
    assert attachments_of(db) == []
    proxy.up()
    report = await session.sync_now()
    assert report.exit_code == 0, report.error

    rows = linked(db, case_id)
    assert sorted(row.name for row in rows) == ["sau khi vá.png", "trước.png"]
    assert all(row.public for row in rows)
    assert {row.size for row in rows} == {2000}
    assert desk.attachments.pinned() == set(), "uploaded files may leave the cache again"
    mirrored = desk.store.case(case_id)
    assert mirrored is not None
    assert sorted(ref.name for ref in mirrored.case.attachments) == sorted(r.name for r in rows)


async def test_a_lost_upload_answer_never_puts_a_photo_on_the_case_twice(
    db: Database, desk: Desk, session: DeskSession, proxy: FaultProxy, tmp_path: Path
) -> None:
    case_id = await _case_in_progress(db, desk, session)
    desk.act(case_id, "note", {"text": "Ảnh hiện trường"}, files=[photo(tmp_path, "a.png")])
    proxy.fail(Fault.drop_answer(), times=1, path="/api/v1/attachments")
    first = await session.sync_now()
    assert not first.finished
    assert len(attachments_of(db)) == 1, "the server stored the upload; the desk never heard"
    assert desk.store.outbox_count() == 1

    report = await session.sync_now()
    assert report.exit_code == 0, report.error
    assert len(attachments_of(db)) == 2, "sent again: the first copy stays unlinked"
    assert len(linked(db, case_id)) == 1


async def test_a_lost_action_answer_sends_the_recorded_upload_not_a_new_one(
    db: Database, desk: Desk, session: DeskSession, proxy: FaultProxy, tmp_path: Path
) -> None:
    case_id = await _case_in_progress(db, desk, session)
    await session.sync_now()
    desk.act(case_id, "note", {"text": "Ảnh"}, files=[photo(tmp_path, "b.png")])
    proxy.fail(Fault.status(503), path="/api/v1/actions")
    assert not (await session.sync_now()).finished
    [waiting] = desk.store.outbox(case_id)
    assert waiting.waiting_files == [], "the upload is recorded the moment it is made"
    proxy.clear()
    assert (await session.sync_now()).exit_code == 0
    assert len(attachments_of(db)) == 1
    assert len(linked(db, case_id)) == 1
    with db.reading() as s:
        notes = list(s.scalars(select(TimelineRow).where(TimelineRow.kind == "note")))
    assert len(notes) == 1


async def test_a_file_the_server_refuses_parks_its_action_and_the_rest_goes_on(
    db: Database, desk: Desk, session: DeskSession, tmp_path: Path
) -> None:
    case_id = await _case_in_progress(db, desk, session)
    other = routed_case(db, "SXD")
    await session.sync_now()
    big = photo(tmp_path, "lớn.png", UPLOAD_LIMIT * 2)
    desk.act(case_id, "note", {"text": "Ảnh lớn"}, files=[big])
    desk.act(other, "note", {"text": "Vẫn được tải lên"})
    report = await session.sync_now()
    assert report.exit_code == 2
    [parked] = desk.store.conflicts()
    assert parked.outcome == "rejected"
    assert parked.error_message is not None
    assert "lớn.png" in parked.error_message
    assert [f.name for f in parked.files] == ["lớn.png"]
    assert linked(db, other) == []
    assert desk.store.outbox_count() == 0
    assert next(f.digest for f in parked.files) in desk.attachments.pinned(), (
        "a parked action keeps its file for Re-apply"
    )


async def test_an_action_whose_file_left_the_pc_is_parked_with_the_reason(
    db: Database, desk: Desk, session: DeskSession, tmp_path: Path
) -> None:
    case_id = await _case_in_progress(db, desk, session)
    desk.act(case_id, "note", {"text": "Ảnh"}, files=[photo(tmp_path, "c.png")])
    [entry] = [e for e in desk.store.outbox(case_id) if e.files]
    cached = desk.attachments.path(entry.files[0].digest)
    assert cached is not None
    cached.unlink()
    report = await session.sync_now()
    assert report.exit_code == 2
    [parked] = desk.store.conflicts()
    assert parked.error_code == "file_missing"
    assert "c.png" in (parked.error_message or "")
    assert attachments_of(db) == []


async def test_re_applying_a_parked_action_sends_its_files_again(
    db: Database, desk: Desk, session: DeskSession, tmp_path: Path, proxy: FaultProxy
) -> None:
    case_id = await _case_in_progress(db, desk, session)
    desk.act(case_id, "note", {"text": "Ảnh"}, files=[photo(tmp_path, "d.png")])
    proxy.fail(Fault.status(403), times=1, path="/api/v1/attachments")
    assert (await session.sync_now()).exit_code == 2
    [parked] = desk.store.conflicts()
    desk.reapply(parked.id)
    assert (await session.sync_now()).exit_code == 0
    assert [row.name for row in linked(db, case_id)] == ["d.png"]


async def test_files_that_cannot_be_attached_are_refused_before_anything_is_queued(
    desk: Desk, tmp_path: Path
) -> None:
    text = tmp_path / "ghi chú.txt"
    text.write_text("không phải ảnh", encoding="utf-8")
    empty = tmp_path / "rỗng.png"
    empty.write_bytes(b"")
    huge = tmp_path / "huge.png"
    with huge.open("wb") as out:
        out.write(PNG)
        out.truncate(11 * 1024 * 1024)
    cases = {
        text: "is not a photo",
        empty: "is empty",
        huge: "too large",
        tmp_path / "gone.png": "Cannot read gone.png",
    }
    for path, words in cases.items():
        with pytest.raises(DeskError, match=words):
            desk.act("any-case", "reply", {"text": "x"}, files=[path])
    with pytest.raises(DeskError, match="carries no files"):
        desk.act("any-case", "accept", {}, files=[photo(tmp_path, "e.png")])
    with pytest.raises(DeskError, match="at most 20"):
        desk.act("any-case", "reply", {"text": "x"}, files=[tmp_path / "e.png"] * 21)
    assert desk.store.outbox_count() == 0
