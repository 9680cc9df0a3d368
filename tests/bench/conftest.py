"""Benchmark fixtures: a seeded database served by a live server, and a signed-in reader."""

from __future__ import annotations

import os
import platform
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from deskhandler.server.app import create_app
from deskhandler.server.db import Database
from deskhandler.server.seed import seed
from deskhandler.server.settings import Settings
from deskhandler.server.users import create_user
from tests.support import live

#: Cases in the benchmark database; DESKHANDLER_BENCH_CASES=100000 for the full scale.
CASES = int(os.environ.get("DESKHANDLER_BENCH_CASES", "20000"))
PASSWORD = "bench password 1"


@dataclass
class Served:
    db: Database
    url: str
    headers: dict[str, str]
    backend: str
    cases: int
    seed_seconds: float


def machine() -> str:
    return (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, {platform.system()}"
    )


@pytest.fixture
def served(db: Database, tmp_path: Path) -> Iterator[Served]:
    started = time.perf_counter()
    seed(db, cases=CASES, seed=1, attachments_dir=tmp_path / "attachments", photos=False)
    seed_seconds = time.perf_counter() - started
    with db.writing() as session:
        create_user(session, username="bench", password=PASSWORD, role="coordinator")
    settings = Settings(db=db.url, attachments_dir=tmp_path / "attachments")
    with live.serve(create_app(db, settings)) as url:
        token = httpx.post(
            f"{url}/api/v1/auth/token",
            data={"grant_type": "password", "username": "bench", "password": PASSWORD},
            timeout=120,
        ).json()["access_token"]
        yield Served(
            db,
            url,
            {"Authorization": f"Bearer {token}"},
            "sqlite" if db.is_sqlite else "postgres",
            CASES,
            seed_seconds,
        )


def report(line: str) -> None:
    """Print a result line (run pytest with -s to see it)."""
    print(line)
