"""The desk's settings, each declared once, and where each value came from.

Precedence, highest first, the order enterprise software uses (Chrome, Firefox):

1. machine policy: ``HKLM\\Software\\Policies\\deskhandler`` (Group Policy, the ADMX
   templates in ``packaging/windows/``), Windows only;
2. user policy: ``HKCU\\Software\\Policies\\deskhandler``, Windows only;
3. the ``"policies"`` object of the machine-wide file (for PCs without Group Policy, and
   for Linux; like Firefox's ``policies.json``);
4. the command line, then the environment (``DESKHANDLER_<NAME>``);
5. the user's settings file (JSON in the profile's config folder);
6. the plain keys of the machine-wide file that the installer writes (``deskhandler.json``
   in the site config folder, e.g. ProgramData on Windows: IT sets the server address there
   once per PC, ``msiexec ... SERVER_URL=...``), the PC's defaults;
7. the built-in defaults.

Values from 1-3 are *managed*: the settings dialog shows them as "managed by your
organization" and the command line or a user cannot change them.  `load_config` reports
the source of every value for ``deskhandler doctor``.

Secrets never live here: the refresh token is in the OS keyring
(`deskhandler.sync.credentials`), the access token in memory only.
"""

from __future__ import annotations

import ipaddress
import json
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from deskhandler.jsonfile import write_json
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

    @property
    def policy_name(self) -> str:
        """The registry value under the policy key (ADMX ``valueName``): ``ServerUrl``."""
        return "".join(part.capitalize() for part in self.name.split("_"))

    @property
    def installer_property(self) -> str:
        """The public MSI property that sets it at install time: ``SERVER_URL``."""
        return self.name.upper()


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
#: Where Group Policy writes, under HKLM (machine policy) and HKCU (user policy).
POLICY_KEY = r"Software\Policies\deskhandler"
POLICY_HIVES = ("HKLM", "HKCU")
#: The object of the machine-wide file whose values are enforced like a policy.
POLICIES_KEY = "policies"

#: Reads the values of one registry key: ``(hive, key path) -> {value name: data}``, empty
#: when the key does not exist.  Injectable so tests on any OS exercise the policy layer.
RegistryReader = Callable[[str, str], Mapping[str, object]]


def read_windows_registry(hive: str, key_path: str) -> Mapping[str, object]:
    """The values of ``hive\\key_path`` from the Windows registry (64-bit view); ``{}``
    elsewhere or when the key is missing."""
    if sys.platform == "win32":
        import winreg  # noqa: PLC0415 - Windows only

        root = {"HKLM": winreg.HKEY_LOCAL_MACHINE, "HKCU": winreg.HKEY_CURRENT_USER}[hive]
        try:
            key = winreg.OpenKey(root, key_path, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY)
        except OSError:
            return {}
        values: dict[str, object] = {}
        with key:
            index = 0
            while True:
                try:
                    name, data, _kind = winreg.EnumValue(key, index)
                except OSError:
                    break
                values[name] = data
                index += 1
        return values
    return {}


@dataclass(frozen=True)
class SettingValue:
    """One setting in force, for ``doctor`` and the settings dialog."""

    name: str
    value: Any
    source: str
    #: Set by policy: shown as "managed by your organization", not editable.
    managed: bool


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
    #: Names of the settings whose value comes from a policy.
    managed: frozenset[str] = frozenset()

    def is_managed(self, name: str) -> bool:
        """True when a policy sets ``name``: "managed by your organization"."""
        return name in self.managed

    def user_can_change(self, name: str) -> bool:
        """Whether saving ``name`` in the user's settings would take effect: not when a
        policy, the command line or the environment sets it."""
        source = self.sources.get(name, DEFAULT)
        return name not in self.managed and not source.startswith((COMMAND_LINE, "environment"))

    def settings(self) -> tuple[SettingValue, ...]:
        """Every declared setting with its value, source and managed flag."""
        return tuple(
            SettingValue(
                s.name,
                getattr(self, s.name),
                self.sources.get(s.name, DEFAULT),
                s.name in self.managed,
            )
            for s in SETTINGS
        )


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


def _policy_values(data: Mapping[str, object]) -> dict[str, object]:
    """Registry value names are case-insensitive: map ``serverurl`` to ``server_url``."""
    by_policy = {s.policy_name.lower(): s.name for s in SETTINGS}
    return {by_policy[k.lower()]: v for k, v in data.items() if k.lower() in by_policy}


def load_config(
    cli: Mapping[str, object] | None = None,
    env: Mapping[str, str] | None = None,
    home: str | os.PathLike[str] | None = None,
    *,
    site_config_dir: Path | None = None,
    registry: RegistryReader | None = None,
) -> Config:
    """The settings in force.  ``cli`` maps setting names to values (None: not given);
    ``env`` defaults to ``os.environ``; ``home`` is the ``--home`` option; ``registry``
    reads policy keys (default: the Windows registry, nothing elsewhere)."""
    cli = cli or {}
    env = os.environ if env is None else env
    read_registry = read_windows_registry if registry is None else registry
    profile = resolve_profile(home, env, site_config_dir)
    site_file, user_file = profile.site_settings_file, profile.settings_file
    site = _read_file(site_file, "machine-wide settings file")
    site_policies = site.get(POLICIES_KEY, {})
    if not isinstance(site_policies, dict):
        raise ConfigError(
            f'"{POLICIES_KEY}" in the machine-wide settings file {site_file} must be an object'
        )
    # (source, values, where, managed), highest precedence first
    layers: list[tuple[str, Mapping[str, object], str, bool]] = []
    for hive in POLICY_HIVES:
        key = f"{hive}\\{POLICY_KEY}"
        layers.append(
            (
                f"policy ({key})",
                _policy_values(read_registry(hive, POLICY_KEY)),
                f"in the policy {key}",
                True,
            )
        )
    layers += [
        (
            f"machine-wide policy ({site_file})",
            site_policies,
            f'in "{POLICIES_KEY}" of the machine-wide settings file {site_file}',
            True,
        ),
        (COMMAND_LINE, cli, "on the command line", False),
        *[
            (f"environment ({s.env_name})", {s.name: env[s.env_name]}, f"in {s.env_name}", False)
            for s in SETTINGS
            if env.get(s.env_name, "") != ""
        ],
        (
            f"user settings ({user_file})",
            user := _read_file(user_file, "settings file"),
            f"in {user_file}",
            False,
        ),
        (
            f"machine-wide settings ({site_file})",
            site,
            f"in the machine-wide settings file {site_file}",
            False,
        ),
    ]
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    managed: set[str] = set()
    warnings: list[str] = []
    for setting in SETTINGS:
        values[setting.name], sources[setting.name] = setting.default, DEFAULT
        overridden = False
        for source, mapping, where, is_policy in layers:
            raw = mapping.get(setting.name)
            if raw is None or (is_policy and raw == ""):
                continue
            if overridden:
                if source == COMMAND_LINE or source.startswith("environment"):
                    warnings.append(f"{setting.name} {where} ignored: managed by your organization")
                continue
            try:
                values[setting.name] = setting.parse(raw)
            except ValueError as error:
                raise ConfigError(f"{setting.name} {where}: {error}") from None
            sources[setting.name] = source
            overridden = True
            if is_policy:
                managed.add(setting.name)
            else:
                break
    warnings += [
        f"{path}: unknown setting {key!r} ignored"
        for path, data in ((user_file, user), (site_file, site), (site_file, site_policies))
        for key in data
        if key not in _BY_NAME and not (data is site and key == POLICIES_KEY)
    ]
    url = values["server_url"]
    if url is not None and urlsplit(url).scheme == "http" and not _is_local(url):
        warnings.append(f"{url} is not encrypted (http): passwords cross the network readable")
    return Config(
        profile=profile,
        sources=sources,
        warnings=tuple(warnings),
        managed=frozenset(managed),
        **values,
    )


def _is_local(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _apply(current: dict[str, Any], updates: Mapping[str, object]) -> None:
    for name, value in updates.items():
        setting = _BY_NAME.get(name)
        if setting is None:
            raise ValueError(f"no setting {name!r}")
        if value is None:
            current.pop(name, None)
        else:
            current[name] = setting.parse(value)


def save_user_settings(profile: Profile, updates: Mapping[str, object]) -> None:
    """Change settings in the user's file (None removes one), written atomically."""
    current = _read_file(profile.settings_file, "settings file")
    _apply(current, updates)
    write_json(profile.settings_file, current, indent=2)


def save_machine_settings(
    path: Path, updates: Mapping[str, object], *, managed: bool = False
) -> None:
    """Change the machine-wide file (what the installer does with ``SERVER_URL=...``):
    plain keys are the PC's defaults, or with ``managed`` the ``"policies"`` object that
    users cannot override.  None or "" leaves a value as it is, so a repair or an upgrade
    run without the properties keeps what the first install wrote."""
    current = _read_file(path, "machine-wide settings file")
    target = current.setdefault(POLICIES_KEY, {}) if managed else current
    if not isinstance(target, dict):
        raise ConfigError(f'"{POLICIES_KEY}" in {path} must be an object')
    _apply(target, {k: v for k, v in updates.items() if v is not None and v != ""})
    if managed:
        for name in target:
            current.pop(name, None)  # one place per value: the policy
    write_json(path, current, indent=2)


__all__ = [
    "POLICY_KEY",
    "SETTINGS",
    "Config",
    "ConfigError",
    "RegistryReader",
    "Setting",
    "SettingValue",
    "load_config",
    "read_windows_registry",
    "save_machine_settings",
    "save_user_settings",
]
