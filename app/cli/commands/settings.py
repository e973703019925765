"""`convivio settings show` and `convivio settings set KEY VALUE`: what everyone on the database
shares — the organizer's name and e-mail (ORGANIZER of calendar invitations, where replies
go) and the time zone new events start in."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from app.cli.context import CliContext
from app.cli.output import print_json, print_record

if TYPE_CHECKING:  # the data layer loads only when a command runs
    from app.services.shared_settings import SharedSettings

KEYS = {
    "organizer-name": "organizer_name",
    "organizer-email": "organizer_email",
    "default-timezone": "default_timezone",
}


def register(sub: argparse._SubParsersAction[Any]) -> None:
    settings = sub.add_parser(
        "settings",
        help="settings shared by everyone on the database (organizer, default time zone)",
        description=__doc__,
    )
    ssub = settings.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = ssub.add_parser("show", help="print the shared settings")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)
    put = ssub.add_parser("set", help="change one setting (an empty VALUE clears it)")
    put.add_argument("key", metavar="KEY", choices=list(KEYS), help=", ".join(KEYS))
    put.add_argument("value", metavar="VALUE")
    put.set_defaults(func=run_set)


def as_dict(settings: SharedSettings) -> dict[str, str]:
    return {key: getattr(settings, attribute) for key, attribute in KEYS.items()}


def run_show(args: argparse.Namespace, ctx: CliContext) -> int:
    values = as_dict(ctx.services.settings.get())
    if args.json:
        print_json(values)
    else:
        print_record({key: value or "(not set)" for key, value in values.items()})
    return 0


def run_set(args: argparse.Namespace, ctx: CliContext) -> int:
    service = ctx.services.settings
    draft = replace(service.get(), **{KEYS[args.key]: args.value})
    _before, after, _changes = service.save(draft)
    value = as_dict(after)[args.key]
    print(f"{args.key}: {value}" if value else f"{args.key}: (not set)")
    return 0
