"""``deskhandler demo``: the central API on loopback with seeded Huế data.

The reference server with realistic data runs in a background thread, and the desk GUI
opens signed in as a demo account (``--no-gui``: only the server, for a browser at
``/docs``, an Open311 client or ``curl``).  ``--offline-after N`` stops serving after N
seconds and serves again a little later on the same port, so a newcomer sees work queue
offline and upload when the connection returns.  The server parts are imported by this
module only, and `deskhandler.cli` imports it only when the demo starts, so the rest of the
desk never needs the server extras; Qt is imported only when the GUI opens.
"""

from __future__ import annotations

import shutil
import signal
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from sqlalchemy import func, select

from deskhandler.server.app import create_app
from deskhandler.server.db import Database
from deskhandler.server.migrate import migrate
from deskhandler.server.models import CaseRow
from deskhandler.server.reference import ensure_reference_data
from deskhandler.server.seed import DEMO_PASSWORD, seed
from deskhandler.server.settings import Settings

#: The account each ``--as`` choice signs in with.
DEMO_USERS = {"clerk": "clerk.sxd", "supervisor": "supervisor.sxd", "coordinator": "coordinator"}


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """Ctrl+C and SIGTERM set ``stop``, even when the shell started us with SIGINT ignored."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    signals = [signal.SIGINT, signal.SIGTERM]
    previous = {sig: signal.getsignal(sig) for sig in signals}
    for sig in signals:
        signal.signal(sig, lambda _sig, _frame: stop.set())
    try:
        yield
    finally:
        for sig, handler in previous.items():
            if handler is not None:
                signal.signal(sig, handler)


def _say(line: str) -> None:
    print(line, flush=True)


class _Served:
    """The demo's uvicorn server on a fixed loopback port, which can go away and come back."""

    def __init__(self, app: FastAPI, port: int) -> None:
        self._app = app
        self.port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self, sock: socket.socket | None = None) -> bool:
        if sock is None:
            sock = socket.socket()
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(("127.0.0.1", self.port))
        config = uvicorn.Config(self._app, log_level="warning", access_log=False, lifespan="off")
        server = uvicorn.Server(config)
        # uvicorn installs signal handlers only in the main thread: Ctrl+C reaches us here.
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        self._server, self._thread = server, thread
        while not server.started:
            if not thread.is_alive():
                return False
            time.sleep(0.02)
        return True

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        self._server = self._thread = None


def _drop_connection(
    served: _Served,
    after: float,
    down_for: float,
    say: Callable[[str], None],
    stop: threading.Event,
) -> threading.Thread:
    """After ``after`` seconds stop serving for ``down_for`` seconds, then serve again."""

    def run() -> None:
        if stop.wait(after):
            return
        say(f"the connection drops now for {down_for:g} s: work in the desk queues for upload")
        served.stop()
        if stop.wait(down_for):
            return
        if served.start():
            say("the connection is back: queued work uploads with the next sync")
        else:
            say("the demo server did not come back")

    thread = threading.Thread(target=run, name="demo-offline", daemon=True)
    thread.start()
    return thread


def run_demo(
    *,
    role: str = "clerk",
    cases: int = 2000,
    port: int = 0,
    home: Path | None = None,
    say: Callable[[str], None] = _say,
    stop: threading.Event | None = None,
    gui: bool = False,
    offline_after: float | None = None,
    offline_for: float = 30.0,
) -> int:
    """Serve the demo; with ``gui`` open the desk signed in, until its window closes,
    otherwise until Ctrl+C (or until ``stop`` is set).  Returns the exit status."""
    throwaway = home is None
    folder = Path(tempfile.mkdtemp(prefix="deskhandler-demo-")) if home is None else home
    folder.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{folder / 'central.sqlite3'}"
    settings = Settings(db=url, attachments_dir=folder / "attachments")
    db = Database(url)
    sock = socket.socket()
    served: _Served | None = None
    stop = stop or threading.Event()
    try:
        migrate(db)
        with db.writing() as session:
            ensure_reference_data(session)
        with db.reading() as session:
            existing = session.scalar(select(func.count()).select_from(CaseRow)) or 0
        if existing:
            say(f"reusing {existing} cases in {folder}")
        else:
            say(f"seeding {cases} demo cases ...")
            report = seed(db, cases=cases, attachments_dir=settings.resolved_attachments_dir())
            say(f"seeded {report.cases} cases in {report.elapsed:.1f} s")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        bound = sock.getsockname()[1]
        base = f"http://127.0.0.1:{bound}"
        served = _Served(create_app(db, settings), bound)
        if not served.start(sock):
            say("the demo server did not start")
            return 1
        username = DEMO_USERS[role]
        say(f"deskhandler demo: the central API with seeded Huế data is running at {base}")
        say(f"  API documentation:  {base}/docs")
        say(f"  Open311 discovery:  {base}/open311/v2/discovery.json")
        say(f"  sign in as {username!r} with password {DEMO_PASSWORD!r} (--as {role})")
        say("  other accounts: coordinator, supervisor.<unit>, clerk.<unit> such as clerk.sgtvt")
        if offline_after is not None:
            _drop_connection(served, offline_after, offline_for, say, stop)
        if gui:
            say(f"The desk opens signed in as {username}; close its window to stop.")
            return _open_desk(folder / "desk", base, username)
        say("The desk GUI is off (--no-gui); press Ctrl+C to stop.")
        with _stop_on_signals(stop):
            while served.alive or offline_after is not None:
                if stop.wait(0.2):
                    break
        say("stopping")
        return 0
    finally:
        stop.set()
        if served is not None:
            served.stop()
        sock.close()
        db.dispose()
        if throwaway:
            shutil.rmtree(folder, ignore_errors=True)


def _open_desk(profile_home: Path, server_url: str, username: str) -> int:
    """The desk GUI on its own profile folder, signed in as ``username`` (not remembered)."""
    from deskhandler.ui.app import AutoSignIn, main  # noqa: PLC0415 - Qt only when shown

    return main(
        profile_home,
        server_url=server_url,
        auto=AutoSignIn(server_url, username, DEMO_PASSWORD),
    )
