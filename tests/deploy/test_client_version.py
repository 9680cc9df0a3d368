"""``GET /api/v1/client``: the server says which desk version is current; desks tell IT."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from deskhandler import __version__
from deskhandler.cli import main
from deskhandler.domain.versions import Verdict, upgrade_advice, version_key
from deskhandler.server.settings import Settings
from tests.support.people import Person


@pytest.mark.parametrize(
    ("older", "newer"),
    [("0.9", "0.10"), ("1.2.9", "1.10.0"), ("1.2", "1.2.1"), ("v1.0", "1.0.1"), ("0", "0.0.1")],
)
def test_versions_compare_as_numbers(older: str, newer: str) -> None:
    assert version_key(older) < version_key(newer)


def test_trailing_zeros_and_suffixes_do_not_count() -> None:
    assert version_key("1.2") == version_key("1.2.0") == version_key("1.2.0rc1")


def test_advice_for_each_case() -> None:
    assert upgrade_advice("1.0.0", "1.0.0", "0.5").verdict is Verdict.CURRENT
    assert upgrade_advice("1.1.0", "1.0.0", "0.5").verdict is Verdict.CURRENT  # a pilot PC
    available = upgrade_advice("0.9.0", "1.0.0", "0.5")
    assert available.verdict is Verdict.UPGRADE_AVAILABLE
    assert "1.0.0" in available.message
    required = upgrade_advice("0.4.0", "1.0.0", "0.5")
    assert required.verdict is Verdict.UPGRADE_REQUIRED
    assert "ask IT" in required.message


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        attachments_dir=tmp_path / "attachments",
        client_current_version="99.0",
        client_minimum_version="98.0",
        client_download_url="https://it.hue.gov.vn/deskhandler",
    )


def test_the_server_publishes_the_versions_without_sign_in(client: TestClient) -> None:
    answer = client.get("/api/v1/client")
    assert answer.status_code == 200
    assert answer.json() == {
        "current": "99.0",
        "minimum": "98.0",
        "download_url": "https://it.hue.gov.vn/deskhandler",
    }
    assert "/api/v1/client" in client.get("/openapi.json").json()["paths"]


def test_by_default_the_server_names_its_own_version(
    client: TestClient, settings: Settings
) -> None:
    client.app.state.settings = Settings(attachments_dir=settings.attachments_dir)  # type: ignore[attr-defined]
    assert client.get("/api/v1/client").json() == {
        "current": __version__,
        "minimum": "0",
        "download_url": None,
    }


def test_sync_and_doctor_tell_when_it_should_upgrade(
    live_url: str,
    make_person: Callable[..., Person],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clerk = make_person("clerk", "SXD")
    monkeypatch.setenv("DESKHANDLER_PASSWORD", clerk.password)
    home = str(tmp_path / "desk")
    assert main(["login", "--server", live_url, "--user", clerk.username, "--home", home]) == 0
    capsys.readouterr()

    assert main(["sync", "--home", home]) == 0  # an old desk still syncs ...
    err = capsys.readouterr().err
    assert "ask IT to install version 99.0" in err  # ... and says IT should upgrade

    assert main(["doctor", "--home", home]) == 1  # below the minimum: a problem
    out = capsys.readouterr().out
    assert "version: PROBLEM" in out
    assert "at least 98.0" in out


@pytest.mark.parametrize("status", [404, 405])
def test_a_central_api_without_the_endpoint_is_not_an_error(status: int) -> None:
    """Another province's central API may not publish desk versions: say nothing."""
    import asyncio

    import httpx

    from deskhandler.sync.api import CentralApi

    transport = httpx.MockTransport(lambda request: httpx.Response(status, json={}))

    async def ask() -> object:
        async with httpx.AsyncClient(transport=transport) as client:
            api = CentralApi("https://api.example.gov.vn", device_id="d", client=client)
            return await api.client_versions()

    assert asyncio.run(ask()) is None
