"""The GUI's composition root logs through the redacting log and reports crashes in a window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from deskhandler.config import Config
from deskhandler.ui import app as gui


def test_the_desk_log_is_redacted_and_crashes_get_a_report_and_a_window(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def fake_run(config: Config, **_: object) -> int:
        # Stands in for the event loop: what the desk logs and an error it does not catch.
        logging.getLogger("deskhandler.test").warning(
            "gọi chị Lan 0905 123 456, token=abc123def456"
        )
        try:
            raise RuntimeError("lỗi 0905123456")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        seen["config"] = config
        seen["hook"] = sys.excepthook
        return 0

    monkeypatch.setattr(gui, "run", fake_run)
    before = sys.excepthook
    assert gui.main(home=tmp_path / "desk") == 0
    assert sys.excepthook is before, "the crash handler is taken down on the way out"
    config = seen["config"]
    assert isinstance(config, Config)
    text = config.profile.log_file.read_text(encoding="utf-8")
    assert "gọi chị Lan" in text
    for secret in ("0905 123 456", "abc123def456", "0905123456"):
        assert secret not in text
    [report] = list(gui.crash_dir(config).glob("*.txt"))
    assert "RuntimeError" in report.read_text(encoding="utf-8")
    notice = seen["hook"]
    boxes = getattr(getattr(notice, "on_crash", None), "boxes", [])
    assert boxes
    assert isinstance(boxes[0], QMessageBox)
    assert str(report) in boxes[0].text().replace("\u200b", ""), "zero-width breaks aside"
    box = boxes[0]
    box.reject()
    box.reject()  # finishing twice is harmless, and the box is gone from the list
    assert not boxes
    for handler in logging.getLogger().handlers[:]:
        if handler.get_name() == "deskhandler-file":
            logging.getLogger().removeHandler(handler)
            handler.close()
