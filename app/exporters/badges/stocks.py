"""The label stock table (`resources/label_stocks.json`): loading, checking and lookup.

Stock is data, not code (as in pretix's badge exporter): adding a product means adding a
JSON entry, and the loader refuses entries whose labels would run off the page.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.domain.errors import NotFound
from app.exporters.badges.geometry import MM, Box
from app.paths import resource_path

STOCKS_FILE = "label_stocks.json"
KINDS = ("badge", "tent")
TOLERANCE_MM = 0.05
"""Rounding slack when checking that the grid fits the page (sources give 1/100 mm)."""

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NUMBERS = (
    "page_w_mm",
    "page_h_mm",
    "label_w_mm",
    "label_h_mm",
    "left_mm",
    "top_mm",
    "col_pitch_mm",
    "row_pitch_mm",
    "corner_radius_mm",
    "padding_mm",
)
_TEXTS = ("id", "name", "kind", "page", "source", "notes")
_KEYS = {*_NUMBERS, *_TEXTS, "aliases", "cols", "rows"}


class StockTableError(ValueError):
    """The stock table is malformed: a packaging or editing mistake, never user input."""


class UnknownStock(NotFound):
    """The user asked for a stock id that is not in the table."""


@dataclass(frozen=True)
class LabelStock:
    """One sheet of labels or tent cards. Lengths in mm, measured from the page's top-left.

    For `kind == "tent"` each label is a whole unfolded card that folds across its middle.
    `padding_mm` keeps content away from the die-cut edge (or the paper edge for cut sheets).
    """

    id: str
    name: str
    kind: str
    page: str
    page_w_mm: float
    page_h_mm: float
    label_w_mm: float
    label_h_mm: float
    cols: int
    rows: int
    left_mm: float
    top_mm: float
    col_pitch_mm: float
    row_pitch_mm: float
    corner_radius_mm: float
    padding_mm: float
    aliases: tuple[str, ...] = ()
    source: str = ""
    notes: str = ""

    @property
    def per_sheet(self) -> int:
        return self.cols * self.rows

    @property
    def page_size(self) -> tuple[float, float]:
        """Page size in points, as ReportLab wants it."""
        return (self.page_w_mm * MM, self.page_h_mm * MM)

    def cell(self, index: int) -> Box:
        """The label at `index` on its sheet (row by row, left to right), in points."""
        if not 0 <= index < self.per_sheet:
            raise IndexError(f"{self.id} has {self.per_sheet} labels per sheet, not {index + 1}")
        row, col = divmod(index, self.cols)
        x = self.left_mm + col * self.col_pitch_mm
        top = self.top_mm + row * self.row_pitch_mm
        y = self.page_h_mm - top - self.label_h_mm
        return Box(x * MM, y * MM, self.label_w_mm * MM, self.label_h_mm * MM)

    def mirrored_index(self, index: int) -> int:
        """The cell behind `index` on the back of the sheet when it is flipped on its long
        (vertical) edge: same row, column mirrored."""
        row, col = divmod(index, self.cols)
        return row * self.cols + (self.cols - 1 - col)

    def cells(self) -> list[Box]:
        return [self.cell(i) for i in range(self.per_sheet)]


def parse_stocks(data: object, origin: str = STOCKS_FILE) -> tuple[LabelStock, ...]:
    """Check and convert the decoded JSON; every problem names the stock and the field.

    Raises:
        StockTableError: on any missing, unknown, mistyped or inconsistent field.
    """
    if not isinstance(data, dict) or not isinstance(data.get("stocks"), list):
        raise StockTableError(f"{origin}: expected an object with a 'stocks' list")
    stocks = [_parse_one(raw, f"{origin}: stock #{n + 1}") for n, raw in enumerate(data["stocks"])]
    seen: dict[str, str] = {}
    for stock in stocks:
        for name in (stock.id, *stock.aliases):
            if name in seen:
                raise StockTableError(
                    f"{origin}: id or alias '{name}' is used by both '{seen[name]}' and "
                    f"'{stock.id}'"
                )
            seen[name] = stock.id
    if not stocks:
        raise StockTableError(f"{origin}: the table has no stocks")
    return tuple(stocks)


def _parse_one(raw: object, where: str) -> LabelStock:
    if not isinstance(raw, dict):
        raise StockTableError(f"{where}: expected an object")
    if isinstance(raw.get("id"), str):
        where = f"{where.rsplit(':', 1)[0]}: stock '{raw['id']}'"
    unknown = sorted(set(raw) - _KEYS)
    missing = sorted(_KEYS - set(raw))
    if unknown:
        raise StockTableError(f"{where}: unknown field(s) {', '.join(unknown)}")
    if missing:
        raise StockTableError(f"{where}: missing field(s) {', '.join(missing)}")
    for key in _TEXTS:
        if not isinstance(raw[key], str):
            raise StockTableError(f"{where}: '{key}' must be text")
    for key in _NUMBERS:
        if isinstance(raw[key], bool) or not isinstance(raw[key], int | float):
            raise StockTableError(f"{where}: '{key}' must be a number of millimetres")
    for key in ("cols", "rows"):
        if isinstance(raw[key], bool) or not isinstance(raw[key], int) or raw[key] < 1:
            raise StockTableError(f"{where}: '{key}' must be a whole number of at least 1")
    aliases = raw["aliases"]
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise StockTableError(f"{where}: 'aliases' must be a list of ids")
    for name in (raw["id"], *aliases):
        if not _ID.match(name):
            raise StockTableError(f"{where}: '{name}' is not a valid id (a-z, 0-9 and '-')")
    if raw["kind"] not in KINDS:
        raise StockTableError(f"{where}: 'kind' must be one of {', '.join(KINDS)}")
    values: dict[str, Any] = {k: float(raw[k]) for k in _NUMBERS}
    stock = LabelStock(
        **values,
        **{k: raw[k] for k in _TEXTS},
        cols=raw["cols"],
        rows=raw["rows"],
        aliases=tuple(aliases),
    )
    _check_geometry(stock, where)
    return stock


def _check_geometry(s: LabelStock, where: str) -> None:
    positive = ("page_w_mm", "page_h_mm", "label_w_mm", "label_h_mm")
    for key in positive:
        if getattr(s, key) <= 0:
            raise StockTableError(f"{where}: '{key}' must be greater than 0")
    for key in ("left_mm", "top_mm", "corner_radius_mm", "padding_mm"):
        if getattr(s, key) < 0:
            raise StockTableError(f"{where}: '{key}' must not be negative")
    for axis, n, pitch, size, start, page in (
        ("column", s.cols, s.col_pitch_mm, s.label_w_mm, s.left_mm, s.page_w_mm),
        ("row", s.rows, s.row_pitch_mm, s.label_h_mm, s.top_mm, s.page_h_mm),
    ):
        if n > 1 and pitch < size - TOLERANCE_MM:
            raise StockTableError(
                f"{where}: {axis} pitch {pitch} mm is smaller than the label ({size} mm), "
                "so labels would overlap"
            )
        end = start + pitch * (n - 1) + size
        if end > page + TOLERANCE_MM:
            raise StockTableError(
                f"{where}: the last {axis} ends at {end:.3f} mm, beyond the page ({page} mm): "
                "margin + pitch x (n - 1) + label must fit"
            )
    if s.corner_radius_mm > min(s.label_w_mm, s.label_h_mm) / 2:
        raise StockTableError(f"{where}: the corner radius is larger than half the label")
    panel_h = s.label_h_mm / 2 if s.kind == "tent" else s.label_h_mm
    if 2 * s.padding_mm >= min(s.label_w_mm, panel_h) / 2:
        raise StockTableError(f"{where}: the padding leaves too little room for text")


def load_stocks(path: Path | None = None) -> tuple[LabelStock, ...]:
    """Read and check the stock table (the shipped one unless `path` is given).

    Raises:
        StockTableError: the file is missing, not JSON, or fails a check.
    """
    if path is None:
        return _shipped_stocks()
    return _read(path)


@lru_cache(maxsize=1)
def _shipped_stocks() -> tuple[LabelStock, ...]:
    return _read(resource_path(STOCKS_FILE))


def _read(path: Path) -> tuple[LabelStock, ...]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise StockTableError(f"cannot read the label stock table {path}: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise StockTableError(f"{path}: not valid JSON: {exc}") from exc
    return parse_stocks(data, origin=str(path))


def get_stock(stock_id: str, stocks: tuple[LabelStock, ...] | None = None) -> LabelStock:
    """The stock with this id or alias (case-insensitive).

    Raises:
        UnknownStock: with the list of known ids, for the CLI and the dialog to show.
    """
    table = load_stocks() if stocks is None else stocks
    wanted = stock_id.strip().lower()
    for stock in table:
        if wanted == stock.id or wanted in stock.aliases:
            return stock
    known = ", ".join(s.id for s in table)
    raise UnknownStock(f"There is no label stock “{stock_id}”. Known stocks: {known}.")
