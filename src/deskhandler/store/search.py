"""Full-text search that ignores Vietnamese diacritics, case and Unicode normalization.

The FTS5 table holds the *folded* text (`deskhandler.domain.text.fold`: NFC, marks dropped,
"đ" -> "d", case-folded), because no FTS5 tokenizer folds "đ".  The tokenizer is still
``unicode61 remove_diacritics 2`` so text folded by an older rule stays findable.  Queries
are folded the same way and rebuilt from their words, each one quoted: FTS5 syntax in the
user's text (``"``, ``*``, ``OR``, ``NEAR``, column filters) is matched literally and can
neither break nor widen the query.  The last word matches as a prefix (search as you type).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from deskhandler.domain.text import fold

TOKENIZE = "unicode61 remove_diacritics 2"

#: Kinds whose text is searchable in the case's notes column.
TEXT_KINDS = frozenset(
    {"note", "reply", "close", "approve", "return", "reassign", "reopen", "send_back"}
)

_WORD = re.compile(r"[^\W_]+")


def folded(text: str | None) -> str:
    return fold(text) if text else ""


def notes_text(payloads: Iterable[tuple[str, Mapping[str, Any]]]) -> str:
    """The folded texts of timeline entries and pending actions, one line each."""
    lines = []
    for kind, payload in payloads:
        if kind not in TEXT_KINDS:
            continue
        for key in ("text", "reason"):
            value = payload.get(key)
            if isinstance(value, str) and value:
                lines.append(fold(value))
    return "\n".join(lines)


def match_query(text: str) -> str | None:
    """An FTS5 MATCH expression for what the person typed, or None when it has no words.

    Every word becomes a quoted string (so it is never an operator), all of them must
    match, and the last one matches as a prefix.
    """
    words = _WORD.findall(fold(text))
    if not words:
        return None
    terms = [f'"{word}"' for word in words]
    terms[-1] += "*"
    return " ".join(terms)


def search_document(
    case: Mapping[str, Any], texts: Iterable[tuple[str, Mapping[str, Any]]]
) -> tuple[str, str, str, str]:
    """The folded columns of ``case_search`` for one case: title, description, address,
    and the texts of its timeline entries and pending actions."""

    def text(key: str) -> str:
        value = case.get(key)
        return folded(value) if isinstance(value, str) else ""

    return text("title"), text("description"), text("address"), notes_text(texts)
