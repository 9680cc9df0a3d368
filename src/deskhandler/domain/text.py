"""Vietnamese-aware text folding for search and sorting.

Search ignores diacritics and Unicode normalization: everything is NFC on the way in,
and the search key drops combining marks and folds "đ" to "d" (no Unicode decomposition
does that, so it is done by hand on both the indexed text and the query).
"""

from __future__ import annotations

import unicodedata

_D = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case, diacritics-free form of ``text``: "Đường Lê Lợi" -> "duong le loi"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).casefold()


def sort_key(text: str) -> tuple[str, str]:
    """Sort Vietnamese text by its base letters first, then by its marks."""
    return (fold(text), nfc(text))
