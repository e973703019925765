"""From the database to the sheet: names.tsv guests on every shipped stock, previews, errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from badges_names_event import make_names_event, names_rows, printed_name

from app.domain.errors import NotFound
from app.exporters.badges import (
    BadgeOptions,
    LabelStock,
    NothingToPrint,
    QrMode,
    UnknownStock,
    WrongStockKind,
    load_stocks,
)
from app.exporters.badges.layout import tent_panels
from app.services.badges import BadgeService, Layout, Seating, SheetRequest, Who
from app.services.container import Services
from tests.unit.exporters.badges.badges_test_helpers import (
    chars_in,
    lines_of,
    open_pdf,
    pdf_box,
    squash,
)

STOCKS = load_stocks()


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """Rendering doesn't depend on the backend (the batch tests run on both)."""
    return sqlite_url


def _layout(stock: LabelStock) -> Layout:
    return Layout.BADGES if stock.kind == "badge" else Layout.PLACE_CARDS


@pytest.mark.parametrize("stock", STOCKS, ids=lambda s: s.id)
def test_every_name_of_names_tsv_prints_whole_inside_its_label(
    services: Services, stock: LabelStock, tmp_path: Path
) -> None:
    event_id, _ = make_names_event(services)
    batch = services.badges.batch(event_id)
    assert sorted(g.name for g in batch.guests) == sorted(printed_name(r) for r in names_rows())
    path = tmp_path / f"{stock.id}.pdf"
    request = SheetRequest(
        stock.id,
        path,
        layout=_layout(stock),
        badge_options=BadgeOptions(qr=QrMode.CHECKIN, outline=True),
        seating=Seating(4),
    )
    report = services.badges.render(batch, request)
    assert report.warnings == ()
    assert report.items == len(names_rows())
    with open_pdf(path) as pdf:
        assert len(pdf.pages) == report.pages == -(-len(batch) // stock.per_sheet)
        for n, guest in enumerate(batch.guests):
            page = pdf.pages[n // stock.per_sheet]
            cell = stock.cell(n % stock.per_sheet)
            areas = list(tent_panels(cell)) if stock.kind == "tent" else [cell]
            for area in areas:
                chars = chars_in(page, area)
                for char in chars:
                    assert area.contains(pdf_box(char, page.height), tolerance=0.5), guest.name
                assert squash(guest.name) in squash("".join(lines_of(chars))), guest.name


def test_the_preview_sheet_is_the_first_page_of_the_real_pdf(
    services: Services, tmp_path: Path
) -> None:
    event_id, _ = make_names_event(services)
    batch = services.badges.batch(event_id)
    options = BadgeOptions(qr=QrMode.CHECKIN, crop_marks=True, offset_x_mm=1.5)
    full, first = tmp_path / "full.pdf", tmp_path / "first.pdf"
    services.badges.render(batch, SheetRequest("avery-5395", full, badge_options=options))
    report = services.badges.render(
        batch, SheetRequest("avery-5395", first, badge_options=options, first_sheet_only=True)
    )
    assert (report.pages, report.items) == (1, 8)
    with open_pdf(full) as a, open_pdf(first) as b:
        assert len(b.pages) == 1

        def marks(page: Any) -> list[tuple[str, float, float]]:
            return [(c["text"], round(c["x0"], 2), round(c["top"], 2)) for c in page.chars]

        assert marks(a.pages[0]) == marks(b.pages[0])
        assert len(a.pages[0].curves + a.pages[0].rects) == len(
            b.pages[0].curves + b.pages[0].rects
        )


def test_badges_need_badge_stock_and_somebody_to_print(services: Services, tmp_path: Path) -> None:
    event_id, _ = make_names_event(services)
    batch = services.badges.batch(event_id)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "x.pdf"
    with pytest.raises(WrongStockKind):
        services.badges.render(batch, SheetRequest("avery-5305", out))
    with pytest.raises(WrongStockKind):
        services.badges.render(batch, SheetRequest("avery-5392", out, layout=Layout.PLACE_CARDS))
    with pytest.raises(UnknownStock, match="avery-5392"):
        services.badges.render(batch, SheetRequest("avery-9999", out))
    nobody = services.badges.batch(event_id, who=Who.CHECKED_IN)
    with pytest.raises(NothingToPrint):
        services.badges.render(nobody, SheetRequest("avery-5392", out))
    assert list(folder.iterdir()) == []


def test_a_cancelled_run_leaves_no_file_and_an_existing_one_untouched(
    services: Services, tmp_path: Path
) -> None:
    event_id, _ = make_names_event(services)
    batch = services.badges.batch(event_id)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "badges.pdf"
    out.write_bytes(b"the old file")
    work = services.badges.work(batch, SheetRequest("avery-5392", out))
    with pytest.raises(InterruptedError):
        work(lambda _d, _t: None, lambda: True)
    assert list(folder.iterdir()) == [out]
    assert out.read_bytes() == b"the old file"
    seen: list[tuple[int, int]] = []
    report = work(lambda d, t: seen.append((d, t)), lambda: False)
    assert seen[-1] == (len(batch), len(batch))
    assert report.path == out
    assert out.read_bytes().startswith(b"%PDF")


def test_export_gathers_and_writes_in_one_call(services: Services, tmp_path: Path) -> None:
    event_id, _ = make_names_event(services)
    out = tmp_path / "cards.pdf"
    request = SheetRequest("a4-tent-2up", out, layout=Layout.PLACE_CARDS)
    report = services.badges.export(event_id, request, who=Who.ALL)
    assert (report.items, report.pages) == (len(names_rows()), len(names_rows()) // 2)
    with pytest.raises(NotFound):
        services.badges.export(777, request)


def test_alignment_sheet_and_stock_lists() -> None:
    kinds = {s.kind for s in BadgeService.stocks(Layout.BADGES)}
    assert kinds == {"badge"}
    assert {s.kind for s in BadgeService.stocks(Layout.PLACE_CARDS)} == {"tent"}
    assert len(BadgeService.stocks()) == len(STOCKS)
    assert BadgeService.stock("AVERY-8395").id == "avery-5395"


def test_the_alignment_sheet_is_one_page_with_the_offset_written_on_it(tmp_path: Path) -> None:
    out = tmp_path / "align.pdf"
    report = BadgeService.alignment_sheet("herma-4412", out, offset_x_mm=1.5, offset_y_mm=-0.5)
    assert report.pages == 1
    with open_pdf(out) as pdf:
        text = pdf.pages[0].extract_text()
    assert "X +1.5 mm" in text
    assert "Y -0.5 mm" in text
