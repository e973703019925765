"""Fitting is pure: shrink, then wrap, then ellipsize, and never leave the box."""

from __future__ import annotations

import pytest
from badges_test_helpers import names_people, names_rows
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.exporters.badges import FitSpec, fit_text, load_stocks
from app.exporters.badges.fitting import ELLIPSIS, clusters, tokenize
from app.exporters.badges.geometry import MM
from app.exporters.badges.layout import badge_layout, tent_panel_layout
from app.exporters.badges.text import text_engine


class Mono:
    """Every character 0.5 em wide (CJK 1 em), ink from -0.2 to 0.8 em."""

    def width(self, text: str) -> float:
        return sum(1.0 if ord(ch) > 0x2E80 else 0.5 for ch in text)

    def extent(self, text: str) -> tuple[float, float]:
        return (-0.2, 0.8)


M = Mono()


def assert_inside(fitted: object, width: float, height: float) -> None:
    assert all(w <= width + 1e-6 for w in fitted.widths)  # type: ignore[attr-defined]
    assert fitted.height <= height + 1e-6  # type: ignore[attr-defined]


def test_short_text_takes_the_largest_size_the_box_allows() -> None:
    fitted = fit_text("Ana", 200, 30, FitSpec(24, 8), M)
    assert fitted.lines == ("Ana",)
    assert fitted.size == 24
    fitted = fit_text("Ana", 200, 10, FitSpec(24, 8), M)
    assert fitted.size == pytest.approx(10.0)  # the box height limits it: ink is 1 em


def test_text_shrinks_before_it_wraps() -> None:
    fitted = fit_text("Maria José", 100, 40, FitSpec(30, 8, max_lines=2), M)
    assert fitted.lines == ("Maria José",)
    assert fitted.size == pytest.approx(20.0)  # 5 ems wide in 100 pt


def test_wraps_at_word_boundaries_once_shrinking_hits_the_minimum() -> None:
    text = "Chief Executive Officer and Founder"
    fitted = fit_text(text, 100, 60, FitSpec(20, 9, max_lines=3), M)
    assert len(fitted.lines) > 1
    assert " ".join(fitted.lines) == text
    assert not fitted.shortened
    assert fitted.size >= 9
    assert_inside(fitted, 100, 60)


def test_wrap_below_prefers_two_big_lines_over_one_tiny_line() -> None:
    spec = FitSpec(40, 8, max_lines=2, wrap_below=20)
    fitted = fit_text("Nguyễn Thị Minh Khai", 120, 80, spec, M)
    assert len(fitted.lines) == 2
    assert fitted.size > 20
    assert fit_text("Nguyễn Thị Minh Khai", 120, 80, FitSpec(40, 8, max_lines=2), M).lines == (
        "Nguyễn Thị Minh Khai",
    )


def test_lines_are_balanced() -> None:
    fitted = fit_text("北京字节跳动科技有限公司", 130, 60, FitSpec(30, 8, 2, wrap_below=20), M)
    assert fitted.lines == ("北京字节跳动", "科技有限公司")


def test_cjk_breaks_between_characters_but_keeps_kinsoku() -> None:
    assert [piece for _sep, piece in tokenize("株式会社。サンプル")] == [
        "株", "式", "会", "社。", "サ", "ン", "プ", "ル"
    ]
    assert [piece for _sep, piece in tokenize("「東京」")] == ["「東", "京」"]


def test_hyphenated_names_may_break_after_the_hyphen() -> None:
    assert tokenize("Okonjo-Iweala Ngozi") == [("", "Okonjo-"), ("", "Iweala"), (" ", "Ngozi")]
    fitted = fit_text("Okonjo-Iweala", 40, 40, FitSpec(12, 8, 2), M)
    assert fitted.lines == ("Okonjo-", "Iweala")


def test_ellipsis_only_when_nothing_else_fits() -> None:
    text = "Very Long Company Name Incorporated International"
    fitted = fit_text(text, 60, 12, FitSpec(12, 8, max_lines=1), M)
    assert fitted.shortened
    assert fitted.lines[0].endswith(ELLIPSIS)
    assert text.startswith(fitted.lines[0].removesuffix(ELLIPSIS).rstrip())
    assert_inside(fitted, 60, 12)


def test_an_over_long_word_is_broken_between_letters_before_it_is_shortened() -> None:
    word = "Wolfeschlegelsteinhausenbergerdorff"  # 17.5 ems
    fitted = fit_text(word, 80, 40, FitSpec(12, 8, max_lines=2), M)
    assert "".join(fitted.lines) == word
    assert not fitted.shortened
    assert_inside(fitted, 80, 40)


def test_the_minimum_size_gives_way_to_a_tiny_box() -> None:
    fitted = fit_text("Zoë", 100, 4, FitSpec(20, 8), M)
    assert fitted.size == pytest.approx(4.0)
    assert_inside(fitted, 100, 4)


def test_nothing_to_draw() -> None:
    assert fit_text("  ", 100, 20, FitSpec(12, 6), M).lines == ()
    assert fit_text("Ana", 0, 20, FitSpec(12, 6), M).lines == ()
    assert fit_text("Ana", 100, 20, FitSpec(12, 6), M).height > 0


def test_clusters_keep_marks_with_their_letters() -> None:
    assert clusters("Nguye\u0302\u0303n") == ["N", "g", "u", "y", "e\u0302\u0303", "n"]
    assert clusters("प्रबंधक")[0] == "प्र"


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("abc XYZ-éü北京한글")), min_size=1, max_size=60
    ),
    width=st.floats(5, 300),
    height=st.floats(3, 120),
    lines=st.integers(1, 4),
    sizes=st.tuples(st.floats(4, 20), st.floats(0, 40)),
)
# Found in CI: a minimum size that isn't a whole number of steps was rounded up past the box.
@example(text="X京", width=5.75, height=13.0, lines=2, sizes=(5.75, 1.0))
@example(text="X京", width=5.609375, height=13.0, lines=2, sizes=(5.609375, 1.0))
def test_fitted_text_never_leaves_its_box(
    text: str, width: float, height: float, lines: int, sizes: tuple[float, float]
) -> None:
    low, extra = sizes
    spec = FitSpec(low + extra, low, max_lines=lines)
    fitted = fit_text(text, width, height, spec, M)
    assert_inside(fitted, width, height)
    assert len(fitted.lines) <= lines
    if fitted.lines and not fitted.shortened:
        assert "".join(fitted.lines).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("stock", [s for s in load_stocks() if s.kind == "badge"], ids=str)
def test_every_name_in_names_tsv_fits_every_badge_stock_whole(stock: object) -> None:
    """With the real fonts: each field of every person stays in its box, and no name is
    shortened (organizations and titles may be, as a last resort)."""
    w, h = stock.label_w_mm * MM, stock.label_h_mm * MM  # type: ignore[attr-defined]
    layout = badge_layout(w, h, stock.padding_mm * MM, qr=True, stripe=True)  # type: ignore[attr-defined]
    for person in names_people():
        for name, text in (("call_name", person.call_name), ("rest_of_name", person.rest_of_name),
                           ("organization", person.organization), ("title", person.title)):
            item = layout.field(name)
            engine = text_engine(item.bold)
            fitted = fit_text(engine.clean(text)[0], item.box.w, item.box.h, item.spec, engine)
            assert_inside(fitted, item.box.w, item.box.h)
            if name in ("call_name", "rest_of_name"):
                assert not fitted.shortened, (stock, text)
                assert "".join(fitted.lines).replace(" ", "") == engine.clean(text)[0].replace(
                    " ", ""
                )


def test_the_longest_names_fit_a_tent_card_whole() -> None:
    longest = max((f"{r['given']} {r['family']}" for r in names_rows()), key=len)
    panel = tent_panel_layout(190 * MM, 69 * MM, 7 * MM, place=True)
    engine = text_engine(True)
    fitted = fit_text(longest, panel.name.box.w, panel.name.box.h, panel.name.spec, engine)
    assert not fitted.shortened
    assert fitted.size >= 14
    assert_inside(fitted, panel.name.box.w, panel.name.box.h)
