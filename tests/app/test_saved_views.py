"""Saved views: named queue filters kept per person, surviving bad files and bad names."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskhandler.app.saved_views import (
    NAME_MAX,
    VIEWS_MAX,
    FileViewStore,
    SavedView,
    ViewError,
    with_view,
    without_view,
)


def test_views_round_trip_in_the_order_saved(tmp_path: Path) -> None:
    store = FileViewStore.for_user(tmp_path, "lan")
    assert store.load() == []
    views = with_view([], SavedView("Quá hạn của tôi", "overdue", "", 4, True))
    views = with_view(views, SavedView("Đèn đường", "all", "đèn hỏng"))
    store.save(views)
    assert FileViewStore.for_user(tmp_path, "lan").load() == views
    assert FileViewStore.for_user(tmp_path, "minh").load() == [], "views are per person"


def test_a_name_in_another_case_or_normalization_replaces_the_view() -> None:
    nfd = unicodedata.normalize("NFD", "Đèn Đường")
    views = with_view([], SavedView("đèn đường", "all", "a"))
    views = with_view(views, SavedView(f"  {nfd}  ", "mine", "b"))
    assert len(views) == 1
    assert views[0].quick == "mine"
    assert views[0].name == "Đèn Đường", "kept as typed, in NFC, trimmed"
    assert without_view(views, "ĐÈN ĐƯỜNG") == []


@pytest.mark.parametrize(
    ("name", "code"),
    [("", "empty_name"), ("   ", "empty_name"), ("x" * (NAME_MAX + 1), "long_name")],
)
def test_bad_names_are_refused_with_a_reason(name: str, code: str) -> None:
    with pytest.raises(ViewError) as refused:
        with_view([], SavedView(name))
    assert refused.value.code == code
    assert str(refused.value)


def test_one_view_too_many_is_refused_but_replacing_still_works() -> None:
    views: list[SavedView] = []
    for n in range(VIEWS_MAX):
        views = with_view(views, SavedView(f"v{n}"))
    with pytest.raises(ViewError, match="delete one"):
        with_view(views, SavedView("one more"))
    assert with_view(views, SavedView("V0", "mine"))[0].quick == "mine"


@pytest.mark.parametrize(
    "content",
    ["{not json", '{"views": 3}', "[]", '{"views": [1, {"name": 2}, {"name": ""}]}', "\udcff"],
)
def test_a_damaged_file_loses_the_views_not_the_desk(tmp_path: Path, content: str) -> None:
    store = FileViewStore(tmp_path / "views.json")
    store.path.write_text(content, encoding="utf-8", errors="surrogateescape")
    assert store.load() == []
    store.save([SavedView("Mới")])
    assert store.load() == [SavedView("Mới")]


def test_damaged_entries_are_skipped_and_the_good_ones_kept(tmp_path: Path) -> None:
    store = FileViewStore(tmp_path / "views.json")
    good = {"name": "Của tôi", "quick": "mine", "search": "", "sort_column": 2, "descending": True}
    store.path.write_text(
        json.dumps({"views": [good, {"name": "x", "sort_column": "2"}, good]}), encoding="utf-8"
    )
    assert store.load() == [SavedView("Của tôi", "mine", "", 2, True)]


def test_saving_leaves_no_partial_file(tmp_path: Path) -> None:
    store = FileViewStore(tmp_path / "views" / "lan.json")
    store.save([SavedView("a")])
    store.save([SavedView("b")])
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["lan.json"]


@given(st.lists(st.text(min_size=1, max_size=NAME_MAX), max_size=40))
def test_names_stay_unique_whatever_is_saved(names: list[str]) -> None:
    views: list[SavedView] = []
    for name in names:
        try:
            views = with_view(views, SavedView(name))
        except ViewError:
            continue
    folded = [" ".join(unicodedata.normalize("NFC", v.name).split()).casefold() for v in views]
    assert len(folded) == len(set(folded))
    assert len(views) <= VIEWS_MAX
