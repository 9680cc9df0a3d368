"""The change feed's bookkeeping: sequence numbers that follow commit order, and cursors.

Each writing transaction that changed cases takes the next value of the ``feed`` counter
as its last statement before commit and stamps it on those cases.  The counter row stays
locked until the commit, so no transaction can take a higher number and become visible
while a lower one is still in flight: a reader that follows ``feed_seq`` upward never skips
a late commit (the sequence-gap bug of reading plain sequences on PostgreSQL).

Marks live in ``session.info`` until that commit.  A caller that rolls back a savepoint
takes a `snapshot` before it and `restore`s it after, so an undone change is not stamped
and an undone departure does not make desks drop a case that never left.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from sqlalchemy import event, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from deskhandler.server.chunks import chunks
from deskhandler.server.models import CaseRow, Counter, Departure, Meta

_TOUCHED = "feed_touched"
_DEPARTED = "feed_departed"


def mark_changed(session: Session, case_id: str) -> None:
    """Record that ``case_id`` changed in this transaction (stamped at commit)."""
    session.info.setdefault(_TOUCHED, set()).add(case_id)


def mark_departed(session: Session, case_id: str, department: str) -> None:
    """Record that ``case_id`` left ``department``, whose desks must drop it."""
    session.info.setdefault(_DEPARTED, []).append((case_id, department))


@dataclass(frozen=True, slots=True)
class Marks:
    """The marks of a transaction at one moment (see `snapshot`)."""

    touched: frozenset[str]
    departed: tuple[tuple[str, str], ...]


def snapshot(session: Session) -> Marks:
    """The marks so far, to `restore` if the savepoint about to begin is rolled back."""
    return Marks(frozenset(session.info.get(_TOUCHED, ())), tuple(session.info.get(_DEPARTED, ())))


def restore(session: Session, marks: Marks) -> None:
    """Forget what was marked after ``marks`` was taken: its savepoint was rolled back."""
    session.info[_TOUCHED] = set(marks.touched)
    session.info[_DEPARTED] = list(marks.departed)


def _stamp(session: Session) -> None:
    if session.in_nested_transaction():
        # ``before_commit`` fires for a released savepoint too; the transaction takes one
        # number, at its real commit, and its marks wait until then.
        return
    touched: set[str] = session.info.pop(_TOUCHED, set())
    departed: list[tuple[str, str]] = session.info.pop(_DEPARTED, [])
    if not touched and not departed:
        return
    session.flush()
    seq = session.execute(
        update(Counter)
        .where(Counter.name == "feed")
        .values(value=Counter.value + 1)
        .returning(Counter.value)
    ).scalar_one()
    for chunk in chunks(sorted(touched)):
        session.execute(
            update(CaseRow)
            .where(CaseRow.id.in_(chunk))
            .values(feed_seq=seq)
            .execution_options(synchronize_session=False)
        )
    for case_id, department in departed:
        session.add(Departure(case_id=case_id, department=department, feed_seq=seq))
    session.flush()
    for obj in session.identity_map.values():
        if isinstance(obj, CaseRow) and obj.id in touched:
            # What the UPDATE above wrote, set as already stored: a plain assignment would
            # mark the row dirty and write the number a second time at the commit's flush.
            set_committed_value(obj, "feed_seq", seq)


def install(session_factory: object) -> None:
    """Stamp feed numbers before every commit of sessions from ``session_factory``."""
    event.listen(session_factory, "before_commit", _stamp)


@dataclass(frozen=True, slots=True)
class Cursor:
    epoch: str
    seq: int
    last_id: str


class BadCursor(ValueError):
    pass


def encode_cursor(cursor: Cursor) -> str:
    raw = f"1:{cursor.epoch}:{cursor.seq}:{cursor.last_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(text: str) -> Cursor:
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
        version, epoch, seq, last_id = raw.split(":", 3)
        if version != "1":
            raise ValueError(version)
        return Cursor(epoch, int(seq), last_id)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise BadCursor("the cursor is not one this server issued") from None


def current_epoch(session: Session) -> str:
    return session.scalar(select(Meta.value).where(Meta.key == "epoch")) or "0"


def current_seq(session: Session) -> int:
    return session.scalar(select(Counter.value).where(Counter.name == "feed")) or 0
