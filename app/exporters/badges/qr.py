"""QR codes: what they carry, and their modules traced into one outline path.

ReportLab's QR widget draws every module as its own rectangle and is 3x slower; `segno`
builds the matrix and we trace the dark area's outline, so the path has no inner edges:
no hairline seams between modules at any zoom, and a smaller file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import segno
from segno import helpers as segno_helpers

from app.exporters.badges.geometry import Box
from app.exporters.badges.model import BadgePerson, QrMode

QUIET_ZONE = 3
"""Light modules kept blank inside the QR box. ISO/IEC 18004 asks for 4, but the box always
sits inside the label's padding and at least `layout.QR_GAP` from text, so the white around
it is wider still; every module saved makes the code bigger and easier to scan."""

Point = tuple[int, int]


def qr_payload(person: BadgePerson, mode: QrMode) -> str:
    """The text to encode, or "" when this badge gets no code."""
    if mode is QrMode.CHECKIN:
        return person.checkin_code.strip()
    if mode is QrMode.VCARD:
        family, given = person.family_name.strip(), person.given_name.strip()
        if not (family or given):
            return ""
        return str(
            segno_helpers.make_vcard_data(
                name=f"{family};{given}",
                displayname=person.full_name,
                email=person.email.strip() or None,
                phone=person.phone.strip() or None,
                org=person.organization.strip() or None,
                title=person.title.strip() or None,
            )
        )
    return ""


def qr_matrix(payload: str, mode: QrMode = QrMode.CHECKIN) -> tuple[bytearray, ...]:
    """Module matrix without quiet zone (1 = dark).

    Check-in codes are short: error correction M (segno boosts it when the symbol size
    allows). vCards are long, and on a badge-sized code every version step shrinks the
    modules, so they get L: two versions smaller, bigger modules, easier to scan. vCards are
    always UTF-8 (segno would pick Latin-1 or Shift JIS when those suffice, which phones
    decode inconsistently); without an ECI header, which some older readers reject.
    """
    if mode is QrMode.VCARD:
        code = segno.make(payload, error="l", micro=False, mode="byte", encoding="utf-8")
    else:
        code = segno.make(payload, error="m", micro=False)
    return tuple(code.matrix)


def outline(matrix: Sequence[Sequence[int]]) -> list[list[Point]]:
    """Closed loops (grid corners, x right, y down) around the dark modules.

    Every dark module contributes the sides it does not share with another dark module,
    oriented clockwise; chaining them gives outer outlines clockwise and holes counter-
    clockwise, so a nonzero-winding fill reproduces the matrix exactly.
    """
    n_rows = len(matrix)
    nexts: dict[Point, list[Point]] = {}

    def dark(r: int, c: int) -> bool:
        return 0 <= r < n_rows and 0 <= c < len(matrix[r]) and bool(matrix[r][c])

    for r, row in enumerate(matrix):
        for c, value in enumerate(row):
            if not value:
                continue
            if not dark(r - 1, c):
                nexts.setdefault((c, r), []).append((c + 1, r))
            if not dark(r, c + 1):
                nexts.setdefault((c + 1, r), []).append((c + 1, r + 1))
            if not dark(r + 1, c):
                nexts.setdefault((c + 1, r + 1), []).append((c, r + 1))
            if not dark(r, c - 1):
                nexts.setdefault((c, r + 1), []).append((c, r))
    loops: list[list[Point]] = []
    while nexts:
        start = next(iter(nexts))
        loop = [start]
        point = start
        while True:
            targets = nexts[point]
            target = targets.pop()
            if not targets:
                del nexts[point]
            if target == start:
                break
            loop.append(target)
            point = target
        loops.append(_corners(loop))
    return loops


def _corners(loop: list[Point]) -> list[Point]:
    """Drop points in the middle of straight edges."""
    kept: list[Point] = []
    count = len(loop)
    for i, (x, y) in enumerate(loop):
        px, py = loop[i - 1]
        nx, ny = loop[(i + 1) % count]
        if (x - px, y - py) != (nx - x, ny - y):
            kept.append((x, y))
    return kept


def draw_qr(canvas: Any, matrix: Sequence[Sequence[int]], box: Box) -> None:
    """Fill the traced outline as one path, quiet zone included in `box` (a square)."""
    size = len(matrix)
    module = min(box.w, box.h) / (size + 2 * QUIET_ZONE)
    left = box.x + QUIET_ZONE * module
    top = box.top - QUIET_ZONE * module
    path = canvas.beginPath()
    for loop in outline(matrix):
        x, y = loop[0]
        path.moveTo(left + x * module, top - y * module)
        for x, y in loop[1:]:
            path.lineTo(left + x * module, top - y * module)
        path.close()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1, fillMode=1)
