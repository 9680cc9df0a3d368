"""Possible duplicates in the desk: found offline, compared side by side, and marking one
opens the close dialog prefilled to point the citizen to the main case."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from deskhandler.app.desk import Desk
from deskhandler.config import load_config
from deskhandler.domain.duplicates import METRES_PER_DEGREE
from deskhandler.ui.dialogs.close import CloseDialog
from deskhandler.ui.dialogs.duplicates import DuplicatesDialog
from tests.store.conftest import T0, page, wire_case
from tests.ui.conftest import Loop, until
from tests.ui.test_dialogs import directory
from tests.ui.workspaces import offline_workspace

NOW = datetime(2026, 11, 3, 3, 0, tzinfo=UTC)


def test_mark_a_case_as_a_duplicate_of_a_nearby_report(aloop: Loop, tmp_path: Path) -> None:
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=tmp_path / "site")
    config.profile.create_dirs()
    desk = Desk.open(config)
    desk.store.set_identity("lan", "clerk", "SXD")
    desk.store.save_directory(directory(), None)
    near = 16.46 + 20 / METRES_PER_DEGREE
    desk.store.apply_changes(
        page(
            [
                wire_case(
                    "HUE-NEW",
                    title="Ổ gà lớn trước số 5 Hùng Vương",
                    description="Ổ gà sâu, xe máy dễ ngã.",
                    lat=16.46,
                ),
                wire_case(
                    "HUE-MAIN",
                    title="Ổ gà lớn Hùng Vương số 5",
                    description="Xe máy dễ ngã khi trời mưa.",
                    lat=near,
                    reported_at=(T0 - timedelta(days=2)).isoformat(),
                ),
                wire_case(
                    "HUE-ELSE",
                    title="Cây đổ trên đường Lê Lợi",
                    description="Cây xanh bật gốc sau bão.",
                    lat=near,
                ),
            ]
        )
    )

    async def scenario() -> None:
        async with offline_workspace(desk, aloop, lambda: NOW) as ws:
            assert ws.queue.select_case("HUE-NEW")
            await until(lambda: ws.case.view is not None and ws.case.find_duplicates.isEnabled())
            ws.case.find_duplicates.click()
            await until(lambda: isinstance(ws.actions.dialog, DuplicatesDialog))
            listing = ws.actions.dialog
            assert isinstance(listing, DuplicatesDialog)
            assert listing.list.count() == 1
            assert listing.list.item(0).text().startswith("HUE-MAIN\n20 m · 2 days")
            assert "Xe máy dễ ngã" in listing.theirs.toPlainText()
            assert "HUE-NEW" in listing.mine.toPlainText()
            listing.mark.click()

            await until(lambda: isinstance(ws.actions.dialog, CloseDialog))
            closing = ws.actions.dialog
            assert isinstance(closing, CloseDialog)
            assert closing.resolution.currentData() == "duplicate"
            assert closing.duplicate_of.text() == "HUE-MAIN"
            assert "HUE-MAIN" in closing.composer.published_text()
            closing.ok_button().click()
            await until(lambda: bool(desk.store.outbox("HUE-NEW")))
            [entry] = desk.store.outbox("HUE-NEW")
            assert entry.kind == "close"
            assert entry.payload["duplicate_of"] == "HUE-MAIN"

    try:
        aloop.run(scenario(), timeout=120)
    finally:
        desk.close()
