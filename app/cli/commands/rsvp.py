"""`convivio rsvp set` and `convivio checkin`: one guest's answer, and the door.

`checkin EVENT QUERY_OR_CODE` checks in the guest whose badge code it is, else the one guest
the letters clearly match (accents, case and small typos don't matter); when several match
equally well it checks in nobody, lists them and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import Any

from app.cli.commands.guests import guest_json
from app.cli.context import CliContext
from app.cli.output import print_json
from app.domain import checkin_codes
from app.domain.enums import RsvpResponse
from app.domain.errors import NotFound
from app.domain.events import to_local
from app.domain.matching import FuzzyIndex
from app.services.checkin_search import checkin_index
from app.services.rsvp_dto import RsvpRow

EXIT_AMBIGUOUS = 1


def register(sub: argparse._SubParsersAction[Any]) -> None:
    rsvp = sub.add_parser("rsvp", help="record a guest's answer")
    rsub = rsvp.add_subparsers(dest="action", metavar="ACTION", required=True)
    put = rsub.add_parser(
        "set", help="set PERSON's answer for EVENT (going joins the waitlist when full)"
    )
    put.add_argument("event", metavar="EVENT", help="id, UUID or exact title")
    put.add_argument("person", metavar="PERSON", help="id, e-mail address or exact name")
    put.add_argument("response", metavar="RESPONSE", choices=[r.value for r in RsvpResponse])
    put.add_argument("--guests", type=int, metavar="N", help="extra guests they bring")
    put.add_argument("--json", action="store_true")
    put.set_defaults(func=run_set)

    checkin = sub.add_parser(
        "checkin",
        help="check a guest in by badge code or name",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    checkin.add_argument("event", metavar="EVENT")
    checkin.add_argument("query", metavar="QUERY_OR_CODE")
    checkin.add_argument("--json", action="store_true")
    checkin.set_defaults(func=run_checkin)


def run_set(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services
    event = services.events.find(args.event)
    person = services.rsvps.find_person(args.person)
    response = RsvpResponse(args.response)
    current = [r for r in services.rsvps.guest_rows(event.id) if r.person_id == person]
    if current:
        outcome = services.rsvps.set_response([current[0].id], response)
        rsvp_id = current[0].id
    else:
        outcome = services.rsvps.invite(event.id, [person], response=response)
        rsvp_id = outcome.rsvp_ids[0]
    if args.guests is not None:
        services.rsvps.set_guests(rsvp_id, args.guests)
    row = services.rsvps.get(rsvp_id)
    if args.json:
        print_json(guest_json(row))
    else:
        print(describe(row))
        if outcome.message:
            print(outcome.message)
    if response is RsvpResponse.GOING or args.guests:
        _warn_if_the_room_is_full(ctx, event.id)
    return 0


def _warn_if_the_room_is_full(ctx: CliContext, event_id: int) -> None:
    """More going than the venue's room holds: say so, as `event edit` does."""
    from app.domain.venue_warnings import WarningKind

    for warning in ctx.services.venues.warnings_for_event(event_id):
        if warning.kind is WarningKind.TOO_MANY_GOING:
            sys.stderr.write(f"convivio: warning: {warning.message}\n")


def describe(row: RsvpRow) -> str:
    guests = f" (+{row.guests})" if row.guests else ""
    if row.offered:
        assert row.offer_expires_at is not None
        state = f"offered a seat until {row.offer_expires_at:%Y-%m-%d %H:%M} UTC"
    elif row.waitlist_position is not None:
        state = f"waitlisted (#{row.waitlist_position})"
    else:
        state = row.response.value + (" beyond capacity" if row.over_capacity else "")
    return f"{row.display_name}{guests}: {state}"


def run_checkin(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services
    event = services.events.find(args.event)
    rows = services.rsvps.guest_rows(event.id)
    code = checkin_codes.normalize(args.query)
    exact = [r for r in rows if r.checkin_code == code]
    if exact:
        target = exact[0]
    else:
        matches = _clear_match(checkin_index(rows), args.query)
        by_id = {r.id: r for r in rows}
        if not matches:
            raise NotFound(f"Nobody on the guest list matches “{args.query}”.")
        if len(matches) > 1:
            print(f"Several guests match “{args.query}”; nobody was checked in:")
            for match in matches:
                row = by_id[match]
                print(f"  {row.display_name}  {row.email}  (code {row.checkin_code})")
            return EXIT_AMBIGUOUS
        target = by_id[matches[0]]
    result = services.rsvps.check_in(target.id)
    row = result.row
    assert row.checked_in_at is not None
    if args.json:
        print_json(guest_json(row) | {"already": result.already})
    elif result.already:
        print(f"{row.display_name} was already checked in at {_door_time(row, event.timezone)}")
    else:
        print(f"Checked in {describe(row)}")
    return 0


def _door_time(row: RsvpRow, tz: str) -> str:
    """When the guest came, on the event's clock (with the day when it wasn't today there)."""
    assert row.checked_in_at is not None
    local = to_local(row.checked_in_at, tz)
    today = to_local(datetime.now(UTC), tz).date()
    day = "" if local.date() == today else f" on {local:%Y-%m-%d}"
    return f"{local:%H:%M}{day} ({tz} time)"


def _clear_match(index: FuzzyIndex, query: str) -> list[int]:
    """The one best match, or every guest tied for best (then nobody is checked in)."""
    found = index.search(query, limit=10)
    if not found:
        return []
    best = found[0].score
    return [m.id for m in found if m.score == best]
