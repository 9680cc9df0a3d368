"""Logs and crash reports IT can read, with no secrets or personal data; no console needed."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskhandler.support import (
    LOG_BACKUPS,
    CrashHandler,
    configure_logging,
    crash_report_text,
    ensure_std_streams,
    redact,
)

SECRETS = [
    ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig", "eyJhbGci"),
    ("grant_type=password&username=lan&password=Hue-2024!", "Hue-2024!"),
    ('{"refresh_token": "r3fr3sh-abc-123", "x": 1}', "r3fr3sh-abc-123"),
    ("access_token=abc.def.ghi expires", "abc.def.ghi"),
    ("DESKHANDLER_PASSWORD: s3cr3t", "s3cr3t"),
    ("gọi cho chị Lan 0905 123 456 nhé", "0905 123 456"),
    ("phone +84 905.123.456", "905.123.456"),
    ("reporter lan.nguyen@gmail.com wrote", "lan.nguyen@gmail.com"),
]


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_redact_removes_secrets_and_personal_data(text: str, secret: str) -> None:
    assert secret not in redact(text)


@pytest.mark.parametrize(
    "text",
    ["case HUE-2024-000123 version 17", "GET /api/v1/changes -> 200 (5120 bytes, 35 ms)"],
)
def test_redact_keeps_what_support_needs(text: str) -> None:
    assert redact(text) == text


def test_redact_hides_the_home_folder() -> None:
    assert str(Path.home()) not in redact(f"opened {Path.home() / 'x.sqlite3'}")


@pytest.fixture
def root_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.mark.usefixtures("root_logging")
def test_the_log_file_is_redacted_levelled_and_rotated(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "deskhandler.log"
    handler = configure_logging(log_file, "warning")
    logger = logging.getLogger("deskhandler.test")
    logger.info("not written at WARNING")
    logger.warning("login %s with password=%s", "lan", "Hue-2024!")
    try:
        raise ValueError("token=abcdef123456 call 0905123456")
    except ValueError:
        logger.exception("failed")
    handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "not written" not in text
    assert "login lan" in text
    for secret in ("Hue-2024!", "abcdef123456", "0905123456"):
        assert secret not in text
    assert "ValueError" in text  # the traceback is kept, redacted

    # configuring again replaces, not adds, the handler
    configure_logging(log_file, "DEBUG", max_bytes=10_000)
    ours = [h for h in logging.getLogger().handlers if h.get_name() == "deskhandler-file"]
    assert len(ours) == 1
    for _ in range(100):
        logger.warning("x" * 1000)
    files = sorted(p.name for p in log_file.parent.iterdir())
    assert files[0] == "deskhandler.log"
    assert len(files) == 1 + LOG_BACKUPS
    assert all(p.stat().st_size <= 11_000 for p in log_file.parent.iterdir())


def test_a_crash_writes_a_report_without_personal_data_and_says_where(tmp_path: Path) -> None:
    told: list[Path] = []
    handler = CrashHandler(tmp_path / "crashes", on_crash=told.append).install()
    try:
        assert sys.excepthook is handler
        try:
            password = "Hue-2024!"  # a local variable: never in the report
            raise RuntimeError(f"reply to lan.nguyen@gmail.com failed, password={password}")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        handler.uninstall()
    assert sys.excepthook is not handler
    assert len(told) == 1
    report = told[0].read_text(encoding="utf-8")
    assert told[0].parent == tmp_path / "crashes"
    assert "RuntimeError" in report
    assert "test_support.py" in report
    assert "Hue-2024!" not in report
    assert "lan.nguyen@gmail.com" not in report
    assert "deskhandler 0." in report


def test_the_report_text_has_version_os_and_traceback() -> None:
    try:
        raise KeyError("x")
    except KeyError as error:
        text = crash_report_text(type(error), error, error.__traceback__)
    assert text.startswith("deskhandler ")
    assert "os: " in text
    assert "Traceback" in text


def test_a_windowed_build_has_no_std_streams_and_nothing_breaks(tmp_path: Path) -> None:
    """pythonw / a windowed PyInstaller exe: sys.stdout and sys.stderr are None."""
    script = textwrap.dedent(
        f"""
        import sys
        sys.stdout = None
        sys.stderr = None
        from deskhandler.cli import main
        code = main(["machine-settings", "--file", {str(tmp_path / "m.json")!r},
                     "server_url=https://api.hue.gov.vn"])
        bad = main(["machine-settings", "NOPE"])
        open({str(tmp_path / "codes")!r}, "w").write(f"{{code}} {{bad}}")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "codes").read_text() == "0 2"
    assert (tmp_path / "m.json").exists()


def test_ensure_std_streams_fills_only_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    stderr = sys.stderr
    assert ensure_std_streams() is True
    assert sys.stdout is not None
    print("goes nowhere")
    assert sys.stderr is stderr
    assert ensure_std_streams() is False
