"""Server settings, from the environment (``DESKHANDLER_SERVER_*``) or the command line."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_db_url() -> str:
    data = Path(platformdirs.user_data_dir("deskhandler-server", appauthor=False))
    return f"sqlite:///{data / 'central.sqlite3'}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DESKHANDLER_SERVER_", extra="ignore")

    db: str = ""
    #: Where attachment bytes live; default: ``attachments/`` beside a SQLite database, or
    #: the user data dir.
    attachments_dir: Path | None = None
    access_token_seconds: int = 15 * 60
    refresh_token_days: int = 30
    max_upload_bytes: int = 10 * 1024 * 1024
    max_form_bytes: int = 64 * 1024
    #: Failed logins allowed per (user, device) before a pause.
    login_attempts: int = 5
    login_window_seconds: int = 15 * 60
    #: How long idempotency records are kept: as long as a desk may stay offline.
    idempotency_days: int = 90
    #: Open311 date filters span at most this many days.
    open311_max_days: int = 90
    jurisdiction_id: str = "hue.gov.vn"
    #: The desk version IT rolls out (``GET /api/v1/client``); empty: this server's version.
    client_current_version: str = ""
    #: The oldest desk version this server supports; older desks are told to upgrade.
    client_minimum_version: str = "0"
    #: Where IT finds the installer or its notes (shown by the desk), if anywhere.
    client_download_url: str | None = None

    def resolved_db(self) -> str:
        return self.db or default_db_url()

    def resolved_attachments_dir(self) -> Path:
        if self.attachments_dir is not None:
            return self.attachments_dir
        url = self.resolved_db()
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            return Path(url.removeprefix("sqlite:///")).parent / "attachments"
        return (
            Path(platformdirs.user_data_dir("deskhandler-server", appauthor=False)) / "attachments"
        )
