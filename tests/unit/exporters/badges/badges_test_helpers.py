"""Reading badge PDFs back: the people of names.tsv, text per label cell, fonts, QR codes."""

from __future__ import annotations

import csv
import math
import re
import shutil
import subprocess
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import pdfplumber
from PIL import Image
from pypdf import PdfReader

from app.exporters.badges import BadgePerson, BadgeRole, LabelStock
from app.exporters.badges.geometry import Box

DATA = Path(__file__).resolve().parents[3] / "data" / "badges"
NAMES_TSV = DATA / "names.tsv"
GEOMETRY_JSON = DATA / "label-geometry.json"

STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_LTR_LETTER = re.compile(
    r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)


def names_rows() -> list[dict[str, str]]:
    with NAMES_TSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def names_people() -> list[BadgePerson]:
    """Everyone in names.tsv, with a role, pronouns now and then and a unique check-in code."""
    roles: list[BadgeRole | None] = [*BadgeRole, None]
    return [
        BadgePerson(
            given_name=row["given"],
            family_name=row["family"],
            family_first=row["name_order"] == "family-first",
            organization=row["organization"],
            title=row["title"],
            email=row["email"],
            pronouns="they/them" if i % 4 == 0 else "",
            role=roles[i % len(roles)],
            checkin_code=f"CV-{i:03d}-{(i * 7919) % 9973:04d}",
        )
        for i, row in enumerate(names_rows())
    ]


def squash(text: str) -> str:
    """Compare names without spaces (lines break at spaces) and with NFC/NFKC folded."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def logical(visual_line: str) -> str:
    """Undo what drawing did to a right-to-left line: reverse the visual order, then NFKC
    maps Arabic presentation forms (what arabic-reshaper draws) back to plain letters.
    Only for lines without left-to-right letters, which is all these names need."""
    if _RTL.search(visual_line) and not _LTR_LETTER.search(visual_line):
        visual_line = visual_line[::-1]
    return unicodedata.normalize("NFKC", visual_line)


def pdf_box(char: dict[str, Any], page_height: float) -> Box:
    """A pdfplumber char's box in PDF coordinates (origin bottom-left)."""
    return Box(char["x0"], page_height - char["bottom"], char["x1"] - char["x0"],
               char["bottom"] - char["top"])


def chars_in(page: Any, cell: Box) -> list[dict[str, Any]]:
    """Characters whose centre lies in `cell` (so an overflowing char is still counted)."""
    height = page.height
    found = []
    for char in page.chars:
        box = pdf_box(char, height)
        cx, cy = box.x + box.w / 2, box.y + box.h / 2
        if cell.x <= cx <= cell.right and cell.y <= cy <= cell.top:
            found.append(char)
    return found


def lines_of(chars: list[dict[str, Any]]) -> list[str]:
    """Text lines top to bottom, grouped by baseline (from the text matrix), in logical order.

    Text turned 180° reads right to left and bottom to top in page coordinates, so it is
    sorted the other way round.
    """
    groups: dict[float, list[dict[str, Any]]] = defaultdict(list)
    for char in chars:
        groups[round(char["matrix"][5], 1)].append(char)
    turned = bool(chars) and chars[0]["matrix"][0] < 0
    lines = []
    for baseline in sorted(groups, reverse=not turned):
        row = sorted(groups[baseline], key=lambda c: c["x0"], reverse=turned)
        lines.append(logical("".join(c["text"] for c in row)))
    return lines


def open_pdf(path: Path) -> Any:
    return pdfplumber.open(path)


def font_report(path: Path) -> list[dict[str, Any]]:
    """Every font dictionary on every page: name, subtype, whether a font file is embedded."""
    reader = PdfReader(path)
    fonts = []
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        font_dict = resources.get("/Font") or {}
        for ref in font_dict.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts.append({
                "name": str(font.get("/BaseFont", "")),
                "subtype": str(font.get("/Subtype", "")),
                "embedded": embedded,
            })
    return fonts


def render_pages(pdf: Path, out_dir: Path, dpi: int = 150) -> list[Path]:
    """PNG per page via pdftoppm (poppler-utils, installed by CI)."""
    assert shutil.which("pdftoppm"), "pdftoppm is missing: apt-get install poppler-utils"
    prefix = out_dir / pdf.stem
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return sorted(out_dir.glob(f"{pdf.stem}*.png"))


def zbar(png: Path, *, binary: bool = False) -> bytes:
    """zbarimg's raw output for one image (zbar-tools, installed by CI): one symbol per line,
    or with `binary` the undecoded bytes of all symbols run together."""
    assert shutil.which("zbarimg"), "zbarimg is missing: apt-get install zbar-tools"
    args = ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable"]
    result = subprocess.run(
        [*args, *(["-Sbinary"] if binary else []), str(png)], capture_output=True, check=False
    )
    assert result.returncode in (0, 4), result.stderr  # 4: no symbol in this image
    return result.stdout


def decode_cells(
    pdf: Path, stock: LabelStock, count: int, out_dir: Path, dpi: int = 150, binary: bool = False
) -> list[bytes]:
    """The QR payload of each of the first `count` labels, one label at a time.

    Each label is cut out of a `dpi` render and decoded alone, as a scanner at the door sees
    one badge: zbar's whole-page search sometimes pairs finder patterns of neighbouring codes
    on a grid and then reports none of them, which says nothing about the badges.
    """
    pages = render_pages(pdf, out_dir, dpi)
    scale = dpi / 72.0
    found: list[bytes] = []
    for n in range(count):
        with Image.open(pages[n // stock.per_sheet]) as image:
            cell = stock.cell(n % stock.per_sheet)
            height = image.size[1]
            crop = image.crop((
                math.floor(cell.x * scale), math.floor(height - cell.top * scale),
                math.ceil(cell.right * scale), math.ceil(height - cell.y * scale),
            ))
            target = out_dir / f"cell-{n}.png"
            crop.save(target)
        found.append(zbar(target, binary=binary).strip())
    return found
