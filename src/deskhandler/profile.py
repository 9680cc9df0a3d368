"""Where one profile's files live.

Without ``--home`` the files go where ``platformdirs`` says for the OS user (on Windows:
the database and settings under ``%LOCALAPPDATA%``, attachments in the cache folder);
with ``--home DIR`` (or ``DESKHANDLER_HOME``) everything goes under ``DIR``, so a test, a
smoke test or a portable install touches nothing else.  The machine-wide settings file that
the installer writes is the same for every profile of the PC.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "deskhandler"
HOME_VARIABLE = "DESKHANDLER_HOME"
SITE_FILE_NAME = "deskhandler.json"


@dataclass(frozen=True)
class Profile:
    data_dir: Path
    cache_dir: Path
    config_dir: Path
    log_dir: Path
    #: Where the installer writes the machine-wide settings (read-only for the desk).
    site_config_dir: Path
    #: The folder given with ``--home`` / ``DESKHANDLER_HOME``, if any.
    home: Path | None = None

    @property
    def database(self) -> Path:
        return self.data_dir / "desk.sqlite3"

    @property
    def attachments_dir(self) -> Path:
        return self.cache_dir / "attachments"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def site_settings_file(self) -> Path:
        return self.site_config_dir / SITE_FILE_NAME

    @property
    def log_file(self) -> Path:
        return self.log_dir / "deskhandler.log"

    def paths(self) -> dict[str, Path]:
        """Every place the profile uses, named, for ``deskhandler doctor``."""
        return {
            "database": self.database,
            "attachments": self.attachments_dir,
            "settings": self.settings_file,
            "machine settings": self.site_settings_file,
            "log": self.log_file,
        }

    def create_dirs(self) -> None:
        for folder in (self.data_dir, self.cache_dir, self.config_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        self.attachments_dir.mkdir(exist_ok=True)


def resolve_profile(
    home: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
    site_config_dir: Path | None = None,
) -> Profile:
    """The profile for ``home`` (the ``--home`` option), else ``DESKHANDLER_HOME``, else the
    OS user's folders.  ``site_config_dir`` overrides the machine-wide folder (tests)."""
    env = os.environ if env is None else env
    chosen = home if home is not None else (env.get(HOME_VARIABLE) or None)
    site = site_config_dir or Path(platformdirs.site_config_dir(APP_NAME, appauthor=False))
    if chosen is not None:
        root = Path(chosen).expanduser().absolute()
        return Profile(
            data_dir=root,
            cache_dir=root / "cache",
            config_dir=root,
            log_dir=root / "logs",
            site_config_dir=site,
            home=root,
        )
    return Profile(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        site_config_dir=site,
    )


__all__ = ["APP_NAME", "HOME_VARIABLE", "SITE_FILE_NAME", "Profile", "resolve_profile"]
