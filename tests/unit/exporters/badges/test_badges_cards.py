"""Tent place cards (the upper half turned 180°) and the alignment test sheet, read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from badges_test_helpers import (
    chars_in,
    font_report,
    lines_of,
    names_rows,
    open_pdf,
    pdf_box,
    squash,
)

from app.exporters.badges import (
    PRINT_NOTE,
    LabelStock,
    PlaceCard,
    PlaceCardOptions,
    get_stock,
    load_stocks,
    render_alignment_sheet,
    render_place_cards,
)
from app.exporters.badges.geometry import Box, crop_marks
from app.exporters.badges.layout import tent_panels
from app.exporters.badges.render import place_text

TENT_STOCKS = [s for s in load_stocks() if s.kind == "tent"]
CARDS = [
    PlaceCard(f"{r['family']}{r['given']}" if r["name_order"] == "family-first"
              and ord(r["given"][0]) > 0x2E80 else
              (f"{r['family']} {r['given']}" if r["name_order"] == "family-first"
               else f"{r['given']} {r['family']}"),
              table=str(1 + i // 4), seat=str(1 + i % 4) if i % 3 else "")
    for i, r in enumerate(names_rows())
]


@pytest.mark.parametrize("stock", TENT_STOCKS, ids=lambda s: s.id)
def test_every_card_has_the_name_on_both_halves_one_of_them_turned(
    stock: LabelStock, tmp_path: Path
) -> None:
    path = tmp_path / f"{stock.id}.pdf"
    report = render_place_cards(stock, CARDS, PlaceCardOptions(outline=True, crop_marks=True), path)
    assert report.pages == -(-len(CARDS) // stock.per_sheet)
    assert report.warnings == ()
    with open_pdf(path) as pdf:
        assert len(pdf.pages) == report.pages
        for n, card in enumerate(CARDS):
            page = pdf.pages[n // stock.per_sheet]
            front, back = tent_panels(stock.cell(n % stock.per_sheet))
            for panel, turned in ((front, False), (back, True)):
                chars = chars_in(page, panel)
                assert chars, card.name
                for char in chars:
                    assert panel.contains(pdf_box(char, page.height), tolerance=0.5)
                    a, _b, _c, d, _e, _f = char["matrix"]
                    assert (a < 0 and d < 0) == turned, (card.name, char["text"])
                text = squash("".join(lines_of(chars)))
                assert squash(card.name) in text
                assert squash(place_text(card, PlaceCardOptions())) in text


def test_the_turned_half_reads_upside_down_from_the_front(tmp_path: Path) -> None:
    """The top half's first line (the name) sits nearest the fold only if truly rotated."""
    stock = get_stock("a4-tent-2up")
    path = tmp_path / "one.pdf"
    render_place_cards(stock, [PlaceCard("Jürgen Groß", table="4")], PlaceCardOptions(), path)
    front, back = tent_panels(stock.cell(0))
    fold = front.top
    with open_pdf(path) as pdf:
        page = pdf.pages[0]
        name_y = {}
        for panel, key in ((front, "front"), (back, "back")):
            ys = {c["text"]: page.height - c["bottom"] for c in chars_in(page, panel)}
            name_y[key] = (ys["J"], ys["4"])
    # on the front the table line is below the name; on the back, above it (turned over)
    assert name_y["front"][1] < name_y["front"][0] < fold
    assert name_y["back"][1] > name_y["back"][0] > fold


def test_place_line_is_optional() -> None:
    options = PlaceCardOptions(table_label="Tisch", seat_label="Platz")
    assert place_text(PlaceCard("A", "4", "2"), options) == "Tisch 4 · Platz 2"
    assert place_text(PlaceCard("A", seat="2"), options) == "Platz 2"
    assert place_text(PlaceCard("A"), options) == ""


@pytest.mark.parametrize("stock", load_stocks(), ids=lambda s: s.id)
def test_alignment_sheet_is_one_embedded_page_per_stock(stock: LabelStock, tmp_path: Path) -> None:
    path = tmp_path / f"align-{stock.id}.pdf"
    report = render_alignment_sheet(stock, path, offset_x_mm=1.5, offset_y_mm=-0.5)
    assert report.pages == 1
    with open_pdf(path) as pdf:
        assert len(pdf.pages) == 1
        page = pdf.pages[0]
        texts = [squash("".join(lines_of(chars_in(page, cell)))) for cell in stock.cells()]
        for n, cell_text in enumerate(texts):
            assert cell_text.startswith(str(n + 1))
        text = "".join(texts)
        # no text outside the labels
        assert sum(len(chars_in(page, cell)) for cell in stock.cells()) == len(page.chars)
        assert squash("X +1.5 mm, Y -0.5 mm") in text
        assert squash(PRINT_NOTE) in text
        assert squash("must measure exactly 50 mm") in text
        # the 50 mm bar: its long line is 50 mm within a hair
        longest = max(
            (line for line in pdf.pages[0].lines if abs(line["top"] - line["bottom"]) < 0.01),
            key=lambda line: line["x1"] - line["x0"] if line["x1"] - line["x0"] < 150 else 0,
        )
        assert longest["x1"] - longest["x0"] == pytest.approx(50 * 72 / 25.4, abs=0.01)
    for font in font_report(path):
        assert font["embedded"]


def test_crop_marks_never_touch_a_label_or_the_paper_edge() -> None:
    for stock in load_stocks():
        cells = stock.cells()
        width, height = stock.page_size
        marks = crop_marks(cells, width, height)
        for x0, y0, x1, y1 in marks:
            assert min(x0, x1) >= 0
            assert max(x0, x1) <= width
            assert min(y0, y1) >= 0
            assert max(y0, y1) <= height
            assert not any(c.overlaps_interior(x0, y0, x1, y1) for c in cells), stock.id
        if stock.left_mm >= 5 and stock.top_mm >= 5:
            assert len(marks) >= 4 * stock.cols, stock.id  # at least the outer corners
    assert crop_marks([Box(0, 0, 100, 100)], 100, 100) == []  # full-bleed: nowhere to put them
