"""Badge and place-card PDFs: pure functions of (stock, items, options) → file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.domain.errors import DomainError
from app.exporters.badges.drawing import (
    Notes,
    draw_field,
    draw_outline,
    draw_segments,
    draw_stripe,
)
from app.exporters.badges.geometry import MM, Box, crop_marks
from app.exporters.badges.layout import BadgeLayout, badge_layout, tent_panel_layout, tent_panels
from app.exporters.badges.model import (
    PRINT_NOTE,
    BadgeEvent,
    BadgeOptions,
    BadgePerson,
    CancelledFn,
    PlaceCard,
    PlaceCardOptions,
    ProgressFn,
    QrMode,
    RenderReport,
)
from app.exporters.badges.progress import Ticker
from app.exporters.badges.qr import draw_qr, qr_matrix, qr_payload
from app.exporters.badges.stocks import LabelStock
from app.exporters.pdf_file import pdf_canvas


class NothingToPrint(DomainError):
    """The selection is empty."""


class WrongStockKind(DomainError):
    """Badges on tent-card stock, or place cards on badge stock."""


def _start_page(canvas: Any, offset_x_mm: float, offset_y_mm: float) -> None:
    # positive y moves the print down the paper, PDF y points up
    canvas.translate(offset_x_mm * MM, -offset_y_mm * MM)


def _guides(canvas: Any, stock: LabelStock, cells: list[Box], outline: bool, crops: bool) -> None:
    if outline:
        for cell in cells:
            draw_outline(canvas, cell, stock.corner_radius_mm * MM)
    if crops:
        width, height = stock.page_size
        draw_segments(canvas, crop_marks(stock.cells(), width, height))


def _check_kind(stock: LabelStock, kind: str, what: str) -> None:
    if stock.kind != kind:
        raise WrongStockKind(f"“{stock.name}” is {stock.kind} stock; {what} need {kind} stock.")


def render_badges(
    stock: LabelStock,
    people: Sequence[BadgePerson],
    event: BadgeEvent,
    options: BadgeOptions,
    out_path: Path,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> RenderReport:
    """Write one badge per person onto `stock` sheets (and their backs when two-sided).

    Backs are for flipping on the long edge: the same badge, columns mirrored.

    Raises:
        NothingToPrint, WrongStockKind: the request makes no sense (shown as is).
        ExportTargetError: the file can't be written. InterruptedError: cancelled.
    """
    _check_kind(stock, "badge", "badges")
    if not people:
        raise NothingToPrint("There is nobody to print a badge for.")
    ticker = Ticker(len(people), progress, cancelled)
    notes = Notes()
    missing_codes: list[str] = []
    layout = badge_layout(
        stock.label_w_mm * MM,
        stock.label_h_mm * MM,
        stock.padding_mm * MM,
        qr=options.qr is not QrMode.NONE,
        stripe=options.role_stripe,
        dense_qr=options.qr is QrMode.VCARD,
    )
    per_sheet = stock.per_sheet
    pages = 0
    title = f"Badges: {event.title}"
    with pdf_canvas(
        out_path, stock.page_size, title, subject=PRINT_NOTE, actual_size=True
    ) as canvas:
        for start in range(0, len(people), per_sheet):
            sheet = people[start : start + per_sheet]
            matrices: list[tuple[bytearray, ...] | None] = []
            sides = (False, True) if options.two_sided else (False,)
            for back in sides:
                _start_page(canvas, options.offset_x_mm, options.offset_y_mm)
                cells: list[Box] = []
                for i, person in enumerate(sheet):
                    if not back:
                        payload = qr_payload(person, options.qr)
                        if options.qr is not QrMode.NONE and not payload:
                            missing_codes.append(person.full_name or person.call_name)
                        matrices.append(qr_matrix(payload, options.qr) if payload else None)
                    cell = stock.cell(stock.mirrored_index(i) if back else i)
                    cells.append(cell)
                    canvas.saveState()
                    canvas.translate(cell.x, cell.y)
                    _draw_badge(canvas, person, event, layout, options, notes, matrices[i])
                    canvas.restoreState()
                    if not back:
                        ticker.tick()
                _guides(canvas, stock, cells, options.outline, options.crop_marks)
                canvas.showPage()
                pages += 1
        ticker.finish()
    warnings = notes.warnings()
    if missing_codes:
        warnings += (f"No QR code for {', '.join(missing_codes)}: nothing to encode.",)
    return RenderReport(Path(out_path), pages, len(people), warnings)


def _draw_badge(
    canvas: Any,
    person: BadgePerson,
    event: BadgeEvent,
    layout: BadgeLayout,
    options: BadgeOptions,
    notes: Notes,
    matrix: tuple[bytearray, ...] | None,
) -> None:
    who = person.full_name or person.call_name
    values = {
        "event": " · ".join(p for p in (event.title.strip(), event.date_text.strip()) if p),
        "call_name": person.call_name,
        "rest_of_name": person.rest_of_name,
        "pronouns": person.pronouns,
        "organization": person.organization,
        "title": person.title,
    }
    for item in layout.fields:
        draw_field(canvas, values[item.name], item, notes, who)
    if options.role_stripe and person.role is not None and layout.stripe is not None:
        draw_stripe(
            canvas, layout.stripe, layout.stripe_text, person.role, person.role_label, notes
        )
    if matrix is not None and layout.qr is not None:
        draw_qr(canvas, matrix, layout.qr)


def place_text(card: PlaceCard, options: PlaceCardOptions) -> str:
    """ "Table 4 · Seat 2", or whichever part is known."""
    parts = []
    if card.table.strip():
        parts.append(f"{options.table_label} {card.table.strip()}")
    if card.seat.strip():
        parts.append(f"{options.seat_label} {card.seat.strip()}")
    return " · ".join(parts)


def render_place_cards(
    stock: LabelStock,
    cards: Sequence[PlaceCard],
    options: PlaceCardOptions,
    out_path: Path,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> RenderReport:
    """Write folded tent cards: the name on both halves, the upper half turned 180°.

    Raises:
        NothingToPrint, WrongStockKind, ExportTargetError, InterruptedError: as for badges.
    """
    _check_kind(stock, "tent", "place cards")
    if not cards:
        raise NothingToPrint("There is nobody to print a place card for.")
    ticker = Ticker(len(cards), progress, cancelled)
    notes = Notes()
    padding = stock.padding_mm * MM
    pages = 0
    with pdf_canvas(
        out_path, stock.page_size, "Place cards", subject=PRINT_NOTE, actual_size=True
    ) as canvas:
        for start in range(0, len(cards), stock.per_sheet):
            _start_page(canvas, options.offset_x_mm, options.offset_y_mm)
            cells: list[Box] = []
            for i, card in enumerate(cards[start : start + stock.per_sheet]):
                cell = stock.cell(i)
                cells.append(cell)
                front, back = tent_panels(cell)
                place = place_text(card, options)
                layout = tent_panel_layout(front.w, front.h, padding, place=bool(place))
                for panel, turned in ((front, False), (back, True)):
                    canvas.saveState()
                    if turned:
                        canvas.translate(panel.right, panel.top)
                        canvas.rotate(180)
                    else:
                        canvas.translate(panel.x, panel.y)
                    draw_field(canvas, card.name, layout.name, notes, card.name)
                    if layout.place is not None:
                        draw_field(canvas, place, layout.place, notes, card.name)
                    canvas.restoreState()
                if options.fold_line:
                    fold = cell.y + cell.h / 2
                    draw_segments(canvas, [(cell.x, fold, cell.right, fold)], dash=True)
                ticker.tick()
            _guides(canvas, stock, cells, options.outline, options.crop_marks)
            canvas.showPage()
            pages += 1
        ticker.finish()
    return RenderReport(Path(out_path), pages, len(cards), notes.warnings())
