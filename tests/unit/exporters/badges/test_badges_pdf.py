"""Badge PDFs read back: pages, names in order inside their cells, embedded fonts, QR codes."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from badges_test_helpers import (
    STANDARD_14,
    chars_in,
    decode_cells,
    font_report,
    lines_of,
    names_people,
    open_pdf,
    pdf_box,
    squash,
)
from pypdf import PdfReader

from app.exporters.badges import (
    PRINT_NOTE,
    BadgeEvent,
    BadgeOptions,
    BadgePerson,
    LabelStock,
    QrMode,
    RenderReport,
    get_stock,
    load_stocks,
    render_badges,
)
from app.exporters.badges.geometry import Box

EVENT = BadgeEvent("Convivio Dinner Club", "Thursday 12 March 2026")
BADGE_STOCKS = [s for s in load_stocks() if s.kind == "badge"]
PEOPLE = names_people()


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, RenderReport]]:
    """Everyone in names.tsv, on every badge stock, with check-in QR codes and guides."""
    folder = tmp_path_factory.mktemp("badges")
    options = BadgeOptions(qr=QrMode.CHECKIN, outline=True, crop_marks=True)
    out = {}
    for stock in BADGE_STOCKS:
        path = folder / f"{stock.id}.pdf"
        out[stock.id] = (path, render_badges(stock, PEOPLE, EVENT, options, path))
    return out


def cells_with_people(
    stock: LabelStock, people: list[BadgePerson]
) -> list[tuple[int, Box, BadgePerson]]:
    return [
        (n // stock.per_sheet, stock.cell(n % stock.per_sheet), person)
        for n, person in enumerate(people)
    ]


@pytest.mark.parametrize("stock", BADGE_STOCKS, ids=lambda s: s.id)
def test_every_name_is_on_its_badge_whole_in_order_and_inside_the_cell(
    stock: LabelStock, sheets: dict[str, tuple[Path, RenderReport]]
) -> None:
    path, report = sheets[stock.id]
    assert report.pages == math.ceil(len(PEOPLE) / stock.per_sheet)
    assert report.warnings == ()
    with open_pdf(path) as pdf:
        assert len(pdf.pages) == report.pages
        placed = 0
        for page_no, cell, person in cells_with_people(stock, PEOPLE):
            page = pdf.pages[page_no]
            chars = chars_in(page, cell)
            for char in chars:
                assert cell.contains(pdf_box(char, page.height), tolerance=0.5), (
                    person.full_name, char["text"]
                )
            lines = lines_of(chars)
            text = squash("".join(lines))
            # the call name and the rest of the name read in the person's order
            assert squash(person.full_name) in text, (person.full_name, lines)
            assert squash(person.call_name) in text
            placed += 1
        assert placed == len(PEOPLE)
        # nothing was drawn outside the cells except the outline and crop marks (not text)
        page_chars = sum(len(p.chars) for p in pdf.pages)
        in_cells = sum(
            len(chars_in(pdf.pages[p], c)) for p, c, _ in cells_with_people(stock, PEOPLE)
        )
        assert page_chars == in_cells


def test_family_first_names_print_family_name_first(
    sheets: dict[str, tuple[Path, RenderReport]]
) -> None:
    path, _report = sheets["avery-5392"]
    by_name = {p.family_name: n for n, p in enumerate(PEOPLE)}
    stock = get_stock("avery-5392")
    with open_pdf(path) as pdf:
        for family, expected in (("张", "张伟"), ("Zhang", "Zhang Wei"), ("佐藤", "佐藤花子"),
                                 ("김", "김민준"), ("Nguyễn", "Nguyễn Thị Minh Khai")):
            n = by_name[family]
            page = pdf.pages[n // stock.per_sheet]
            lines = lines_of(chars_in(page, stock.cell(n % stock.per_sheet)))
            assert squash(expected) in squash("".join(lines)), lines


@pytest.mark.parametrize("stock_id", ["avery-5392", "a4-cut-a6x4", "avery-l4785"])
def test_fonts_are_embedded_subsets_and_never_standard_14(
    stock_id: str, sheets: dict[str, tuple[Path, RenderReport]]
) -> None:
    fonts = font_report(sheets[stock_id][0])
    assert fonts
    for font in fonts:
        assert font["embedded"], font
        assert font["subtype"] == "/TrueType"
        assert font["name"].lstrip("/").split("+", 1)[-1] not in STANDARD_14
        assert "+" in font["name"]  # a subset
    names = {f["name"].split("+", 1)[1] for f in fonts}
    assert {"DejaVuSans-Bold", "WenQuanYiMicroHei-0", "NotoSansArabic-Bold"} <= names


def test_pdf_asks_viewers_to_print_at_actual_size(
    sheets: dict[str, tuple[Path, RenderReport]]
) -> None:
    reader = PdfReader(sheets["avery-5392"][0])
    prefs = reader.trailer["/Root"]["/ViewerPreferences"]
    assert prefs["/PrintScaling"] == "/None"
    assert reader.metadata is not None
    assert reader.metadata.subject == PRINT_NOTE
    assert "100%" in PRINT_NOTE


@pytest.mark.parametrize("stock", BADGE_STOCKS, ids=lambda s: s.id)
def test_every_check_in_qr_code_decodes_at_150_dpi(
    stock: LabelStock, sheets: dict[str, tuple[Path, RenderReport]], tmp_path: Path
) -> None:
    codes = decode_cells(sheets[stock.id][0], stock, len(PEOPLE), tmp_path)
    assert codes == [p.checkin_code.encode() for p in PEOPLE]


@pytest.mark.parametrize("stock_id", ["avery-l4785", "a4-cut-3x4in"])
def test_every_vcard_qr_carries_the_contact_at_150_dpi(stock_id: str, tmp_path: Path) -> None:
    """vCards are long; on the smallest landscape stock and a portrait one, all still scan."""
    stock = get_stock(stock_id)
    path = tmp_path / "vcards.pdf"
    render_badges(stock, PEOPLE, EVENT, BadgeOptions(qr=QrMode.VCARD), path)
    for person, raw in zip(PEOPLE, decode_cells(path, stock, len(PEOPLE), tmp_path, binary=True),
                           strict=True):
        card = raw.decode("utf-8")  # vCards are always UTF-8
        assert card.startswith("BEGIN:VCARD"), person.full_name
        assert f"FN:{person.full_name}" in card
        assert f"EMAIL:{person.email}" in card
        assert f"N:{person.family_name};{person.given_name}" in card


def test_two_sided_sheets_mirror_the_columns_on_the_back(tmp_path: Path) -> None:
    stock = get_stock("avery-5395")
    people = PEOPLE[:3]
    path = tmp_path / "two-sided.pdf"
    report = render_badges(stock, people, EVENT, BadgeOptions(two_sided=True), path)
    assert report.pages == 2
    with open_pdf(path) as pdf:
        front, back = pdf.pages
        for i, person in enumerate(people):
            on_front = lines_of(chars_in(front, stock.cell(i)))
            on_back = lines_of(chars_in(back, stock.cell(stock.mirrored_index(i))))
            assert squash(person.full_name) in squash("".join(on_front))
            assert squash(person.full_name) in squash("".join(on_back))


def test_role_stripe_and_pronouns_are_printed(tmp_path: Path) -> None:
    person = BadgePerson(
        "Ana", "Lima", pronouns="she/her", role=PEOPLE[0].role, role_text="Gastgeberin"
    )
    path = tmp_path / "role.pdf"
    render_badges(get_stock("avery-5392"), [person], EVENT, BadgeOptions(), path)
    with open_pdf(path) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Gastgeberin" in text
    assert "she/her" in text
    assert "Convivio Dinner Club" in text
    path = tmp_path / "no-role.pdf"
    render_badges(get_stock("avery-5392"), [person], EVENT, BadgeOptions(role_stripe=False), path)
    with open_pdf(path) as pdf:
        assert "Gastgeberin" not in pdf.pages[0].extract_text()


def test_calibration_offset_moves_everything(tmp_path: Path) -> None:
    stock = get_stock("avery-5392")
    plain, shifted = tmp_path / "plain.pdf", tmp_path / "shifted.pdf"
    render_badges(stock, PEOPLE[:1], EVENT, BadgeOptions(), plain)
    render_badges(stock, PEOPLE[:1], EVENT, BadgeOptions(offset_x_mm=2.0, offset_y_mm=1.0), shifted)
    with open_pdf(plain) as a, open_pdf(shifted) as b:
        first_a, first_b = a.pages[0].chars[0], b.pages[0].chars[0]
    assert first_b["x0"] - first_a["x0"] == pytest.approx(2.0 * 72 / 25.4, abs=0.01)
    assert first_b["top"] - first_a["top"] == pytest.approx(1.0 * 72 / 25.4, abs=0.01)  # down


def test_the_emoji_name_keeps_its_emoji_as_text(
    sheets: dict[str, tuple[Path, RenderReport]]
) -> None:
    """Symbola draws 🎉; the text layer says 🎉 too (ReportLab's ToUnicode is repaired)."""
    path, _report = sheets["a4-cut-a6x4"]
    n = next(i for i, p in enumerate(PEOPLE) if "🎉" in p.family_name)
    stock = get_stock("a4-cut-a6x4")
    with open_pdf(path) as pdf:
        lines = lines_of(chars_in(pdf.pages[n // stock.per_sheet], stock.cell(n % stock.per_sheet)))
    assert "Lima🎉" in squash("".join(lines))
