"""``deskhandler demo`` with the GUI: the desk opens signed in; the connection drops and returns."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import pytest

from deskhandler import demo
from deskhandler.cli import main


def test_demo_opens_the_desk_signed_in_as_the_chosen_account(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[Path, str, str]] = []

    def fake_desk(profile: Path, server_url: str, username: str) -> int:
        answer = httpx.get(f"{server_url}/open311/v2/services.json", timeout=30)
        assert answer.status_code == 200, "the server runs while the desk is open"
        opened.append((profile, server_url, username))
        return 0

    monkeypatch.setattr(demo, "_open_desk", fake_desk)
    lines: list[str] = []
    code = demo.run_demo(
        role="coordinator", cases=5, home=tmp_path / "demo", gui=True, say=lines.append
    )
    assert code == 0
    assert opened
    assert opened[0][0] == tmp_path / "demo" / "desk"
    assert opened[0][2] == "coordinator"
    assert any("close its window" in line for line in lines)


def test_offline_after_drops_the_server_and_brings_it_back(tmp_path: Path) -> None:
    stop = threading.Event()
    lines: list[str] = []
    result: list[int] = []
    thread = threading.Thread(
        target=lambda: result.append(
            demo.run_demo(
                cases=3,
                home=tmp_path / "demo",
                say=lines.append,
                stop=stop,
                offline_after=0.5,
                offline_for=1.5,
            )
        )
    )
    thread.start()
    try:
        deadline = time.monotonic() + 300
        while not any("running at" in line for line in lines):
            assert time.monotonic() < deadline
            time.sleep(0.05)
        url = next(line for line in lines if "running at" in line).split("running at ")[1]
        states = []
        while time.monotonic() < deadline and not any("back" in line for line in lines):
            try:
                httpx.get(f"{url}/open311/v2/services.json", timeout=2)
                states.append("up")
            except httpx.TransportError:
                states.append("down")
            time.sleep(0.1)
        assert "down" in states
        assert httpx.get(f"{url}/open311/v2/services.json", timeout=10).status_code == 200
    finally:
        stop.set()
        thread.join(timeout=30)
    assert result == [0]


def test_demo_options_parse() -> None:
    assert main(["demo", "--offline-after", "x"]) == 2
