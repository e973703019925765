from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.text import clean, fold, is_cjk


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Jürgen Groß", "jurgen gross"),
        ("Nguyễn Thị Minh Khai", "nguyen thi minh khai"),
        ("Σοφία", "σοφια"),
        ("Ёлка", "елка"),
        ("Ｌａｔｉｎ", "latin"),
        ("प्रबंधक", "प्रबंधक"),  # Devanagari vowel signs are letters, not accents
        ("김민준", "김민준"),  # Hangul stays composed
        ("العلي", "العلي"),
    ],
)
def test_fold_ignores_accents_case_and_width_only_where_optional(text: str, key: str) -> None:
    assert fold(text) == key


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def test_clean_trims_and_composes() -> None:
    assert clean("  Zoe\u0308 ") == "Zoë"
    assert clean(None) == ""
    assert clean("") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张伟", True),
        ("佐藤 花子", True),
        ("김민준", True),
        ("Zhang", False),
        ("", False),
        ("张 Wei", False),
    ],
)
def test_is_cjk(text: str, expected: bool) -> None:
    assert is_cjk(text) is expected
