"""A throwaway PostgreSQL cluster for the integration tests.

``DESKHANDLER_TEST_PG_URL`` (an admin URL such as ``postgresql://postgres@127.0.0.1:5432/postgres``)
points the tests at a running server, as ``.ci/run`` does.  Without it the tests start their
own cluster from the PostgreSQL binaries on the machine (as the ``postgres`` user when run as
root, since PostgreSQL refuses to run as root).  With neither, PostgreSQL tests are skipped,
unless ``DESKHANDLER_REQUIRE_PG=1`` turns that into a failure (CI sets it).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg


def _binaries() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _as_owner(args: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *args] if owner else args


@contextlib.contextmanager
def temporary_cluster() -> Iterator[str | None]:
    """Yield an admin URL of a fresh cluster, or None when PostgreSQL is not installed."""
    bindir = _binaries()
    owner = "postgres" if os.geteuid() == 0 else None
    if bindir is None or (owner and shutil.which("runuser") is None):
        yield None
        return
    base = Path(tempfile.mkdtemp(prefix="deskhandler-pg-"))
    data = base / "data"
    if owner:
        shutil.chown(base, user=owner)
    port = _free_port()
    initdb = [
        str(bindir / "initdb"),
        "-D",
        str(data),
        "-U",
        "postgres",
        "--auth=trust",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
    ]
    subprocess.run(_as_owner(initdb, owner), check=True, capture_output=True)
    options = (
        f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    start = [
        str(bindir / "pg_ctl"),
        "-D",
        str(data),
        "-o",
        options,
        "-l",
        str(base / "log"),
        "-w",
        "start",
    ]
    subprocess.run(_as_owner(start, owner), check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        stop = [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]
        subprocess.run(_as_owner(stop, owner), check=False, capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def with_database(admin_url: str, name: str) -> str:
    """``admin_url`` pointing at database ``name`` instead."""
    return admin_url.rsplit("/", 1)[0] + "/" + name


def admin_execute(admin_url: str, sql: str) -> None:
    """Run one statement outside a transaction (CREATE/DROP DATABASE), retrying while busy."""
    deadline = time.monotonic() + 10
    while True:
        try:
            with psycopg.connect(admin_url, autocommit=True) as conn:
                conn.execute(sql.encode())
            return
        except psycopg.errors.ObjectInUse:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
