"""Long ``IN (...)`` lists in pieces: SQLite limits the parameters of one statement."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

#: Values per ``IN`` list: under SQLite's old default limit of 999 parameters per statement,
#: with room for the statement's other parameters.
IN_LIST_MAX = 900


def chunks(values: Sequence[T], size: int = IN_LIST_MAX) -> Iterator[Sequence[T]]:
    """``values`` in consecutive slices of at most ``size``."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


__all__ = ["IN_LIST_MAX", "chunks"]
