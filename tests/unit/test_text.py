"""Vietnamese text: search ignores diacritics and NFC/NFD; sorting is by base letters."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from deskhandler.domain.text import fold, nfc, sort_key


def test_fold_drops_marks_and_d_stroke() -> None:
    assert fold("Đường Lê Lợi, phường Phú Hội") == "duong le loi, phuong phu hoi"


def test_nfd_and_nfc_fold_alike() -> None:
    text = "Hố ga trên đường Trần Hưng Đạo"
    assert fold(unicodedata.normalize("NFD", text)) == fold(text)
    assert nfc(unicodedata.normalize("NFD", text)) == text


def test_sorting_puts_base_letters_first() -> None:
    names = ["Đông Ba", "Dương Nỗ", "An Cựu", "Vĩnh Ninh", "Ân Đức"]
    assert sorted(names, key=sort_key) == ["An Cựu", "Ân Đức", "Đông Ba", "Dương Nỗ", "Vĩnh Ninh"]


@given(st.text())
def test_fold_is_idempotent_and_normalization_blind(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))
