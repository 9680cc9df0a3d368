"""The desk against the real central API: sign in, sync, a case, offline work, upload."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from deskhandler.config import Config, load_config, save_user_settings
from deskhandler.profile import SITE_FILE_NAME
from deskhandler.server.db import Database
from deskhandler.server.models import AttachmentRow
from deskhandler.sync.engine import State
from deskhandler.ui.app import DeskApp
from deskhandler.ui.case_panel import PENDING_ROLE
from deskhandler.ui.dialogs.accept import AcceptDialog
from deskhandler.ui.dialogs.note import NoteDialog
from deskhandler.ui.dialogs.reply import ReplyDialog
from deskhandler.ui.dialogs.settings import SettingsDialog
from deskhandler.ui.queue_model import Column, Role
from deskhandler.ui.workspace import Workspace
from tests.support.desk import timeline_kinds
from tests.support.faultproxy import FaultProxy
from tests.support.people import Person, add_person
from tests.ui.conftest import Central, Loop, until


def desk_config(tmp_path: Path, server_url: str) -> Config:
    return load_config(
        {"server_url": server_url},
        env={},
        home=tmp_path / "desk",
        site_config_dir=tmp_path / "site",
    )


async def sign_in(app: DeskApp, person: Person) -> Workspace:
    """Answer the sign-in dialog as ``person`` ("remember me" off); the opened workspace."""
    await until(lambda: app.sign_in_dialog is not None)
    dialog = app.sign_in_dialog
    assert dialog is not None
    dialog.username.setText(person.username)
    dialog.password.setText(person.password)
    dialog.remember.setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    await until(lambda: app.workspace is not None, 30)
    assert app.workspace is not None
    return app.workspace


def test_sign_in_sync_open_act_offline_then_upload(
    aloop: Loop, central: Central, tmp_path: Path
) -> None:
    clerk = add_person(central.db, "clerk", "SXD")
    routed = [
        central.cases.routed(title=f"Đèn đường hỏng số {n}", address="Lê Lợi, Huế")
        for n in range(3)
    ]
    with FaultProxy(central.url) as proxy:
        config = desk_config(tmp_path, proxy.url)

        async def scenario() -> None:
            app = DeskApp(config)
            running = asyncio.ensure_future(app.run())
            await until(lambda: app.sign_in_dialog is not None)
            dialog = app.sign_in_dialog
            assert dialog is not None
            assert dialog.server.text() == proxy.url, "prefilled from the settings"
            dialog.username.setText(clerk.username)
            dialog.password.setText("wrong password")
            dialog.remember.setChecked(False)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            await until(dialog.error.isVisible, 30)
            assert "not correct" in dialog.error.text()
            dialog.password.setText(clerk.password)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

            await until(lambda: app.workspace is not None, 30)
            ws = app.workspace
            assert ws is not None
            await until(lambda: ws.model.rowCount() == 3, 30)
            assert ws.sync.current.state is State.ONLINE
            assert clerk.username in ws.window.who.text()

            case_id = routed[1]
            assert ws.queue.select_case(case_id)
            await until(lambda: ws.case.view is not None and ws.case.view.case.id == case_id)
            assert ws.case.title.text().startswith("Đèn đường hỏng số 1")
            await until(lambda: ws.case.timeline.count() >= 2, 30)  # fetched from the server

            proxy.down()
            ws.sync_now()
            await until(lambda: ws.sync.current.state is State.OFFLINE, 30)
            assert "Offline" in ws.sync.state.text()

            ws.window.note_action.trigger()
            await until(lambda: ws.actions.dialog is not None)
            note = ws.actions.dialog
            assert isinstance(note, NoteDialog)
            note.text.setPlainText("Đã liên hệ người dân, hẹn kiểm tra chiều nay")
            note.ok_button().click()
            row = ws.model.row_of(case_id)
            assert row is not None
            upload = ws.model.index(row, Column.UPLOAD)
            await until(lambda: ws.model.data(upload) == "waiting to upload")
            assert ws.model.data(upload, Role.PENDING) == 1
            await until(lambda: "1 action" in ws.sync.waiting.text())
            await until(
                lambda: any(
                    ws.case.timeline.item(i).data(PENDING_ROLE)
                    for i in range(ws.case.timeline.count())
                )
            )
            first = ws.case.timeline.item(0)
            assert "waiting to upload" in first.text()
            assert "hẹn kiểm tra" in first.text()
            assert "note" not in timeline_kinds(central.db, case_id)

            proxy.up()
            ws.sync_now()
            await until(lambda: ws.model.data(ws.model.index(row, Column.UPLOAD)) == "", 60)
            assert ws.desk.store.outbox_count() == 0
            assert "note" in timeline_kinds(central.db, case_id)
            await until(lambda: ws.sync.waiting.text() == "")
            assert ws.sync.current.state is State.ONLINE
            ws.window.close()
            assert await running == 0

        aloop.run(scenario(), timeout=180)


def test_a_remembered_profile_opens_its_local_data_offline(
    aloop: Loop, central: Central, tmp_path: Path
) -> None:
    clerk = add_person(central.db, "clerk", "SXD")
    central.cases.routed(title="Cây đổ trên đường Hùng Vương")
    with FaultProxy(central.url) as proxy:
        config = desk_config(tmp_path, proxy.url)

        async def first_day() -> None:
            app = DeskApp(config)
            running = asyncio.ensure_future(app.run())
            ws = await sign_in(app, clerk)
            await until(ws.model.rowCount, 30)
            ws.window.close()
            await running

        aloop.run(first_day(), timeout=120)
        proxy.down()

        async def next_day() -> None:
            app = DeskApp(config)
            running = asyncio.ensure_future(app.run())
            await until(lambda: app.workspace is not None, 30)
            ws = app.workspace
            assert ws is not None
            await until(lambda: ws.model.rowCount() == 1)
            # Not remembered: the desk opens the local data and asks for the password.
            await until(lambda: app.sign_in_dialog is not None)
            assert app.sign_in_dialog is not None
            app.sign_in_dialog.reject()
            ws.window.close()
            await running

        aloop.run(next_day(), timeout=120)


def test_a_server_set_by_policy_cannot_be_changed_at_sign_in_or_in_settings(
    aloop: Loop, central: Central, tmp_path: Path
) -> None:
    clerk = add_person(central.db, "clerk", "SXD")
    site = tmp_path / "site"
    site.mkdir()
    (site / SITE_FILE_NAME).write_text(
        json.dumps({"policies": {"server_url": central.url}}), encoding="utf-8"
    )
    # The person's own settings name another server: the policy wins.
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=site)
    save_user_settings(config.profile, {"server_url": "https://elsewhere.example"})
    config = load_config({}, env={}, home=tmp_path / "desk", site_config_dir=site)
    assert config.server_url == central.url

    async def scenario() -> None:
        app = DeskApp(config)
        running = asyncio.ensure_future(app.run())
        await until(lambda: app.sign_in_dialog is not None)
        dialog = app.sign_in_dialog
        assert dialog is not None
        assert dialog.server.text() == central.url
        assert dialog.server.isReadOnly(), "the clerk cannot point the desk elsewhere"
        ws = await sign_in(app, clerk)
        await app.open_settings()
        await until(lambda: bool(ws.window.findChildren(SettingsDialog)))
        settings = ws.window.findChildren(SettingsDialog)[0]
        assert settings.server_url.text() == central.url
        assert settings.server_url.isReadOnly()
        assert settings._server_note.isVisibleTo(settings), "says who manages it"
        settings.reject()
        ws.window.close()
        await running

    aloop.run(scenario(), timeout=120)


def test_photos_attached_offline_to_a_reply_are_published_with_it(
    aloop: Loop, central: Central, tmp_path: Path
) -> None:
    clerk = add_person(central.db, "clerk", "SXD")
    case_id = central.cases.routed(title="Ổ gà trên đường Lê Lợi")
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    done = tmp_path / "sau khi vá.png"
    assert image.save(str(done))
    with FaultProxy(central.url) as proxy:
        config = desk_config(tmp_path, proxy.url)

        async def scenario() -> None:
            app = DeskApp(config)
            running = asyncio.ensure_future(app.run())
            ws = await sign_in(app, clerk)
            await until(lambda: ws.model.rowCount() == 1, 30)
            assert ws.queue.select_case(case_id)
            await until(lambda: ws.case.view is not None)
            proxy.down()
            ws.sync_now()
            await until(lambda: ws.sync.current.state is State.OFFLINE, 30)
            ws.actions.start(case_id, "accept")
            await until(lambda: ws.actions.dialog is not None)
            accept = ws.actions.dialog
            assert isinstance(accept, AcceptDialog)
            accept.ok_button().click()
            await until(lambda: ws.actions.dialog is None)

            ws.window.reply_action.trigger()
            await until(lambda: isinstance(ws.actions.dialog, ReplyDialog))
            reply = ws.actions.dialog
            assert isinstance(reply, ReplyDialog)
            assert reply.attached is not None
            reply.composer.set_text("Đơn vị đã vá xong ổ gà.")
            reply.attached.add_button.click()
            chooser = reply.attached.chooser
            assert chooser is not None
            assert chooser.isVisible(), "opened with open(), without a nested loop"
            chooser.filesSelected.emit([str(done), str(done)])
            chooser.reject()
            assert reply.files() == [done], "a file picked twice is attached once"
            assert "sau khi vá.png" in reply.attached.list.item(0).text()
            reply.ok_button().click()
            await until(
                lambda: any(
                    "📎 sau khi vá.png" in ws.case.timeline.item(i).text()
                    for i in range(ws.case.timeline.count())
                ),
                30,
            )
            assert attachment_names(central.db, case_id) == []

            proxy.up()
            ws.sync_now()
            await until(lambda: ws.desk.store.outbox_count() == 0, 60)
            assert attachment_names(central.db, case_id) == ["sau khi vá.png"]
            await until(lambda: ws.case.photo_list.count() == 1, 30)
            ws.window.close()
            assert await running == 0

        aloop.run(scenario(), timeout=180)


def attachment_names(db: Database, case_id: str) -> list[str]:
    with db.reading() as session:
        rows = session.scalars(select(AttachmentRow).where(AttachmentRow.case_id == case_id))
        return sorted(row.name for row in rows)
