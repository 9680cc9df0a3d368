"""Benchmark: the counts of the printed unit summary over 100,000 cases in the local store.

Run with ``pytest -m bench tests/bench/test_summary_bench.py -s``.  The floor, measured in
the same run, is one plain ``count(*)`` of the unit's open cases: the least any summary of
them has to read.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from deskhandler.store import Store
from tests.ui.cases import fill

pytestmark = pytest.mark.bench

N = int(os.environ.get("DESKHANDLER_BENCH_STORE_CASES", "100000"))
NOW = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


def best_ms(action: Callable[[], Any], runs: int = 7) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best * 1000


@pytest.fixture
def big_store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "desk.sqlite3") as store:
        store.set_identity("lan", "supervisor", "SXD")
        fill(store, N)
        yield store


def test_unit_summary_counts_over_100k(big_store: Store) -> None:
    conn = big_store._conn  # the floor is plain SQL on the same connection
    open_statuses = "('new', 'assigned', 'in_progress', 'awaiting_approval', 'returned')"
    floor = best_ms(
        lambda: conn.execute(
            f"SELECT count(*) FROM cases WHERE department = 'SXD' AND status IN {open_statuses}"
        ).fetchone()
    )
    counts = best_ms(lambda: big_store.unit_counts(NOW, "SXD"))
    workload = best_ms(lambda: big_store.workload(NOW, "SXD"))
    summary = big_store.unit_counts(NOW, "SXD")
    assert summary.open > 0
    print(
        f"\nunit summary over {N} cases ({summary.open} open): counts {counts:.1f} ms, "
        f"workload {workload:.1f} ms, floor {floor:.1f} ms, "
        f"ratio {(counts + workload) / max(floor, 0.001):.1f}x"
    )
    assert counts + workload < 2_000
