"""The host sheet: one PDF with what a venue's host needs for an event (pure, no database).

Times are shown in the venue's zone, because that is where the host reads them. The guest
list (names and organizations only) is included only when the venue asks for one or the
organizer forces it, and every page then says it is for building security only.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from app.exporters.host_sheet_model import (
    PROGRESS_EVERY,
    SECURITY_NOTE,
    ZEBRA,
    CancelledFn,
    HostSheet,
    HostSheetReport,
    ProgressFn,
    SheetGuest,
    SheetPerson,
    _names,
    _never,
    _no_progress,
    _people,
    dietary_text,
    when_text,
)
from app.exporters.host_sheet_pdf import LEADING, MUTED, RULE, PageWriter
from app.exporters.pdf_file import pdf_canvas

__all__ = [
    "PROGRESS_EVERY",
    "SECURITY_NOTE",
    "ZEBRA",
    "CancelledFn",
    "HostSheet",
    "HostSheetReport",
    "ProgressFn",
    "SheetGuest",
    "SheetPerson",
    "dietary_text",
    "render_host_sheet",
    "when_text",
]


def render_host_sheet(
    sheet: HostSheet,
    out_path: Path,
    *,
    progress: ProgressFn = _no_progress,
    cancelled: CancelledFn = _never,
) -> HostSheetReport:
    """Write the sheet to `out_path` (all or nothing).

    Raises:
        ExportTargetError: `out_path` can't be written.
        InterruptedError: `cancelled()` returned True; nothing was written.
    """
    listing = sheet.guest_list is not None
    stamp = sheet.generated_at.strftime("%Y-%m-%d %H:%M") if sheet.generated_at else ""
    byline = f"made {stamp}" if stamp else ""

    def footer(page: int) -> tuple[str, str]:
        left = SECURITY_NOTE if listing else f"Host sheet for {sheet.event_title}"
        if byline and not listing:
            left = f"{left} · {byline}"
        return left, f"Page {page}"

    with pdf_canvas(Path(out_path), A4, f"Host sheet: {sheet.event_title}") as canvas:
        pen = PageWriter(canvas, A4, footer)
        _write_summary(pen, sheet)
        listed = _write_guest_list(pen, sheet, progress, cancelled) if listing else 0
        pen.finish_page()
        pages = pen.page
    return HostSheetReport(Path(out_path), pages, listing, listed, pen.dropped.warnings())


def _write_summary(pen: PageWriter, sheet: HostSheet) -> None:
    pen.paragraph("HOST SHEET", 8.5, True, colour=MUTED)
    pen.gap(1 * mm)
    pen.paragraph(sheet.event_title, 20, True)
    pen.gap(1 * mm)
    pen.paragraph(when_text(sheet), 11.5)
    pen.heading("Where")
    venue = f"{sheet.venue} ({sheet.organization})" if sheet.organization else sheet.venue
    pen.field("Venue", venue)
    if sheet.room:
        pen.field("Room", f"{sheet.room} — {sheet.room_size}" if sheet.room_size else sheet.room)
    if sheet.address:
        pen.field("Address", sheet.address)
    pen.field("How to get in", sheet.access or "—")
    pen.heading("People")
    capacity = f" (capacity {sheet.capacity})" if sheet.capacity is not None else ""
    pen.field("Expected", f"{_people(sheet.expected)}, guests included{capacity}")
    pen.field("Dietary needs", dietary_text(sheet))
    if sheet.food_rules:
        pen.field("Food and drink", sheet.food_rules)
    pen.heading("Setup and AV")
    pen.field("We need", sheet.setup or "No special setup.")
    if sheet.amenities:
        pen.field("Venue has", ", ".join(sheet.amenities))
    if sheet.house_rules:
        pen.field("House rules", sheet.house_rules)
    pen.heading("Contact on the day")
    person = sheet.day_contact
    if person is None:
        pen.field("Name", "Not chosen yet — ask the organizer.")
    else:
        pen.field("Name", person.name)
        pen.field("Phone", person.phone or "—")
        pen.field("E-mail", person.email or "—")
    if sheet.id_required or sheet.security or sheet.guest_list is not None:
        pen.heading("Security")
        if sheet.id_required:
            pen.field("At the door", "Guests show a photo ID.")
        if sheet.security:
            pen.field("Notes", sheet.security)
        if sheet.guest_list is not None:
            pen.field("Guest list", f"{_names(len(sheet.guest_list))}, on the next page.")


def _write_guest_list(
    pen: PageWriter, sheet: HostSheet, progress: ProgressFn, cancelled: CancelledFn
) -> int:
    guests = sheet.guest_list or ()
    pen.new_page()
    pen.paragraph(f"Guest list — {sheet.event_title}", 15, True)
    pen.paragraph(when_text(sheet), 10, colour=MUTED)
    pen.paragraph(SECURITY_NOTE, 9, True, colour=MUTED)
    pen.gap(3 * mm)
    size = 10
    x_no, x_name = pen.left, pen.left + 11 * mm
    x_org, x_extra = pen.left + 85 * mm, pen.right - 18 * mm
    name_width, org_width = x_org - x_name - 4 * mm, x_extra - x_org - 4 * mm

    def header() -> None:
        pen.ensure(size * LEADING * 2)
        pen.y -= size * LEADING
        for x, label in (
            (x_no + 1 * mm, "#"),
            (x_name, "Name"),
            (x_org, "Organization"),
            (x_extra, "Guests"),
        ):
            pen.draw(x, pen.y, label, size - 1, True, MUTED)
        pen.y -= 1.8 * mm
        pen.canvas.setStrokeColorRGB(*RULE)
        pen.canvas.line(pen.left, pen.y, pen.right, pen.y)

    header()
    total = len(guests)
    for n, guest in enumerate(guests, start=1):
        if n % PROGRESS_EVERY == 0:
            progress(n, total)
            if cancelled():
                raise InterruptedError("host sheet cancelled")
        names = pen.wrap(guest.name, name_width, size)
        orgs = pen.wrap(guest.organization, org_width, size)
        height = max(len(names), len(orgs)) * size * LEADING + 1.2 * mm
        if pen.y - height < pen.bottom:
            pen.new_page()
            header()
        top = pen.y
        if n % 2 == 0:  # zebra rows keep long lists readable at the door
            pen.canvas.setFillColorRGB(*ZEBRA)
            pen.canvas.rect(pen.left, top - height, pen.right - pen.left, height, 0, 1)
        pen.draw(x_no + 1 * mm, top - size * LEADING, str(n), size, colour=MUTED)
        for column, lines in ((x_name, names), (x_org, orgs)):
            for k, line in enumerate(lines):
                pen.draw(column, top - (k + 1) * size * LEADING, line, size)
        if guest.guests:
            pen.draw(x_extra, top - size * LEADING, f"+{guest.guests}", size)
        pen.y = top - height
    progress(total, total)
    extra = sum(g.guests for g in guests)
    pen.gap(4 * mm)
    pen.paragraph(f"{_names(total)}, {_people(total + extra)} with their guests.", 9, colour=MUTED)
    return total
