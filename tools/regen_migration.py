"""Regenerate the initial Alembic migration from the models (before the first release only).

Once a release is out, add a new numbered revision instead:
``alembic revision --autogenerate`` through `deskhandler.server.migrate.alembic_config`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from alembic import command  # noqa: E402

from deskhandler.server.db import Database  # noqa: E402
from deskhandler.server.migrate import MIGRATIONS, alembic_config  # noqa: E402


def main() -> None:
    for old in (MIGRATIONS / "versions").glob("0001_*.py"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{tmp}/empty.sqlite3")
        config = alembic_config()
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message="initial schema", autogenerate=True, rev_id="0001")
        db.dispose()


if __name__ == "__main__":
    main()
