"""``deskhandler`` commands as real OS processes, started cheaply.

Importing the desk (httpx, pydantic, the store) takes seconds on a loaded machine, which
would make a test that starts a hundred processes take minutes.  `CliForker` starts one
forkserver that imports the desk once; each `start` then forks a fresh process from it that
runs `deskhandler.cli.main` with the given arguments and environment: a separate process
with its own sockets, SQLite connection and event loop, which a test can ``SIGKILL`` like
any other.  `console_script` runs the installed ``deskhandler`` executable instead, for the
places where the real entry point must be proven too.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from multiprocessing.process import BaseProcess
from pathlib import Path

#: Imported once in the forkserver, so forked children start with them loaded.
PRELOAD = [
    "deskhandler.cli",
    "deskhandler.cli_desk",
    "deskhandler.app.desk",
    "deskhandler.sync.engine",
    "deskhandler.sync.credentials",
    "tests.support.cliproc",
]


def run_cli(argv: Sequence[str], env: Mapping[str, str], log: str | None) -> None:
    """The body of a forked child: ``deskhandler ARGV`` with ``env`` set, its output
    appended to ``log`` (if given), then exit with the command's code."""
    os.environ.update(env)
    if log is not None:
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.close(fd)
    from deskhandler.cli import main  # preloaded by the forkserver

    sys.stdout.flush()
    os._exit(main(list(argv)))


class DeskProcess:
    """A running ``deskhandler`` process, forked or started from the executable."""

    def __init__(self, process: BaseProcess | subprocess.Popen[bytes]) -> None:
        self._process = process

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def alive(self) -> bool:
        if isinstance(self._process, subprocess.Popen):
            return self._process.poll() is None
        return self._process.is_alive()

    def kill(self) -> None:
        """``kill -9``."""
        self._process.kill()

    def wait(self, timeout: float) -> int:
        """The exit code (negative: the signal that ended it)."""
        if isinstance(self._process, subprocess.Popen):
            return self._process.wait(timeout)
        self._process.join(timeout)
        code = self._process.exitcode
        if code is None:
            raise TimeoutError(f"deskhandler (pid {self.pid}) still runs after {timeout} s")
        return code


class CliForker:
    """Forks ``deskhandler`` processes from a forkserver that has the desk imported."""

    def __init__(self) -> None:
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(PRELOAD)

    def start(
        self, argv: Sequence[str], env: Mapping[str, str], log: Path | None = None
    ) -> DeskProcess:
        """``deskhandler ARGV`` in a forked process, its output appended to ``log``."""
        process = self._context.Process(
            target=run_cli, args=(list(argv), dict(env), None if log is None else str(log))
        )
        process.start()
        return DeskProcess(process)


def deskhandler_command() -> list[str]:
    """How to start the installed ``deskhandler`` (``python -m`` when there is no script)."""
    script = Path(sys.executable).with_name("deskhandler")
    return [str(script)] if script.exists() else [sys.executable, "-m", "deskhandler.cli"]


def console_script(
    argv: Sequence[str], env: Mapping[str, str], log: Path | None = None
) -> DeskProcess:
    """``deskhandler ARGV`` through the installed executable (``-m`` without one)."""
    command = deskhandler_command()
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(log.open("ab")) if log is not None else subprocess.DEVNULL
        process = subprocess.Popen(
            [*command, *argv], env={**os.environ, **env}, stdout=out, stderr=out
        )
    return DeskProcess(process)
