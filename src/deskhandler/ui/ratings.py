"""How the citizen's rating of a case reads on the desk (issue #5: the unhappy-citizen
follow-up).  The comment is the citizen's own text: the caller shows it as plain text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskhandler.ui.labels import satisfaction_label
from deskhandler.wire.models import Case


def rating_text(case: Case) -> str | None:
    """The rating as "Not satisfied — <comment>"; None while the citizen has not rated.

    The level comes from the server's three-level ``satisfaction`` when it sends one (so a
    "neutral" citizen is not shown as pleased), else from ``rating.satisfied``."""
    rating = case.rating
    if rating is None:
        return None
    if case.satisfaction is not None:
        level = satisfaction_label(case.satisfaction.rating)
    else:
        level = satisfaction_label("satisfied" if rating.satisfied else "unsatisfied")
    comment = (rating.comment or "").strip()
    if not comment:
        return level
    return (
        QCoreApplication.translate("ratings", "%1 — %2").replace("%1", level).replace("%2", comment)
    )


__all__ = ["rating_text"]
