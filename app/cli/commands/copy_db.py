"""`convivio copy-db --from SOURCE --to TARGET`: move a database, e.g. to a team server."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.context import CliContext
from app.cli.output import print_json


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "copy-db",
        help="copy a whole database into an empty one (SQLite file ⇄ PostgreSQL server)",
        description="Copies every row, verifies the row counts, and refuses a target that "
        "already holds data.",
    )
    p.add_argument("--from", dest="source", required=True, metavar="PATH_OR_URL")
    p.add_argument("--to", dest="target", required=True, metavar="PATH_OR_URL")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, _ctx: CliContext) -> int:
    from app.services.copy_db import copy_database

    def progress(table: str, rows: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{table}: {rows:,} rows   ")

    report = copy_database(args.source, args.target, progress=progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    if args.json:
        print_json({"source": report.source, "target": report.target, "rows": report.rows})
    else:
        print(
            f"Copied {report.total:,} rows from {report.source} to {report.target}; "
            "row counts verified."
        )
    return 0
