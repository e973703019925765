"""`convivio core …`: an event's core of early attendees (`followups` is in followups.py)."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from app.cli.context import CliContext
from app.cli.output import print_json, print_table
from app.domain.core import BOARD_ORDER, ConversationDraft, Gate
from app.domain.enums import Channel, CoreStage, EventStatus
from app.domain.errors import DomainError, ValidationError

if TYPE_CHECKING:  # the services load SQLAlchemy: only when a command runs
    from app.services.core_dto import CandidateDto


def parse_stage(text: str) -> CoreStage:
    wanted = text.strip().casefold().replace("_", "-").replace(" ", "-")
    for stage in CoreStage:
        if stage.value == wanted:
            return stage
    choices = ", ".join(s.value for s in BOARD_ORDER)
    raise ValidationError("stage", f"“{text}” is not a stage; use one of: {choices}.")


def parse_day(text: str, field: str) -> date:
    """An ISO date, or today / tomorrow / +N (days from today)."""
    word = text.strip().casefold()
    if word == "today":
        return date.today()
    if word == "tomorrow":
        return date.today() + timedelta(days=1)
    if word.startswith("+") and word[1:].isdigit():
        return date.today() + timedelta(days=int(word[1:]))
    try:
        return date.fromisoformat(word)
    except ValueError as error:
        raise ValidationError(
            field, f"--{field}: “{text}” is not a date (like 2026-12-01, today, tomorrow or +3)."
        ) from error


def parse_target(text: str) -> int | None:
    if text.strip().casefold() in ("none", "-"):
        return None
    if not text.strip().isdigit():
        raise ValidationError("target", f"“{text}” is not a number (or “none”).")
    return int(text)


def candidate_json(c: CandidateDto) -> dict[str, Any]:
    return {
        "id": c.id,
        "person_id": c.person_id,
        "name": c.display_name,
        "email": c.email or None,
        "stage": c.stage.value,
        "position": c.position,
        "stage_changed_at": c.stage_changed_at,
        "next_follow_up_on": c.next_follow_up_on,
        "events_attended": c.attended,
        "no_shows": c.no_shows,
        "last_note": c.last_note or None,
    }


def gate_json(gate: Gate) -> dict[str, Any]:
    return {
        "target": gate.target,
        "counted": gate.counted,
        "missing": gate.missing,
        "ready": gate.ready,
    }


def register(sub: argparse._SubParsersAction[Any]) -> None:
    core = sub.add_parser("core", help="an event's core of early attendees")
    core_sub = core.add_subparsers(dest="action", metavar="ACTION", required=True)
    event_help = "id, UUID or exact title"
    person_help = "id, e-mail address or exact name"

    ls = core_sub.add_parser("list", help="candidates by stage, with progress toward the target")
    ls.add_argument("event", metavar="EVENT", help=event_help)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=run_list)

    add = core_sub.add_parser("add", help="add people to the event's list, to ask")
    add.add_argument("event", metavar="EVENT", help=event_help)
    add.add_argument("people", metavar="PERSON", nargs="+", help=person_help)
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=run_add)

    move = core_sub.add_parser("move", help="move a candidate to a stage, logging the conversation")
    move.add_argument("event", metavar="EVENT", help=event_help)
    move.add_argument("person", metavar="PERSON", help=person_help)
    move.add_argument("stage", metavar="STAGE", help=", ".join(s.value for s in BOARD_ORDER))
    move.add_argument("--channel", choices=[c.value for c in Channel], default=Channel.MESSAGE)
    move.add_argument("--note", default="", metavar="TEXT")
    move.add_argument("--follow-up", metavar="DATE", help="ISO date, today, tomorrow or +N")
    move.add_argument("--json", action="store_true")
    move.set_defaults(func=run_move)

    target = core_sub.add_parser("target", help="set how many committed people the event needs")
    target.add_argument("event", metavar="EVENT", help=event_help)
    target.add_argument("target", metavar="N", help="a number, or none")
    target.set_defaults(func=run_target)

    announce = core_sub.add_parser(
        "announce", help="announce the event, if its core is complete (or with --anyway)"
    )
    announce.add_argument("event", metavar="EVENT", help=event_help)
    announce.add_argument(
        "--anyway", action="store_true", help="announce even though core people are missing"
    )
    announce.set_defaults(func=run_announce)


def _gate_line(gate: Gate) -> str:
    if gate.target is None:
        return f"Core: {gate.counted} committed (no target)"
    state = "ready to announce" if gate.ready else f"{gate.missing} missing"
    return f"Core: {gate.counted} of {gate.target} committed, {state}"


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    event = ctx.services.events.find(args.event)
    cards = ctx.services.core.candidates(event.id)
    gate = ctx.services.core.announce_gate(event.id)
    order = {s: n for n, s in enumerate(BOARD_ORDER)}
    cards.sort(key=lambda c: (order[c.stage], c.position, c.id))
    if args.json:
        print_json(
            {
                "event": {"id": event.id, "title": event.title, "status": event.status.value},
                "core": gate_json(gate),
                "candidates": [candidate_json(c) for c in cards],
            }
        )
        return 0
    print(f"{event.title}: {_gate_line(gate)}")
    print_table(
        ("ID", "Person", "Stage", "Follow-up", "No-shows", "Last note"),
        (
            (
                c.person_id,
                c.display_name,
                c.stage.value,
                c.next_follow_up_on.isoformat() if c.next_follow_up_on else "",
                c.no_shows or "",
                c.last_note,
            )
            for c in cards
        ),
    )
    return 0


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    event = ctx.services.events.find(args.event)
    people = [ctx.services.core.resolve_person(ref) for ref in args.people]
    added = ctx.services.core.add(event.id, people)
    if args.json:
        print_json([candidate_json(c) for c in added.items])
    else:
        for card in added.items:
            print(f"{card.display_name}: {card.stage.value}")
    return 0


def run_move(args: argparse.Namespace, ctx: CliContext) -> int:
    core = ctx.services.core
    event = ctx.services.events.find(args.event)
    person_id = core.resolve_person(args.person)
    stage = parse_stage(args.stage)
    card = core.candidate_of(event.id, person_id)
    if card is None:
        raise DomainError(
            f"This person isn't on the core list of “{event.title}”; add them with `core add`."
        )
    follow_up = parse_day(args.follow_up, "follow-up") if args.follow_up else None
    draft = ConversationDraft(Channel(args.channel), args.note, follow_up)
    moved = core.move(card.id, stage, draft)
    gate = core.announce_gate(event.id)
    if args.json:
        print_json({"candidate": candidate_json(moved.candidate), "core": gate_json(gate)})
    else:
        print(f"{card.display_name}: {card.stage.value} → {stage.value}")
        print(_gate_line(gate))
    return 0


def run_target(args: argparse.Namespace, ctx: CliContext) -> int:
    event = ctx.services.events.find(args.event)
    ctx.services.core.set_target(event.id, parse_target(args.target))
    print(_gate_line(ctx.services.core.announce_gate(event.id)))
    return 0


def run_announce(args: argparse.Namespace, ctx: CliContext) -> int:
    event = ctx.services.events.find(args.event)
    gate = ctx.services.core.announce_gate(event.id)
    if not gate.ready and not args.anyway:
        raise DomainError(f"{gate.message()} Use --anyway to announce “{event.title}” now.")
    ctx.services.events.set_status(event.id, EventStatus.ANNOUNCED)
    print(f"“{event.title}” is announced. {_gate_line(gate)}")
    return 0
