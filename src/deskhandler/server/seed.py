"""Realistic demo data for Huế: units' staff, reports in every state, photos.

``deskhandler-server seed --cases N --seed S`` and ``deskhandler demo`` use it, and so do
the benchmarks.  The same seed on an empty database gives the same cases; running it again
appends new cases (new numbers) and leaves existing users and reference data alone.

Speed matters (100,000 cases in well under a minute on SQLite): rows are built as plain
dicts and written with Core ``executemany`` in chunks, inside one transaction that takes
one change-feed number for all of them.
"""

from __future__ import annotations

import itertools
import logging
import operator
import random
import time
import uuid
from collections import Counter as Tally
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy import text as text_sql
from sqlalchemy.orm import Session

from deskhandler.domain.deadlines import DUE_SOON, HolidayCalendar, due_at, local_day
from deskhandler.domain.statuses import Role, Status, resolved_at_after
from deskhandler.domain.text import nfc
from deskhandler.server import seed_photos as photos_mod
from deskhandler.server import seed_text as text
from deskhandler.server.attachment_store import AttachmentStore
from deskhandler.server.db import Database
from deskhandler.server.intake import case_id_for, load_calendar, next_numbers
from deskhandler.server.models import (
    AttachmentRow,
    AuditRow,
    Base,
    CaseRow,
    CategoryRow,
    Counter,
    DepartmentRow,
    Departure,
    TimelineRow,
    UserRow,
    utcnow,
)
from deskhandler.server.reference import IOC, ensure_reference_data
from deskhandler.server.security import hash_password

log = logging.getLogger(__name__)

#: The password of every demo account (printed by the CLI; never use the seed in production).
DEMO_PASSWORD = "demo-password"  # noqa: S105 - published on purpose, demo data only

#: Units that receive seeded cases and get demo staff.
UNITS: tuple[str, ...] = (
    "SXD", "SGTVT", "STNMT", "SDL", "SNV", "CAT", "UBND-HUE", "UBND-PHUHOI",
    "UBND-VINHNINH", "UBND-THUANTHANH", "HEPCO", "HUEWACO", "DIENLUC",
)  # fmt: skip

#: Big units get a third clerk.
_BIG_UNITS = frozenset({"SXD", "SGTVT", "HEPCO", "UBND-HUE"})

_CHUNK = 2_000
_NAMESPACE = uuid.UUID("5d7a1f0e-3c1b-4c5e-9a51-6b0f1d6c2e11")
_CLIENT = "seed"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    department: str | None
    name: str


@dataclass
class SeedReport:
    """What one seed run wrote."""

    cases: int = 0
    timeline_entries: int = 0
    attachments: int = 0
    users_created: int = 0
    first_id: str | None = None
    last_id: str | None = None
    statuses: dict[str, int] = field(default_factory=dict)
    units: dict[str, int] = field(default_factory=dict)
    elapsed: float = 0.0
    accounts: list[DemoAccount] = field(default_factory=list)


def _person_name(index: int) -> str:
    family = text.FAMILY[index % len(text.FAMILY)]
    middle = text.MIDDLE[(index * 7) % len(text.MIDDLE)]
    given = text.GIVEN[(index * 11) % len(text.GIVEN)]
    return f"{family} {middle} {given}"


def demo_accounts() -> list[DemoAccount]:
    """The demo staff: a supervisor and 2-3 clerks per unit, coordinators and an admin."""
    accounts = [
        DemoAccount("admin", Role.ADMIN.value, None, "Quản trị hệ thống"),
        DemoAccount("coordinator", Role.COORDINATOR.value, IOC, _person_name(0)),
        DemoAccount("coordinator2", Role.COORDINATOR.value, IOC, _person_name(1)),
    ]
    index = 2
    for unit in UNITS:
        short = unit.lower()
        accounts.append(
            DemoAccount(f"supervisor.{short}", Role.SUPERVISOR.value, unit, _person_name(index))
        )
        index += 1
        for n in range(3 if unit in _BIG_UNITS else 2):
            username = f"clerk.{short}" if n == 0 else f"clerk{n + 1}.{short}"
            accounts.append(DemoAccount(username, Role.CLERK.value, unit, _person_name(index)))
            index += 1
    return accounts


def ensure_demo_users(session: Session, accounts: list[DemoAccount]) -> int:
    """Create the demo accounts that are missing; return how many were created."""
    existing = set(session.scalars(select(UserRow.username)))
    missing = [a for a in accounts if a.username not in existing]
    if not missing:
        return 0
    # One argon2 hash for all: hashing is slow on purpose, and they share the password.
    password_hash = hash_password(DEMO_PASSWORD)
    now = utcnow()
    session.execute(
        insert(UserRow),
        [
            {
                "username": a.username,
                "name": a.name,
                "role": a.role,
                "department": a.department,
                "password_hash": password_hash,
                "active": True,
                "created_at": now,
            }
            for a in missing
        ],
    )
    session.add(
        AuditRow(
            at=now,
            actor="seed",
            event="demo_users_created",
            detail={"usernames": [a.username for a in missing]},
        )
    )
    return len(missing)


@dataclass(frozen=True)
class _Photo:
    scene: str
    sha256: str
    size: int


def _store_photos(store: AttachmentStore) -> dict[str, list[_Photo]]:
    by_scene: dict[str, list[_Photo]] = {}
    for scene in photos_mod.SCENES:
        for variant in range(2):
            data = photos_mod.draw_scene(scene, variant)
            by_scene.setdefault(scene, []).append(_Photo(scene, store.put(data), len(data)))
    return by_scene


class _Table:
    """A weighted choice, prepared once (``random.choices`` with cumulative weights)."""

    def __init__(self, table: list[tuple[str, int]]) -> None:
        self.keys = [k for k, _ in table]
        self.cumulative = list(itertools.accumulate(w for _, w in table))

    def pick(self, rng: random.Random) -> str:
        return rng.choices(self.keys, cum_weights=self.cumulative)[0]


_STATUS_BY_AGE: list[tuple[float, _Table]] = [(limit, _Table(t)) for limit, t in [
    (0.25, [("new", 45), ("assigned", 30), ("in_progress", 25)]),
    (2, [("new", 8), ("assigned", 20), ("in_progress", 55), ("returned", 3), ("resolved", 12),
         ("awaiting_approval", 2)]),
    (14, [("assigned", 4), ("in_progress", 40), ("resolved", 30), ("closed", 22),
          ("returned", 2), ("awaiting_approval", 2)]),
    (60, [("in_progress", 10), ("resolved", 15), ("closed", 73), ("awaiting_approval", 1),
          ("returned", 1)]),
    (10_000, [("in_progress", 2), ("resolved", 5), ("closed", 93)]),
]]  # fmt: skip

_RATINGS = _Table([("satisfied", 70), ("neutral", 18), ("unsatisfied", 12)])


class _Generator:
    """Builds the rows of one seed run; all randomness comes from one `random.Random`."""

    def __init__(
        self,
        *,
        rng: random.Random,
        now: datetime,
        calendar: HolidayCalendar,
        handling_days: dict[str, int],
        accounts: list[DemoAccount],
        photos: dict[str, list[_Photo]] | None,
        first_number: int,
    ) -> None:
        self.rng = rng
        # Ids of timeline entries and attachments: UUID-shaped, unique per run (the run's
        # first case number picks the prefix), and far cheaper than a uuid5 per row.
        base = uuid.uuid5(_NAMESPACE, str(first_number)).hex
        self._id_prefix = f"{base[:8]}-{base[8:12]}-{base[12:16]}-{base[16:20]}-"
        self._serial = itertools.count()
        self.now = now
        self.calendar = calendar
        self.handling_days = handling_days
        self.photos = photos
        self.coordinators = [a.username for a in accounts if a.role == Role.COORDINATOR.value]
        self.supervisor = {a.department: a.username for a in accounts if a.role == "supervisor"}
        self.clerks: dict[str, list[str]] = {}
        for a in accounts:
            if a.role == Role.CLERK.value and a.department:
                self.clerks.setdefault(a.department, []).append(a.username)
        self.stories: dict[str, list[text.Story]] = {}
        for story in text.STORIES:
            self.stories.setdefault(story.category, []).append(story)
        self.category_table = _Table(list(text.CATEGORY_WEIGHTS.items()))
        self._due_cache: dict[tuple[date, int, bool], datetime] = {}
        self.cases: list[dict[str, Any]] = []
        self.timeline: list[dict[str, Any]] = []
        self.attachments: list[dict[str, Any]] = []
        self.departures: list[tuple[str, str]] = []

    def new_id(self) -> str:
        return f"{self._id_prefix}{next(self._serial):012x}"

    # -- pieces -------------------------------------------------------------------------

    def due(self, reported: datetime, category: str, urgent: bool) -> datetime:
        key = (local_day(reported), self.handling_days[category], urgent)
        found = self._due_cache.get(key)
        if found is None:
            found = due_at(reported, key[1], self.calendar, urgent=urgent)
            self._due_cache[key] = found
        return found

    def age(self) -> timedelta:
        rng = self.rng
        pick = rng.random()
        if pick < 0.15:
            days = rng.uniform(0.02, 2)
        elif pick < 0.5:
            days = rng.uniform(2, 30)
        else:
            days = rng.uniform(30, 365)
        return timedelta(seconds=int(days * 86_400))

    def reporter(self) -> dict[str, Any]:
        rng = self.rng
        if rng.random() < 0.3:
            return {
                "reporter_name": None,
                "reporter_phone": None,
                "reporter_email": None,
                "reporter_consent": False,
            }
        name = f"{rng.choice(text.FAMILY)} {rng.choice(text.MIDDLE)} {rng.choice(text.GIVEN)}"
        phone = f"0{rng.choice('379')}{rng.randrange(10**7, 10**8)}"
        email = f"nguoidan{rng.randrange(10_000)}@gmail.com" if rng.random() < 0.3 else None
        return {
            "reporter_name": name,
            "reporter_phone": phone,
            "reporter_email": email,
            "reporter_consent": rng.random() < 0.45,
        }

    def fill(self, template: str, place: dict[str, str]) -> str:
        return template.format(**place)

    def place(self, street_name: str | None = None) -> tuple[dict[str, str], float, float]:
        rng = self.rng
        street, ward, lat, long = rng.choice(text.STREETS)
        if street_name is not None:
            street, ward, lat, long = next(s for s in text.STREETS if s[0] == street_name)
        words = {
            "street": street,
            "ward": ward,
            "landmark": rng.choice(text.LANDMARKS),
            "when": rng.choice(text.WHEN),
            "number": str(rng.randrange(1, 250)),
        }
        return (
            words,
            round(lat + rng.uniform(-0.003, 0.003), 6),
            round(long + rng.uniform(-0.003, 0.003), 6),
        )

    def times(self, start: datetime, gaps: list[float]) -> list[datetime]:
        """Moments after ``start`` separated by about ``gaps`` seconds, all before now."""
        available = (self.now - start).total_seconds() - 60
        total = sum(gaps)
        if total > available:
            scale = max(available, 0) / total * self.rng.uniform(0.5, 0.95)
            gaps = [g * scale for g in gaps]
        moments, moment = [], start
        for gap in gaps:
            moment = moment + timedelta(seconds=int(gap) + 1)
            moments.append(moment)
        return moments

    # -- one case -------------------------------------------------------------------------

    def case(
        self,
        number: int,
        *,
        status: str | None = None,
        category: str | None = None,
        description: str | None = None,
        reported: datetime | None = None,
        unit: str | None = None,
        coordinates: bool = True,
        duplicate_of: str | None = None,
        street: str | None = None,
    ) -> _CaseRows:
        rng = self.rng
        category = category or self.category_table.pick(rng)
        # A text given by the caller is about the category's first (main) story.
        story = (
            rng.choice(self.stories[category])
            if description is None
            else (self.stories[category][0])
        )
        words, lat, long = self.place(street)
        reported = reported or self.now - self.age()
        age_days = (self.now - reported).total_seconds() / 86_400
        if status is None:
            status = next(t.pick(rng) for limit, t in _STATUS_BY_AGE if age_days < limit)
        unit = unit or rng.choice(story.units)
        urgent = category == "TTBL" or rng.random() < 0.02
        raw = description or self.fill(rng.choice(story.descriptions), words)
        described = nfc(raw)
        title = self.fill(story.title, words) if description is None else _title(described)
        case_id = case_id_for(number)
        row: dict[str, Any] = {
            "id": case_id,
            "number": number,
            "version": 1,
            "workflow_version": 1,
            "status": Status.NEW.value,
            "department": None,
            "assignee": None,
            "category": category,
            "priority": "urgent" if urgent else ("high" if rng.random() < 0.08 else "normal"),
            "track": "immediate" if urgent else "timed",
            "title": nfc(title),
            "description": described,
            "address": f"{words['number']} {words['street']}, phường {words['ward']}, Huế",
            "lat": lat if coordinates else None,
            "long": long if coordinates else None,
            "reported_at": reported,
            "due_at": self.due(reported, category, urgent),
            "updated_at": reported,
            "resolved_at": None,
            "tags": [],
            "resolution": None,
            "public_text": None,
            "pending_reply": None,
            "duplicate_of": None,
            **self.reporter(),
            "device_id": f"hue-s-{rng.randrange(16**8):08x}",
            "account_id": None,
            "media_url": None,
            "attributes": {},
            "open311_token": None,
            "satisfaction_rating": None,
            "satisfaction_comment": None,
            "satisfaction_at": None,
            "feed_seq": 0,
        }
        built = _CaseRows(row, self)
        built.entry(
            "report",
            "citizen",
            "citizen",
            reported,
            {"category": category},
            public=True,
            client="open311",
        )
        if self.photos is not None and rng.random() < 0.7:
            scene = rng.choice(photos_mod.CATEGORY_SCENES[category])
            for photo in rng.sample(self.photos[scene], rng.choice((1, 1, 1, 2))):
                built.attach(photo, "citizen", None, reported)
        built.play(status, unit, story, words, duplicate_of)
        return built

    def chunk(self, numbers: range) -> None:
        for number in numbers:
            self.case(number).commit()


def _title(description: str) -> str:
    line = description.strip().splitlines()[0]
    return line if len(line) <= 100 else line[:100].rsplit(" ", 1)[0] + "…"


class _CaseRows:
    """One case being built: its row, timeline entries and attachments."""

    def __init__(self, row: dict[str, Any], gen: _Generator) -> None:
        self.row = row
        self.gen = gen
        self.entries: list[dict[str, Any]] = []
        self.files: list[dict[str, Any]] = []
        self.departed: list[str] = []

    def entry(
        self,
        kind: str,
        actor: str,
        role: str,
        at: datetime,
        payload: dict[str, Any],
        *,
        public: bool = False,
        client: str = _CLIENT,
        **changes: Any,
    ) -> None:
        row = self.row
        before = (row["status"], row["department"], row["assignee"])
        row.update(changes)
        row["resolved_at"] = resolved_at_after(before[0], row["status"], row["resolved_at"], at)
        if self.entries:
            row["version"] += 1
        if (row["status"], row["department"], row["assignee"]) != before:
            row["workflow_version"] = row["version"]
        row["updated_at"] = at
        self.entries.append(
            {
                "case_id": row["id"],
                "action_id": self.gen.new_id(),
                "kind": kind,
                "actor": actor,
                "actor_role": role,
                "at": at,
                "payload": payload,
                "public": public,
                "status_after": row["status"],
                "client": client,
                "client_created_at": None,
            }
        )

    def attach(self, photo: _Photo, who: str, unit: str | None, at: datetime) -> str:
        attachment_id = self.gen.new_id()
        self.files.append(
            {
                "id": attachment_id,
                "case_id": self.row["id"],
                "sha256": photo.sha256,
                "name": f"{photo.scene}-{len(self.files) + 1}.jpg",
                "content_type": "image/jpeg",
                "size": photo.size,
                "uploaded_by": who,
                "department": unit,
                "public": True,
                "created_at": at,
            }
        )
        return attachment_id

    def play(
        self,
        status: str,
        unit: str,
        story: text.Story,
        words: dict[str, str],
        duplicate_of: str | None,
    ) -> None:
        """Write the timeline that leads a new case to ``status``."""
        gen, rng, row = self.gen, self.gen.rng, self.row
        if status == Status.NEW.value:
            if rng.random() < 0.2:
                (at,) = gen.times(row["reported_at"], [rng.uniform(300, 7_200)])
                self.entry(
                    "note",
                    rng.choice(gen.coordinators),
                    "coordinator",
                    at,
                    {"text": "Đang xác minh vị trí với người phản ánh."},
                )
            return
        clerks, supervisor = gen.clerks[unit], gen.supervisor[unit]
        clerk = rng.choice(clerks)
        notes = rng.choice((0, 0, 1, 1, 2))
        rated = status in {"resolved", "closed"} and rng.random() < 0.35
        reopened = status == "in_progress" and rng.random() < 0.05
        # Routing within hours, then a step every few hours to days (at most 9 steps follow).
        gaps = [rng.uniform(600, 4 * 3600)] + [rng.uniform(3600, 3 * 86_400) for _ in range(9)]
        moments = iter(gen.times(row["reported_at"], gaps))
        coordinator = rng.choice(gen.coordinators)
        self.entry(
            "reassign",
            coordinator,
            "coordinator",
            next(moments),
            {"to": unit, "reason": text.ROUTE_REASON},
            status="assigned",
            department=unit,
            assignee=None,
        )
        if status == Status.ASSIGNED.value:
            return
        if status == Status.RETURNED.value:
            self.entry(
                "return",
                clerk,
                "clerk",
                next(moments),
                {"reason": rng.choice(text.RETURN_REASONS)},
                status="returned",
                department=None,
                assignee=None,
            )
            self.departed.append(unit)
            return
        if rng.random() < 0.3:
            self.entry(
                "accept",
                supervisor,
                "supervisor",
                next(moments),
                {},
                status="in_progress",
                assignee=supervisor,
            )
            self.entry(
                "assign",
                supervisor,
                "supervisor",
                next(moments),
                {"assignee": clerk},
                assignee=clerk,
            )
        else:
            self.entry(
                "accept", clerk, "clerk", next(moments), {}, status="in_progress", assignee=clerk
            )
        if row["priority"] == "normal" and rng.random() < 0.05:
            self.entry(
                "triage",
                supervisor,
                "supervisor",
                next(moments),
                {"priority": "high"},
                priority="high",
            )
        for _ in range(notes):
            self.entry(
                "note",
                clerk,
                "clerk",
                next(moments),
                {"text": gen.fill(rng.choice(text.NOTES), words)},
            )
        reply = gen.fill(rng.choice(story.replies), words)
        if reopened:
            self.publish(reply, clerk, next(moments), words)
            self.rate("unsatisfied", next(moments))
            self.entry(
                "reopen",
                clerk,
                "clerk",
                next(moments),
                {"reason": "Người dân chưa hài lòng, kiểm tra lại hiện trường."},
                status="in_progress",
                resolution=None,
            )
            return
        if duplicate_of is not None:
            self.entry(
                "close",
                clerk,
                "clerk",
                next(moments),
                {
                    "resolution": "duplicate",
                    "duplicate_of": duplicate_of,
                    "text": f"Phản ánh trùng với {duplicate_of}, đang được xử lý.",
                },
                public=True,
                status="closed",
                resolution="duplicate",
                duplicate_of=duplicate_of,
                public_text=f"Phản ánh trùng với {duplicate_of}, đang được xử lý.",
            )
            return
        if status == Status.IN_PROGRESS.value:
            return
        if status == Status.AWAITING_APPROVAL.value:
            self.entry(
                "reply",
                clerk,
                "clerk",
                next(moments),
                {"text": reply},
                status="awaiting_approval",
                pending_reply=reply,
            )
            return
        if status == Status.CLOSED.value and rng.random() < 0.15:
            resolution = rng.choice(("invalid", "explained", "not_competent"))
            closing = "Đơn vị đã kiểm tra và giải thích, hướng dẫn người phản ánh."
            self.entry(
                "close",
                clerk,
                "clerk",
                next(moments),
                {"resolution": resolution, "text": closing},
                public=True,
                status="closed",
                resolution=resolution,
                public_text=closing,
            )
            return
        self.publish(reply, clerk, next(moments), words)
        if rated:
            rating = _RATINGS.pick(rng)
            self.rate(rating, next(moments))
        if status == Status.CLOSED.value:
            closing = "Phản ánh đã được xử lý xong. Kết thúc phản ánh."
            self.entry(
                "close",
                clerk,
                "clerk",
                next(moments),
                {"resolution": "fixed", "text": closing},
                public=True,
                status="closed",
                resolution="fixed",
                public_text=closing,
            )

    def publish(self, reply: str, clerk: str, at: datetime, words: dict[str, str]) -> None:
        payload: dict[str, Any] = {"text": reply}
        gen = self.gen
        if gen.photos is not None and gen.rng.random() < 0.2:
            photo = gen.rng.choice(gen.photos["fixed"])
            payload["attachments"] = [self.attach(photo, clerk, self.row["department"], at)]
        self.entry(
            "reply",
            clerk,
            "clerk",
            at,
            payload,
            public=True,
            status="resolved",
            public_text=reply,
            pending_reply=None,
        )

    def rate(self, rating: str, at: datetime) -> None:
        rng = self.gen.rng
        comments = {"satisfied": text.SATISFIED, "neutral": text.NEUTRAL}.get(
            rating, text.UNSATISFIED
        )
        comment = rng.choice(comments)
        self.entry(
            "satisfaction",
            "citizen",
            "citizen",
            at,
            {"rating": rating, "comment": comment},
            client="open311",
            satisfaction_rating=rating,
            satisfaction_comment=comment,
            satisfaction_at=at,
        )

    def commit(self) -> None:
        gen = self.gen
        gen.cases.append(self.row)
        gen.timeline.extend(self.entries)
        gen.attachments.extend(self.files)
        gen.departures.extend((self.row["id"], unit) for unit in self.departed)


def _showcase(gen: _Generator, numbers: Iterator[int]) -> None:
    """The cases a demo must show whatever the count: deadlines and tricky texts."""
    now, rng = gen.now, gen.rng
    # In progress and overdue: reported two weeks ago, 5-day category.
    gen.case(
        next(numbers),
        status="in_progress",
        category="VSMT",
        reported=now - timedelta(days=14, hours=3),
    ).commit()
    # In progress and due soon: a report whose natural deadline falls in the next two days,
    # or, on a weekend when none can, a deadline a supervisor brought forward.
    due_soon = gen.case(
        next(numbers), status="in_progress", category="HTDT", reported=_due_soon_report(gen, "HTDT")
    )
    if not now < due_soon.row["due_at"] <= now + DUE_SOON:
        new_due = now + timedelta(hours=30)
        at = max(due_soon.row["updated_at"] + timedelta(seconds=1), now - timedelta(minutes=5))
        due_soon.entry(
            "triage",
            gen.supervisor[due_soon.row["department"]],
            "supervisor",
            at,
            {"due_at": new_due.isoformat()},
            due_at=new_due,
        )
    due_soon.commit()
    gen.case(
        next(numbers),
        status="in_progress",
        category="HTGT",
        description=text.LONG_REPORT,
        street="Hùng Vương",
        reported=now - timedelta(days=3),
    ).commit()
    gen.case(
        next(numbers),
        status="assigned",
        category="VSMT",
        description=text.EMOJI_REPORT,
        street="Trần Hưng Đạo",
        unit="HEPCO",
        reported=now - timedelta(hours=20),
    ).commit()
    gen.case(
        next(numbers),
        status="in_progress",
        category="HTGT",
        description=text.NFD_REPORT,
        street="Trần Hưng Đạo",
        unit="SGTVT",
        reported=now - timedelta(days=2),
    ).commit()
    gen.case(
        next(numbers),
        status="new",
        category="HTDT",
        description=text.SHORT_REPORT,
        coordinates=False,
        reported=now - timedelta(hours=1),
    ).commit()
    first = gen.case(
        next(numbers),
        status="in_progress",
        category="HTGT",
        description=text.POTHOLE_REPORTS[0],
        street="Hùng Vương",
        unit="SGTVT",
        reported=now - timedelta(days=4),
    )
    first.commit()
    for n, report in enumerate(text.POTHOLE_REPORTS[1:], 1):
        later = first.row["reported_at"] + timedelta(hours=5 * n + rng.randrange(3))
        gen.case(
            next(numbers),
            status="closed",
            category="HTGT",
            description=report,
            street="Hùng Vương",
            unit="SGTVT",
            reported=later,
            duplicate_of=first.row["id"],
        ).commit()


def _due_soon_report(gen: _Generator, category: str) -> datetime:
    for back in range(0, 40):
        reported = gen.now - timedelta(days=back, hours=2)
        if gen.now < gen.due(reported, category, False) <= gen.now + DUE_SOON:
            return reported
    return gen.now - timedelta(days=1)


SHOWCASE_COUNT = 10


def seed(
    db: Database,
    *,
    cases: int,
    seed: int = 1,
    attachments_dir: Path | None = None,
    photos: bool = True,
    now: datetime | None = None,
) -> SeedReport:
    """Add ``cases`` demo cases (and the demo staff, once); see the module docstring."""
    if cases < 0:
        raise ValueError("the number of cases must not be negative")
    started = time.perf_counter()
    now = now or utcnow()
    rng = random.Random(seed)
    accounts = demo_accounts()
    report = SeedReport(accounts=accounts)
    photo_set: dict[str, list[_Photo]] | None = None
    if photos and cases:
        if attachments_dir is None:
            raise ValueError("photos need an attachments directory")
        photo_set = _store_photos(AttachmentStore(attachments_dir))
    with db.writing() as session:
        ensure_reference_data(session)
        session.flush()
        session.execute(
            update(DepartmentRow)
            .where(DepartmentRow.code.in_(UNITS))
            .values(approval_required=False)
        )
        report.users_created = ensure_demo_users(session, accounts)
        if cases == 0:
            report.elapsed = time.perf_counter() - started
            return report
        handling = dict(session.execute(select(CategoryRow.code, CategoryRow.handling_days)).all())
        calendar = load_calendar(session)
        numbers = next_numbers(session, cases)
        # The feed number is taken now (after the case counter, in the same lock order as
        # intake) and held until commit: no writer can publish a higher one before this
        # transaction is visible, as with `feed._stamp`, without updating every row twice.
        seq = session.execute(
            update(Counter)
            .where(Counter.name == "feed")
            .values(value=Counter.value + 1)
            .returning(Counter.value)
        ).scalar_one()
        gen = _Generator(
            rng=rng,
            now=now,
            calendar=calendar,
            handling_days=handling,
            accounts=accounts,
            photos=photo_set,
            first_number=numbers[0],
        )
        writer = _Writer(session, seq)
        if db.is_sqlite:
            # A big transaction touches index pages all over the file: keep them in memory
            # (256 MB at most) instead of spilling to the WAL again and again.
            session.execute(text_sql("PRAGMA cache_size = -262144"))
        statuses: Tally[str] = Tally()
        units: Tally[str] = Tally()
        pending = iter(numbers)
        if cases >= SHOWCASE_COUNT:
            _showcase(gen, pending)
        while True:
            batch = [n for _, n in zip(range(_CHUNK - len(gen.cases)), pending, strict=False)]
            for number in batch:
                gen.case(number).commit()
            if gen.cases:
                for row in gen.cases:
                    row["feed_seq"] = seq
                    statuses[row["status"]] += 1
                    if row["department"]:
                        units[row["department"]] += 1
                writer.write(gen, report)
            if not batch:
                break
        if db.is_sqlite:
            session.execute(text_sql("PRAGMA cache_size = -2000"))
        report.first_id, report.last_id = case_id_for(numbers[0]), case_id_for(numbers[-1])
        report.statuses = dict(statuses)
        report.units = dict(units)
    report.elapsed = time.perf_counter() - started
    log.info("seeded %d cases in %.1f s", report.cases, report.elapsed)
    return report


class _BulkInsert:
    """``INSERT`` of many rows through the driver's executemany.

    Values go through each column type's own bind processor for the connection's dialect
    (so datetimes, JSON and booleans are stored exactly as the ORM would store them), but
    without building SQLAlchemy's per-row parameter dictionaries, which costs more than
    the insert itself.
    """

    def __init__(self, connection: Connection, model: type[Base], keys: list[str]) -> None:
        table = Base.metadata.tables[model.__tablename__]
        dialect = connection.dialect
        compiled = insert(table).compile(dialect=dialect, column_keys=keys)
        self.sql = str(compiled)
        self.connection = connection
        order = list(compiled.positiontup or []) if compiled.positional else keys
        self.positional = compiled.positional
        self.keys = order
        self.getter = operator.itemgetter(*order)
        processors = [
            table.c[key].type.dialect_impl(dialect).bind_processor(dialect) for key in order
        ]
        self.processors = [(i, p) for i, p in enumerate(processors) if p is not None]

    def run(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        getter, processors = self.getter, self.processors
        params: list[Any] = []
        for row in rows:
            values = list(getter(row))
            for i, process in processors:
                values[i] = process(values[i])
            params.append(
                tuple(values) if self.positional else dict(zip(self.keys, values, strict=True))
            )
        self.connection.exec_driver_sql(self.sql, params)


class _Writer:
    def __init__(self, session: Session, seq: int) -> None:
        self.connection = session.connection()
        self.seq = seq
        self._inserts: dict[type[Base], _BulkInsert] = {}

    def insert(self, model: type[Base], rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        bulk = self._inserts.get(model)
        if bulk is None:
            bulk = self._inserts[model] = _BulkInsert(self.connection, model, list(rows[0]))
        bulk.run(rows)

    def write(self, gen: _Generator, report: SeedReport) -> None:
        self.insert(CaseRow, gen.cases)
        self.insert(TimelineRow, gen.timeline)
        self.insert(AttachmentRow, gen.attachments)
        self.insert(
            Departure,
            [{"case_id": c, "department": d, "feed_seq": self.seq} for c, d in gen.departures],
        )
        report.cases += len(gen.cases)
        report.timeline_entries += len(gen.timeline)
        report.attachments += len(gen.attachments)
        gen.cases, gen.timeline, gen.attachments, gen.departures = [], [], [], []
