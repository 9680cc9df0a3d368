"""What a person following the README does, as real processes over real HTTP.

Migrate, create a coordinator and a clerk of SXD, serve, POST a report through Open311,
let the coordinator route it to SXD, and watch it arrive in the clerk's change feed.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

SCRIPT = str(Path(sys.executable).with_name("deskhandler-server"))
PASSWORD = "a long demo password"


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([SCRIPT, *args], capture_output=True, text=True, env=env,
                          check=False, timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKHANDLER_SERVER_")}
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    _run("migrate", "--db", db, env=env)
    _run("create-user", "--db", db, "--username", "dieu.phoi", "--password", PASSWORD,
         "--role", "coordinator", "--department", "IOC", env=env)  # fmt: skip
    _run("create-user", "--db", db, "--username", "clerk.sxd", "--password", PASSWORD,
         "--role", "clerk", "--department", "SXD", env=env)  # fmt: skip
    port = _free_port()
    process = subprocess.Popen(
        [SCRIPT, "serve", "--db", db, "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 600
    try:
        while True:
            try:
                if httpx.get(f"{url}/openapi.json", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                _out, err = process.communicate(timeout=10)
                pytest.fail(f"the server did not start: {err}")
            time.sleep(0.2)
        yield url
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()
    assert process.returncode == 0


def _sign_in(http: httpx.Client, username: str) -> dict[str, str]:
    answer = http.post("/api/v1/auth/token", data={
        "grant_type": "password", "username": username, "password": PASSWORD})  # fmt: skip
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def test_a_report_reaches_the_unit_after_the_coordinator_routes_it(server: str) -> None:
    with httpx.Client(base_url=server, timeout=30) as http:
        posted = http.post("/open311/v2/requests.json", data={
            "service_code": "TTXD",
            "lat": "16.4655",
            "long": "107.5905",
            "address_string": "12 Lê Lợi, Huế",
            "description": "Công trình xây dựng lấn chiếm vỉa hè trên đường Lê Lợi.",
        })  # fmt: skip
        assert posted.status_code in (200, 201), posted.text
        case_id = posted.json()[0]["service_request_id"]

        clerk = _sign_in(http, "clerk.sxd")
        before = http.get("/api/v1/changes", headers=clerk)
        assert before.status_code == 200, before.text
        assert case_id not in {c["id"] for c in before.json()["cases"]}
        cursor = before.json()["cursor"]

        coordinator = _sign_in(http, "dieu.phoi")
        case = http.get(f"/api/v1/cases/{case_id}", headers=coordinator)
        assert case.status_code == 200, case.text
        assert case.json()["status"] == "new"
        routed = http.post("/api/v1/actions", headers=coordinator, json={"actions": [{
            "action_id": str(uuid.uuid4()),
            "case_id": case_id,
            "kind": "reassign",
            "payload": {"to": "SXD", "reason": "Thuộc thẩm quyền Sở Xây dựng"},
            "base": {"version": case.json()["version"]},
        }]})  # fmt: skip
        assert routed.status_code == 200, routed.text
        assert routed.json()["results"][0]["outcome"] == "applied", routed.text

        after = http.get("/api/v1/changes", params={"cursor": cursor}, headers=clerk)
        assert after.status_code == 200, after.text
        arrived = {c["id"]: c for c in after.json()["cases"]}
        assert arrived[case_id]["department"] == "SXD"
        assert arrived[case_id]["status"] == "assigned"

        public = http.get(f"/open311/v2/requests/{case_id}.json")
        assert public.status_code == 200
        assert public.json()[0]["status"] == "open"
