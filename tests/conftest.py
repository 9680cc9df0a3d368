"""Shared fixtures: real databases (SQLite and PostgreSQL), the real app, a live server."""

from __future__ import annotations

import os

# Qt must find its offscreen platform before anything imports it.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

import itertools
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from argon2 import profiles
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import Phase
from hypothesis import settings as hypothesis_settings

from deskhandler.server.app import create_app
from deskhandler.server.db import Database
from deskhandler.server.migrate import migrate
from deskhandler.server.reference import ensure_reference_data
from deskhandler.server.security import use_hash_parameters
from deskhandler.server.settings import Settings
from tests.support import live, postgres
from tests.support.people import Person, add_person

_db_serial = itertools.count(1)

# What the properties test is correctness, not speed: a loaded CI machine must not turn a
# slow example into a failure (speed is measured by the benchmarks under tests/bench).
hypothesis_settings.register_profile("deskhandler", deadline=None, print_blob=True)
# On CI a failure is reported as found: shrinking a slow stateful example can take many
# minutes of a 90-minute budget, and the printed blob reproduces it locally (with shrinking).
hypothesis_settings.register_profile(
    "ci",
    parent=hypothesis_settings.get_profile("deskhandler"),
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
hypothesis_settings.load_profile(os.environ.get("DESKHANDLER_HYPOTHESIS_PROFILE", "deskhandler"))

# Argon2 at its production cost takes about a second per hash on a small CI machine, and the
# suite makes hundreds of accounts; the cheapest profile is still real argon2 end to end.
# Servers started as subprocesses by the tests keep the production cost.
use_hash_parameters(profiles.CHEAPEST)


def _prepare(url: str) -> None:
    db = Database(url)
    try:
        migrate(db)
        with db.writing() as session:
            ensure_reference_data(session)
    finally:
        db.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite database with the reference data, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "central.sqlite3"
    _prepare(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    url = os.environ.get("DESKHANDLER_TEST_PG_URL")
    if url:
        yield url
        return
    with postgres.temporary_cluster() as started:
        if started is None:
            if os.environ.get("DESKHANDLER_REQUIRE_PG") == "1":
                pytest.fail("PostgreSQL is required (DESKHANDLER_REQUIRE_PG=1) but not available")
            pytest.skip("PostgreSQL not available: set DESKHANDLER_TEST_PG_URL or install it")
        yield started


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> str:
    name = f"dh_template_{os.getpid()}"
    postgres.admin_execute(pg_admin_url, f'DROP DATABASE IF EXISTS "{name}"')
    postgres.admin_execute(pg_admin_url, f'CREATE DATABASE "{name}"')
    _prepare(postgres.with_database(pg_admin_url, name))
    return name


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh migrated database with reference data, once per backend."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "central.sqlite3"
        shutil.copy(template, path)
        yield f"sqlite:///{path}"
        return
    admin: str = request.getfixturevalue("pg_admin_url")
    template_name: str = request.getfixturevalue("pg_template")
    name = f"dh_test_{os.getpid()}_{next(_db_serial)}"
    postgres.admin_execute(admin, f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"')
    try:
        yield postgres.with_database(admin, name)
    finally:
        postgres.admin_execute(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    """Like ``db_url`` but SQLite only, for tests where the backend does not matter."""
    path = tmp_path / "central.sqlite3"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(attachments_dir=tmp_path / "attachments")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def app(db: Database, settings: Settings) -> FastAPI:
    return create_app(db, settings.model_copy(update={"db": db.url}))


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def live_url(app: FastAPI) -> Iterator[str]:
    """The app served by uvicorn on a loopback port (for real-HTTP and concurrency tests)."""
    with live.serve(app) as url:
        yield url


@pytest.fixture
def make_person(db: Database) -> Callable[..., Person]:
    """``make_person("clerk", "SXD")`` creates an account and returns it."""

    def make(role: str, department: str | None = None, username: str | None = None) -> Person:
        return add_person(db, role, department, username)

    return make
