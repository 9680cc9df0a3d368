"""When a case became finished: the one rule every writer of ``CaseRow.status`` follows.

``resolved_at`` is the moment a case last went from a status that still needs work to
``resolved`` or ``closed`` (a reply, an approval, or closing straight from ``in_progress``);
closing an already resolved case keeps it; a reopen (or any move back to a status that
needs work) clears it.  The dashboard counts a resolution on that moment, whatever later
changes the finished case gets (closing, a rating, a note).
"""

from __future__ import annotations

from datetime import datetime

from deskhandler.domain.statuses import Status

#: Statuses in which the unit's work on the case is done.
FINISHED: frozenset[str] = frozenset({Status.RESOLVED.value, Status.CLOSED.value})


def resolved_at_after(
    before: str, after: str, resolved_at: datetime | None, now: datetime
) -> datetime | None:
    """``resolved_at`` once the status went from ``before`` to ``after`` at ``now``."""
    if after not in FINISHED:
        return None
    if before not in FINISHED:
        return now
    return resolved_at
