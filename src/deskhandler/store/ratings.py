"""The citizen's rating of a case as columns of ``cases`` (schema step 6).

The snapshot keeps the whole rating (comment included); the two columns let the queue find
"citizen not satisfied" from an index (``cases_unsatisfied``, newest rating first per unit)
and count satisfaction without decoding JSON.  A rating is the citizen's, never changed by
the desk's own pending actions, so it is read from the server's snapshot.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from deskhandler.store.overlay import moment_key


def rating_columns(snapshot: Mapping[str, Any]) -> tuple[int | None, str | None]:
    """``(rating_satisfied, rated_at)``: 1 or 0 and the sortable moment; NULLs when unrated.

    ``snapshot`` is a validated wire case (`deskhandler.wire.models.Case` as JSON), so a
    rating here has a boolean ``satisfied`` and an aware ``rated_at``."""
    rating = snapshot.get("rating")
    if not rating:
        return None, None
    return (1 if rating["satisfied"] else 0), moment_key(rating["rated_at"])


__all__ = ["rating_columns"]
