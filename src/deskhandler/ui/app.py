"""The composition root of the GUI: builds the objects, runs the qasync loop, cleans up.

Order of things: settings and the profile, the redacting log and the crash handler of
`deskhandler.support` (the same as the command line's; here a crash also opens a window
with the report's path — qasync reports failing async slots there too), the
``QApplication`` and its language, then one coroutine on the qasync loop
(``asyncio.Runner(loop_factory=...)``, Python 3.11): open the desk, sign in or resume the
remembered session (a remembered profile opens its local data at once, even
offline), show the window, sync in the background, and when the window closes stop the
sync, finish the store thread and close the database.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from deskhandler import __version__
from deskhandler.app.desk import Desk, DeskError
from deskhandler.app.drafts import FileDraftStore
from deskhandler.app.saved_views import FileViewStore
from deskhandler.app.session import DeskSession
from deskhandler.config import Config, load_config, save_user_settings
from deskhandler.store.errors import StoreError
from deskhandler.support import CrashHandler, configure_logging, ensure_std_streams
from deskhandler.sync.errors import Offline, SyncError
from deskhandler.ui.case_actions import finished
from deskhandler.ui.plain import set_plain, set_plain_title, warning_box
from deskhandler.ui.sign_in import SignInDialog
from deskhandler.ui.sync_status import SyncEvents
from deskhandler.ui.tasks import StoreWorker, Tasks
from deskhandler.ui.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AutoSignIn:
    """Sign in without asking (the demo): server, user, password."""

    server_url: str
    username: str
    password: str


# --- crash reporting ---------------------------------------------------------------------


class CrashNotice:
    """Tells the person, in a window, that something went wrong and where the report is.

    `support.CrashHandler` (the ``sys.excepthook``) logs the error through the redacting log
    and writes the report; this only shows it, so the desk and the command line report
    crashes the same way."""

    def __init__(self, *, show: bool = True) -> None:
        self.show = show
        self.boxes: list[QMessageBox] = []
        self.count = 0

    def __call__(self, report: Path) -> None:
        self.count += 1
        if not self.show or QApplication.instance() is None:
            return
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        set_plain_title(box, QCoreApplication.translate("app", "deskhandler: something went wrong"))
        set_plain(
            box,
            QCoreApplication.translate(
                "app",
                "Something went wrong inside deskhandler. Your work is saved.\n"
                "Please send this file to IT: %1",
            ).replace("%1", str(report)),
        )
        box.finished.connect(lambda _code: self._closed(box))
        self.boxes.append(box)
        box.open()

    def _closed(self, box: QMessageBox) -> None:
        """A box can finish more than once (closed, then rejected by its owner): forget it
        once, and let Qt delete it instead of keeping a hidden window for the process's life."""
        if box in self.boxes:
            self.boxes.remove(box)
            box.deleteLater()


def crash_dir(config: Config) -> Path:
    return config.profile.log_dir / "crashes"


# --- the signed-in desk --------------------------------------------------------------------


class DeskApp:
    """One run of the desk: the session, the workspace, sign-in when needed."""

    def __init__(self, config: Config, *, auto: AutoSignIn | None = None) -> None:
        self.config = config
        self.auto = auto
        loop = asyncio.get_running_loop()
        self.worker = StoreWorker(loop)
        self.tasks = Tasks(loop)
        self.events = SyncEvents()
        self.desk: Desk | None = None
        self.session: DeskSession | None = None
        self.workspace: Workspace | None = None
        self.closed = asyncio.Event()
        self.sign_in_dialog: SignInDialog | None = None
        # The sign-in dialog may be the only window for a moment: closing it must not end
        # the Qt loop under the running coroutine.  The desk ends when its main window does.
        QApplication.setQuitOnLastWindowClosed(False)

    async def run(self) -> int:
        try:
            self.desk = Desk.open(self.config)
        except StoreError as error:
            await self._tell(
                QCoreApplication.translate("app", "The local data cannot be opened"), str(error)
            )
            return 1
        try:
            return await self._run(self.desk)
        finally:
            await self.close()

    async def _run(self, desk: Desk) -> int:
        session = self.session = DeskSession(desk, listener=self.events)
        if self.auto is not None:
            a = self.auto
            await session.sign_in(a.server_url, a.username, a.password, remember=False)
        elif session.can_resume():
            session.resume()
        elif await self.worker.run(desk.store.identity) is None and not await self.sign_in():
            return 0
        drafts, views = await self._personal_files(desk)
        workspace = self.workspace = Workspace(
            desk,
            session,
            self.events,
            self.worker,
            self.tasks,
            drafts=drafts,
            views=views,
        )
        workspace.sign_in_needed.connect(lambda: self.tasks.spawn(self.sign_in_again()))
        workspace.sign_out_requested.connect(lambda: self.tasks.spawn(self.sign_out()))
        workspace.settings_requested.connect(lambda: self.tasks.spawn(self.open_settings()))
        workspace.window.closing.connect(self.closed.set)
        workspace.window.show()
        await workspace.start()
        if session.engine is not None:
            session.start()
        else:
            self.tasks.spawn(self.sign_in_again())
        await self.closed.wait()
        return 0

    async def _personal_files(self, desk: Desk) -> tuple[Any, FileViewStore | None]:
        """The signed-in person's drafts and saved views (identity read on the store thread)."""
        who = await self.worker.run(desk.store.identity)
        if who is None:
            return None, None
        data_dir = desk.config.profile.data_dir
        return (
            FileDraftStore.for_user(data_dir, who.username),
            FileViewStore.for_user(data_dir, who.username),
        )

    async def sign_in(self, parent: QWidget | None = None, note: str = "") -> bool:
        """Ask for the password until signed in or cancelled."""
        desk, session = self.desk, self.session
        assert desk is not None
        assert session is not None
        locked = not self.config.user_can_change("server_url")
        dialog = SignInDialog(
            desk.server_url or "",
            desk.username or "",
            server_locked=locked,
            note=note,
            parent=parent,
        )
        self.sign_in_dialog = dialog

        async def attempt(url: str, user: str, password: str, remember: bool) -> None:
            try:
                await session.sign_in(url, user, password, remember=remember)
            except Offline:
                dialog.fail(
                    QCoreApplication.translate(
                        "app", "The server cannot be reached. Check the address and network."
                    )
                )
            except (SyncError, DeskError) as error:
                dialog.fail(str(getattr(error, "message", error)))
            else:
                if session.warning:
                    log.warning("%s", session.warning)
                dialog.accept()

        dialog.submitted.connect(lambda *args: self.tasks.spawn(attempt(*args)))
        try:
            return await finished(dialog) == QDialog.DialogCode.Accepted
        finally:
            self.sign_in_dialog = None

    async def sign_in_again(self) -> None:
        if self.sign_in_dialog is not None or self.workspace is None or self.session is None:
            return
        note = QCoreApplication.translate(
            "app", "Sign in to upload your work and get new cases. Your local data stays open."
        )
        if await self.sign_in(self.workspace.window, note):
            self.workspace.identity_changed()
            self.session.start()
            self.session.trigger()

    async def sign_out(self) -> None:
        if self.session is not None:
            await self.session.sign_out()
        if self.workspace is not None:
            self.workspace.window.close()

    async def open_settings(self) -> None:
        from deskhandler.ui.dialogs import SettingsDialog, SettingsValues  # noqa: PLC0415

        desk, workspace = self.desk, self.workspace
        if desk is None or workspace is None:
            return
        pending = await self.worker.run(desk.store.outbox_count)
        reminders = await workspace.reminders_on()
        if self.workspace is not workspace or not workspace.window.isVisible():  # closed meanwhile
            return
        language = {"auto": "system"}.get(self.config.language, self.config.language)
        values = SettingsValues(
            language=language,
            server_url=desk.server_url or "",
            data_folder=str(self.config.profile.data_dir),
            server_locked=not self.config.user_can_change("server_url"),
            pending=pending,
            signed_in_as=desk.username,
            morning_reminders=reminders,
        )
        dialog = SettingsDialog(values, workspace.window)
        profile = self.config.profile

        def language_changed(code: str) -> None:
            save_user_settings(profile, {"language": "auto" if code == "system" else code})
            switcher = getattr(QApplication.instance(), "language_switcher", None)
            if switcher is not None:
                switcher.apply(code)

        dialog.language_changed.connect(language_changed)
        dialog.server_url_changed.connect(
            lambda url: save_user_settings(profile, {"server_url": url})
        )
        dialog.sign_out_requested.connect(lambda: self.tasks.spawn(self.sign_out()))
        dialog.morning_reminders_changed.connect(
            lambda on: self.tasks.spawn(workspace.set_reminders_on(on))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    async def _tell(self, title: str, text: str) -> None:
        await finished(warning_box(None, title, text))

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()
        await self.tasks.cancel_all()
        self.worker.shutdown()
        if self.desk is not None:
            self.desk.close()


def run(
    config: Config,
    *,
    auto: AutoSignIn | None = None,
    started: Callable[[DeskApp], None] | None = None,
) -> int:
    """Run the desk until its window closes (a ``QApplication`` must exist)."""

    async def main() -> int:
        desk_app = DeskApp(config, auto=auto)
        if started is not None:
            started(desk_app)
        return await desk_app.run()

    return on_qasync(main)


def on_qasync(main: Callable[[], Coroutine[Any, Any, int]]) -> int:
    """Run ``main()`` on a qasync loop, Qt's events and asyncio's together, to its end."""
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        return runner.run(main())


def application(argv: list[str] | None = None) -> QApplication:
    """The ``QApplication`` (created once) with our names and the interface language."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("deskhandler")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("deskhandler")
    return app


def install_language(app: QApplication, config: Config) -> None:
    from deskhandler.ui.i18n import LanguageSwitcher  # noqa: PLC0415 - compiles catalogs lazily

    switcher = LanguageSwitcher(app, config.profile.cache_dir / "translations")
    switcher.apply({"auto": "system"}.get(config.language, config.language))
    app.setProperty("language", switcher.language)
    app.language_switcher = switcher  # type: ignore[attr-defined]


def started(
    home: str | Path | None,
    overrides: Mapping[str, Any],
    body: Callable[[Config, QApplication], int],
) -> int:
    """``body`` inside the GUI's start-up: the settings and the profile's folders, the
    redacting log, the crash handler, the ``QApplication`` in the person's language."""
    config = load_config(overrides, home=home)
    config.profile.create_dirs()
    ensure_std_streams()
    configure_logging(config.profile.log_file, config.log_level)
    crashes = CrashHandler(crash_dir(config), on_crash=CrashNotice()).install()
    try:
        app = application()
        install_language(app, config)
        return body(config, app)
    finally:
        crashes.uninstall()


def main(
    home: str | Path | None = None,
    *,
    server_url: str | None = None,
    auto: AutoSignIn | None = None,
) -> int:
    """``deskhandler`` with no command: the GUI."""

    def desk(config: Config, _app: QApplication) -> int:
        log.info("deskhandler %s starting", __version__)
        return run(config, auto=auto)

    return started(home, {"server_url": server_url}, desk)


__all__ = [
    "AutoSignIn",
    "CrashNotice",
    "DeskApp",
    "application",
    "main",
    "on_qasync",
    "run",
    "started",
]
