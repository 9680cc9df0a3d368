"""``deskhandler --self-test``: the desk's real windows over sample cases in a temporary
folder, one line per check, exit code 0 only when every check passed."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from deskhandler.ui.self_test import SelfTest
from deskhandler.ui.workspace import Workspace
from tests.ui.conftest import Loop


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    """The application's interface language, as `install_language` records it."""
    qapp.setProperty("language", "en")
    yield
    qapp.setProperty("language", None)


@pytest.mark.usefixtures("language")
def test_every_window_is_drawn_over_the_sample_cases(
    qapp: QApplication, aloop: Loop, tmp_path: Path
) -> None:
    out = io.StringIO()
    assert aloop.run(SelfTest(out).run(qapp, tmp_path), timeout=60) == 0
    lines = out.getvalue().splitlines()
    assert all(line.startswith("ok") for line in lines), lines
    checks = {line.split(":")[0].removeprefix("ok").strip() for line in lines}
    assert {"local database", "main window", "case panel", "deadline dashboard"} <= checks
    assert "main window: drawn at 1366x768, 5 cases in the queue" in out.getvalue()
    assert lines[-1].endswith("self-test passed")


@pytest.mark.usefixtures("language")
def test_a_failing_check_is_reported_and_the_others_still_run(
    qapp: QApplication, aloop: Loop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(self: Workspace, *args: object, **kwargs: object) -> None:
        raise RuntimeError("QtCharts is missing")

    monkeypatch.setattr(Workspace, "show_dashboard", broken)
    out = io.StringIO()
    assert aloop.run(SelfTest(out).run(qapp, tmp_path), timeout=60) == 1
    text = out.getvalue()
    assert "FAIL  deadline dashboard: RuntimeError: QtCharts is missing" in text
    assert "ok    case panel" in text
    assert text.splitlines()[-1] == "FAIL  self-test FAILED"
