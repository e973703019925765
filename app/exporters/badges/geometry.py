"""Rectangles in PDF points and the crop-mark arithmetic, kept free of ReportLab for tests."""

from __future__ import annotations

from dataclasses import dataclass

MM = 72.0 / 25.4
"""Points per millimetre."""


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in points, origin at the bottom-left (PDF convention)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w

    def inset(self, dx: float, dy: float | None = None) -> Box:
        dy = dx if dy is None else dy
        return Box(self.x + dx, self.y + dy, max(self.w - 2 * dx, 0.0), max(self.h - 2 * dy, 0.0))

    def contains(self, other: Box, tolerance: float = 0.01) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.top <= self.top + tolerance
        )

    def overlaps_interior(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        """Whether the segment or rectangle (x0, y0)-(x1, y1) enters this box's interior."""
        lo_x, hi_x = min(x0, x1), max(x0, x1)
        lo_y, hi_y = min(y0, y1), max(y0, y1)
        eps = 1e-6
        return (
            lo_x < self.right - eps
            and hi_x > self.x + eps
            and lo_y < self.top - eps
            and hi_y > self.y + eps
        )


Segment = tuple[float, float, float, float]

CROP_GAP = 1.5 * MM
"""Crop marks start this far from the corner so a slightly off cut doesn't show them."""
CROP_LENGTH = 5.0 * MM
CROP_MIN = 1.5 * MM
PAGE_KEEP_OUT = 2.0 * MM
"""No mark closer than this to the paper edge: printers can't put ink there anyway."""


def crop_marks(cells: list[Box], page_w: float, page_h: float) -> list[Segment]:
    """Short lines that extend each cell edge outward from each corner.

    A mark is shortened so it never enters any cell (it would print on a neighbouring badge)
    and never comes closer than `PAGE_KEEP_OUT` to the paper edge; marks shorter than
    `CROP_MIN` are dropped. Cells that touch therefore only get marks in the page margins.
    """
    marks: list[Segment] = []
    seen: set[tuple[int, ...]] = set()
    for cell in cells:
        for cx, sx in ((cell.x, -1.0), (cell.right, 1.0)):
            for cy, sy in ((cell.y, -1.0), (cell.top, 1.0)):
                # a horizontal mark continues the horizontal edge outward, and vice versa
                for dx, dy in ((sx, 0.0), (0.0, sy)):
                    seg = _mark(cells, page_w, page_h, cx, cy, dx, dy)
                    if seg is None:
                        continue
                    key = tuple(round(v * 100) for v in seg)
                    if key not in seen:
                        seen.add(key)
                        marks.append(seg)
    return marks


def _mark(
    cells: list[Box], page_w: float, page_h: float, cx: float, cy: float, dx: float, dy: float
) -> Segment | None:
    # a mark along a line the printer can't reach is pointless (cards cut to the paper edge)
    if dx == 0 and not PAGE_KEEP_OUT <= cx <= page_w - PAGE_KEEP_OUT:
        return None
    if dy == 0 and not PAGE_KEEP_OUT <= cy <= page_h - PAGE_KEEP_OUT:
        return None
    limit = CROP_GAP + CROP_LENGTH
    # distance to the page keep-out along the ray
    if dx > 0:
        limit = min(limit, page_w - PAGE_KEEP_OUT - cx)
    elif dx < 0:
        limit = min(limit, cx - PAGE_KEEP_OUT)
    if dy > 0:
        limit = min(limit, page_h - PAGE_KEEP_OUT - cy)
    elif dy < 0:
        limit = min(limit, cy - PAGE_KEEP_OUT)
    # distance to the first cell the ray would enter
    for other in cells:
        if not other.overlaps_interior(cx, cy, cx + dx * limit, cy + dy * limit):
            continue
        if dx > 0:
            limit = min(limit, other.x - cx)
        elif dx < 0:
            limit = min(limit, cx - other.right)
        elif dy > 0:
            limit = min(limit, other.y - cy)
        else:
            limit = min(limit, cy - other.top)
    limit -= 0.5 * MM  # leave a hair of white before whatever stopped the mark
    if limit - CROP_GAP < CROP_MIN:
        return None
    return (cx + dx * CROP_GAP, cy + dy * CROP_GAP, cx + dx * limit, cy + dy * limit)
