"""The label stock table: shipped data checked against its sources, and the loader's checks."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from badges_test_helpers import GEOMETRY_JSON

from app import paths
from app.exporters.badges import LabelStock, StockTableError, UnknownStock, get_stock, load_stocks
from app.exporters.badges.geometry import MM
from app.exporters.badges.stocks import STOCKS_FILE, parse_stocks

ISSUE_IDS = (
    "avery-5392", "avery-5384", "avery-5395", "avery-8395", "avery-l7418", "avery-l4785",
    "durable-1445-02", "herma-4412", "a4-cut-a6x4", "a4-cut-3x4in", "letter-cut-3x4in",
    "avery-5305", "a4-tent-2up",
)
SIZES = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4), "Letter (landscape)": (279.4, 215.9)}


def shipped_json() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(paths.resource_path(STOCKS_FILE).read_text("utf-8"))
    return data


def test_every_stock_the_issue_lists_is_shipped() -> None:
    for stock_id in ISSUE_IDS:
        assert get_stock(stock_id).per_sheet >= 1


def test_product_stock_ids_contain_their_product_number() -> None:
    for stock in load_stocks():
        if stock.id.startswith(("avery-", "herma-", "durable-")):
            assert any(ch.isdigit() for ch in stock.id), stock.id
            assert stock.id.split("-", 1)[1].split("-")[0] in stock.name.lower()


@pytest.mark.parametrize("stock", load_stocks(), ids=lambda s: s.id)
def test_grid_fits_its_page_and_labels_do_not_overlap(stock: LabelStock) -> None:
    assert (stock.page_w_mm, stock.page_h_mm) == SIZES[stock.page]
    right = stock.left_mm + stock.col_pitch_mm * (stock.cols - 1) + stock.label_w_mm
    bottom = stock.top_mm + stock.row_pitch_mm * (stock.rows - 1) + stock.label_h_mm
    assert right <= stock.page_w_mm + 0.05
    assert bottom <= stock.page_h_mm + 0.05
    cells = stock.cells()
    page_w, page_h = stock.page_size
    for i, cell in enumerate(cells):
        assert cell.x >= -0.01
        assert cell.y >= -0.01
        assert cell.right <= page_w + 0.2
        assert cell.top <= page_h + 0.2
        for other in cells[i + 1 :]:
            assert not cell.overlaps_interior(other.x, other.y, other.right, other.top)
    assert stock.source
    assert "Checked:" in stock.source


def test_shipped_geometry_matches_the_research_sources() -> None:
    """Every stock that label-geometry.json also lists has the same sizes, pitch and margins
    (pitch only matters when there is more than one label along that axis)."""
    sources = {entry["id"]: entry for entry in json.loads(GEOMETRY_JSON.read_text("utf-8"))}
    compared = 0
    for stock in load_stocks():
        src = sources.get(stock.id)
        if src is None or stock.kind == "tent":  # sources give tent panels, see below
            continue
        compared += 1
        for key in ("page_w_mm", "page_h_mm", "label_w_mm", "label_h_mm", "left_mm", "top_mm"):
            assert getattr(stock, key) == pytest.approx(src[key], abs=0.05), (stock.id, key)
        assert (stock.cols, stock.rows) == (src["cols"], src["rows"])
        if stock.cols > 1:
            assert stock.col_pitch_mm == pytest.approx(src["col_pitch_mm"], abs=0.05)
        if stock.rows > 1:
            assert stock.row_pitch_mm == pytest.approx(src["row_pitch_mm"], abs=0.05)
        assert stock.corner_radius_mm == pytest.approx(src["corner_radius_mm"] or 0.0, abs=0.01)
    assert compared == 9


def test_avery_5305_whole_card_is_derived_from_the_front_panel_and_the_safe_area() -> None:
    """gLabels gives the front panel, LibreOffice the safe area: our whole card agrees with both."""
    sources = {entry["id"]: entry for entry in json.loads(GEOMETRY_JSON.read_text("utf-8"))}
    face, safe = sources["avery-5305-face"], sources["avery-5305-printable"]
    card = get_stock("avery-5305")
    assert card.kind == "tent"
    assert card.label_h_mm == pytest.approx(2 * face["label_h_mm"])
    assert card.top_mm + card.label_h_mm / 2 == pytest.approx(face["top_mm"])
    assert card.row_pitch_mm == pytest.approx(face["row_pitch_mm"]) == safe["row_pitch_mm"]
    assert card.top_mm + card.padding_mm == pytest.approx(safe["top_mm"])
    assert card.label_w_mm - 2 * card.padding_mm == pytest.approx(safe["label_w_mm"])
    assert card.label_h_mm - 2 * card.padding_mm == pytest.approx(safe["label_h_mm"])


def test_avery_5309_card_contains_both_safe_areas_of_its_sources() -> None:
    """The sources disagree on 5309's safe area; ours is inside both, on the same card."""
    src = {entry["id"]: entry for entry in json.loads(GEOMETRY_JSON.read_text("utf-8"))}
    libre = src["avery-5309"]
    card = get_stock("avery-5309")
    assert card.row_pitch_mm == pytest.approx(libre["row_pitch_mm"])  # 7 in: the whole card
    assert card.top_mm + card.label_h_mm + card.top_mm == pytest.approx(card.page_h_mm)
    inset = 9.525  # LibreOffice: 10.25 x 6.25 in centred on the 11 x 7 in card
    assert libre["left_mm"] == pytest.approx(card.left_mm + inset, abs=0.01)
    assert libre["top_mm"] == pytest.approx(card.top_mm + inset, abs=0.01)
    assert card.padding_mm >= inset
    assert card.padding_mm == pytest.approx(12.7)


def test_lookup_by_alias_ignores_case_and_unknown_ids_list_the_known_ones() -> None:
    assert get_stock("AVERY-8395").id == "avery-5395"
    assert get_stock(" avery-5384 ").id == "avery-5392"
    with pytest.raises(UnknownStock, match="avery-5392") as caught:
        get_stock("avery-0000")
    assert "avery-0000" in str(caught.value)


def test_back_of_a_sheet_mirrors_the_columns() -> None:
    stock = get_stock("avery-5395")  # 2 x 4
    assert [stock.mirrored_index(i) for i in range(4)] == [1, 0, 3, 2]
    front, back = stock.cell(0), stock.cell(stock.mirrored_index(0))
    page_w = stock.page_size[0]
    assert back.x == pytest.approx(page_w - front.right, abs=0.01)
    with pytest.raises(IndexError):
        stock.cell(stock.per_sheet)


def _table(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(shipped_json())
    data["stocks"][0].update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"col_pitch_mm": 90.0}, "labels would overlap"),
        ({"left_mm": 20.0}, "beyond the page"),
        ({"top_mm": 60.0}, "last row ends at"),
        ({"cols": 0}, "'cols' must be a whole number"),
        ({"cols": True}, "'cols' must be a whole number"),
        ({"label_w_mm": "4in"}, "'label_w_mm' must be a number"),
        ({"kind": "sticker"}, "'kind' must be one of"),
        ({"id": "Avery 5392"}, "not a valid id"),
        ({"colour": "red"}, "unknown field"),
        ({"corner_radius_mm": 60.0}, "corner radius"),
        ({"padding_mm": 30.0}, "padding"),
        ({"aliases": ["avery-5395"]}, "used by both"),
        ({"label_h_mm": 0}, "greater than 0"),
    ],
)
def test_inconsistent_stock_data_is_refused_with_a_clear_message(
    changes: dict[str, Any], message: str
) -> None:
    with pytest.raises(StockTableError, match=message) as caught:
        parse_stocks(_table(**changes), origin="test.json")
    assert "test.json" in str(caught.value)


def test_missing_fields_and_bad_files_are_reported(tmp_path: Path) -> None:
    data = copy.deepcopy(shipped_json())
    del data["stocks"][1]["rows"]
    with pytest.raises(StockTableError, match=r"stock 'avery-5395': missing field\(s\) rows"):
        parse_stocks(data)
    with pytest.raises(StockTableError, match="'stocks' list"):
        parse_stocks({"stock": []})
    with pytest.raises(StockTableError, match="no stocks"):
        parse_stocks({"stocks": []})
    broken = tmp_path / "stocks.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(StockTableError, match="not valid JSON"):
        load_stocks(broken)
    with pytest.raises(StockTableError, match="cannot read"):
        load_stocks(tmp_path / "missing.json")


def test_a_valid_custom_table_loads(tmp_path: Path) -> None:
    data = copy.deepcopy(shipped_json())
    data["stocks"] = data["stocks"][:1]
    custom = tmp_path / "stocks.json"
    custom.write_text(json.dumps(data), encoding="utf-8")
    (stock,) = load_stocks(custom)
    assert stock.id == "avery-5392"
    assert stock.page_size == pytest.approx((215.9 * MM, 279.4 * MM))


def test_resources_dir_finds_the_checkout_and_honours_the_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (paths.resources_dir() / STOCKS_FILE).is_file()
    paths.resources_dir.cache_clear()
    monkeypatch.setenv(paths.RESOURCES_ENV, str(tmp_path))
    try:
        assert paths.resources_dir() == tmp_path
        monkeypatch.setattr("sys._MEIPASS", str(tmp_path / "bundle"), raising=False)
        assert paths.resource_candidates()[1] == tmp_path / "bundle" / "resources"
    finally:
        paths.resources_dir.cache_clear()
