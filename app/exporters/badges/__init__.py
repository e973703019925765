"""Badges and place cards as PDF (ReportLab), free of Qt and storage.

The service layer maps its DTOs to the frozen values in `model`, picks a `LabelStock` with
`get_stock`, and runs one of the `render_*` functions in a worker.
"""

from app.exporters.badges.alignment import render_alignment_sheet
from app.exporters.badges.fitting import FitSpec, FittedText, fit_text
from app.exporters.badges.fonts import BadgeFontsMissing, font_set
from app.exporters.badges.model import (
    PRINT_NOTE,
    PROGRESS_EVERY,
    BadgeEvent,
    BadgeOptions,
    BadgePerson,
    BadgeRole,
    CancelledFn,
    PlaceCard,
    PlaceCardOptions,
    ProgressFn,
    QrMode,
    RenderReport,
)
from app.exporters.badges.render import (
    NothingToPrint,
    WrongStockKind,
    render_badges,
    render_place_cards,
)
from app.exporters.badges.stocks import (
    LabelStock,
    StockTableError,
    UnknownStock,
    get_stock,
    load_stocks,
)

__all__ = [
    "PRINT_NOTE",
    "PROGRESS_EVERY",
    "BadgeEvent",
    "BadgeFontsMissing",
    "BadgeOptions",
    "BadgePerson",
    "BadgeRole",
    "CancelledFn",
    "FitSpec",
    "FittedText",
    "LabelStock",
    "NothingToPrint",
    "PlaceCard",
    "PlaceCardOptions",
    "ProgressFn",
    "QrMode",
    "RenderReport",
    "StockTableError",
    "UnknownStock",
    "WrongStockKind",
    "fit_text",
    "font_set",
    "get_stock",
    "load_stocks",
    "render_alignment_sheet",
    "render_badges",
    "render_place_cards",
]
