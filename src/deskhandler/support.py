"""What IT needs to support a desk by phone: a log file, crash reports, no console needed.

- `configure_logging`: the profile's log file (platformdirs user log dir, or ``--home``),
  rotated, at the ``log_level`` setting, through `RedactingFilter`, so tokens, passwords,
  phone numbers, e-mail addresses and the Windows user name never reach the file.
- `CrashHandler`: ``sys.excepthook`` (qasync reports failing async slots there too) writes
  a crash report without personal data and hands its path to whoever tells the person
  (the GUI's crash dialog); ``faulthandler`` writes hard crashes next to the log.
- `ensure_std_streams`: a windowed build (``deskhandlerw.exe``) has no console, so
  ``sys.stdout`` and ``sys.stderr`` are None; anything that writes there must not crash.

No Qt here: the GUI and the command line both use it.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import platform
import re
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from deskhandler import __version__

log = logging.getLogger(__name__)

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_MAX_BYTES = 2_000_000
LOG_BACKUPS = 5
REDACTED = "[redacted]"

# Secrets by their names: key=value, "key": "value", key: value (query strings, JSON, forms).
_SENSITIVE_KEYS = (
    r"access_token|refresh_token|id_token|token|password|passwd|pwd|secret|api_key|apikey"
    r"|client_secret|authorization|cookie|set-cookie"
)
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Authorization: Bearer <token>
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{6,}"), rf"\1 {REDACTED}"),
    (
        re.compile(
            rf"""(?ix)
            (["']?[\w-]*(?:{_SENSITIVE_KEYS})["']?\s*[:=]\s*)   # the name and : or =
            (?:"[^"]*"|'[^']*'|[^\s&,;"'}}]+)               # the value
            """
        ),
        rf"\1{REDACTED}",
    ),
    # JSON web tokens and other long opaque credentials standing alone
    (re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"), REDACTED),
    # e-mail addresses
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[e-mail]"),
    # phone numbers: +84 ..., 0xx xxx xxxx, with spaces, dots or dashes; 9 to 12 digits
    (re.compile(r"(?<![\w.-])(?:\+|00)?\d(?:[ .-]?\d){8,11}(?![\w.])"), "[phone]"),
)


def redact(text: str) -> str:
    """``text`` without secrets or personal data (see `_PATTERNS`) and with the user's
    home folder (which holds the Windows user name) shown as ``~``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    home = str(Path.home())
    if len(home) > 3:
        text = text.replace(home, "~")
    user = os.environ.get("USERNAME") or os.environ.get("USER")
    if user and len(user) > 2:
        text = re.sub(rf"(?i)(?<![\w]){re.escape(user)}(?![\w])", "[user]", text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's message and traceback through `redact` before any handler
    formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info))
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def configure_logging(
    log_file: Path,
    level: str = "INFO",
    *,
    console: bool = False,
    max_bytes: int = LOG_MAX_BYTES,
) -> logging.Handler:
    """Send the program's log to ``log_file``, rotated (5 x 2 MB), at ``level`` (the
    ``log_level`` setting).  Calling it again replaces the handler it installed."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=max_bytes, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(RedactingFilter())
    handler.set_name("deskhandler-file")
    root = logging.getLogger()
    for old in [
        h for h in root.handlers if h.get_name() in ("deskhandler-file", "deskhandler-console")
    ]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    if console and sys.stderr is not None:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream.addFilter(RedactingFilter())
        stream.set_name("deskhandler-console")
        root.addHandler(stream)
    root.setLevel(level.upper())
    return handler


class _NullWriter:
    """Where output goes in a windowed build: nowhere, without an error."""

    encoding = "utf-8"
    errors = "replace"

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError("no console in a windowed build")


def ensure_std_streams() -> bool:
    """Give ``sys.stdout``/``sys.stderr`` a harmless writer when they are None (windowed
    builds, ``pythonw``); True when one was missing."""
    missing = False
    if sys.stdout is None:
        sys.stdout = _NullWriter()
        missing = True
    if sys.stderr is None:
        sys.stderr = _NullWriter()
        missing = True
    return missing


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def crash_report_text(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> str:
    """The report IT reads: version, OS, Python, the traceback (code locations, no local
    variables); redacted, and the error's own text cut short, since it may quote data."""
    message = redact(str(error))[:300]
    build = "frozen" if getattr(sys, "frozen", False) else "source"
    frames = "".join(traceback.format_tb(tb)) if tb is not None else ""
    return (
        f"deskhandler {__version__} crash report\n"
        f"time: {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC\n"
        f"os: {platform.platform()}\n"
        f"python: {platform.python_version()} ({build})\n"
        f"error: {kind.__module__}.{kind.__qualname__}: {message}\n\n"
        f"Traceback (most recent call last):\n{redact(frames)}"
    )


def write_crash_report(
    crash_dir: Path,
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
) -> Path:
    """Write a crash report into ``crash_dir`` and return its path."""
    crash_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    path = crash_dir / f"crash-{stamp}.txt"
    path.write_text(crash_report_text(kind, error, tb), encoding="utf-8")
    return path


@dataclass
class CrashHandler:
    """``sys.excepthook``: log the error, write a report, then ``on_crash(path)`` (the
    GUI shows where the report is).  `install` also turns on ``faulthandler``."""

    crash_dir: Path
    on_crash: Callable[[Path], None] | None = None
    reports: list[Path] = field(default_factory=list)
    previous: ExceptHook | None = None
    _fault_file: IO[str] | None = None

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            if self.previous is not None:
                self.previous(kind, error, tb)
            return
        try:
            path = write_crash_report(self.crash_dir, kind, error, tb)
        except OSError:
            log.critical("unexpected error (no crash report: disk?)", exc_info=(kind, error, tb))
            return
        self.reports.append(path)
        log.critical("unexpected error; report in %s", path, exc_info=(kind, error, tb))
        if sys.stderr is not None:
            print(f"deskhandler: unexpected error; report in {path}", file=sys.stderr)
        if self.on_crash is not None:
            self.on_crash(path)

    def install(self) -> CrashHandler:
        self.previous = sys.excepthook
        sys.excepthook = self
        self.crash_dir.mkdir(parents=True, exist_ok=True)
        # faulthandler needs a real file that stays open for the life of the process
        self._fault_file = (self.crash_dir / "faulthandler.log").open("a", encoding="utf-8")
        faulthandler.enable(file=self._fault_file)
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous or sys.__excepthook__
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None


__all__ = [
    "CrashHandler",
    "RedactingFilter",
    "configure_logging",
    "crash_report_text",
    "ensure_std_streams",
    "redact",
    "write_crash_report",
]
