"""A one-page alignment test for a stock: outlines, centre crosses and a 50 mm scale bar.

Printed on plain paper and held against a label sheet, it shows how far the printer shifts
the page (the calibration offset) and whether the print dialog scaled it (the bar).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.exporters.badges.drawing import (
    INK,
    Notes,
    draw_field,
    draw_outline,
    draw_segments,
)
from app.exporters.badges.fitting import FitSpec
from app.exporters.badges.geometry import MM, Box, crop_marks
from app.exporters.badges.layout import Field
from app.exporters.badges.model import PRINT_NOTE, CancelledFn, ProgressFn, RenderReport
from app.exporters.badges.progress import Ticker
from app.exporters.badges.stocks import LabelStock
from app.exporters.pdf_file import pdf_canvas

SCALE_BAR_MM = 50
CROSS = 8 * MM


def instructions(stock: LabelStock, offset_x_mm: float, offset_y_mm: float) -> list[str]:
    """The sheet's texts, one per label from the first on (small labels hold one each)."""
    return [
        f"{stock.name}. Offset used: X {offset_x_mm:+.1f} mm, Y {offset_y_mm:+.1f} mm.",
        PRINT_NOTE,
        "Print on plain paper, lay it on a label sheet and hold both against the light. "
        "Crosses right of the label centres: lower X by that many mm; too low: lower Y.",
    ]


def render_alignment_sheet(
    stock: LabelStock,
    out_path: Path,
    *,
    offset_x_mm: float = 0.0,
    offset_y_mm: float = 0.0,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> RenderReport:
    """Write the test page, shifted by the given offset so a correction can be re-checked.

    Raises:
        ExportTargetError: the file can't be written. InterruptedError: cancelled.
    """
    ticker = Ticker(1, progress, cancelled)
    notes = Notes()
    title = f"Alignment test: {stock.id}"
    with pdf_canvas(
        out_path, stock.page_size, title, subject=PRINT_NOTE, actual_size=True
    ) as canvas:
        canvas.translate(offset_x_mm * MM, -offset_y_mm * MM)
        cells = stock.cells()
        texts = instructions(stock, offset_x_mm, offset_y_mm)
        # fewer labels than texts: the last label takes the rest
        texts = [*texts[: len(cells) - 1], " ".join(texts[len(cells) - 1 :])]
        for index, cell in enumerate(cells):
            text = texts[index] if index < len(texts) else ""
            _cell(canvas, stock, index, cell, notes, text)
        width, height = stock.page_size
        draw_segments(canvas, crop_marks(cells, width, height))
        canvas.showPage()
        ticker.tick()
        ticker.finish()
    return RenderReport(Path(out_path), 1, 1, notes.warnings())


def _cell(canvas: Any, stock: LabelStock, index: int, cell: Box, notes: Notes, text: str) -> None:
    draw_outline(canvas, cell, stock.corner_radius_mm * MM)
    inner = cell.inset(stock.padding_mm * MM)
    cx, cy = cell.x + cell.w / 2, cell.y + cell.h / 2
    canvas.setStrokeColorRGB(*INK)
    canvas.setLineWidth(0.5)
    canvas.line(cx - CROSS, cy, cx + CROSS, cy)
    canvas.line(cx, cy - CROSS, cx, cy + CROSS)
    canvas.circle(cx, cy, CROSS / 4, stroke=1, fill=0)
    if stock.kind == "tent":
        draw_segments(canvas, [(cell.x, cy, cell.right, cy)], dash=True)
    label = f"{index + 1}" + (" · fold on the dashed line" if stock.kind == "tent" else "")
    top_h = min(7 * MM, inner.h * 0.12)
    number = Field("n", Box(inner.x, inner.top - top_h, inner.w, top_h), FitSpec(10, 5), True)
    draw_field(canvas, label, number, notes, label)
    if text:
        if index == 0:  # above the cross; the scale bar goes below
            bottom = cy + CROSS + 2 * MM
            text_box = Box(inner.x, bottom, inner.w, number.box.y - 1 * MM - bottom)
        else:
            text_box = Box(inner.x, inner.y, inner.w, cy - CROSS - 2 * MM - inner.y)
        spec = FitSpec(10, 5, 6, leading=1.15, wrap_below=7)
        draw_field(canvas, text, Field("help", text_box, spec, False), notes, "instructions")
    if index == 0:
        _scale_bar(canvas, cx, max(inner.y + 5 * MM, cy - CROSS - 14 * MM), notes)


def _scale_bar(canvas: Any, cx: float, y: float, notes: Notes) -> None:
    """A bar exactly 50 mm long with centimetre ticks; a ruler shows any scaling at once."""
    length = SCALE_BAR_MM * MM
    x0 = cx - length / 2
    canvas.setStrokeColorRGB(*INK)
    canvas.setLineWidth(0.5)
    canvas.line(x0, y, x0 + length, y)
    for mm in range(0, SCALE_BAR_MM + 1, 10):
        tick = 2.5 * MM if mm % 50 == 0 else 1.5 * MM
        canvas.line(x0 + mm * MM, y, x0 + mm * MM, y + tick)
    caption = f"This bar must measure exactly {SCALE_BAR_MM} mm"
    draw_field(
        canvas,
        caption,
        Field("bar", Box(x0, y - 5 * MM, length, 4 * MM), FitSpec(8, 4), False),
        notes,
        caption,
    )
