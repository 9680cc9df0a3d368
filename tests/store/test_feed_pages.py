"""A page of the feed as the sync engine reads it (`wire.feed.FeedPage`: dicts) is stored
exactly as the same page of models (`ChangesPage`) - snapshot text, columns, overlay and
search index - so the two ways a snapshot reaches the store never disagree."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from deskhandler.store import Store
from deskhandler.wire.feed import read_page
from deskhandler.wire.models import Case, ChangesPage
from tests.store.conftest import wire_data

AT = datetime(2026, 11, 3, 7, 30, tzinfo=UTC)
NFD_TITLE = unicodedata.normalize("NFD", "Đèn đường hỏng ở Huế")


def wire(case_id: str, version: int = 3, **fields: Any) -> dict[str, Any]:
    """Moments written as pydantic writes them, so the models' JSON is byte for byte the
    server's (the feed keeps the server's text)."""
    moments = {
        "reported_at": "2026-11-02T08:00:00Z",
        "due_at": "2026-11-09T08:00:00.500000+07:00",
        "updated_at": "2026-11-02T09:00:00Z",
    }
    return wire_data(case_id, version=version, **{**moments, **fields})


def both(cases: list[dict[str, Any]], cursor: str) -> tuple[ChangesPage, Any]:
    body = {"cases": cases, "removed": [], "cursor": cursor, "has_more": False}
    models = ChangesPage(
        cases=[Case.model_validate(case) for case in cases],
        removed=[],
        cursor=cursor,
        has_more=False,
    )
    return models, read_page(json.dumps(body, ensure_ascii=False).encode())


def contents(path: Path) -> tuple[list[Any], list[Any], list[Any]]:
    conn = sqlite3.connect(path)
    try:
        return (
            conn.execute("SELECT * FROM cases ORDER BY n").fetchall(),
            conn.execute("SELECT rowid, * FROM case_search ORDER BY rowid").fetchall(),
            conn.execute("SELECT value FROM meta WHERE key = 'cursor'").fetchall(),
        )
    finally:
        conn.close()


def test_a_feed_page_is_stored_as_the_same_page_of_models(tmp_path: Path) -> None:
    first = [
        wire("HUE-1"),
        wire("HUE-2", title=NFD_TITLE),
        wire(
            "HUE-3",
            status="resolved",
            resolved_at="2026-11-05T10:00:00Z",
            rating={"satisfied": False, "comment": "Chưa sửa", "rated_at": "2026-11-06T01:00:00Z"},
            tags=["khẩn"],
        ),
        wire("HUE-1", version=2, title="an older copy in the same page"),
    ]
    newer = [
        wire("HUE-1", version=4, priority="high"),
        wire("HUE-2", version=5, title=NFD_TITLE, assignee=None),
    ]
    paths = {way: tmp_path / f"{way}.sqlite3" for way in ("models", "feed")}
    for way, path in paths.items():
        with Store.open(path) as store:
            store.set_identity("lan", "clerk", "SXD")
            store.apply_changes(both(first, "c1")[way == "feed"])
            # the user's pending work, re-applied on top of the next snapshots
            store.enqueue("HUE-1", "note", {"text": "Đã báo nhà thầu"}, created_at=AT)
            store.enqueue("HUE-2", "triage", {"priority": "urgent"}, created_at=AT)
            store.apply_changes(both(newer, "c2")[way == "feed"])

    models, fed = contents(paths["models"]), contents(paths["feed"])
    assert fed == models
    rows = {row[1]: row for row in fed[0]}
    assert set(rows) == {"HUE-1", "HUE-2", "HUE-3"}
    assert all(unicodedata.is_normalized("NFC", row[17]) for row in fed[0])  # snapshots
    assert json.loads(fed[2][0][0]) == "c2"


def test_an_older_snapshot_from_the_feed_does_not_replace_a_newer_one(tmp_path: Path) -> None:
    with Store.open(tmp_path / "desk.sqlite3") as store:
        store.set_identity("lan", "clerk", "SXD")
        store.apply_changes(both([wire("HUE-1", version=5, title="mới")], "c1")[1])
        store.apply_changes(both([wire("HUE-1", version=4, title="cũ")], "c2")[1])
        case = store.case("HUE-1")
        assert case is not None
        assert (case.snapshot.version, case.case.title) == (5, "mới")
