"""The desk's settings, each declared once, and where each value came from.

Precedence, highest first: the command line, the environment (``DESKHANDLER_<NAME>``), the
user's settings file (JSON in the profile's config folder), the machine-wide file that the
installer writes (``deskhandler.json`` in the site config folder, e.g. ProgramData on
Windows: IT sets the server address there once per PC), then the defaults.  `load_config`
reports the source of every value for ``deskhandler doctor``.

Secrets never live here: the refresh token is in the OS keyring
(`deskhandler.sync.credentials`), the access token in memory only.
"""

from __future__ import annotations

import ipaddress
import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from deskhandler.profile import Profile, resolve_profile

ENV_PREFIX = "DESKHANDLER_"
LANGUAGES = ("auto", "vi", "en")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class ConfigError(Exception):
    """A setting that cannot be used, with where it was written."""


def _server_url(value: object) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ValueError("expected an address such as https://api.example.gov.vn")
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not an address such as https://api.example.gov.vn")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"{value!r}: give only scheme, host, port and path")
    return value.strip().rstrip("/")


def _choice(choices: tuple[str, ...], upper: bool = False) -> Callable[[object], str]:
    def parse(value: object) -> str:
        text = str(value).strip()
        text = text.upper() if upper else text.lower()
        if not isinstance(value, str) or text not in choices:
            raise ValueError(f"{value!r} is not one of {', '.join(choices)}")
        return text

    return parse


def _integer(low: int, high: int) -> Callable[[object], int]:
    def parse(value: object) -> int:
        if isinstance(value, bool):
            raise ValueError(f"{value!r} is not a whole number")
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if not isinstance(value, int) or not low <= value <= high:
            raise ValueError(f"{value!r} is not a whole number from {low} to {high}")
        return value

    return parse


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    parse: Callable[[object], Any]
    help: str

    @property
    def env_name(self) -> str:
        return ENV_PREFIX + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("server_url", None, _server_url, "address of the central API"),
    Setting("language", "auto", _choice(LANGUAGES), "language of the program: auto, vi or en"),
    Setting("sync_interval", 60, _integer(15, 24 * 3600), "seconds between automatic syncs"),
    Setting("attachment_cache_mb", 500, _integer(0, 100_000), "disk space for cached attachments"),
    Setting("log_level", "INFO", _choice(LOG_LEVELS, upper=True), "detail of the log file"),
)
_BY_NAME = {setting.name: setting for setting in SETTINGS}

DEFAULT = "default"
COMMAND_LINE = "command line"


@dataclass(frozen=True)
class Config:
    profile: Profile
    server_url: str | None = None
    language: str = "auto"
    sync_interval: int = 60
    attachment_cache_mb: int = 500
    log_level: str = "INFO"
    #: Where each value came from: "command line", "environment (DESKHANDLER_...)",
    #: "user settings (<file>)", "machine-wide settings (<file>)" or "default".
    sources: Mapping[str, str] = field(default_factory=dict)
    #: Things worth telling (unknown keys, plain-http servers); never fatal.
    warnings: tuple[str, ...] = ()


def _read_file(path: Path, label: str) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")  # Notepad writes a BOM
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise ConfigError(f"cannot read the {label} {path}: {error.strerror}") from None
    try:
        data = json.loads(text) if text.strip() else {}
    except ValueError as error:
        raise ConfigError(f"the {label} {path} is not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"the {label} {path} must hold a JSON object {{...}}")
    return data


def load_config(
    cli: Mapping[str, object] | None = None,
    env: Mapping[str, str] | None = None,
    home: str | os.PathLike[str] | None = None,
    *,
    site_config_dir: Path | None = None,
) -> Config:
    """The settings in force.  ``cli`` maps setting names to values (None: not given);
    ``env`` defaults to ``os.environ``; ``home`` is the ``--home`` option."""
    cli = cli or {}
    env = os.environ if env is None else env
    profile = resolve_profile(home, env, site_config_dir)
    site_file, user_file = profile.site_settings_file, profile.settings_file
    layers: list[tuple[str, Mapping[str, object], str]] = [
        (COMMAND_LINE, cli, "on the command line"),
        *[
            (f"environment ({s.env_name})", {s.name: env[s.env_name]}, f"in {s.env_name}")
            for s in SETTINGS
            if env.get(s.env_name, "") != ""
        ],
        (
            f"user settings ({user_file})",
            user := _read_file(user_file, "settings file"),
            f"in {user_file}",
        ),
        (
            f"machine-wide settings ({site_file})",
            site := _read_file(site_file, "machine-wide settings file"),
            f"in the machine-wide settings file {site_file}",
        ),
    ]
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for setting in SETTINGS:
        values[setting.name], sources[setting.name] = setting.default, DEFAULT
        for source, mapping, where in layers:
            raw = mapping.get(setting.name)
            if raw is None:
                continue
            try:
                values[setting.name] = setting.parse(raw)
            except ValueError as error:
                raise ConfigError(f"{setting.name} {where}: {error}") from None
            sources[setting.name] = source
            break
    warnings = [
        f"{path}: unknown setting {key!r} ignored"
        for path, data in ((user_file, user), (site_file, site))
        for key in data
        if key not in _BY_NAME
    ]
    url = values["server_url"]
    if url is not None and urlsplit(url).scheme == "http" and not _is_local(url):
        warnings.append(f"{url} is not encrypted (http): passwords cross the network readable")
    return Config(profile=profile, sources=sources, warnings=tuple(warnings), **values)


def _is_local(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def save_user_settings(profile: Profile, updates: Mapping[str, object]) -> None:
    """Change settings in the user's file (None removes one), written atomically."""
    current = _read_file(profile.settings_file, "settings file")
    for name, value in updates.items():
        setting = _BY_NAME.get(name)
        if setting is None:
            raise ValueError(f"no setting {name!r}")
        if value is None:
            current.pop(name, None)
        else:
            current[name] = setting.parse(value)
    profile.settings_file.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=profile.settings_file.parent, prefix=".settings-", suffix=".json"
    )
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(current, out, ensure_ascii=False, indent=2)
        out.write("\n")
    os.replace(temporary, profile.settings_file)


__all__ = [
    "SETTINGS",
    "Config",
    "ConfigError",
    "Setting",
    "load_config",
    "save_user_settings",
]
