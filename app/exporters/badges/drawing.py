"""Canvas helpers shared by badges, tent cards and the alignment sheet."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.exporters.badges.fitting import FittedText, fit_text
from app.exporters.badges.geometry import MM, Box, Segment
from app.exporters.badges.layout import Field
from app.exporters.badges.model import BadgeRole
from app.exporters.badges.text import TextEngine, text_engine

INK = (0.07, 0.07, 0.07)
GUIDE = (0.55, 0.55, 0.55)
"""Outlines, crop marks and fold lines: visible for cutting, faint on the finished badge."""

FAKE_BOLD_STROKE = 0.035
"""Outline width (in ems) that makes a regular CJK face about as dark as DejaVu Sans Bold."""

ROLE_COLOURS: dict[BadgeRole, tuple[float, float, float]] = {
    # dark enough for white text (contrast >= 4.5:1), distinct under common colour blindness
    BadgeRole.HOST: (0.76, 0.25, 0.05),
    BadgeRole.SPEAKER: (0.11, 0.31, 0.85),
    BadgeRole.CORE: (0.49, 0.13, 0.81),
    BadgeRole.GUEST: (0.28, 0.33, 0.41),
    BadgeRole.STAFF: (0.08, 0.50, 0.24),
}


@dataclass
class Notes:
    """Collects what the organizer should know about a run, without repeating itself."""

    dropped: dict[str, set[str]] = field(default_factory=dict)
    shortened: list[str] = field(default_factory=list)

    def warnings(self) -> tuple[str, ...]:
        out = [
            f"No installed font can draw {''.join(sorted(chars))} in “{who}”; "
            "those characters were left out."
            for who, chars in self.dropped.items()
        ]
        out += [f"“{text}” was too long for its box and was shortened." for text in self.shortened]
        return tuple(out)


def prepare(text: str, engine: TextEngine, notes: Notes, who: str) -> str:
    """Clean the text and remember characters that no font has."""
    clean, dropped = engine.clean(text)
    if dropped:
        notes.dropped.setdefault(who, set()).update(dropped)
    return clean


def fit_field(text: str, item: Field, notes: Notes, who: str) -> tuple[FittedText, TextEngine]:
    engine = text_engine(item.bold)
    fitted = fit_text(prepare(text, engine, notes, who), item.box.w, item.box.h, item.spec, engine)
    if fitted.shortened and text not in notes.shortened:
        notes.shortened.append(text)
    return fitted, engine


def draw_fitted(
    canvas: Any,
    fitted: FittedText,
    box: Box,
    engine: TextEngine,
    colour: tuple[float, float, float] = INK,
) -> None:
    """Draw the lines centred in `box`, each line's runs in their own fonts."""
    if not fitted.lines:
        return
    canvas.setFillColorRGB(*colour)
    canvas.setStrokeColorRGB(*colour)
    canvas.setLineWidth(fitted.size * FAKE_BOLD_STROKE)
    baseline = box.top - (box.h - fitted.height) / 2 - fitted.ascent
    for line, width in zip(fitted.lines, fitted.widths, strict=True):
        text = canvas.beginText(box.x + (box.w - width) / 2, baseline)
        mode = 0
        for run in engine.runs(line):
            if run.fake_bold != (mode == 2):
                mode = 2 if run.fake_bold else 0
                text.setTextRenderMode(mode)  # 2: fill, then stroke the outline
            text.setFont(run.font, fitted.size)
            text.textOut(run.text)
        if mode:
            text.setTextRenderMode(0)
        canvas.drawText(text)
        baseline -= fitted.pitch


def draw_field(canvas: Any, text: str, item: Field, notes: Notes, who: str) -> FittedText:
    fitted, engine = fit_field(text, item, notes, who)
    box = item.box
    if item.centred is not None and fitted.width <= item.centred.w:
        box = item.centred  # inside `box` too, and on the badge's centre line
    draw_fitted(canvas, fitted, box, engine)
    return fitted


def draw_outline(canvas: Any, box: Box, radius: float) -> None:
    canvas.setStrokeColorRGB(*GUIDE)
    canvas.setLineWidth(0.4)
    if radius > 0:
        canvas.roundRect(box.x, box.y, box.w, box.h, radius, stroke=1, fill=0)
    else:
        canvas.rect(box.x, box.y, box.w, box.h, stroke=1, fill=0)


def draw_segments(canvas: Any, segments: list[Segment], dash: bool = False) -> None:
    if not segments:
        return
    canvas.saveState()
    canvas.setStrokeColorRGB(*GUIDE)
    canvas.setLineWidth(0.4)
    if dash:
        canvas.setDash(2 * MM, 1.5 * MM)
    path = canvas.beginPath()
    for x0, y0, x1, y1 in segments:
        path.moveTo(x0, y0)
        path.lineTo(x1, y1)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def draw_stripe(
    canvas: Any, stripe: Box, label: Field | None, role: BadgeRole, text: str, notes: Notes
) -> None:
    """The role band: colour for a glance across the room, the word for everyone else."""
    canvas.setFillColorRGB(*ROLE_COLOURS[role])
    canvas.roundRect(stripe.x, stripe.y, stripe.w, stripe.h, min(1.2 * MM, stripe.h / 4), 0, 1)
    if label is not None and text:
        fitted, engine = fit_field(text, label, notes, text)
        draw_fitted(canvas, fitted, label.box, engine, colour=(1.0, 1.0, 1.0))
