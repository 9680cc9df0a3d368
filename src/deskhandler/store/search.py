"""Full-text search that ignores Vietnamese diacritics, case and Unicode normalization.

The FTS5 tokenizer ``unicode61 remove_diacritics 2`` drops the marks of every Vietnamese
letter, precomposed (NFC) or as combining marks (NFD), and lower-cases; what no FTS5
tokenizer does is fold "đ" to "d", so the indexed text is case-folded and has its "đ"
replaced here (`search_text`: two C-level string passes, where a full `fold` costs ten times
as much per case on a first sync).  Text indexed by the older rule (fully folded) reads the
same to the tokenizer.  Queries are folded fully (`deskhandler.domain.text.fold`), which
yields the same tokens, and rebuilt from their words, each one quoted: FTS5 syntax in the
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


def search_text(text: str | None) -> str:
    """``text`` as the search index holds it: case-folded, "đ" -> "d" (the tokenizer
    drops the marks)."""
    return text.casefold().replace("đ", "d") if text else ""


def notes_text(payloads: Iterable[tuple[str, Mapping[str, Any]]]) -> str:
    """The texts of timeline entries and pending actions, one line each, as indexed."""
    lines = []
    for kind, payload in payloads:
        if kind not in TEXT_KINDS:
            continue
        for key in ("text", "reason"):
            value = payload.get(key)
            if isinstance(value, str) and value:
                lines.append(search_text(value))
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
    """The columns of ``case_search`` for one case: title, description, address,
    and the texts of its timeline entries and pending actions."""

    def text(key: str) -> str:
        value = case.get(key)
        return search_text(value) if isinstance(value, str) else ""

    return text("title"), text("description"), text("address"), notes_text(texts)
