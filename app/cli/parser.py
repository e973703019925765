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


def build_parser(*, with_commands: bool = True) -> CliParser:
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
    parser.set_defaults(command=None)
    if with_commands:
        from app.cli import commands

        sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)
        commands.register_all(sub)
    return parser


_WINDOW_FLAGS = frozenset({"--quit-when-ready", "-v", "--verbose"})


def opens_the_window(argv: list[str]) -> bool:
    """True when `argv` has only the window's own options: no command, no --help/--version.
    Then the commands (and the modules they import) need not be loaded at all, which saves
    the window a noticeable part of its start-up."""
    rest = iter(argv)
    for arg in rest:
        if arg == "--db":
            if next(rest, None) is None:
                return False  # let the full parser say what is missing
        elif not (arg.startswith("--db=") or arg in _WINDOW_FLAGS):
            return False
    return True


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    argv = sys.argv[1:] if argv is None else argv
    return build_parser(with_commands=not opens_the_window(argv)).parse_args(argv)
