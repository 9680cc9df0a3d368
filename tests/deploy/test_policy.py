"""Machine-wide settings and policy: HKLM, HKCU, the machine file's policies, then the
command line, the environment, user settings, the machine file's defaults, the defaults.

The registry is read through an injected reader, so these tests run on any OS against a
fake registry; on Windows `read_windows_registry` is the real one.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from deskhandler.cli import main
from deskhandler.config import (
    POLICY_KEY,
    SETTINGS,
    ConfigError,
    load_config,
    read_windows_registry,
    save_machine_settings,
)


class FakeRegistry:
    """The policy keys of a fake registry, and which keys were read."""

    def __init__(
        self, hklm: Mapping[str, object] | None = None, hkcu: Mapping[str, object] | None = None
    ) -> None:
        self.keys = {("HKLM", POLICY_KEY): dict(hklm or {}), ("HKCU", POLICY_KEY): dict(hkcu or {})}
        self.asked: list[tuple[str, str]] = []

    def __call__(self, hive: str, key_path: str) -> Mapping[str, object]:
        self.asked.append((hive, key_path))
        return self.keys.get((hive, key_path), {})


def fake_registry(
    hklm: Mapping[str, object] | None = None, hkcu: Mapping[str, object] | None = None
) -> FakeRegistry:
    return FakeRegistry(hklm, hkcu)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "ProgramData" / "deskhandler"
    folder.mkdir(parents=True)
    return folder


def write(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_full_order_each_value_knows_its_source(tmp_path: Path, site: Path) -> None:
    site_file = write(
        site / "deskhandler.json",
        {
            "server_url": "https://pc-default.hue.gov.vn",
            "language": "vi",
            "attachment_cache_mb": 50,
            "policies": {"sync_interval": 600, "log_level": "ERROR"},
        },
    )
    write(tmp_path / "settings.json", {"language": "en", "sync_interval": 30})
    registry = fake_registry(
        hklm={"ServerUrl": "https://policy.hue.gov.vn"},
        hkcu={"ServerUrl": "https://user-policy.hue.gov.vn", "LogLevel": "DEBUG"},
    )

    config = load_config(
        {"sync_interval": 20}, {}, tmp_path, site_config_dir=site, registry=registry
    )

    assert config.server_url == "https://policy.hue.gov.vn"  # HKLM beats HKCU
    assert config.log_level == "DEBUG"  # HKCU beats the machine file's policies
    assert config.sync_interval == 600  # the file's policies beat the command line
    assert config.language == "en"  # user settings beat the PC's defaults
    assert config.attachment_cache_mb == 50  # the PC's default beats the built-in one
    assert config.sources["server_url"] == rf"policy (HKLM\{POLICY_KEY})"
    assert config.sources["log_level"] == rf"policy (HKCU\{POLICY_KEY})"
    assert config.sources["sync_interval"] == f"machine-wide policy ({site_file})"
    assert config.sources["attachment_cache_mb"] == f"machine-wide settings ({site_file})"
    assert config.managed == {"server_url", "log_level", "sync_interval"}
    assert config.is_managed("server_url")
    assert not config.is_managed("language")
    assert not config.user_can_change("sync_interval")
    assert config.user_can_change("language")
    assert [(v.name, v.managed) for v in config.settings()] == [
        (s.name, s.name in config.managed) for s in SETTINGS
    ]
    # the command line lost to a policy: say so rather than silently
    assert any("sync_interval on the command line ignored" in w for w in config.warnings)
    assert registry.asked == [("HKLM", POLICY_KEY), ("HKCU", POLICY_KEY)]


def test_policy_beats_the_environment_and_names_are_case_insensitive(
    tmp_path: Path, site: Path
) -> None:
    env = {"DESKHANDLER_SERVER_URL": "https://env.hue.gov.vn"}
    registry = fake_registry(hkcu={"serverurl": "https://policy.hue.gov.vn/"})
    config = load_config({}, env, tmp_path, site_config_dir=site, registry=registry)
    assert config.server_url == "https://policy.hue.gov.vn"
    assert config.is_managed("server_url")
    assert any("DESKHANDLER_SERVER_URL ignored" in w for w in config.warnings)


def test_registry_dwords_and_empty_policy_values(tmp_path: Path, site: Path) -> None:
    """Group Policy writes numbers as REG_DWORD; an empty string is "not configured"."""
    registry = fake_registry(hklm={"SyncInterval": 900, "ServerUrl": ""})
    config = load_config({}, {}, tmp_path, site_config_dir=site, registry=registry)
    assert config.sync_interval == 900
    assert config.server_url is None
    assert config.managed == {"sync_interval"}


def test_a_bad_policy_value_names_the_registry_key(tmp_path: Path, site: Path) -> None:
    registry = fake_registry(hklm={"Language": "fr"})
    with pytest.raises(ConfigError, match=r"HKLM\\Software\\Policies\\deskhandler"):
        load_config({}, {}, tmp_path, site_config_dir=site, registry=registry)
    write(site / "deskhandler.json", {"policies": ["not", "an", "object"]})
    with pytest.raises(ConfigError, match="policies"):
        load_config({}, {}, tmp_path, site_config_dir=site, registry=fake_registry())


def test_without_policies_nothing_is_managed(tmp_path: Path, site: Path) -> None:
    write(site / "deskhandler.json", {"server_url": "https://pc.hue.gov.vn"})
    config = load_config({}, {}, tmp_path, site_config_dir=site, registry=fake_registry())
    assert config.managed == frozenset()
    assert config.user_can_change("server_url")
    assert config.warnings == ()  # "policies" is not an unknown setting


@pytest.mark.skipif(sys.platform == "win32", reason="off Windows there is no registry")
def test_the_real_reader_finds_nothing_off_windows() -> None:
    assert read_windows_registry("HKLM", POLICY_KEY) == {}


def test_installer_writes_machine_settings_and_repair_keeps_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the MSI's custom action runs: ``SERVER_URL=... LANGUAGE=`` (empty: unchanged)."""
    path = tmp_path / "ProgramData" / "deskhandler" / "deskhandler.json"
    first = ["machine-settings", "--file", str(path), "SERVER_URL=https://api.hue.gov.vn/"]
    assert main([*first, "LANGUAGE=vi", "SYNC_INTERVAL="]) == 0
    # a repair or upgrade without the properties passes them empty: nothing is lost
    assert main(["machine-settings", "--file", str(path), "SERVER_URL=", "LANGUAGE="]) == 0
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "server_url": "https://api.hue.gov.vn",
        "language": "vi",
    }
    assert main(["machine-settings", "--file", str(path), "--managed", "LANGUAGE=en"]) == 0
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "server_url": "https://api.hue.gov.vn",
        "policies": {"language": "en"},
    }
    capsys.readouterr()
    assert main(["machine-settings", "--file", str(path), "COLOUR=blue"]) == 2
    assert main(["machine-settings", "--file", str(path), "SYNC_INTERVAL=often"]) == 1
    assert "often" in capsys.readouterr().err


def test_save_machine_settings_checks_values(tmp_path: Path) -> None:
    path = tmp_path / "deskhandler.json"
    with pytest.raises(ValueError, match="not an address"):
        save_machine_settings(path, {"server_url": "api.hue.gov.vn"})
    assert not path.exists()


def test_doctor_shows_each_source_and_what_is_managed(
    tmp_path: Path, site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(site / "deskhandler.json", {"language": "vi"})
    monkeypatch.setattr(
        "deskhandler.config.read_windows_registry",
        fake_registry(hklm={"ServerUrl": "http://127.0.0.1:9"}),
    )
    monkeypatch.setattr(
        "deskhandler.profile.platformdirs.site_config_dir", lambda *a, **k: str(site)
    )
    main(["doctor", "--home", str(tmp_path / "home")])
    out = capsys.readouterr().out
    assert (
        f"setting server_url = 'http://127.0.0.1:9'  (from policy (HKLM\\{POLICY_KEY}); "
        "managed by your organization)"
    ) in out
    assert (
        f"setting language = 'vi'  (from machine-wide settings ({site / 'deskhandler.json'}))"
        in out
    )
    assert "setting sync_interval = 60  (from default)" in out
