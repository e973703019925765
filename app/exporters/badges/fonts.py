"""Find, check and register (once) the TrueType fonts that badges are drawn with.

ReportLab embeds only TrueType-outline (glyf) fonts, always as subsets. Each candidate is
opened with ReportLab, which refuses CFF fonts such as Noto Sans CJK; those are skipped.

Debian packages (the CI installs them):

* ``fonts-dejavu-core``: DejaVu Sans and Sans Bold (Latin with diacritics, Greek, Cyrillic);
* ``fonts-noto-core``: Noto Sans Arabic, Hebrew and Devanagari, regular and bold (glyf);
* ``fonts-wqy-microhei``: WenQuanYi Micro Hei (Chinese, Japanese kana, Korean Hangul);
* ``fonts-droid-fallback``: Droid Sans Fallback, for CJK characters Micro Hei lacks;
* ``fonts-symbola``: Symbola, monochrome emoji and symbols (without it emoji are dropped).

Frozen builds for Windows and macOS can ship the same files in ``resources/fonts/``, which
is searched first.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from struct import unpack
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFError, TTFont

from app.domain.errors import EnvironmentProblem
from app.paths import resource_candidates

log = logging.getLogger(__name__)

FONT_DIRS = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local/share/fonts",
    Path.home() / ".fonts",
)


class BadgeFontsMissing(EnvironmentProblem):
    """Not even the base Latin font is installed, so nothing can be printed reliably."""


@dataclass(frozen=True)
class _Candidate:
    role: str
    files: tuple[str, ...]
    """File names (regular weight first choice, then fallbacks) searched in the font dirs."""
    bold_files: tuple[str, ...]
    family: str
    """fontconfig family name, tried when none of the files is found."""
    complex_script: bool = False
    """Needs OpenType shaping (harfbuzz) to draw correctly, e.g. Devanagari conjuncts."""


# Order is the fallback order for characters outside every script-specific range.
CANDIDATES = (
    _Candidate("latin", ("DejaVuSans.ttf",), ("DejaVuSans-Bold.ttf",), "DejaVu Sans"),
    _Candidate(
        "arabic", ("NotoSansArabic-Regular.ttf",), ("NotoSansArabic-Bold.ttf",), "Noto Sans Arabic"
    ),
    _Candidate(
        "hebrew", ("NotoSansHebrew-Regular.ttf",), ("NotoSansHebrew-Bold.ttf",), "Noto Sans Hebrew"
    ),
    _Candidate(
        "devanagari",
        ("NotoSansDevanagari-Regular.ttf",),
        ("NotoSansDevanagari-Bold.ttf",),
        "Noto Sans Devanagari",
        complex_script=True,
    ),
    _Candidate("cjk", ("wqy-microhei.ttc",), (), "WenQuanYi Micro Hei"),
    _Candidate(
        "cjk", ("DroidSansFallbackFull.ttf", "DroidSansFallback.ttf"), (), "Droid Sans Fallback"
    ),
    _Candidate("symbols", ("Symbola.ttf", "Symbola_hint.ttf"), (), "Symbola"),
)


@dataclass(frozen=True, eq=False)
class FontFace:
    """A registered font: its ReportLab name, metrics per em and the characters it has."""

    name: str
    role: str
    path: Path
    ascent: float
    descent: float
    """Negative: below the baseline."""
    cmap: frozenset[int]
    complex_script: bool
    glyphs: GlyphBoxes = field(repr=False)

    def has(self, char: str) -> bool:
        return ord(char) in self.cmap

    def ink(self, char: str) -> tuple[float, float]:
        """Lowest and highest point of the character's glyph, per em (0, 0 when blank).

        Complex-script fonts move marks while shaping, so they answer with the line metrics.
        """
        if self.complex_script:
            return (self.descent, self.ascent)
        return self.glyphs.ink(char)


class GlyphBoxes:
    """Reads glyph bounding boxes from the `glyf` table on demand (ReportLab keeps only
    widths), so text can be fitted by its ink rather than the font's generous line metrics:
    Noto Sans Arabic promises 2.1 em per line, a name like محمد needs about 1.1."""

    def __init__(self, face: Any) -> None:
        self._cmap: dict[int, int] = face.charToGlyph
        self._glyf: bytes = face.get_table("glyf")
        head = face.get_table("head")
        self._upem = float(unpack(">H", head[18:20])[0])
        long_offsets = unpack(">h", head[50:52])[0] == 1
        loca = face.get_table("loca")
        if long_offsets:
            self._loca = unpack(f">{len(loca) // 4}L", loca)
        else:
            self._loca = tuple(2 * v for v in unpack(f">{len(loca) // 2}H", loca))
        self._cache: dict[int, tuple[float, float]] = {}

    def ink(self, char: str) -> tuple[float, float]:
        code = ord(char)
        found = self._cache.get(code)
        if found is None:
            found = self._cache[code] = self._read(self._cmap.get(code, 0))
        return found

    def _read(self, gid: int) -> tuple[float, float]:
        if gid + 1 >= len(self._loca) or self._loca[gid + 1] <= self._loca[gid]:
            return (0.0, 0.0)  # no outline: a space
        start = self._loca[gid]
        _contours, _xmin, ymin, _xmax, ymax = unpack(">hhhhh", self._glyf[start : start + 10])
        return (ymin / self._upem, ymax / self._upem)


@dataclass(frozen=True)
class FontSet:
    """The fallback chains for regular and bold text, and which roles found no font."""

    regular: tuple[FontFace, ...]
    bold: tuple[FontFace, ...]
    missing: tuple[str, ...]
    synthetic_bold: frozenset[str] = frozenset()
    """Names of faces in the bold chain that have no bold cut (CJK, symbols): drawn with a
    thin outline so a bold CJK name doesn't look lighter than its Latin neighbour."""


class _FullUnicodeTTFont(TTFont):  # type: ignore[misc]
    """ReportLab writes ToUnicode entries as 4 hex digits, so emoji beyond U+FFFF extract
    as the wrong character; this rewrites those entries as UTF-16 surrogate pairs."""

    def addObjects(self, doc: Any) -> None:  # ReportLab's method name
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        face = self.face
        for n, subset in enumerate(subsets):
            wide = [(i, cp) for i, cp in enumerate(subset) if cp > 0xFFFF]
            if not wide:
                continue
            base = (SUBSETN(n) + b"+" + face.name + face.subfontNameX).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is None:
                continue
            content = stream.content
            for i, cp in wide:
                utf16 = chr(cp).encode("utf-16-be").hex().upper()
                content = content.replace(f"<{i:02X}> <{cp:04X}>", f"<{i:02X}> <{utf16}>")
            stream.content = content


_lock = threading.Lock()
_cached: FontSet | None = None


def font_set() -> FontSet:
    """Discover and register the fonts on first use (thread-safe); later calls are free.

    Raises:
        BadgeFontsMissing: no usable Latin font (DejaVu Sans) was found.
    """
    global _cached
    with _lock:
        if _cached is None:
            _cached = _discover()
        return _cached


def _discover() -> FontSet:
    index = _file_index(_search_dirs())
    regular: list[FontFace] = []
    bold: list[FontFace] = []
    missing: list[str] = []
    synthetic: set[str] = set()
    for cand in CANDIDATES:
        face = _first_usable(cand, cand.files, index)
        if face is None:
            if cand.role not in {f.role for f in regular}:
                missing.append(cand.role)
            continue
        regular.append(face)
        heavy = _first_usable(cand, cand.bold_files, index, bold=True)
        bold.append(heavy or face)
        if heavy is None:
            synthetic.add(face.name)
    if not regular or regular[0].role != "latin":
        raise BadgeFontsMissing(
            "Badges need the DejaVu Sans font, which is not installed.",
            details="Install the Debian package fonts-dejavu-core (or put DejaVuSans.ttf "
            "into Convivio's resources/fonts folder).",
        )
    return FontSet(tuple(regular), tuple(bold), tuple(dict.fromkeys(missing)), frozenset(synthetic))


def _search_dirs() -> list[Path]:
    bundled = [c / "fonts" for c in resource_candidates()]
    return [d for d in (*bundled, *FONT_DIRS) if d.is_dir()]


def _file_index(dirs: Iterable[Path]) -> dict[str, Path]:
    """Lower-case file name → first path found, searching the folders in order."""
    found: dict[str, Path] = {}
    for folder in dirs:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                found.setdefault(name.lower(), Path(root) / name)
    return found


def _fc_lookup(family: str, bold: bool) -> list[Path]:
    """Ask fontconfig for a family's files; empty when fc-list is not available."""
    exe = shutil.which("fc-list")
    if exe is None:
        return []
    pattern = f"{family}:style={'Bold' if bold else 'Regular'}"
    try:
        out = subprocess.run(
            [exe, "--format", "%{file}\n", pattern],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [Path(line) for line in out.splitlines() if line.strip()]


def _first_usable(
    cand: _Candidate, files: tuple[str, ...], index: dict[str, Path], bold: bool = False
) -> FontFace | None:
    paths = [index[f.lower()] for f in files if f.lower() in index]
    if not paths and files:
        paths = _fc_lookup(cand.family, bold)
    for path in paths:
        face = _register(cand, path)
        if face is not None:
            return face
    return None


def _register(cand: _Candidate, path: Path) -> FontFace | None:
    name = "Cv-" + path.stem.replace(" ", "")
    try:
        font = pdfmetrics.getFont(name)
    except KeyError:
        try:
            # subfontIndex 0: for wqy-microhei.ttc that is the proportional Micro Hei
            font = _FullUnicodeTTFont(name, str(path), subfontIndex=0)
        except (TTFError, OSError) as exc:  # CFF outlines, damaged or unreadable files
            log.info("skipping font %s: %s", path, exc)
            return None
        pdfmetrics.registerFont(font)
    ascent, descent = _line_metrics(font.face)
    return FontFace(
        name=name,
        role=cand.role,
        path=path,
        ascent=ascent,
        descent=descent,
        cmap=frozenset(font.face.charToGlyph),
        complex_script=cand.complex_script and bool(getattr(font, "shapable", False)),
        glyphs=GlyphBoxes(font.face),
    )


def _line_metrics(face: Any) -> tuple[float, float]:
    """Ascent and descent per em that cover accented capitals and stacked marks.

    ReportLab keeps only the OS/2 typographic values, which leave "Á" poking out of the line;
    the hhea values are what the font promises to stay within. pdfminer boxes a glyph as
    [descent, descent + 1 em], so the ascent covers that too, or tests would see overflow.
    """
    ascent, descent = face.ascent, face.descent
    if "hhea" in face.table:
        face.seek_table("hhea", 4)
        scale = face._pdfScale
        ascent = max(ascent, scale(face.read_short()))
        descent = min(descent, scale(face.read_short()))
    return max(ascent / 1000.0, 1.0 + descent / 1000.0), descent / 1000.0
