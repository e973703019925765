"""The argument parser shared by the GUI launcher and the commands."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from app import __version__

EXIT_USAGE = 2


class CliParser(argparse.ArgumentParser):
    """argparse with one-line errors: `convivio: error: …` on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> CliParser:
    from app.cli import commands

    parser = CliParser(
        prog="convivio",
        description="Organize meetups, dinners and communities. "
        "Without a command, the Convivio window opens.",
    )
    parser.add_argument("--version", action="version", version=f"convivio {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $CONVIVIO_DB, else the file in your "
        "user data folder)",
    )
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="open the window and exit 0 once it is shown, its first section loaded and the "
        "event loop idle (smoke tests, start-up measurement)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)
    commands.register_all(sub)
    return parser


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(sys.argv[1:] if argv is None else argv)
