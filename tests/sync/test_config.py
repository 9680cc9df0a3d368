"""Settings precedence, their sources, and where a profile's files go."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deskhandler.config import ConfigError, load_config, save_user_settings
from deskhandler.profile import resolve_profile


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "ProgramData" / "deskhandler"
    folder.mkdir(parents=True)
    return folder


def write(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_home_puts_every_file_in_one_folder(tmp_path: Path, site: Path) -> None:
    profile = resolve_profile(tmp_path / "desk", {}, site)

    for path in profile.paths().values():
        if path.parent != site:
            assert path.is_relative_to(tmp_path / "desk")
    assert profile.site_settings_file == site / "deskhandler.json"
    assert resolve_profile(None, {"DESKHANDLER_HOME": str(tmp_path / "e")}, site).home == (
        tmp_path / "e"
    )
    # --home wins over the environment
    assert resolve_profile(tmp_path / "cli", {"DESKHANDLER_HOME": "/x"}, site).home == (
        tmp_path / "cli"
    )


def test_without_home_the_os_user_folders_are_used(site: Path) -> None:
    profile = resolve_profile(None, {}, site)
    assert profile.home is None
    assert "deskhandler" in str(profile.database)
    assert profile.cache_dir != profile.data_dir


def test_defaults_when_nothing_is_set(tmp_path: Path, site: Path) -> None:
    config = load_config({}, {}, tmp_path, site_config_dir=site)

    assert config.server_url is None
    assert (config.language, config.sync_interval, config.log_level) == ("auto", 60, "INFO")
    assert set(config.sources.values()) == {"default"}


def test_each_layer_overrides_the_ones_below(tmp_path: Path, site: Path) -> None:
    site_file = write(
        site / "deskhandler.json",
        {
            "server_url": "https://site.hue.gov.vn",
            "language": "vi",
            "sync_interval": 300,
            "attachment_cache_mb": 100,
            "log_level": "warning",
        },
    )
    user_file = write(
        tmp_path / "settings.json",
        {"language": "en", "sync_interval": 120, "attachment_cache_mb": 200, "log_level": "DEBUG"},
    )
    env = {
        "DESKHANDLER_SYNC_INTERVAL": "90",
        "DESKHANDLER_ATTACHMENT_CACHE_MB": "300",
        "DESKHANDLER_LOG_LEVEL": "error",
    }
    cli = {"attachment_cache_mb": 400, "log_level": None}

    config = load_config(cli, env, tmp_path, site_config_dir=site)

    assert config.server_url == "https://site.hue.gov.vn"
    assert config.language == "en"
    assert config.sync_interval == 90
    assert config.attachment_cache_mb == 400
    assert config.log_level == "ERROR"  # None on the command line means "not given"
    assert config.sources == {
        "server_url": f"machine-wide settings ({site_file})",
        "language": f"user settings ({user_file})",
        "sync_interval": "environment (DESKHANDLER_SYNC_INTERVAL)",
        "attachment_cache_mb": "command line",
        "log_level": "environment (DESKHANDLER_LOG_LEVEL)",
    }


def test_the_environment_home_is_honoured(tmp_path: Path, site: Path) -> None:
    write(tmp_path / "e" / "settings.json", {"server_url": "https://user.hue.gov.vn/"})
    config = load_config({}, {"DESKHANDLER_HOME": str(tmp_path / "e")}, None, site_config_dir=site)
    assert config.server_url == "https://user.hue.gov.vn"
    assert config.profile.home == tmp_path / "e"


@pytest.mark.parametrize(
    "content", ["{not json", "[1, 2]", '{"sync_interval": "often"}', '{"server_url": 5}']
)
def test_a_bad_machine_wide_file_is_named_in_a_clear_error(
    tmp_path: Path, site: Path, content: str
) -> None:
    (site / "deskhandler.json").write_text(content, encoding="utf-8")

    with pytest.raises(ConfigError) as error:
        load_config({}, {}, tmp_path, site_config_dir=site)
    assert "machine-wide" in str(error.value)
    assert str(site / "deskhandler.json") in str(error.value)


def test_a_bad_value_names_its_source(tmp_path: Path, site: Path) -> None:
    with pytest.raises(ConfigError, match="DESKHANDLER_SERVER_URL"):
        load_config(
            {}, {"DESKHANDLER_SERVER_URL": "api.hue.gov.vn"}, tmp_path, site_config_dir=site
        )
    with pytest.raises(ConfigError, match="command line"):
        load_config({"language": "fr"}, {}, tmp_path, site_config_dir=site)
    write(tmp_path / "settings.json", {"sync_interval": 1})
    with pytest.raises(ConfigError, match=r"settings\.json"):
        load_config({}, {}, tmp_path, site_config_dir=site)


def test_an_unreadable_but_fixable_higher_layer_hides_nothing_else(
    tmp_path: Path, site: Path
) -> None:
    """A machine file with a BOM (Notepad) and an unknown key still works, with a warning."""
    (site / "deskhandler.json").write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"server_url": "https://a.vn", "colour": "blue"}).encode()
    )
    config = load_config({}, {}, tmp_path, site_config_dir=site)
    assert config.server_url == "https://a.vn"
    assert any("colour" in warning for warning in config.warnings)


def test_plain_http_to_another_host_is_flagged(tmp_path: Path, site: Path) -> None:
    remote = load_config({"server_url": "http://10.0.0.5:8000"}, {}, tmp_path, site_config_dir=site)
    local = load_config({"server_url": "http://127.0.0.1:8000"}, {}, tmp_path, site_config_dir=site)
    assert any("not encrypted" in warning for warning in remote.warnings)
    assert local.warnings == ()


def test_saved_settings_are_read_back_and_only_declared_ones_are_saved(
    tmp_path: Path, site: Path
) -> None:
    profile = resolve_profile(tmp_path, {}, site)
    save_user_settings(profile, {"server_url": "https://api.hue.gov.vn/", "language": "vi"})
    save_user_settings(profile, {"language": None})

    config = load_config({}, {}, tmp_path, site_config_dir=site)
    assert config.server_url == "https://api.hue.gov.vn"
    assert config.sources["language"] == "default"
    assert json.loads(profile.settings_file.read_text(encoding="utf-8")) == {
        "server_url": "https://api.hue.gov.vn"
    }
    with pytest.raises(ValueError, match="no setting"):
        save_user_settings(profile, {"refresh_token": "secret"})
