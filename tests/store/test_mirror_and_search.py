"""The server mirror (change pages, details) and diacritics-insensitive search."""

from __future__ import annotations

import sqlite3
import unicodedata
from datetime import timedelta
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskhandler.store import QueueFilter, Store
from deskhandler.store.search import TOKENIZE, match_query, search_text
from deskhandler.wire.models import CaseDetail, TimelineEntry
from tests.store.conftest import T0, page, wire_case


def found(store: Store, text: str) -> list[str]:
    return sorted(store.query_ids(QueueFilter(search=text)))


def test_apply_changes_upserts_ignores_older_and_stores_the_cursor(store: Store) -> None:
    assert store.cursor() is None
    changes = store.apply_changes(page([wire_case(version=5, title="Mới")], cursor="c1"))
    assert changes.case_ids == {"HUE-1"}
    assert store.cursor() == "c1"

    store.apply_changes(page([wire_case(version=4, title="Cũ")], cursor="c2"))
    view = store.case("HUE-1")
    assert view is not None
    assert view.case.title == "Mới", "an older snapshot never replaces a newer one"
    assert store.cursor() == "c2"

    store.apply_changes(page([wire_case(version=6, title="Mới hơn")], cursor="c3"))
    assert store.rows(["HUE-1"])[0].title == "Mới hơn"
    assert found(store, "moi hon") == ["HUE-1"]
    assert found(store, "cu") == []


def test_removed_and_reset_keep_outbox_and_conflicts(store: Store) -> None:
    store.apply_changes(page([wire_case(f"HUE-{n}") for n in (1, 2, 3)]))
    kept = store.enqueue("HUE-1", "note", {"text": "vẫn giữ"})
    store.enqueue("HUE-2", "note", {"text": "sẽ xung đột"})
    store.settle(store.outbox()[1].action_id, "conflict", None, None)

    changes = store.apply_changes(page([], removed=["HUE-1", "HUE-404"], cursor="c2"))
    assert changes.case_ids == {"HUE-1"}
    assert store.query_ids() == ["HUE-2", "HUE-3"]
    assert found(store, "van giu") == []
    assert [e.action_id for e in store.outbox()] == [kept.action_id]

    changes = store.apply_changes(page([wire_case("HUE-3", version=9)], cursor="r1", reset=True))
    assert changes.reset
    assert store.query_ids() == ["HUE-3"]
    assert store.cursor() == "r1"
    assert [e.action_id for e in store.outbox()] == [kept.action_id]
    assert len(store.conflicts()) == 1

    # The case comes back: its pending note is applied on top again.
    store.apply_changes(page([wire_case("HUE-1", version=4)], cursor="r2"))
    assert store.rows(["HUE-1"])[0].pending == 1
    assert found(store, "van giu") == ["HUE-1"]


def test_apply_changes_is_one_transaction(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.apply_changes(page([wire_case("HUE-1")], cursor="c1"))

    def broken(*args: object) -> set[str]:
        raise OSError("disk full")

    monkeypatch.setattr(store, "_remove", broken)
    with pytest.raises(OSError, match="disk full"):
        store.apply_changes(page([wire_case("HUE-2")], removed=["HUE-1"], cursor="c2"))
    monkeypatch.undo()
    assert store.query_ids() == ["HUE-1"]
    assert store.cursor() == "c1"


def test_timeline_with_pending_entries(store: Store) -> None:
    detail = CaseDetail.model_validate(
        {
            **wire_case(version=4).model_dump(mode="json"),
            "timeline": [
                TimelineEntry(
                    action_id="a-1",
                    kind="note",
                    actor="minh",
                    at=T0,
                    payload={"text": "Đã kiểm tra hiện trường"},
                ).model_dump(mode="json")
            ],
        }
    )
    store.save_detail(detail)
    note = store.enqueue("HUE-1", "note", {"text": "Chờ nhà thầu"})
    view = store.case("HUE-1")
    assert view is not None
    assert view.timeline is not None
    assert [(t.action_id, t.pending) for t in view.timeline] == [
        ("a-1", False),
        (note.action_id, True),
    ]
    assert view.timeline_version == 4
    assert found(store, "kiem tra hien truong") == ["HUE-1"]
    assert found(store, "cho nha thau") == ["HUE-1"], "pending notes are searchable"

    store.settle(note.action_id, "applied", wire_case(version=5), None)
    view = store.case("HUE-1")
    assert view is not None
    assert view.timeline is not None
    assert [(t.action_id, t.pending) for t in view.timeline] == [
        ("a-1", False),
        (note.action_id, False),
    ]
    assert found(store, "cho nha thau") == ["HUE-1"]


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("ha noi", "Đèn đường hỏng ở Hà Nội"),
        ("duong le loi", "Ổ gà trên Đường Lê Lợi"),
        ("DUONG LE", "Ổ gà trên Đường Lê Lợi"),
        ("đường lê lợi", "Ổ gà trên duong le loi"),
        ("ngu lao", "Karaoke ồn ào phố Phạm Ngũ Lão"),
        ("o ga", "Ổ gà trên Đường Lê Lợi"),
    ],
)
def test_search_ignores_diacritics_case_and_d(store: Store, query: str, title: str) -> None:
    other = wire_case("HUE-2", title="Khác", description="Khác", address="Khác")
    store.apply_changes(page([wire_case("HUE-1", title=title), other]))
    assert found(store, query) == ["HUE-1"]


def test_search_ignores_unicode_normalization(store: Store) -> None:
    nfd_title = unicodedata.normalize("NFD", "Cây đổ trên đường Hùng Vương")
    nfc_title = "Ngập nước đường Trần Hưng Đạo"
    store.apply_changes(
        page([wire_case("HUE-1", title=nfd_title), wire_case("HUE-2", title=nfc_title)])
    )
    assert found(store, "Hùng Vương") == ["HUE-1"]
    assert found(store, unicodedata.normalize("NFD", "Trần Hưng Đạo")) == ["HUE-2"]
    assert found(store, unicodedata.normalize("NFD", "Hùng Vương")) == ["HUE-1"]
    row = store.rows(["HUE-1"])[0]
    assert row.title == unicodedata.normalize("NFC", nfd_title), "stored as NFC"


A_TO_N = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmn"
O_TO_Y = "oòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
VIETNAMESE = A_TO_N + O_TO_Y
Form = Literal["NFC", "NFD"]
FORMS: list[Form] = ["NFC", "NFD"]
WORD = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper(), min_size=1, max_size=8)


@given(
    words=st.lists(WORD, min_size=1, max_size=6),
    pick=st.integers(min_value=0),
    forms=st.tuples(*[st.sampled_from(FORMS)] * 2),
)
def test_the_index_and_the_query_fold_every_vietnamese_word_alike(
    words: list[str], pick: int, forms: tuple[Form, Form]
) -> None:
    """The index keeps the marks for the tokenizer to drop; the query drops them itself:
    any word of a text, typed with or without its marks, in either normalization form,
    finds it."""
    document = unicodedata.normalize(forms[0], " ".join(words))
    word = words[pick % len(words)]
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{TOKENIZE}')")
    conn.execute("INSERT INTO t VALUES (?)", (search_text(document),))
    for typed in (unicodedata.normalize(forms[1], word), fold_by_hand(word)):
        query = match_query(typed)
        assert query is not None
        assert conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (query,)).fetchone() == (1,)


def fold_by_hand(word: str) -> str:
    """The word as a clerk types it without marks."""
    bare = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in bare if not unicodedata.combining(ch)).lower()


def test_search_covers_description_address_and_prefix(store: Store) -> None:
    store.apply_changes(
        page(
            [
                wire_case("HUE-1", title="A", description="Cống thoát nước bị tắc"),
                wire_case("HUE-2", title="B", address="Phường Thuận Thành"),
                wire_case("HUE-3", title="C", description="Không liên quan", address=None),
            ]
        )
    )
    assert found(store, "thoat nuoc") == ["HUE-1"]
    assert found(store, "thuan thanh") == ["HUE-2"]
    assert found(store, "thuan th") == ["HUE-2"], "the last word is a prefix"
    assert found(store, "th nh") == [], "only the last word is a prefix"


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '" OR "',
        "*",
        "a OR b",
        'le" OR title:*',
        "NEAR(le loi)",
        "-le",
        "^le",
        "le AND",
        "()",
        ":",
    ],
)
def test_search_input_is_never_syntax(store: Store, query: str) -> None:
    store.apply_changes(
        page(
            [
                wire_case("HUE-1", title="Lê Lợi", description="", address=None),
                wire_case("HUE-2", title="a b or", description="", address=None),
                wire_case("HUE-3", title="Không khớp gì", description="", address=None),
            ]
        )
    )
    ids = found(store, query)  # never raises
    assert "HUE-3" not in ids
    assert len(ids) <= 1, "user text can never widen the query to more cases"


def test_or_in_user_text_is_a_word(store: Store) -> None:
    store.apply_changes(
        page([wire_case("HUE-1", title="alpha beta"), wire_case("HUE-2", title="alpha or beta")])
    )
    assert found(store, "alpha OR beta") == ["HUE-2"]
    assert found(store, "beta") == ["HUE-1", "HUE-2"]


def test_search_follows_the_overlay_and_filters_combine(store: Store) -> None:
    store.apply_changes(
        page(
            [
                wire_case("HUE-1", title="Đèn đường hỏng", status="in_progress"),
                wire_case("HUE-2", title="Đèn đường tắt", status="assigned", assignee=None),
                wire_case("HUE-3", title="Rác", due_at=(T0 + timedelta(days=1)).isoformat()),
            ]
        )
    )
    store.enqueue("HUE-1", "reply", {"text": "Đã thay bóng đèn"})
    assert store.query_ids(QueueFilter(search="den duong", statuses=frozenset({"resolved"}))) == [
        "HUE-1"
    ]
    assert found(store, "thay bong") == ["HUE-1"]
