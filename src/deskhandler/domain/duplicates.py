"""Possible duplicates of a report: near in place and time, and saying much the same.

Two reports are candidates when they were made within `RADIUS_M` metres and `WINDOW` of
each other and their texts (title and description, folded: no diacritics, NFC/NFD alike)
share enough words.  Similarity is the share of the smaller text's significant words found
in the other (an overlap coefficient), so a short report inside a longer one still counts.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import timedelta

from deskhandler.domain.text import fold

RADIUS_M = 50.0
WINDOW = timedelta(days=14)
MIN_SIMILARITY = 0.5

_EARTH_RADIUS_M = 6_371_000.0
#: Metres per degree of latitude (a bounding box before the exact distance).
METRES_PER_DEGREE = math.pi * _EARTH_RADIUS_M / 180
_WORD = re.compile(r"\w+")
#: Words too common in reports to say two are about the same thing (folded; words whose
#: folded form is also a content word, like "den" for both "đến" and "đèn", are kept).
_COMMON = frozenset(
    {
        *("va", "cua", "tai", "o", "tren", "so", "gan", "khu", "vuc", "nguoi", "dan"),
        *("phan", "anh", "bi", "khong", "da", "dang", "mot", "nhung", "cac", "nay", "rat"),
    }
)


@dataclass(frozen=True, slots=True)
class Match:
    """How a candidate relates to the case: metres apart, days apart, text similarity."""

    metres: float
    days: float
    similarity: float


def distance_m(lat1: float, long1: float, lat2: float, long2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(long2 - long1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * _EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def words(text: str) -> frozenset[str]:
    """The significant folded words of ``text``."""
    return frozenset(w for w in _WORD.findall(fold(text)) if len(w) > 1 and w not in _COMMON)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller word set found in the other (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def box(lat: float, long: float, metres: float = RADIUS_M) -> tuple[float, float, float, float]:
    """(south, north, west, east) degrees around a point, at least ``metres`` each way."""
    dlat = metres / METRES_PER_DEGREE
    dlong = metres / (METRES_PER_DEGREE * max(math.cos(math.radians(lat)), 1e-6))
    return lat - dlat, lat + dlat, long - dlong, long + dlong
