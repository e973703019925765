"""`convivio events list`, `convivio event add`, `convivio event edit`."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any

from app.cli.context import CliContext
from app.cli.output import print_json, print_table
from app.cli.venue_refs import place_changes, warn_about_venue
from app.domain.enums import EventKind, EventStatus
from app.domain.errors import DomainError, ValidationError
from app.domain.events import EventDraft, to_local, zone
from app.services.dto import EventDto


def parse_when(text: str, field: str, tz: str) -> datetime:
    """ISO date or date-time; with an offset it is converted to the event's zone."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError as error:
        raise ValidationError(
            field, f"--{field}: “{text}” is not an ISO date or time (like 2026-12-01T19:00)."
        ) from error
    if value.tzinfo is not None:
        return to_local(value, tz)
    return value


def event_json(e: EventDto) -> dict[str, Any]:
    tz = zone(e.timezone)
    return {
        "id": e.id,
        "uuid": e.uuid,
        "title": e.title,
        "kind": e.kind.value,
        "status": e.status.value,
        "start": e.starts_at.astimezone(tz).isoformat(),
        "end": e.ends_at.astimezone(tz).isoformat(),
        "timezone": e.timezone,
        "all_day": e.all_day,
        "capacity": e.capacity,
        "going": e.going,
        "core_counted": e.core_counted,
        "core_target": e.core_target,
        "venue": e.venue or None,
        "sequence": e.sequence,
    }


def core_progress(e: EventDto) -> str:
    """ "3/8": committed or confirmed core people of the target; blank without a target."""
    return "" if e.core_target is None else f"{e.core_counted}/{e.core_target}"


def register(sub: argparse._SubParsersAction[Any]) -> None:
    events = sub.add_parser("events", help="list events")
    events_sub = events.add_subparsers(dest="action", metavar="ACTION", required=True)
    ls = events_sub.add_parser("list", help="list all events, soonest first")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=run_list)

    event = sub.add_parser("event", help="add or edit one event")
    event_sub = event.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = event_sub.add_parser("add", help="create an event and print its id")
    add.add_argument("--title", required=True)
    add.add_argument("--start", required=True, metavar="ISO")
    add.add_argument("--end", required=True, metavar="ISO")
    add.add_argument(
        "--tz", required=True, metavar="ZONE", help="IANA time zone, e.g. Europe/Berlin"
    )
    add.add_argument("--kind", choices=[k.value for k in EventKind], default=EventKind.MEETUP.value)
    add.add_argument("--capacity", type=int)
    add.add_argument("--all-day", action="store_true", help="dates only; --end is the last day")
    add.add_argument("--description", default="")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=run_add)

    edit = event_sub.add_parser(
        "edit", help="change an event (a new --tz keeps the wall-clock times unless given)"
    )
    edit.add_argument("event", metavar="EVENT", help="id, UUID or exact title")
    edit.add_argument("--title")
    edit.add_argument("--start", metavar="ISO")
    edit.add_argument("--end", metavar="ISO")
    edit.add_argument("--tz", metavar="ZONE")
    edit.add_argument("--capacity", type=int)
    edit.add_argument("--status", choices=[s.value for s in EventStatus])
    edit.add_argument(
        "--anyway",
        action="store_true",
        help="with --status announced: announce even though core people are missing",
    )
    edit.add_argument("--venue", metavar="VENUE", help='venue id or exact name ("" for none)')
    edit.add_argument("--room", metavar="ROOM", help="room of the venue, by name or id")
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(func=run_edit)


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    events = ctx.services.events.list_all()
    if args.json:
        print_json([event_json(e) for e in events])
        return 0
    print_table(
        ("ID", "Start", "Zone", "Title", "Kind", "Status", "Going", "Capacity", "Core"),
        (
            (
                e.id,
                e.start_local.strftime("%Y-%m-%d" if e.all_day else "%Y-%m-%d %H:%M"),
                e.timezone,
                e.title,
                e.kind.value,
                e.status.value,
                e.going,
                "" if e.capacity is None else e.capacity,
                core_progress(e),
            )
            for e in events
        ),
    )
    return 0


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    zone(args.tz)
    draft = EventDraft(
        title=args.title,
        kind=EventKind(args.kind),
        description=args.description,
        start=parse_when(args.start, "start", args.tz),
        end=parse_when(args.end, "end", args.tz),
        timezone=args.tz,
        all_day=args.all_day,
        capacity=args.capacity,
    )
    created = ctx.services.events.create(draft)
    if args.json:
        print_json(event_json(created.item))
    else:
        print(created.item.id)
    return 0


def check_core_gate(ctx: CliContext, event: EventDto, *, anyway: bool) -> None:
    """Announcing short of the core target needs --anyway (as `core announce` does)."""
    gate = ctx.services.core.announce_gate(event.id)
    if not gate.ready and not anyway:
        raise DomainError(f"{gate.message()} Use --anyway to announce “{event.title}” now.")


def _note_outdated_invitations(ctx: CliContext, event_id: int) -> None:
    """After a move, say who holds an invitation with the old time or place, and how to
    send them the update (the window offers it in a dialog)."""
    outdated = ctx.services.invites.summary(event_id).outdated
    if outdated:
        sys.stderr.write(
            f"convivio: note: {outdated} guest(s) hold an invitation with the old time or place; "
            f"send the update with `convivio invites {event_id} --out DIR --updates-only`\n"
        )


def run_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    current = ctx.services.events.find(args.event)
    draft = current.to_draft()
    tz = args.tz or draft.timezone
    zone(tz)
    changes: dict[str, Any] = {"timezone": tz}
    if args.title is not None:
        changes["title"] = args.title
    if args.start is not None:
        changes["start"] = parse_when(args.start, "start", tz)
    if args.end is not None:
        changes["end"] = parse_when(args.end, "end", tz)
    if args.capacity is not None:
        changes["capacity"] = args.capacity
    if args.status is not None:
        changes["status"] = EventStatus(args.status)
        if (
            changes["status"] is EventStatus.ANNOUNCED
            and current.status is not EventStatus.ANNOUNCED
        ):
            check_core_gate(ctx, current, anyway=args.anyway)
    changes.update(place_changes(ctx, args.venue, args.room, draft))
    edited = ctx.services.events.update(
        current.id, EventDraft(**{**draft.__dict__, **changes}), current.version
    )
    warn_about_venue(ctx, edited.after.id)
    _note_outdated_invitations(ctx, edited.after.id)
    before, after = edited.before.capacity, edited.after.capacity
    if after is None or (before is not None and after > before):
        ctx.services.rsvps.refresh_waitlist(edited.after.id)  # freed seats go to the queue
    if args.json:
        print_json(event_json(edited.after))
    else:
        print(edited.after.id)
    return 0
