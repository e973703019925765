"""`convivio guests import|list|export`: an event's guest list from the command line.

`guests import` exits 0 when every row was imported, 1 when some were rejected (each is
printed with its line and reason), 2 when the file can't be read at all (nothing changes).
Guests whose name matches someone already in Convivio but who can't be matched by e-mail or
platform id are created as new people and listed, unless `--merge-same-name` is given: then
a guest with exactly one same-name person is merged into that person (with several, it is
still created new and listed, so nobody is merged by a guess).

An event's capacity holds: guests answering going who don't fit join the waitlist in the
file's order, unless `--over-capacity` is given: then everyone answering going is going, and
those beyond capacity are marked so (as when the organizer seats hosts beyond capacity).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.context import CliContext
from app.cli.output import print_json, print_table
from app.services.guest_import_dto import ImportRequest, ImportResult, SameNameMatch
from app.services.guestlists import GuestListFormat, GuestListPreview, load_guest_list
from app.services.rsvp_dto import RsvpCounts, RsvpRow

EXIT_REJECTED = 1
FORMATS = ["auto", *(f.value for f in GuestListFormat)]


def register(sub: argparse._SubParsersAction[Any]) -> None:
    guests = sub.add_parser("guests", help="an event's guest list: import, list, export")
    gsub = guests.add_subparsers(dest="action", metavar="ACTION", required=True)

    imp = gsub.add_parser(
        "import",
        help="import a guest list (Luma, Meetup, Eventbrite, Hi.Events, a spreadsheet)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("event", metavar="EVENT", help="id, UUID or exact title")
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument("--format", choices=FORMATS, default="auto", help="default: detect it")
    imp.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    imp.add_argument(
        "--merge-same-name",
        action="store_true",
        help="merge a guest into the one existing person with the same name (default: create "
        "a new person and list it)",
    )
    imp.add_argument(
        "--over-capacity",
        action="store_true",
        help="let everyone answering going in, marked beyond capacity (default: when the event "
        "is full, they join the waitlist in the file's order)",
    )
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=run_import)

    ls = gsub.add_parser("list", help="the guest list with answers, guests, needs, check-ins")
    ls.add_argument("event", metavar="EVENT")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=run_list)

    exp = gsub.add_parser("export", help="write the guest list (or --dietary summary) to CSV")
    exp.add_argument("event", metavar="EVENT")
    exp.add_argument("file", metavar="FILE.csv", type=Path)
    exp.add_argument("--dietary", action="store_true", help="the caterer's dietary summary")
    exp.set_defaults(func=run_export)


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services
    event = services.events.find(args.event)
    fmt = None if args.format == "auto" else GuestListFormat(args.format)
    preview = load_guest_list(args.file, format=fmt, timezone=event.timezone)
    over = args.over_capacity
    request = ImportRequest(event.id, preview, dry_run=args.dry_run, over_capacity=over)
    if args.merge_same_name:
        plan = services.guest_import.plan(request)
        merges = {m.line: m.candidates[0].id for m in plan.same_name if len(m.candidates) == 1}
        request = ImportRequest(
            event.id, preview, merges=merges, dry_run=args.dry_run, over_capacity=over
        )
    result = services.guest_import.run(request)
    if args.json:
        print_json(import_json(result, preview))
    else:
        print_import(result, preview)
    return EXIT_REJECTED if result.rejected else 0


def print_import(result: ImportResult, preview: GuestListPreview) -> None:
    verb = "Would import" if result.dry_run else "Imported"
    table = preview.table
    print(
        f"{verb} {result.imported}, updated {result.updated}, skipped {result.unchanged} "
        f"from {result.filename} ({preview.guess.reason}; {table.encoding}, "
        f"{_delimiter(table.delimiter)})"
    )
    if result.people_created or result.merged:
        print(f"New people: {result.people_created}; merged by name: {result.merged}")
    for rejected in result.rejected:
        print(f"Rejected line {rejected.line}: {rejected.reason}")
    for match in result.same_name_created:
        print(f"Same name, created as a new person: {_same_name(match)}")
    for note in result.notes:
        print(f"Note: {note.message}")
    if result.waitlisted:
        print("To let them in beyond capacity instead, import again with --over-capacity.")


def _same_name(match: SameNameMatch) -> str:
    known = "; ".join(
        f"#{c.id} {c.display_name}" + (f" <{c.email}>" if c.email else "") for c in match.candidates
    )
    return f"line {match.line} {match.name} (already known: {known})"


def _delimiter(delimiter: str) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab"}.get(delimiter, repr(delimiter))


def import_json(result: ImportResult, preview: GuestListPreview) -> dict[str, Any]:
    return {
        "event": result.event_id,
        "file": result.filename,
        "format": preview.guess.format.value,
        "variant": preview.guess.variant or None,
        "encoding": preview.table.encoding,
        "delimiter": preview.table.delimiter,
        "dry_run": result.dry_run,
        "imported": result.imported,
        "updated": result.updated,
        "skipped": result.unchanged,
        "people_created": result.people_created,
        "merged": result.merged,
        "waitlisted": result.waitlisted,
        "over_capacity": result.over_capacity,
        "rejected": [{"line": r.line, "reason": r.reason} for r in result.rejected],
        "same_name_created": [
            {
                "line": m.line,
                "name": m.name,
                "known": [
                    {"id": c.id, "name": c.display_name, "email": c.email or None}
                    for c in m.candidates
                ],
            }
            for m in result.same_name_created
        ],
        "notes": [n.message for n in result.notes],
    }


def guest_json(r: RsvpRow) -> dict[str, Any]:
    return {
        "id": r.id,
        "person": r.person_id,
        "name": r.display_name,
        "email": r.email or None,
        "organization": r.organization or None,
        "response": r.response.value,
        "guests": r.guests,
        "role": r.role.value,
        "dietary": r.dietary or None,
        "accessibility": r.accessibility or None,
        "source": r.source.value,
        "waitlist_position": r.waitlist_position,
        "offer_expires_at": r.offer_expires_at,
        "over_capacity": r.over_capacity,
        "reconfirmed_at": r.reconfirmed_at,
        "checked_in_at": r.checked_in_at,
        "checkin_code": r.checkin_code,
    }


def counts_json(c: RsvpCounts) -> dict[str, Any]:
    return {
        "capacity": c.capacity,
        "going": c.going,
        "maybe": c.maybe,
        "waitlisted": c.waitlisted,
        "declined": c.declined,
        "invited": c.invited,
        "pending": c.pending,
        "seats_left": c.seats_left,
        "checked_in": c.checked_in,
    }


def counts_line(c: RsvpCounts) -> str:
    seats = "" if c.capacity is None else f" of {c.capacity}, {c.seats_left} seats left"
    return (
        f"Going {c.going}{seats} · maybe {c.maybe} · waitlist {c.waitlisted} · "
        f"declined {c.declined} · invited {c.invited} · checked in {c.checked_in}"
    )


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    event = ctx.services.events.find(args.event)
    rows = ctx.services.rsvps.guest_rows(event.id)
    counts = ctx.services.rsvps.counts(event.id)
    if args.json:
        print_json(
            {
                "event": event.id,
                "counts": counts_json(counts),
                "guests": [guest_json(r) for r in rows],
            }
        )
        return 0
    print_table(
        ("ID", "Name", "E-mail", "Response", "Guests", "Role", "Dietary", "In", "Code"),
        (
            (
                r.id,
                r.display_name,
                r.email,
                _response(r),
                r.guests or "",
                "" if r.role.value == "guest" else r.role.value,
                r.dietary,
                r.checked_in_at.strftime("%H:%M") if r.checked_in_at else "",
                r.checkin_code,
            )
            for r in rows
        ),
    )
    print(counts_line(counts))
    return 0


def _response(r: RsvpRow) -> str:
    if r.offered:
        return f"offered (#{r.waitlist_position})"
    if r.waitlist_position is not None:
        return f"waitlisted (#{r.waitlist_position})"
    return r.response.value + (" (beyond capacity)" if r.over_capacity else "")


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    event = ctx.services.events.find(args.event)
    if args.dietary:
        count = ctx.services.rsvps.export_dietary(event.id, args.file)
        sys.stdout.write(f"Wrote the dietary summary ({count} lines) to {args.file}\n")
    else:
        count = ctx.services.rsvps.export_guest_list(event.id, args.file)
        sys.stdout.write(f"Wrote {count} guests to {args.file}\n")
    return 0
