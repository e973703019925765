"""`convivio demo`: fill a database with realistic, multilingual sample data."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.context import CliContext
from app.cli.output import print_json


def _positive(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "demo", help="add realistic demo data (people, events, RSVPs, conversations)"
    )
    p.add_argument("--people", type=_positive, default=200, metavar="N")
    p.add_argument("--events", type=_positive, default=20, metavar="M")
    p.add_argument(
        "--rsvps",
        type=_positive,
        default=None,
        metavar="R",
        help="total RSVPs (default: 100 per event)",
    )
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services.demo import DemoRequest, generate

    def progress(done: int, total: int) -> None:
        if total >= 20000 and sys.stderr.isatty():
            sys.stderr.write(f"\r{done:,} / {total:,} people")

    result = generate(
        ctx.services.db,
        DemoRequest(people=args.people, events=args.events, seed=args.seed, rsvps=args.rsvps),
        progress=progress,
    )
    figures = {
        "people": result.people,
        "organizations": result.organizations,
        "events": result.events,
        "rsvps": result.rsvps,
        "interactions": result.interactions,
    }
    if args.json:
        print_json(figures)
    else:
        print(", ".join(f"{v:,} {k}" for k, v in figures.items()))
    return 0
