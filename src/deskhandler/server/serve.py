"""Running the central API with uvicorn (``deskhandler-server serve``).

One worker serves the app object directly; several workers need an import string, so they
build their app from the environment with `app_from_environment` (uvicorn's factory mode).
TLS belongs to the reverse proxy in front (nginx, Caddy, IIS): this process speaks plain
HTTP and trusts ``X-Forwarded-*`` headers only from the addresses it is told to.
"""

from __future__ import annotations

import ipaddress
import logging
import os

import uvicorn
from fastapi import FastAPI

from deskhandler.server.app import create_app
from deskhandler.server.db import Database
from deskhandler.server.settings import Settings

log = logging.getLogger(__name__)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def app_from_environment() -> FastAPI:
    """The app of one worker process, configured by ``DESKHANDLER_SERVER_*``."""
    return create_app(settings=Settings())


def run(
    settings: Settings,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: int = 1,
    forwarded_allow_ips: str = "127.0.0.1",
    log_level: str = "info",
) -> None:
    """Serve until interrupted (Ctrl+C or SIGTERM)."""
    if not is_loopback(host):
        log.warning("serving plain HTTP on %s: put a TLS-terminating reverse proxy in front", host)
    if workers > 1:
        os.environ["DESKHANDLER_SERVER_DB"] = settings.resolved_db()
        if settings.attachments_dir is not None:
            os.environ["DESKHANDLER_SERVER_ATTACHMENTS_DIR"] = str(settings.attachments_dir)
        uvicorn.run(
            "deskhandler.server.serve:app_from_environment",
            factory=True,
            workers=workers,
            host=host,
            port=port,
            log_level=log_level,
            proxy_headers=True,
            forwarded_allow_ips=forwarded_allow_ips,
            server_header=False,
        )
        return
    db = Database(settings.resolved_db())
    try:
        uvicorn.run(
            create_app(db, settings),
            host=host,
            port=port,
            log_level=log_level,
            proxy_headers=True,
            forwarded_allow_ips=forwarded_allow_ips,
            server_header=False,
        )
    finally:
        db.dispose()
