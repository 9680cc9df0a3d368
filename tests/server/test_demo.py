"""``deskhandler demo`` as a real process: seeded server on loopback, stops on Ctrl+C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from deskhandler.cli import main

SCRIPT = str(Path(sys.executable).with_name("deskhandler"))


def test_help_and_bad_options() -> None:
    assert main(["--help"]) == 0
    assert main(["demo", "--as", "mayor"]) == 2
    assert main(["demo", "--offline-after", "-1"]) == 2


def test_the_demo_serves_seeded_data_until_interrupted(tmp_path: Path) -> None:
    home = tmp_path / "demo-home"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [SCRIPT, "demo", "--no-gui", "--cases", "40", "--as", "supervisor", "--home", str(home)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    lines: list[str] = []
    url = None
    deadline = time.monotonic() + 600
    try:
        while url is None and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
            found = re.search(r"running at (http://127\.0\.0\.1:\d+)", line)
            url = found.group(1) if found else None
        assert url is not None, "".join(lines)
        while "Ctrl+C" not in lines[-1]:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
        output = "".join(lines)
        assert "supervisor.sxd" in output
        assert "/open311/v2/discovery.json" in output
        assert "GUI" in output
        token = httpx.post(f"{url}/api/v1/auth/token", data={
            "grant_type": "password", "username": "supervisor.sxd",
            "password": "demo-password"}, timeout=30)  # fmt: skip
        assert token.status_code == 200, token.text
        services = httpx.get(f"{url}/open311/v2/services.json", timeout=30)
        assert services.status_code == 200
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=60)
    assert process.returncode == 0
    assert (home / "central.sqlite3").is_file()
