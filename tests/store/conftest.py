"""Fixtures of the store tests: a fresh database per test and wire cases to feed it."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from deskhandler.store import Store
from deskhandler.wire.models import Case, ChangesPage

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)

MakeCase = Callable[..., Case]


def wire_data(case_id: str = "HUE-1", **fields: Any) -> dict[str, Any]:
    """A case's JSON as the server would send it; ``fields`` override the defaults."""
    return {
        "id": case_id,
        "version": 3,
        "workflow_version": 2,
        "status": "in_progress",
        "department": "SXD",
        "assignee": "lan",
        "category": "trat_tu_xay_dung",
        "priority": "normal",
        "title": "Ổ gà trên đường Lê Lợi",
        "description": "Mặt đường bị sụt lún gần cầu Trường Tiền.",
        "address": "Đường Lê Lợi, phường Vĩnh Ninh, Huế",
        "lat": 16.46,
        "long": 107.59,
        "reported_at": T0.isoformat(),
        "due_at": (T0 + timedelta(days=7)).isoformat(),
        "updated_at": (T0 + timedelta(hours=1)).isoformat(),
        **fields,
    }


def wire_case(case_id: str = "HUE-1", **fields: Any) -> Case:
    """A case as the server would send it; ``fields`` override the defaults."""
    return Case.model_validate(wire_data(case_id, **fields))


def page(
    cases: Sequence[Case],
    removed: Sequence[str] = (),
    *,
    cursor: str = "c1",
    reset: bool = False,
) -> ChangesPage:
    return ChangesPage(
        cases=list(cases), removed=list(removed), cursor=cursor, has_more=False, reset=reset
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "profile" / "desk.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A store signed in as clerk "lan" of the construction department (SXD)."""
    with Store.open(db_path) as opened:
        opened.set_identity("lan", "clerk", "SXD")
        yield opened
