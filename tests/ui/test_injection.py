"""Hostile citizen text shows as plain text everywhere, and nothing is fetched or opened.

Every screen the desk has for a case is filled from one hostile fixture (HTML, an image
pointing at a server we watch, links, a right-to-left override, 100 kB without a space),
then every widget of the application is walked and checked.
"""

from __future__ import annotations

import asyncio
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
)

from deskhandler.app.desk import Desk
from deskhandler.app.session import DeskSession
from deskhandler.config import load_config
from deskhandler.ui import plain
from deskhandler.ui.dialogs.duplicates import DuplicatesDialog
from deskhandler.ui.sync_status import SyncEvents
from deskhandler.ui.workspace import Workspace
from deskhandler.wire.models import CaseDetail
from tests.ui.cases import T0, wire_case
from tests.ui.conftest import Loop, until

BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
RAW_TAG = re.compile(r"<\s*(img|a|b|script|iframe|style)\b", re.IGNORECASE)


class Watched(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []  # noqa: RUF012 - shared by the handler instances on purpose

    def do_GET(self) -> None:
        Watched.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def watched_url() -> Iterator[str]:
    Watched.hits = []
    server = http.server.HTTPServer(("127.0.0.1", 0), Watched)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def hostile(url: str) -> str:
    return (
        f"<b>bold</b> <img src={url}/pixel.png> <a href='{url}/phish'>bấm vào đây</a> "
        f"\u202egpj.exe [*] &amp; <script>alert(1)</script>"
    )


def fill_hostile_store(desk: Desk, url: str) -> str:
    text = hostile(url)
    wall = "Đ" * 100_000
    store = desk.store
    store.set_identity("lan", "clerk", "SXD")
    store.save_directory(
        {
            "departments": [{"code": "SXD", "name": text}],
            "users": [{"username": "lan", "name": text, "role": "clerk", "department": "SXD"}],
            "categories": [{"code": "XD", "name": text, "handling_days": 5}],
            "templates": [{"code": "t", "name": text, "text": text}],
            "resolutions": [{"code": "done", "name": text}],
            "holidays": [],
        },
        None,
    )
    case = wire_case(
        "HUE-666",
        title=text + " " + wall,
        description=text + "\n" + wall,
        address=text,
        assignee="lan",
        category="XD",
        reporter={"name": text, "phone": "0905 123 456", "email": "a@b.vn"},
        attachments=[
            {"id": "att1", "name": text, "content_type": "image/png", "size": 10},
        ],
        tags=[text],
    )
    detail = CaseDetail.model_validate(
        {
            **case.model_dump(mode="json"),
            "timeline": [
                {
                    "action_id": "a1",
                    "kind": "note",
                    "actor": text,
                    "at": T0.isoformat(),
                    "payload": {"text": text + wall},
                }
            ],
        }
    )
    store.save_detail(detail)
    # Its twin: the same hostile text at the same place, listed as a possible duplicate.
    twin = case.model_copy(update={"id": "HUE-667", "title": text, "address": text})
    store.save_detail(CaseDetail.model_validate({**twin.model_dump(mode="json"), "timeline": []}))
    store.enqueue("HUE-666", "note", {"text": text + wall[:15_000]})
    return "HUE-666"


def check_text(where: str, text: str, *, rich_ok: bool = False) -> None:
    assert not BIDI.search(text), f"{where}: bidi control shown"
    if not rich_ok:
        return
    assert not RAW_TAG.search(text), f"{where}: raw markup in rich text: {text[:200]!r}"


def walk(app: QApplication) -> int:
    """Check every widget; return how many showed hostile text."""
    seen = 0
    for widget in app.allWidgets():
        name = f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()})"
        title = widget.windowTitle()
        check_text(f"{name} title", title)
        assert "\n" not in title
        tip = widget.toolTip()
        if tip:
            # Tooltips are always guessed as rich text: they must carry escaped markup.
            check_text(f"{name} tooltip", tip, rich_ok=True)
        if isinstance(widget, QLabel):
            text = widget.text()
            if "bold" in text or "gpj" in text:
                seen += 1
                assert widget.textFormat() == Qt.TextFormat.PlainText, name
            check_text(name, text)
            assert len(text) <= plain.LABEL_LIMIT * 2, f"{name}: {len(text)} characters"
            if widget.wordWrap() and widget.isVisible():
                assert widget.sizeHint().width() < 3000, f"{name} grows without end"
        elif isinstance(widget, QMessageBox):
            assert widget.textFormat() == Qt.TextFormat.PlainText, name
        elif isinstance(widget, QAbstractButton):
            check_text(name, widget.text())
        elif isinstance(widget, QPlainTextEdit):
            check_text(name, widget.toPlainText())
        elif isinstance(widget, QTextEdit):
            assert widget.acceptRichText() is False or "bold" not in widget.toHtml(), name
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                check_text(f"{name} item", item.text())
                if item.toolTip():
                    check_text(f"{name} item tooltip", item.toolTip(), rich_ok=True)
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), 50)):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    check_text(f"{name} cell", str(model.data(index) or ""))
                    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                    if tip:
                        check_text(f"{name} cell tooltip", str(tip), rich_ok=True)
    return seen


def test_hostile_text_is_plain_everywhere(aloop: Loop, tmp_path: Path, watched_url: str) -> None:
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    config.profile.create_dirs()
    desk = Desk.open(config)
    case_id = fill_hostile_store(desk, watched_url)
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    async def scenario() -> None:
        session = DeskSession(desk)
        ws = Workspace(desk, session, SyncEvents(), aloop.worker, aloop.tasks)
        ws.window.show()
        await ws.start()
        assert ws.queue.select_case(case_id)
        await until(lambda: ws.case.view is not None)
        await until(lambda: ws.model.data(ws.model.index(0, 1)) is not None)
        ws.notifier.announce("x", plain.single_line(hostile(watched_url), 200))
        ws.case.confirm_open_map()
        opened = [w for w in app.topLevelWidgets() if isinstance(w, QMessageBox)]
        assert opened, "the map opens only after a question"
        for kind in ("note", "reply", "triage", "reassign", "close", "return"):
            ws.actions.start(case_id, kind)
            await until(lambda: ws.actions.dialog is not None)
            dialog = ws.actions.dialog
            assert dialog is not None
            await asyncio.sleep(0.05)
            assert walk(app) > 0
            dialog.reject()
            await until(lambda: ws.actions.dialog is None)
        ws.actions.open_conflicts()
        await until(lambda: ws.actions.dialog is not None)
        assert walk(app) >= 5
        conflicts = ws.actions.dialog
        assert conflicts is not None
        conflicts.reject()
        ws.actions.start_duplicates(case_id)
        await until(lambda: isinstance(ws.actions.dialog, DuplicatesDialog))
        listing = ws.actions.dialog
        assert isinstance(listing, DuplicatesDialog)
        assert listing.list.count() == 1, "the twin is listed"
        await asyncio.sleep(0.05)
        assert walk(app) > 0
        listing.reject()
        for box in opened:
            box.reject()
        await asyncio.sleep(0.2)
        ws.window.close()
        await session.close()

    try:
        aloop.run(scenario(), timeout=120)
    finally:
        desk.close()
    assert Watched.hits == [], "something fetched the image or followed the link"
