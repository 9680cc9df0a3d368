"""Alembic environment: the URL and connection come from `deskhandler.server.migrate`."""

from __future__ import annotations

from alembic import context

from deskhandler.server.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - always run through deskhandler.server.migrate
    raise RuntimeError("run migrations with 'deskhandler-server migrate'")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
