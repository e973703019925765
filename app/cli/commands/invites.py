"""`convivio invites`, `convivio feed` and `convivio replies import`: calendar files.

`invites EVENT --out DIR` writes one `.ics` per guest (named after them, the same name every
time) plus `all.ics`; `--method cancel` writes cancellations (for a cancelled event: everyone
who received an invitation; otherwise the guests who declined while holding one). Waitlisted
and pending guests never get an invitation. `replies import` reads the answers guests'
calendars sent back (`.ics` or saved `.eml`) and exits 1 if any file was turned away.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.context import CliContext
from app.cli.output import print_json
from app.domain.enums import RsvpResponse
from app.services.invite_dto import (
    InviteExport,
    InviteMode,
    InviteRequest,
    RepliesImport,
    ReplyResult,
    SkipReason,
    Why,
)

EXIT_REJECTED = 1
EXIT_ERROR = 2
SKIP_WORDS = {
    SkipReason.NO_EMAIL: "no e-mail address",
    SkipReason.BAD_EMAIL: "an e-mail address calendars can't use",
    SkipReason.WAITLISTED: "on the waitlist",
    SkipReason.PENDING: "waiting for approval",
    SkipReason.DECLINED: "declined",
    SkipReason.UP_TO_DATE: "already has the current invitation",
    SkipReason.NEVER_INVITED: "never received an invitation",
    SkipReason.ALREADY_CANCELLED: "was already sent the cancellation",
}
WHY_WORDS = {
    Why.NEW: "new",
    Why.OUTDATED: "update",
    Why.REINSTATED: "invited again",
    Why.CURRENT: "again",
    Why.CANCELLED_EVENT: "event cancelled",
    Why.UNINVITED: "un-invited",
}


def register(sub: argparse._SubParsersAction[Any]) -> None:
    invites = sub.add_parser(
        "invites",
        help="write calendar invitations (or cancellations) for an event's guests",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    invites.add_argument("event", metavar="EVENT", help="id, UUID or exact title")
    invites.add_argument("--out", required=True, type=Path, metavar="DIR")
    invites.add_argument("--method", choices=["request", "cancel"], default="request")
    invites.add_argument(
        "--updates-only",
        action="store_true",
        help="only guests without the current invitation (new, or time/place changed)",
    )
    invites.add_argument("--eml", action="store_true", help="also write an e-mail draft each")
    invites.add_argument("--reminder", type=int, metavar="MINUTES", help="alarm before start")
    invites.add_argument("--json", action="store_true")
    invites.set_defaults(func=run_invites)

    feed = sub.add_parser(
        "feed", help="write a calendar of events (no guests) to publish or subscribe to"
    )
    feed.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    feed.add_argument("--public-only", action="store_true", help="public, announced events only")
    feed.add_argument(
        "--event", metavar="EVENT", help="only this event: its “add to my calendar” file"
    )
    feed.set_defaults(func=run_feed)

    replies = sub.add_parser("replies", help="read guests' calendar replies")
    rsub = replies.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = rsub.add_parser(
        "import", help="apply accept/decline/tentative replies (.ics or .eml files)"
    )
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=run_replies_import)


def run_invites(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services
    event = services.events.find(args.event)
    if args.method == "cancel":
        mode = InviteMode.CANCEL
    else:
        mode = InviteMode.UPDATES if args.updates_only else InviteMode.ALL
    request = InviteRequest(event.id, mode, args.out, eml=args.eml, alarm_minutes=args.reminder)
    result = services.invites.export(request)
    if args.json:
        print_json(export_json(result))
    else:
        print_export(result)
    if result.record_error is not None:
        sys.stderr.write(
            f"convivio: error: the files are written, but Convivio could not note who received "
            f"them: {result.record_error}\n"
        )
        return EXIT_ERROR
    return 0


def print_export(result: InviteExport) -> None:
    plan = result.plan
    what = "cancellations" if plan.method.value == "CANCEL" else "invitations"
    print(
        f"Wrote {len(plan.recipients)} {what} for “{plan.event.title}” (SEQUENCE "
        f"{plan.sequence}) to {result.written.folder}: {len(result.written.files)} files "
        "including all.ics."
    )
    if plan.skipped:
        counts = ", ".join(
            f"{n} {SKIP_WORDS[reason]}" for reason, n in plan.skipped_by_reason().items()
        )
        print(f"Skipped {len(plan.skipped)}: {counts}.")
        for skipped in plan.skipped:
            who = f"{skipped.name} <{skipped.email}>" if skipped.email else skipped.name
            print(f"  {who}: {SKIP_WORDS[skipped.reason]}")


def export_json(result: InviteExport) -> dict[str, Any]:
    plan = result.plan
    return {
        "event": {"id": plan.event.id, "uuid": plan.event.uuid, "title": plan.event.title},
        "method": plan.method.value,
        "mode": plan.mode.value,
        "sequence": plan.sequence,
        "folder": str(result.written.folder),
        "files": [str(path) for path in result.written.files],
        "recipients": [
            {"name": r.name, "email": r.email, "why": r.why.value} for r in plan.recipients
        ],
        "skipped": [
            {"name": s.name, "email": s.email, "reason": s.reason.value} for s in plan.skipped
        ],
        "recorded": result.record_error is None,
    }


def run_feed(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services
    if args.event is not None:
        event = services.events.find(args.event)
        path = services.invites.add_to_calendar(event.id, args.out)
        print(f"Wrote the “add to my calendar” file of “{event.title}” to {path}.")
        return 0
    result = services.invites.feed(args.out, public_only=args.public_only)
    kind = "public event" if args.public_only else "event"
    plural = "" if result.events == 1 else "s"
    print(f"Wrote {result.events} {kind}{plural} to {result.path}.")
    return 0


def run_replies_import(args: argparse.Namespace, ctx: CliContext) -> int:
    result = ctx.services.invites.import_replies(args.files)
    if args.json:
        print_json(replies_json(result))
    else:
        for item in result.results:
            print(describe_reply(item))
        accepted = len(result.results) - len(result.rejected)
        print(
            f"{accepted} accepted ({len(result.changed)} changed a guest's answer), "
            f"{len(result.rejected)} rejected."
        )
    return EXIT_REJECTED if result.rejected else 0


def describe_reply(item: ReplyResult) -> str:
    check = item.check
    if not check.accepted:
        return f"rejected  {check.problem}"
    assert check.wanted is not None
    answer = check.wanted.value
    now = item.response.value if item.response is not None else answer
    if item.response is not None and item.response is not check.wanted:
        state = f"{answer} → {now} (the event is full)"
    elif item.changed:
        state = answer
    else:
        state = f"{answer} (no change)"
    line = f"accepted  {check.source}: {check.guest} <{check.email}>, {check.event_title}: {state}"
    return line + (f". {item.message}" if item.message else "")


def replies_json(result: RepliesImport) -> dict[str, Any]:
    files = []
    for item in result.results:
        check = item.check
        files.append(
            {
                "file": check.source,
                "accepted": check.accepted,
                "reason": check.reason or None,
                "message": check.problem or item.message,
                "event": check.event_title or None,
                "guest": check.guest or None,
                "email": check.email or None,
                "answer": check.wanted.value if check.wanted else None,
                "response": item.response.value if item.response else None,
                "waitlisted": check.wanted is RsvpResponse.GOING
                and item.response is RsvpResponse.WAITLISTED,
                "changed": item.changed,
            }
        )
    return {
        "files": files,
        "accepted": len(result.results) - len(result.rejected),
        "rejected": len(result.rejected),
        "changed": len(result.changed),
    }
