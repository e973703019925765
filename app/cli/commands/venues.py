"""`convivio venues list`, `convivio venue add|show|contact|room|step|follow-ups|warnings|
host-sheet`: venue partners from the command line."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app.cli.context import CliContext
from app.cli.output import print_json, print_record, print_table
from app.cli.venue_refs import find_person
from app.domain.enums import Channel, PartnerStage
from app.domain.text import fold
from app.domain.venues import ContactDraft, RoomDraft, StepDraft, VenueDraft
from app.services.venue_dto import VenueDto, VenueStepDto


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2026-12-01") from error


def _instant(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date or time") from error
    return value.astimezone(UTC) if value.tzinfo else value.astimezone().astimezone(UTC)


def venue_json(v: VenueDto) -> dict[str, Any]:
    return {
        "id": v.id,
        "name": v.name,
        "organization": v.organization or None,
        "address": v.address,
        "timezone": v.timezone or None,
        "capacity": v.capacity,
        "rooms": [
            {"id": r.id, "name": r.name, "seated": r.seated, "standing": r.standing}
            for r in v.rooms
        ],
        "contacts": [
            {"person_id": c.person_id, "name": c.name, "role": c.role, "email": c.email or None}
            for c in v.contacts
        ],
        "closing_time": v.closing_time.strftime("%H:%M") if v.closing_time else None,
        "guest_list_days_before": v.guest_list_days_before,
        "id_required": v.id_required,
        "terms": v.terms.value,
        "cost": str(v.cost) if v.cost is not None else None,
        "currency": v.currency or None,
        "gives_back": list(v.gives_back),
        "amenities": list(v.amenities),
        "stage": v.stage.value,
        "next_follow_up_on": v.next_follow_up_on,
        "events_hosted": v.events_hosted,
        "last_event_on": v.last_event_on,
        "last_thanked_on": v.last_thanked_on,
        "thank_due_on": v.thank_due_on,
    }


def step_json(s: VenueStepDto) -> dict[str, Any]:
    return {
        "id": s.id,
        "stage_from": s.stage_from,
        "stage_to": s.stage_to,
        "occurred_at": s.occurred_at,
        "channel": s.channel,
        "note": s.note,
        "event": s.event_title or None,
        "follow_up_on": s.follow_up_on,
        "follow_up_done": s.follow_up_done_at is not None,
    }


def register(sub: argparse._SubParsersAction[Any]) -> None:
    venues = sub.add_parser("venues", help="list venue partners")
    venues_sub = venues.add_subparsers(dest="action", metavar="ACTION", required=True)
    ls = venues_sub.add_parser("list", help="list venue partners with their stage")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=run_list)

    venue = sub.add_parser("venue", help="add and work with one venue partner")
    vsub = venue.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = vsub.add_parser("add", help="add a venue partner and print its id")
    add.add_argument("--name", required=True)
    add.add_argument("--org", required=True, metavar="O", help="the organization it belongs to")
    add.add_argument(
        "--capacity", type=int, metavar="N", help="most people the venue may hold, any room"
    )
    add.add_argument("--address", default="")
    add.add_argument("--tz", default="", metavar="ZONE", help="the venue's IANA time zone")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=run_add)

    show = vsub.add_parser("show", help="a partner's details, log and history")
    show.add_argument("venue", metavar="VENUE", help="id or exact name")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)

    contact = vsub.add_parser("contact", help="add (or --remove) a contact person")
    contact.add_argument("venue", metavar="VENUE")
    contact.add_argument("person", metavar="PERSON", help="id, e-mail or exact name")
    contact.add_argument("--role", default="")
    contact.add_argument("--remove", action="store_true")
    contact.set_defaults(func=run_contact)

    room = vsub.add_parser("room", help="add a room, or change one with the same name")
    room.add_argument("venue", metavar="VENUE")
    room.add_argument("name", metavar="ROOM")
    room.add_argument("--seated", type=int, metavar="N")
    room.add_argument("--standing", type=int, metavar="N")
    room.set_defaults(func=run_room)

    step = vsub.add_parser("step", help="log a step and move the partnership to STAGE")
    step.add_argument("venue", metavar="VENUE")
    step.add_argument("stage", choices=[s.value for s in PartnerStage])
    step.add_argument("--channel", choices=[c.value for c in Channel], default="email")
    step.add_argument("--note", default="")
    step.add_argument("--follow-up", type=_day, metavar="DATE", help="next follow-up, ISO date")
    step.add_argument("--event", metavar="EVENT", help="the event it is about (thanked: which)")
    step.add_argument("--at", type=_instant, metavar="ISO", help="when it happened (now)")
    step.add_argument("--json", action="store_true")
    step.set_defaults(func=run_step)

    follow = vsub.add_parser("follow-ups", help="follow-ups and hosts to thank, soonest first")
    follow.add_argument("--due-by", type=_day, metavar="DATE")
    follow.add_argument("--json", action="store_true")
    follow.set_defaults(func=run_follow_ups)

    warnings = vsub.add_parser("warnings", help="capacity, closing time, guest-list deadline")
    warnings.add_argument("event", metavar="EVENT", help="id, UUID or exact title")
    warnings.add_argument("--json", action="store_true")
    warnings.set_defaults(func=run_warnings)

    sheet = vsub.add_parser("host-sheet", help="write the host sheet PDF of an event")
    sheet.add_argument("event", metavar="EVENT", help="id, UUID or exact title")
    sheet.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    sheet.add_argument(
        "--guest-list",
        action="store_true",
        help="include the guest list even when the venue doesn't ask for it",
    )
    sheet.set_defaults(func=run_host_sheet)


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    venues = ctx.services.venues.list_all()
    if args.json:
        print_json([venue_json(v) for v in venues])
        return 0
    print_table(
        ("ID", "Name", "Organization", "Stage", "Room for", "Follow-up", "Thank by", "Hosted"),
        (
            (
                v.id,
                v.name,
                v.organization,
                v.stage.value,
                v.largest_room,
                v.next_follow_up_on,
                v.thank_due_on,
                v.events_hosted,
            )
            for v in venues
        ),
    )
    return 0


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    draft = VenueDraft(
        name=args.name,
        organization=args.org,
        capacity=args.capacity,
        address=args.address,
        timezone=args.tz,
    )
    created = ctx.services.venues.create(draft)
    if args.json:
        print_json(venue_json(created.item))
    else:
        print(created.item.id)
    return 0


def run_show(args: argparse.Namespace, ctx: CliContext) -> int:
    venue = ctx.services.venues.find(args.venue)
    steps = ctx.services.venues.steps(venue.id)
    history = ctx.services.venues.history(venue.id)
    if args.json:
        data = venue_json(venue)
        data["steps"] = [step_json(s) for s in steps]
        data["history"] = [
            {
                "event_id": h.event_id,
                "title": h.title,
                "start": h.starts_at,
                "status": h.status,
                "headcount": h.headcount,
                "counted": "checked in" if h.checked_in else "going",
                "thanked_on": h.thanked_on,
                "thank_due_on": h.thank_due_on,
            }
            for h in history
        ]
        print_json(data)
        return 0
    print_record(
        {
            "name": venue.name,
            "organization": venue.organization,
            "stage": venue.stage.value,
            "next follow-up": venue.next_follow_up_on or "",
            "thank the host by": venue.thank_due_on or "",
            "rooms": "; ".join(
                f"{r.name} ({r.seated or '-'} seated, {r.standing or '-'} standing)"
                for r in venue.rooms
            ),
            "contacts": "; ".join(
                f"{c.name} ({c.role})" if c.role else c.name for c in venue.contacts
            ),
        }
    )
    if steps:
        print()
        print_table(
            ("When", "Stage", "Channel", "Note", "Follow-up"),
            (
                (
                    s.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    f"{s.stage_from or ''} → {s.stage_to}",
                    s.channel.value,
                    s.note,
                    s.follow_up_on or "",
                )
                for s in steps
            ),
        )
    if history:
        print()
        print_table(
            ("Event", "Start (UTC)", "Status", "Headcount", "Thanked"),
            (
                (
                    h.title,
                    h.starts_at.strftime("%Y-%m-%d %H:%M"),
                    h.status.value,
                    f"{h.headcount} {'checked in' if h.checked_in else 'going'}",
                    h.thanked_on or (f"due {h.thank_due_on}" if h.thank_due_on else ""),
                )
                for h in history
            ),
        )
    return 0


def run_contact(args: argparse.Namespace, ctx: CliContext) -> int:
    venue = ctx.services.venues.find(args.venue)
    person = find_person(ctx, args.person)
    others = tuple(c for c in venue.to_draft().contacts if c.person_id != person.id)
    contacts = others if args.remove else (*others, ContactDraft(person.id, args.role))
    draft = replace(venue.to_draft(), contacts=contacts)
    ctx.services.venues.update(venue.id, draft, venue.version)
    return 0


def run_room(args: argparse.Namespace, ctx: CliContext) -> int:
    venue = ctx.services.venues.find(args.venue)
    rooms = list(venue.to_draft().rooms)
    existing = next((r for r in rooms if fold(r.name) == fold(args.name)), None)
    if existing is None:
        rooms.append(RoomDraft(args.name, args.seated, args.standing))
    else:  # only what was given changes
        changed = replace(
            existing,
            seated=existing.seated if args.seated is None else args.seated,
            standing=existing.standing if args.standing is None else args.standing,
        )
        rooms = [changed if r is existing else r for r in rooms]
    edited = ctx.services.venues.update(
        venue.id, replace(venue.to_draft(), rooms=tuple(rooms)), venue.version
    )
    print(next(r.id for r in edited.after.rooms if fold(r.name) == fold(args.name.strip())))
    return 0


def run_step(args: argparse.Namespace, ctx: CliContext) -> int:
    venue = ctx.services.venues.find(args.venue)
    event_id = ctx.services.events.find(args.event).id if args.event else None
    draft = StepDraft(
        stage_to=PartnerStage(args.stage),
        occurred_at=args.at or datetime.now(UTC),
        channel=Channel(args.channel),
        note=args.note,
        follow_up_on=args.follow_up,
        event_id=event_id,
    )
    logged = ctx.services.venues.log_step(venue.id, draft)
    if args.json:
        print_json(step_json(logged.step))
    else:
        print(f"{venue.name}: {logged.step.stage_from} → {logged.step.stage_to}")
    return 0


def run_follow_ups(args: argparse.Namespace, ctx: CliContext) -> int:
    items = ctx.services.venues.follow_ups(until=args.due_by)
    if args.json:
        print_json(
            [
                {
                    "due_on": f.due_on,
                    "venue_id": f.venue_id,
                    "venue": f.venue,
                    "what": "thank the host" if f.thank_host else "follow up",
                    "event": f.event_title or None,
                    "note": f.note,
                }
                for f in items
            ]
        )
        return 0
    print_table(
        ("Due", "Venue", "What", "Event", "Note"),
        (
            (
                f.due_on,
                f.venue,
                "thank the host" if f.thank_host else "follow up",
                f.event_title,
                f.note,
            )
            for f in items
        ),
    )
    return 0


def run_warnings(args: argparse.Namespace, ctx: CliContext) -> int:
    event = ctx.services.events.find(args.event)
    found = ctx.services.venues.warnings_for_event(event.id)
    if args.json:
        print_json([{"kind": w.kind.value, "message": w.message} for w in found])
    else:
        for warning in found:
            print(warning.message)
    return 0


def run_host_sheet(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services.host_sheet import HostSheetRequest, HostSheetService

    event = ctx.services.events.find(args.event)
    service = HostSheetService(ctx.services.db)
    report = service.export(HostSheetRequest(event.id, args.out, args.guest_list))
    for warning in report.warnings:
        sys.stderr.write(f"convivio: warning: {warning}\n")
    listed = f", guest list of {report.guests_listed}" if report.guest_list_included else ""
    print(f"{report.path} ({report.pages} page{'s' if report.pages != 1 else ''}{listed})")
    return 0
