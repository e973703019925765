"""Opening the window parses only the window's options; everything else gets the full parser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.cli.parser import opens_the_window, parse


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["--db", "x.sqlite3"], True),
        (["--db=x.sqlite3", "--quit-when-ready", "-v"], True),
        (["--db"], False),  # the full parser reports the missing value
        (["events", "list"], False),
        (["--db", "x", "events", "list"], False),
        (["--help"], False),
        (["--version"], False),
        (["--unknown"], False),
    ],
)
def test_which_arguments_open_the_window(argv: list[str], window: bool) -> None:
    assert opens_the_window(argv) is window


def test_the_window_gets_the_same_namespace_as_before() -> None:
    args = parse(["--db", "x.sqlite3", "--quit-when-ready"])
    assert (args.command, args.db, args.quit_when_ready, args.verbose) == (
        None,
        "x.sqlite3",
        True,
        False,
    )


def test_opening_the_window_loads_no_command_module() -> None:
    code = (
        "import sys; from app.cli.parser import parse; parse(['--db', 'x']); "
        "print(sorted(m for m in sys.modules if m.startswith('app.cli.commands.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
