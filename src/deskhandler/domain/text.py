"""Vietnamese-aware text folding for search and sorting.

Search ignores diacritics and Unicode normalization: everything is NFC on the way in,
and the search key drops combining marks and folds "đ" to "d" (no Unicode decomposition
does that, so it is done by hand on both the indexed text and the query).
"""

from __future__ import annotations

import unicodedata


class _StripMarks(dict[int, int | str | None]):
    """A `str.translate` table that drops combining marks and folds "đ" to "d"; filled on
    first sight of each character (the text of one province uses a few hundred)."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_STRIP = _StripMarks({ord("đ"): "d", ord("Đ"): "D"})


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case, diacritics-free form of ``text``: "Đường Lê Lợi" -> "duong le loi"."""
    if text.isascii():
        return text.casefold()
    stripped = unicodedata.normalize("NFD", text).translate(_STRIP)
    return unicodedata.normalize("NFC", stripped).casefold()


def sort_key(text: str) -> tuple[str, str]:
    """Sort Vietnamese text by its base letters first, then by its marks."""
    return (fold(text), nfc(text))
