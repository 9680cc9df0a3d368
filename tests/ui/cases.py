"""Client-store cases for the GUI tests: a few hand-made ones and a generated big queue."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from typing import Any

from deskhandler.domain.text import fold
from deskhandler.store import Store
from deskhandler.store.overlay import moment_key
from deskhandler.store.queue import PRIORITY_RANK
from deskhandler.wire.models import Case, ChangesPage
from tests.store import conftest as store_cases

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
STREETS = ["Lê Lợi", "Hùng Vương", "Trần Hưng Đạo", "Nguyễn Huệ", "Phạm Ngũ Lão", "Lê Duẩn"]
PROBLEMS = ["Ổ gà", "Đèn đường hỏng", "Rác thải", "Ngập nước", "Cây đổ", "Lấn chiếm vỉa hè"]
STATUSES = ["assigned", "in_progress", "in_progress", "resolved", "closed"]


def wire_case(case_id: str = "HUE-1", **fields: Any) -> Case:
    return store_cases.wire_case(case_id, **{"category": "XD", **fields})


def put(store: Store, *cases: Case, cursor: str = "c") -> None:
    store.apply_changes(ChangesPage(cases=list(cases), removed=[], cursor=cursor, has_more=False))


def _moment(value: datetime) -> str | None:
    return moment_key(value)


def fill(store: Store, count: int, seed: int = 7) -> None:
    """Write ``count`` generated cases straight into the store's tables.

    The feed path (`Store.apply_changes`) validates and folds every case, which takes
    minutes for 100,000 cases on a small, busy machine.  These rows hold what that path
    would write (same columns, same folded search text), computed once per word list.
    """
    rng = random.Random(seed)
    # Places from their own generator, so the other generated values stay as they were.
    places = random.Random(seed + 1)
    folded = {(p, s): fold(f"{p} trên đường {s} số ") for p in PROBLEMS for s in STREETS}
    folded_problem = {p: fold(p) for p in PROBLEMS}
    folded_street = {s: fold(s) for s in STREETS}
    rows: list[tuple[Any, ...]] = []
    documents: list[tuple[Any, ...]] = []
    for n in range(count):
        reported = T0 - timedelta(minutes=rng.randrange(460_000))
        due = reported + timedelta(days=7)
        problem, street = rng.choice(PROBLEMS), rng.choice(STREETS)
        other = rng.choice(PROBLEMS)
        status = rng.choice(STATUSES)
        assignee = rng.choice(["lan", "minh", "hoa", None])
        category = rng.choice(["XD", "GT", "MT"])
        priority = rng.choice(["low", "normal", "normal", "high", "urgent"])
        number = rng.randrange(1, 300)
        case_id = f"HUE-{n:06d}"
        title = f"{problem} trên đường {street} số {n}"
        description = f"Người dân phản ánh {other.lower()} kéo dài."
        address = f"{number} {street}, Huế"
        snapshot = {
            "id": case_id, "version": 2, "workflow_version": 2, "status": status,
            "department": "SXD", "assignee": assignee, "category": category,
            "priority": priority, "title": title, "description": description,
            "address": address,
            "lat": round(16.40 + places.random() * 0.12, 6),
            "long": round(107.52 + places.random() * 0.12, 6),
            "reported_at": reported.isoformat(), "due_at": due.isoformat(),
            "updated_at": reported.isoformat(),
        }  # fmt: skip
        key = folded[(problem, street)] + str(n)
        rows.append(
            (
                n + 1, case_id, 2, 2, status, "SXD", assignee, category, priority,
                PRIORITY_RANK[priority], _moment(due), _moment(reported), _moment(reported),
                title, f"{key}\x00{title}", address, 0, json.dumps(snapshot, ensure_ascii=False),
            )
        )  # fmt: skip
        documents.append(
            (
                n + 1,
                key,
                f"nguoi dan phan anh {folded_problem[other]} keo dai.",
                f"{number} {folded_street[street]}, hue",
                "",
            )
        )
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO cases (n, id, version, workflow_version, status, department, assignee,"
            " category, priority, priority_rank, due_at, reported_at, updated_at, title,"
            " title_key, address, pending, snapshot) VALUES"
            f" ({', '.join('?' * 18)})",
            rows,
        )
        conn.executemany(
            "INSERT INTO case_search (rowid, title, description, address, notes)"
            " VALUES (?, ?, ?, ?, ?)",
            documents,
        )
