"""`convivio followups`: what is due by a day, or (`--all`) every section of the Today view.

Without `--all` it lists dated follow-ups due by `--due-by` (default today), oldest first:
conversations, venue partnership steps and hosts to thank the day after their event. With
`--all` it prints what the Today view shows this morning, section by section: overdue, due
today, waiting for an answer, coming up this week, after each recent event (who came, who
missed it) and keep in touch.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from app.cli.commands.core import parse_day
from app.cli.context import CliContext
from app.cli.output import print_json, print_table
from app.domain.errors import ValidationError

if TYPE_CHECKING:  # the services load SQLAlchemy: only when a command runs
    from app.services.followup_dto import FollowupItem, TodayDigest

ALL_LIMIT = 10_000

WHAT = {"conversation": "follow up", "venue": "venue follow-up", "thank-host": "thank the host"}


def followup_json(item: FollowupItem) -> dict[str, Any]:
    return {
        "kind": item.source.value,
        "id": item.id,
        "due_on": item.due_on,
        "person_id": item.person_id,
        "venue_id": item.venue_id,
        "name": item.name,
        "event_id": item.event_id,
        "event": item.event_title or None,
        "stage": item.stage.value if item.stage else None,
        "note": item.note,
    }


def register(sub: argparse._SubParsersAction[Any]) -> None:
    follow = sub.add_parser(
        "followups",
        help="open follow-ups due by a day (default: today); --all: the whole Today view",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    follow.add_argument("--due-by", metavar="DATE", help="ISO date, today, tomorrow or +N")
    follow.add_argument(
        "--all",
        action="store_true",
        help="every section of the Today view: waiting, keep in touch, after events…",
    )
    follow.add_argument("--json", action="store_true")
    follow.set_defaults(func=run_followups)


def run_followups(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.all:
        if args.due_by:
            raise ValidationError("due-by", "--due-by can't be combined with --all.")
        return _print_digest(ctx.services.followups.digest(date.today(), limit=ALL_LIMIT), args)
    due_by = parse_day(args.due_by, "due-by") if args.due_by else date.today()
    items = ctx.services.followups.due(due_by)
    if args.json:
        print_json([followup_json(i) for i in items])
        return 0
    print_table(
        ("Due", "What", "Who", "Event", "Stage", "Note"),
        (
            (
                i.due_on.isoformat(),
                WHAT[i.source.value],
                i.name,
                i.event_title,
                i.stage.value if i.stage else "",
                i.note,
            )
            for i in items
        ),
    )
    return 0


def digest_entries(digest: TodayDigest) -> Iterator[dict[str, Any]]:
    """Every entry of the digest as JSON, each with its "section", in the Today view's order."""
    for section, part in (
        ("overdue", digest.overdue),
        ("today", digest.due_today),
    ):
        for item in part.items:
            yield {"section": section, **followup_json(item)}
    for w in digest.waiting.items:
        yield {
            "section": "waiting",
            "kind": "waiting",
            "person_id": w.person_id,
            "name": w.name,
            "event_id": w.event_id,
            "event": w.event_title,
            "asked_at": w.asked_at,
            "candidate_id": w.candidate_id,
        }
    for item in digest.upcoming.items:
        yield {"section": "upcoming", **followup_json(item)}
    for ev in digest.after_events:
        for kind, people in (("came", ev.attended), ("missed", ev.missed)):
            for p in people:
                yield {
                    "section": "after-event",
                    "kind": kind,
                    "person_id": p.person_id,
                    "name": p.name,
                    "event_id": ev.event_id,
                    "event": ev.title,
                    "ended_at": ev.ends_at,
                }
    for k in digest.keep_in_touch.items:
        yield {
            "section": "keep-in-touch",
            "kind": "keep-in-touch",
            "person_id": k.person_id,
            "name": k.name,
            "cadence_days": k.cadence_days,
            "last_contact": k.last_contact,
            "due_on": k.due_on,
        }


HEADINGS = {
    "overdue": "Overdue",
    "today": "Due today",
    "waiting": "Waiting for an answer",
    "upcoming": "Coming up this week",
    "after-event": "After events",
    "keep-in-touch": "Keep in touch",
}


def _row(e: dict[str, Any]) -> tuple[str, ...]:
    kind = e["kind"]
    if kind == "waiting":
        return ("asked " + e["asked_at"].date().isoformat(), "answer?", e["name"], e["event"], "")
    if kind in ("came", "missed"):
        what = "thank them" if kind == "came" else "check in (missed it)"
        return ("ended " + e["ended_at"].date().isoformat(), what, e["name"], e["event"], "")
    if kind == "keep-in-touch":
        last = e["last_contact"].date().isoformat() if e["last_contact"] else "never"
        note = f"every {e['cadence_days']} days, last talked {last}"
        return (e["due_on"].isoformat(), "keep in touch", e["name"], "", note)
    return (e["due_on"].isoformat(), WHAT[kind], e["name"], e["event"] or "", e["note"])


def _print_digest(digest: TodayDigest, args: argparse.Namespace) -> int:
    entries = list(digest_entries(digest))
    if args.json:
        print_json(entries)
        return 0
    if not entries:
        print("All caught up: nothing is due.")
        return 0
    print_table(
        ("Section", "When", "What", "Who", "Event", "Note"),
        ((HEADINGS[e["section"]], *_row(e)) for e in entries),
    )
    return 0
