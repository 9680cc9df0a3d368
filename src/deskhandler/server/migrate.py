"""Bring a database to the latest schema with Alembic; safe to run again and again."""

from __future__ import annotations

import secrets
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import select

from deskhandler.server.db import Database
from deskhandler.server.models import Counter, Meta

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(db: Database) -> None:
    """Upgrade to head, then make sure the counters and the feed epoch exist."""
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with db.writing() as session:
        for name in ("feed", "case"):
            if session.get(Counter, name) is None:
                session.add(Counter(name=name, value=0))
        if session.scalar(select(Meta).where(Meta.key == "epoch")) is None:
            session.add(Meta(key="epoch", value=secrets.token_hex(4)))
