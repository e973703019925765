"""Badges and place cards as PDF (ReportLab), free of Qt and storage.

The service layer maps its DTOs to the frozen values in `model`, picks a `LabelStock` with
`get_stock`, and runs one of the `render_*` functions in a worker.
"""

from typing import TYPE_CHECKING, Any

from app.exporters.badges.fitting import FitSpec, FittedText, fit_text
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
from app.exporters.badges.stocks import (
    LabelStock,
    StockTableError,
    UnknownStock,
    get_stock,
    load_stocks,
)

if TYPE_CHECKING:
    from app.exporters.badges.alignment import render_alignment_sheet
    from app.exporters.badges.fonts import BadgeFontsMissing, font_set
    from app.exporters.badges.render import (
        NothingToPrint,
        WrongStockKind,
        render_badges,
        render_place_cards,
    )

# ReportLab (fonts, rendering) loads only when something is drawn: opening a database and
# building the services stay quick.
_LAZY = {
    "render_alignment_sheet": "app.exporters.badges.alignment",
    "BadgeFontsMissing": "app.exporters.badges.fonts",
    "font_set": "app.exporters.badges.fonts",
    "NothingToPrint": "app.exporters.badges.render",
    "WrongStockKind": "app.exporters.badges.render",
    "render_badges": "app.exporters.badges.render",
    "render_place_cards": "app.exporters.badges.render",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


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
