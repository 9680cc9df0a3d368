"""Reading the change feed: pages of case snapshots in ``(feed_seq, id)`` order.

Why no late commit is ever skipped: every writing transaction bumps the ``feed`` counter as
its last statement (`deskhandler.server.feed`) and keeps that row locked until it commits,
so transactions take feed numbers in commit order, and once the counter reads ``C`` every
transaction with a number up to ``C`` has committed.  A reader therefore reads the counter
FIRST and then only rows with ``feed_seq <= C``:

- PostgreSQL, READ COMMITTED: each later statement sees at least everything committed
  before the counter read, so every row stamped ``<= C`` is there.  A row re-stamped by a
  transaction that commits meanwhile shows a number above ``C`` and is left for the next
  page (whose cursor is ``<= C``), never lost.  Rows stamped later can only get numbers
  above ``C``.
- SQLite (WAL): the whole read is one transaction with one snapshot; writers are serialized.

Reading rows first and the counter afterwards would be wrong: a transaction could commit
in between, and a cursor at the newer ``C`` would jump over its rows.

The page is built from selected columns (no ORM objects), with one batched query for the
attachments, and encoded to JSON once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import pydantic_core
from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from deskhandler.server import feed
from deskhandler.server.api.deps import Principal
from deskhandler.server.chunks import chunks
from deskhandler.server.errors import APIError
from deskhandler.server.models import CaseRow, Departure
from deskhandler.server.presenters import as_is, attachment_refs, case_to_wire

if TYPE_CHECKING:
    from deskhandler.server.db import Database

DEFAULT_LIMIT = 500
MAX_LIMIT = 1000

#: The columns a wire case is made of (`presenters.case_to_wire` reads them by name).
_COLUMNS = (
    CaseRow.id,
    CaseRow.version,
    CaseRow.workflow_version,
    CaseRow.status,
    CaseRow.department,
    CaseRow.assignee,
    CaseRow.category,
    CaseRow.priority,
    CaseRow.title,
    CaseRow.description,
    CaseRow.address,
    CaseRow.lat,
    CaseRow.long,
    CaseRow.reported_at,
    CaseRow.due_at,
    CaseRow.updated_at,
    CaseRow.resolved_at,
    CaseRow.track,
    CaseRow.tags,
    CaseRow.resolution,
    CaseRow.public_text,
    CaseRow.pending_reply,
    CaseRow.duplicate_of,
    CaseRow.reporter_name,
    CaseRow.reporter_phone,
    CaseRow.reporter_email,
    CaseRow.reporter_consent,
    CaseRow.satisfaction_rating,
    CaseRow.satisfaction_comment,
    CaseRow.satisfaction_at,
    CaseRow.feed_seq,
)

#: Where a feed starts: before every stamped row (stamps are >= 1; 0 is "never stamped").
_START = -1


@dataclass(frozen=True, slots=True)
class Position:
    """Where a reader stands; ``last_id`` empty means every row of ``seq`` was read."""

    seq: int
    last_id: str = ""


def parse_cursor(text: str | None) -> feed.Cursor | None:
    """The decoded cursor, None for "from the beginning"; 400 ``bad_cursor`` if foreign."""
    if not text:
        return None
    try:
        return feed.decode_cursor(text)
    except feed.BadCursor as error:
        raise APIError(400, "bad_cursor", str(error)) from None


def _after(position: Position) -> ColumnElement[bool]:
    if not position.last_id:
        return CaseRow.feed_seq > position.seq
    # A row-value comparison, so both backends walk the (feed_seq, id) index.
    return tuple_(CaseRow.feed_seq, CaseRow.id) > tuple_(position.seq, position.last_id)


def _visible(principal: Principal) -> ColumnElement[bool] | None:
    if principal.province_wide:
        return None
    return CaseRow.department == principal.department


def read_page(
    session: Session, principal: Principal, cursor: feed.Cursor | None, limit: int
) -> bytes:
    """One page of the feed as encoded JSON (a `wire.ChangesPage`)."""
    # The counter first, then the rows (see the module docstring).
    ceiling = feed.current_seq(session)
    epoch = feed.current_epoch(session)
    reset = cursor is not None and (cursor.epoch != epoch or cursor.seq > ceiling)
    start = Position(_START) if cursor is None or reset else Position(cursor.seq, cursor.last_id)
    if not principal.province_wide and principal.department is None:
        rows: Sequence[Any] = []
    else:
        query = (
            select(*_COLUMNS)
            .where(_after(start), CaseRow.feed_seq <= ceiling)
            .order_by(CaseRow.feed_seq, CaseRow.id)
            .limit(limit + 1)
        )
        visible = _visible(principal)
        if visible is not None:
            query = query.where(visible)
        # Core execution: plain rows, without the ORM's per-row loading machinery.
        rows = session.connection().execute(query).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    # A full page ends at its last row; the last page ends at the counter, so the next
    # request starts after everything this one could see.
    end = Position(rows[-1].feed_seq, rows[-1].id) if has_more else Position(ceiling)
    removed = _removed(session, principal, start, end, {row.id for row in rows})
    refs = attachment_refs(session, [row.id for row in rows]) if rows else {}
    wide = principal.province_wide
    cases = [
        case_to_wire(
            cast(CaseRow, row), province_wide=wide, attachments=refs.get(row.id, ()), moment=as_is
        )
        for row in rows
    ]
    page = {
        "cases": cases,
        "removed": removed,
        "cursor": feed.encode_cursor(feed.Cursor(epoch, end.seq, end.last_id)),
        "has_more": has_more,
        "reset": reset,
    }
    # pydantic's encoder (already there for the wire models): twice as fast as the
    # standard library's on a page, and it writes the datetimes as the wire does.
    return pydantic_core.to_json(page)


def _removed(
    session: Session, principal: Principal, start: Position, end: Position, sent: set[str]
) -> list[str]:
    """Cases that left the caller's unit in ``(start, end]`` and are not visible now."""
    if start.seq == _START or principal.province_wide or principal.department is None:
        # From the beginning the reader holds nothing to drop; province-wide readers see
        # every case wherever it goes.
        return []
    departed = session.scalars(
        select(Departure.case_id)
        .where(
            Departure.department == principal.department,
            Departure.feed_seq > start.seq,
            Departure.feed_seq <= end.seq,
        )
        .distinct()
    ).all()
    candidates = sorted(set(departed) - sent)
    if not candidates:
        return []
    back: set[str] = set()
    for chunk in chunks(candidates):
        back.update(
            session.scalars(
                select(CaseRow.id).where(
                    CaseRow.id.in_(chunk),
                    CaseRow.department == principal.department,
                    CaseRow.feed_seq <= end.seq,
                )
            )
        )
    return [case_id for case_id in candidates if case_id not in back]


def read_changes(db: Database, principal: Principal, cursor_text: str | None, limit: int) -> bytes:
    """Parse the cursor and read one page in one read transaction."""
    if not 1 <= limit <= MAX_LIMIT:
        raise APIError(422, "invalid_request", f"limit must be between 1 and {MAX_LIMIT}")
    cursor = parse_cursor(cursor_text)
    with db.reading() as session, session.begin():
        return read_page(session, principal, cursor, limit)
