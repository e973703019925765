"""Where each field goes on a badge or a tent-card panel: boxes and fitting rules, no drawing.

Boxes are in points relative to the label's (or panel's) bottom-left corner and scale with
the label, so one layout serves 80 x 50 mm stickers and A6 cards alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.exporters.badges.fitting import FitSpec
from app.exporters.badges.geometry import MM, Box

# (field, share of the text column's height, fitting rules, bold), top to bottom
_STACK: tuple[tuple[str, float, FitSpec, bool], ...] = (
    ("event", 0.12, FitSpec(11, 5.5, 2, leading=1.1), True),
    ("gap", 0.03, FitSpec(1, 1), False),
    ("call_name", 0.31, FitSpec(64, 10, 2, leading=1.05, wrap_below=26), True),
    ("rest_of_name", 0.14, FitSpec(24, 7, 2, leading=1.05, wrap_below=12), False),
    ("pronouns", 0.08, FitSpec(11, 5.5, 1), False),
    ("organization", 0.18, FitSpec(15, 6, 2, leading=1.1, wrap_below=10), True),
    ("title", 0.14, FitSpec(12, 5.5, 2, leading=1.1, wrap_below=9), False),
)
FIELDS = tuple(name for name, *_ in _STACK if name != "gap")
QR_BESIDE = ("pronouns", "organization", "title")
"""On landscape badges the QR code sits beside these; the names above keep the full width."""
GAP = 1.5 * MM
QR_MIN = 19 * MM
"""Below this a check-in code stops scanning reliably from a badge on a moving person."""
QR_MIN_DENSE = 30 * MM
QR_GAP = 2.5 * MM
"""Clear space between the QR code and text beside it, on top of its own quiet zone."""
SPACING = 1.0 * MM
"""White space between stacked fields, so a descender never touches the next line."""


@dataclass(frozen=True)
class Field:
    """A text box. `centred` is a narrower box symmetric about the badge's axis, used when
    the text fits it, so short lines beside a QR code still line up with the name above."""

    name: str
    box: Box
    spec: FitSpec
    bold: bool
    centred: Box | None = None


@dataclass(frozen=True)
class BadgeLayout:
    """Boxes of one badge. `stripe` is the role band; `stripe_text` the role name inside it."""

    fields: tuple[Field, ...]
    qr: Box | None
    stripe: Box | None
    stripe_text: Field | None

    def field(self, name: str) -> Field:
        for item in self.fields:
            if item.name == name:
                return item
        raise KeyError(name)


def badge_layout(
    width: float, height: float, padding: float, *, qr: bool, stripe: bool, dense_qr: bool = False
) -> BadgeLayout:
    """Lay out a `width` x `height` badge (points) with `padding` kept clear at every edge.

    Landscape badges put the QR code at the bottom right and narrow the fields beside it;
    portrait badges put it at the bottom centre, under the text. A `dense_qr` (a vCard) gets
    more room, because its modules would otherwise be too small to scan.
    """
    inner = Box(0, 0, width, height).inset(padding)
    stripe_box: Box | None = None
    stripe_text: Field | None = None
    if stripe:
        band = min(max(0.14 * height, 5.5 * MM), 11 * MM, inner.h * 0.25)
        stripe_box = Box(inner.x, inner.y, inner.w, band)
        text_box = stripe_box.inset(2 * MM, band * 0.18)
        stripe_text = Field("role", text_box, FitSpec(min(16, band * 0.6), 5, 1), True)
        inner = Box(inner.x, inner.y + band + GAP, inner.w, inner.h - band - GAP)
    qr_box: Box | None = None
    column = inner
    if qr:
        if width >= height:
            beside = sum(share for name, share, *_ in _STACK if name in QR_BESIDE)
            # small labels: grow into the rest-of-name line rather than shrink below scanning
            least = QR_MIN_DENSE if dense_qr else QR_MIN
            side = min(max(inner.h * beside, least), inner.h * 0.6, inner.w * 0.4)
            qr_box = Box(inner.right - side, inner.y, side, side)
        else:
            side = min(inner.h * (0.4 if dense_qr else 0.32), inner.w * 0.6)
            qr_box = Box(inner.x + (inner.w - side) / 2, inner.y, side, side)
            column = Box(inner.x, inner.y + side + GAP, inner.w, inner.h - side - GAP)
    fields: list[Field] = []
    top = column.top
    for name, share, spec, bold in _STACK:
        h = column.h * share
        box = Box(column.x, top - h, column.w, h)
        top -= h
        if name == "gap":
            continue
        space = min(SPACING, box.h * 0.12)
        box = Box(box.x, box.y + space / 2, box.w, box.h - space)
        centred = None
        if qr_box is not None and width >= height and box.y < qr_box.top - 1e-6:
            side = qr_box.w + QR_GAP
            centred = Box(column.x + side, box.y, max(column.w - 2 * side, 0.0), box.h)
            box = Box(column.x, box.y, column.w - side, box.h)
        fields.append(Field(name, box, spec, bold, centred))
    return BadgeLayout(tuple(fields), qr_box, stripe_box, stripe_text)


@dataclass(frozen=True)
class PanelLayout:
    """One half of a tent card, in the panel's own upright coordinates."""

    name: Field
    place: Field | None


def tent_panel_layout(width: float, height: float, padding: float, *, place: bool) -> PanelLayout:
    """The name large in the middle of the panel; table and seat in a line under it."""
    inner = Box(0, 0, width, height).inset(padding)
    if not place:
        return PanelLayout(Field("name", inner, _NAME_SPEC, True), None)
    line = inner.h * 0.22
    name_box = Box(inner.x, inner.y + line + GAP, inner.w, inner.h - line - GAP)
    place_box = Box(inner.x, inner.y, inner.w, line)
    return PanelLayout(
        Field("name", name_box, _NAME_SPEC, True),
        Field("place", place_box, FitSpec(16, 6, 1), False),
    )


_NAME_SPEC = FitSpec(72, 10, 2, leading=1.05, wrap_below=30)


def tent_panels(card: Box) -> tuple[Box, Box]:
    """(front, back) halves of an unfolded card that folds across its middle. The back is
    the upper half and is drawn rotated 180° so both read upright on the table."""
    half = card.h / 2
    return (Box(card.x, card.y, card.w, half), Box(card.x, card.y + half, card.w, half))
