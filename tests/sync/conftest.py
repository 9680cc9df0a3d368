"""Fixtures for the desk's network layer: the real server on loopback (SQLite is enough
here: the database behind the API does not change what the client sees)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import pytest_asyncio
from sqlalchemy import update

from deskhandler.server.db import Database
from deskhandler.server.models import TokenRow, utcnow
from deskhandler.store.store import Store
from deskhandler.sync.api import CentralApi, RetryPolicy
from tests.support.faultproxy import FaultProxy
from tests.support.people import Person

#: Retries as in production, minus the waiting.
FAST = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05, max_retry_after=5)


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


@pytest.fixture
def clerk(make_person: Callable[..., Person]) -> Person:
    return make_person("clerk", "SXD")


@pytest.fixture
def proxy(live_url: str) -> Iterator[FaultProxy]:
    with FaultProxy(live_url) as started:
        yield started


@pytest.fixture
def desk_person(clerk: Person) -> Person:
    """Who works at the desk of `store` and `desk_api`: the clerk, unless a module says
    otherwise (a supervisor's desk overrides this fixture)."""
    return clerk


@pytest.fixture
def store(tmp_path: Path, desk_person: Person) -> Iterator[Store]:
    """The desk's database."""
    with Store.open(tmp_path / "desk.sqlite3") as opened:
        opened.set_identity(desk_person.username, desk_person.role, desk_person.department)
        yield opened


@pytest_asyncio.fixture
async def desk_api(proxy: FaultProxy, desk_person: Person) -> AsyncIterator[CentralApi]:
    """The desk's person signed in through the fault proxy (no fault until a test sets one)."""
    async with CentralApi(proxy.url, device_id="desk-1", retry=FAST) as central:
        await central.login(desk_person.username, desk_person.password)
        yield central


class TokenLog:
    """A `TokenSink` that remembers what it was told."""

    def __init__(self) -> None:
        self.told: list[str | None] = []

    def __call__(self, token: str | None) -> None:
        self.told.append(token)


@pytest.fixture
def tokens() -> TokenLog:
    return TokenLog()


@pytest_asyncio.fixture
async def api(live_url: str, tokens: TokenLog) -> AsyncIterator[CentralApi]:
    async with CentralApi(
        live_url, device_id="test-pc", on_refresh_token=tokens, retry=FAST
    ) as central:
        yield central


@pytest_asyncio.fixture
async def proxied(proxy: FaultProxy, tokens: TokenLog) -> AsyncIterator[CentralApi]:
    """An API client that reaches the server through the fault proxy."""
    async with CentralApi(
        proxy.url, device_id="test-pc", on_refresh_token=tokens, retry=FAST
    ) as central:
        yield central


def expire_access_tokens(db: Database) -> None:
    """What the clock does to access tokens after 15 minutes, without the wait."""
    with db.writing() as session:
        session.execute(
            update(TokenRow)
            .where(TokenRow.kind == "access")
            .values(expires_at=utcnow() - timedelta(minutes=1))
        )
