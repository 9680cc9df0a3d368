"""``deskhandler demo``: the central API on loopback with seeded Huế data.

Until the desk GUI arrives, the demo is the reference server with realistic data that a
person can explore with a browser (``/docs``), an Open311 client or ``curl``.  The server
parts are imported by this module only, and `deskhandler.cli` imports it only when the demo
starts, so the rest of the desk never needs the server extras.
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


def run_demo(
    *,
    role: str = "clerk",
    cases: int = 2000,
    port: int = 0,
    home: Path | None = None,
    say: Callable[[str], None] = _say,
    stop: threading.Event | None = None,
) -> int:
    """Serve the demo until Ctrl+C (or until ``stop`` is set); return the exit status."""
    throwaway = home is None
    folder = Path(tempfile.mkdtemp(prefix="deskhandler-demo-")) if home is None else home
    folder.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{folder / 'central.sqlite3'}"
    settings = Settings(db=url, attachments_dir=folder / "attachments")
    db = Database(url)
    sock = socket.socket()
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
        sock.bind(("127.0.0.1", port))
        base = f"http://127.0.0.1:{sock.getsockname()[1]}"
        config = uvicorn.Config(
            create_app(db, settings), log_level="warning", access_log=False, lifespan="off"
        )
        server = uvicorn.Server(config)
        # uvicorn installs signal handlers only in the main thread: Ctrl+C reaches us here.
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        while not server.started:
            if not thread.is_alive():
                say("the demo server did not start")
                return 1
            time.sleep(0.02)
        username = DEMO_USERS[role]
        say(f"deskhandler demo: the central API with seeded Huế data is running at {base}")
        say(f"  API documentation:  {base}/docs")
        say(f"  Open311 discovery:  {base}/open311/v2/discovery.json")
        say(f"  sign in as {username!r} with password {DEMO_PASSWORD!r} (--as {role})")
        say("  other accounts: coordinator, supervisor.<unit>, clerk.<unit> such as clerk.sgtvt")
        say("The desk GUI joins the demo in a later release; press Ctrl+C to stop.")
        stop = stop or threading.Event()
        with _stop_on_signals(stop):
            while thread.is_alive() and not stop.is_set():
                stop.wait(0.2)
        say("stopping")
        server.should_exit = True
        thread.join(timeout=10)
        return 0
    finally:
        sock.close()
        db.dispose()
        if throwaway:
            shutil.rmtree(folder, ignore_errors=True)
