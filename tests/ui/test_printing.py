"""Printing: the case file and the one-page unit summary as PDF, read back with pypdf.

The documents are checked as a reader of the PDF would see them: the Vietnamese text is
real text (extractable, NFC), markup in citizen text prints literally, the summary stays
one page with a big team, and the menu flow writes a whole file or none at all.
"""

from __future__ import annotations

import asyncio
import errno
import io
import os
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from deskhandler.app.desk import Desk
from deskhandler.app.printouts import CaseFile, CasePhoto, UnitSummary
from deskhandler.config import load_config
from deskhandler.store.records import CaseView, TimelineItem, Workload
from deskhandler.store.summary import DeadlineCounts, UnitCounts
from deskhandler.ui.app import DeskApp
from deskhandler.ui.printing.case_file import CaseFileLayout, Printed, PrintNames
from deskhandler.ui.printing.controller import pages_text
from deskhandler.ui.printing.pdf import Footer, PdfPages
from deskhandler.ui.printing.unit_summary import UnitSummaryLayout
from tests.support.desk import act
from tests.support.people import add_person
from tests.ui.cases import put, wire_case
from tests.ui.conftest import Central, Loop, until
from tests.ui.test_flows import desk_config, sign_in
from tests.ui.test_photo_viewer import png
from tests.ui.workspaces import offline_workspace

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
TITLE = "Đường Lê Lợi bị ngập"
MARKUP = "<b>bold</b> & <script>alert(1)</script>"
NAMES = PrintNames(
    category=lambda code: {"XD": "Trật tự xây dựng"}.get(code, code),
    unit=lambda code: {"SXD": "Sở Xây dựng"}.get(code or "", code or ""),
    person=lambda who: {"lan": "Trần Thị Lan"}.get(who, who),
)
PRINTED = Printed(NOW, "Trần Thị Lan (lan)", "Sở Xây dựng")


def squeeze(text: str) -> str:
    """NFC, without any whitespace: extraction spaces words with tabs or line breaks."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def case_pdf(data: CaseFile) -> bytes:
    pages = PdfPages("case file")
    document = CaseFileLayout(NAMES, PRINTED, NOW).build(pages, data)
    return pages.render(document, Footer(f"{data.view.case.id} · {TITLE}", pages_text))


def sample_case_file(description: str, timeline_entries: int = 6) -> CaseFile:
    # The title as some phones send it: decomposed marks (NFD).
    case = wire_case(
        "PA-0000042",
        title=unicodedata.normalize("NFD", TITLE),
        description=description,
        attachments=[
            {"id": "a", "name": "hiện trường.png", "content_type": "image/png", "size": 1},
            {"id": "b", "name": "sau khi sửa.jpg", "content_type": "image/jpeg", "size": 1},
        ],
    )
    kinds = [
        ("reassign", {"to": "SXD", "reason": "Thuộc thẩm quyền của Sở"}),
        ("accept", {}),
        ("note", {"text": "Đã gọi điện cho người dân, hẹn kiểm tra"}),
        ("assign", {"assignee": "lan"}),
        ("reply", {"text": "Đã vá mặt đường, cảm ơn Ông/Bà."}),
        ("approve", {}),
    ]
    timeline = [
        TimelineItem(
            f"a{n}", kind, "lan", NOW - timedelta(hours=20 - n), payload, public=kind == "reply"
        )
        for n, (kind, payload) in enumerate(kinds * (timeline_entries // len(kinds)))
    ]
    view = CaseView(case, case, [], [], timeline, case.version)
    photos = [CasePhoto(case.attachments[0], png(320, 240)), CasePhoto(case.attachments[1], None)]
    return CaseFile(view, timeline, photos)


def test_the_case_file_holds_real_vietnamese_text_and_numbered_pages(qapp: QApplication) -> None:
    data = case_pdf(sample_case_file("Nước ngập sâu nửa mét sau cơn mưa.\n" * 60))
    pages = pdf_pages(data)
    assert len(pages) >= 2
    text = squeeze("".join(pages))
    assert squeeze(TITLE) in squeeze(pages[0])
    for n, page in enumerate(pages, start=1):
        assert squeeze(f"Page {n} of {len(pages)}") in squeeze(page)
    assert squeeze("Case file PA-0000042") in text
    assert squeeze("Đã gọi điện cho người dân, hẹn kiểm tra") in text
    assert squeeze("Internal note · INTERNAL") in text, "notes are marked internal"
    assert squeeze("Reply approved") in text
    assert squeeze("To: Sở Xây dựng") in text
    assert squeeze("sau khi sửa.jpg — not downloaded") in text
    images = sum(len(page.images) for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert images == 1, "the cached photo is printed, the other one only named"


def test_the_timeline_is_printed_oldest_first(qapp: QApplication) -> None:
    text = squeeze("".join(pdf_pages(case_pdf(sample_case_file("Ngập")))))
    order = ["Reassigned", "Accepted", "Internalnote", "Assigned", "Publicreply", "Replyapproved"]
    positions = [text.index(word, text.index("Timeline")) for word in order]
    assert positions == sorted(positions)


def test_markup_in_citizen_text_prints_literally(qapp: QApplication) -> None:
    data = sample_case_file(MARKUP)
    text = squeeze("".join(pdf_pages(case_pdf(data))))
    assert squeeze(MARKUP) in text
    assert "alert(1)" in text


def summary_pdf(people: int, name_length: int) -> bytes:
    staff = {
        f"u{n:02d}": (f"Nguyễn Thị Thảo {n:02d} " + "Hoàng Anh Tuấn " * 10)[:name_length]
        for n in range(people)
    }
    workload: dict[str | None, Workload] = {
        who: Workload(n + 3, n % 4, n % 3) for n, who in enumerate(staff)
    }
    workload[None] = Workload(7, 2, 1)
    counts = UnitCounts(
        {"assigned": 12, "in_progress": 80, "awaiting_approval": 4},
        DeadlineCounts(open=96, overdue=9, due_today=3, due_this_week=11),
        [("XD", 40), ("GT", 30), ("MT", 26)],
    )
    pages = PdfPages("summary")
    layout = UnitSummaryLayout(NAMES, PRINTED, staff)
    document = layout.build(pages, UnitSummary("SXD", counts, workload))
    return pages.render(document, Footer("Unit summary · Sở Xây dựng", pages_text))


@pytest.mark.parametrize(("people", "name_length"), [(3, 20), (40, 140), (120, 140)])
def test_the_unit_summary_is_one_page_whatever_the_team(
    qapp: QApplication, people: int, name_length: int
) -> None:
    pages = pdf_pages(summary_pdf(people, name_length))
    assert len(pages) == 1
    text = squeeze(pages[0])
    assert squeeze("Sở Xây dựng") in text
    assert squeeze("Page 1 of 1") in text
    assert squeeze("Trật tự xây dựng") in text
    assert squeeze("Waiting to accept") in text
    if people <= 40:
        assert all(squeeze(f"Nguyễn Thị Thảo {n:02d}") in text for n in range(people))
    else:
        assert re.search(r"and\d+morepeoplewith\d+opencases", text)


# --- the menu flow ----------------------------------------------------------------------


def test_print_menus_write_pdfs_from_the_real_server(
    aloop: Loop, central: Central, tmp_path: Path
) -> None:
    clerk = add_person(central.db, "clerk", "SXD")
    maker = central.cases
    case_id = maker.in_progress(title=unicodedata.normalize("NFD", TITLE), address="Lê Lợi, Huế")
    for name, data in (("hiện trường.png", png(400, 300)), ("chưa tải.png", png(300, 200))):
        answer = central.client.post(
            "/api/v1/attachments",
            files={"file": (name, data, "image/png")},
            data={"case_id": case_id},
            headers=maker.clerk,
        )
        assert answer.status_code == 201, answer.text
    note = {"text": f"Ghi chú nội bộ: {MARKUP}"}
    assert act(central.client, maker.clerk, case_id, "note", note)["outcome"] == "applied"
    config = desk_config(tmp_path, central.url)
    folder = tmp_path / "bản in"
    folder.mkdir()

    async def scenario() -> None:
        app = DeskApp(config)
        running = asyncio.ensure_future(app.run())
        ws = await sign_in(app, clerk)
        await until(lambda: ws.model.rowCount() == 1, 30)
        assert ws.queue.select_case(case_id)
        await until(lambda: ws.case.view is not None and ws.case.view.timeline is not None, 30)
        view = ws.case.view
        assert view is not None
        assert len(view.case.attachments) == 2
        assert await ws.session.photo(view.case.attachments[0]) is not None  # now cached

        opened: list[QUrl] = []
        ws.printing.open_url = opened.append
        ws.window.print_case_action.trigger()
        chooser = ws.printing.chooser
        assert chooser is not None
        assert chooser.isVisible(), "opened with open(): no nested event loop"
        assert chooser.selectedFiles()[0].endswith(f"case-{case_id}.pdf")
        target = folder / f"case-{case_id}.pdf"
        chooser.fileSelected.emit(str(target))
        chooser.reject()
        await until(target.exists, 30)
        await until(lambda: "Saved" in ws.window.statusBar().currentMessage())
        pages = pdf_pages(target.read_bytes())
        text = squeeze("".join(pages))
        assert squeeze(TITLE) in squeeze(pages[0])
        assert squeeze(f"Page 1 of {len(pages)}") in squeeze(pages[0])
        assert squeeze(MARKUP) in text
        assert squeeze("INTERNAL") in text
        assert squeeze("Sở Xây dựng") in text
        assert squeeze("chưa tải.png — not downloaded") in text
        assert squeeze("hiện trường.png") in text
        assert [p.name for p in folder.iterdir()] == [target.name], "no temporary file left"
        assert ws.printing.open_folder.isVisible()
        ws.printing.open_folder.click()
        assert opened == [QUrl.fromLocalFile(str(folder))]

        ws.window.print_summary_action.trigger()
        chooser = ws.printing.chooser
        assert chooser is not None
        assert chooser.isVisible()
        assert "unit-summary-SXD-" in chooser.selectedFiles()[0]
        summary = folder / "tóm tắt"  # no suffix: ".pdf" is added
        chooser.fileSelected.emit(str(summary))
        chooser.reject()
        written = summary.with_name("tóm tắt.pdf")
        await until(written.exists, 30)
        pages = pdf_pages(written.read_bytes())
        assert len(pages) == 1
        assert squeeze("Unit summary") in squeeze(pages[0])
        assert squeeze("Sở Xây dựng") in squeeze(pages[0])
        assert squeeze(clerk.username) in squeeze(pages[0])
        ws.window.close()
        assert await running == 0

    aloop.run(scenario(), timeout=180)


def test_a_failed_write_warns_and_leaves_no_file(
    aloop: Loop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    config.profile.create_dirs()
    desk = Desk.open(config)
    desk.store.set_identity("lan", "clerk", "SXD")
    put(desk.store, wire_case("PA-0000007", title=TITLE))
    folder = tmp_path / "out"
    folder.mkdir()

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    async def scenario() -> None:
        async with offline_workspace(desk, aloop, lambda: NOW) as ws:
            assert ws.queue.select_case("PA-0000007")
            with monkeypatch.context() as patch:
                patch.setattr(os, "fsync", disk_full)
                assert await ws.printing.print_case_file("PA-0000007", folder / "a.pdf") is None
            warning = ws.printing.warning
            assert warning is not None
            assert warning.isVisible()
            assert "No space left on device" in warning.text()
            assert list(folder.iterdir()) == [], "no half file, no temporary file"
            warning.reject()

            missing = tmp_path / "no such folder" / "b.pdf"
            assert await ws.printing.print_summary(missing) is None
            assert ws.printing.warning is not None
            assert "could not be written" in ws.printing.warning.text()
            ws.printing.warning.reject()

            written = await ws.printing.print_summary(folder / "c.pdf")
            assert written == folder / "c.pdf"
            assert len(pdf_pages(written.read_bytes())) == 1
            ws.window.print_case_action.trigger()
            assert ws.printing.chooser is not None
            ws.printing.chooser.reject()

    try:
        aloop.run(scenario(), timeout=120)
    finally:
        desk.close()
