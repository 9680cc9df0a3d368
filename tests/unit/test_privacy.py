"""Personal data in public texts: phone numbers, ID numbers, e-mail addresses, names."""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskhandler.domain.privacy import PersonalKind, describe_findings, find_personal_data


def kinds(text: str, names: tuple[str | None, ...] = ()) -> list[PersonalKind]:
    return [f.kind for f in find_personal_data(text, names)]


@pytest.mark.parametrize(
    "text",
    [
        "Liên hệ anh Nam qua số 0905123456 để biết thêm.",
        "Số điện thoại: 0905 123 456.",
        "Gọi 0905.123.456 nhé",
        "Gọi +84 905 123 456",
        "Gọi +84905123456",
        "ĐT bàn 0234 3822 123",
        "ĐT 0234-3822-123",
        "SĐT 84905123456",
    ],
)
def test_phone_numbers_in_the_usual_forms(text: str) -> None:
    assert kinds(text) == [PersonalKind.PHONE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CMND số 191234567 của ông ấy", [PersonalKind.ID_NUMBER]),
        ("CCCD 046098001234 cấp ngày 01/02/2021", [PersonalKind.ID_NUMBER]),
        ("email: nguyen.van.a+hue@gmail.com.vn", [PersonalKind.EMAIL]),
    ],
)
def test_id_numbers_and_email(text: str, expected: list[PersonalKind]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đã xử lý xong ổ gà trên đường Lê Lợi ngày 12.05.2026.",
        "Chi phí sửa chữa 100.000.000 đồng, hạn 15 ngày làm việc.",
        "Kiểm tra lúc 14:30, số hồ sơ 2026/123, tổ 5 phường Phú Hội.",
        "Tổng đài 1022 đã tiếp nhận.",
        "Mã phản ánh PA-0001234.",
    ],
)
def test_ordinary_replies_pass(text: str) -> None:
    assert find_personal_data(text) == []


def test_reporter_name_is_found_without_diacritics_or_case() -> None:
    text = "Cảm ơn NGUYEN VAN AN đã phản ánh."
    found = find_personal_data(text, ["Nguyễn Văn An"])
    assert [f.kind for f in found] == [PersonalKind.NAME]
    assert text[found[0].start : found[0].end] == "NGUYEN VAN AN"


def test_name_in_decomposed_text_is_found() -> None:
    decomposed = unicodedata.normalize("NFD", "Gửi bà Trần Thị Bích.")
    assert kinds(decomposed, ("Trần Thị Bích",)) == [PersonalKind.NAME]


def test_name_matches_whole_words_only() -> None:
    assert kinds("Anh Annam đã đến", ("An",)) == []
    assert kinds("Không có tên", (None, "")) == []


def test_message_never_repeats_the_number() -> None:
    text = "Số 0905123456, CCCD 046098001234, thư a.b@hue.gov.vn"
    message = describe_findings(find_personal_data(text))
    assert "0905123456" not in message
    assert "046098001234" not in message
    assert "a.b@hue.gov.vn" not in message
    for label in ("phone number", "ID number", "e-mail"):
        assert label in message


@given(st.from_regex(r"0[35789][0-9]{8}", fullmatch=True), st.sampled_from([" ", ".", ""]))
def test_every_mobile_number_is_found(number: str, sep: str) -> None:
    written = sep.join([number[:4], number[4:7], number[7:]])
    found = find_personal_data(f"Liên hệ {written} để biết thêm")
    assert [f.kind for f in found] == [PersonalKind.PHONE]
    assert number not in describe_findings(found)


@pytest.mark.parametrize("run", ["x" * 60_000, "a.b+" * 15_000, "0" * 60_000])
def test_a_long_run_without_spaces_is_scanned_in_linear_time(run: str) -> None:
    # A quadratic pattern takes minutes over 60,000 characters; a linear scan takes
    # milliseconds, so the bound below is generous enough for any machine.
    started = time.perf_counter()
    assert find_personal_data(run + " lien he an.nguyen@hue.gov.vn", [])
    assert time.perf_counter() - started < 10
