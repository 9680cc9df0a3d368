"""Possible duplicates: within 50 m and 14 days, with similar text, diacritics and Unicode
normalization ignored; found offline in the local store."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from deskhandler.domain.duplicates import (
    METRES_PER_DEGREE,
    RADIUS_M,
    box,
    distance_m,
    similarity,
    words,
)
from deskhandler.store import Store
from deskhandler.wire.models import Case
from tests.store.conftest import T0, page, wire_case

LAT, LONG = 16.4600, 107.5900
#: 30 m north of (LAT, LONG).
NEAR = LAT + 30 / METRES_PER_DEGREE


def report(
    case_id: str, text: str, *, lat: float | None = LAT, days: float = 0, **more: object
) -> Case:
    return wire_case(
        case_id,
        title=text,
        description="",
        lat=lat,
        long=LONG if lat is not None else None,
        reported_at=(T0 + timedelta(days=days)).isoformat(),
        **more,
    )


def test_near_recent_and_alike_is_a_candidate_and_nothing_else_is(store: Store) -> None:
    store.apply_changes(
        page(
            [
                report("MAIN", "Đèn đường hỏng trước nhà số 12 Lê Lợi"),
                # Written on a phone that sends decomposed (NFD) Vietnamese.
                report(
                    "NFD",
                    unicodedata.normalize("NFD", "Đèn đường bị hỏng, Lê Lợi số 12"),
                    lat=NEAR,
                    days=3,
                ),
                report("PLAIN", "den duong hong le loi so 12", days=-10),
                report("OTHER-TEXT", "Rác thải tồn đọng ở chợ", lat=NEAR),
                report("FAR", "Đèn đường hỏng trước nhà số 12 Lê Lợi", lat=LAT + 0.002),
                report("LATER", "Đèn đường hỏng trước nhà số 12 Lê Lợi", days=15),
                report("NOWHERE", "Đèn đường hỏng trước nhà số 12 Lê Lợi", lat=None),
            ]
        )
    )
    found = store.possible_duplicates("MAIN")
    assert [row.id for row, _ in found] == ["PLAIN", "NFD"]
    matches = {row.id: match for row, match in found}
    assert matches["NFD"].metres == 30.0
    assert matches["NFD"].days == 3.0
    assert matches["PLAIN"].similarity == 1.0
    assert store.possible_duplicates("NOWHERE") == []
    assert store.possible_duplicates("UNKNOWN") == []


def test_the_effective_case_is_compared_and_the_match_is_symmetric(store: Store) -> None:
    store.apply_changes(
        page([report("A", "Cây đổ chắn đường Hùng Vương"), report("B", "Cây đổ Hùng Vương")])
    )
    assert [row.id for row, _ in store.possible_duplicates("A")] == ["B"]
    assert [row.id for row, _ in store.possible_duplicates("B")] == ["A"]


def test_common_words_alone_do_not_make_a_duplicate() -> None:
    assert similarity(words("Người dân phản ánh tại khu vực"), words("phản ánh của người dân")) == 0
    assert words("đèn") == words("đến") == frozenset({"den"}), "kept: 'đèn' is a content word"


@given(
    st.floats(min_value=8.0, max_value=23.0),
    st.floats(min_value=102.0, max_value=110.0),
    st.floats(min_value=0, max_value=RADIUS_M),
    st.floats(min_value=0, max_value=6.283),
)
def test_every_point_within_the_radius_is_inside_the_box(
    lat: float, long: float, metres: float, bearing: float
) -> None:
    import math

    north = metres * math.cos(bearing) / METRES_PER_DEGREE
    east = metres * math.sin(bearing) / (METRES_PER_DEGREE * math.cos(math.radians(lat)))
    other_lat, other_long = lat + north, long + east
    assert distance_m(lat, long, other_lat, other_long) <= RADIUS_M + 0.5
    south, north_edge, west, east_edge = box(lat, long)
    assert south <= other_lat <= north_edge
    assert west <= other_long <= east_edge
    assert distance_m(lat, long, other_lat, other_long) == distance_m(
        other_lat, other_long, lat, long
    )
