"""Splitting a one-cell name and guessing its order (a hint the user can correct)."""

from __future__ import annotations

import pytest

from app.domain.enums import NameOrder
from app.services.guestlists.names import name_order, split_name

GF, FF = NameOrder.GIVEN_FIRST, NameOrder.FAMILY_FIRST


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jürgen Groß", ("Jürgen", "Groß", GF)),
        ("Zoë O'Brien-Smythe", ("Zoë", "O'Brien-Smythe", GF)),
        ("Hubert Blaine Wolfeschlegelsteinhausenbergerdorff",
         ("Hubert Blaine", "Wolfeschlegelsteinhausenbergerdorff", GF)),
        ("Ludwig van Beethoven", ("Ludwig", "van Beethoven", GF)),
        ("Vincent van der Berg", ("Vincent", "van der Berg", GF)),
        ("Martin Luther King Jr.", ("Martin Luther", "King Jr.", GF)),
        ("Σοφία Παπαδοπούλου", ("Σοφία", "Παπαδοπούλου", GF)),
        ("محمد العلي", ("محمد", "العلي", GF)),
        ("Madonna", ("Madonna", "", GF)),
        ("Groß, Jürgen", ("Jürgen", "Groß", GF)),
        ("张伟", ("伟", "张", FF)),
        ("王小明", ("小明", "王", FF)),
        ("欧阳娜娜", ("娜娜", "欧阳", FF)),
        ("诸葛亮", ("亮", "诸葛", FF)),
        ("佐藤花子", ("花子", "佐藤", FF)),
        ("佐藤 花子", ("花子", "佐藤", FF)),
        ("김민준", ("민준", "김", FF)),
        ("남궁민수", ("민수", "남궁", FF)),
        ("张, 伟", ("伟", "张", FF)),
        ("王", ("", "王", FF)),
    ],
)
def test_split_name(name: str, expected: tuple[str, str, NameOrder]) -> None:
    assert split_name(name) == expected


@pytest.mark.parametrize(
    ("given", "family", "expected"),
    [("伟", "张", FF), ("花子", "佐藤", FF), ("민준", "김", FF), ("Wei", "Zhang", GF),
     ("Thị Minh Khai", "Nguyễn", GF), ("Ana", "Lima 🎉", GF), ("", "", GF)],
)
def test_name_order_follows_the_script(given: str, family: str, expected: NameOrder) -> None:
    assert name_order(given, family) is expected


def test_a_comma_before_a_suffix_is_not_the_family_first_form() -> None:
    assert split_name("John Smith, Jr.") == ("John", "Smith, Jr.", GF)
