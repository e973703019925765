"""Composition root: parse arguments, set up logging, then run a command or open the window.

Imports stay inside functions so that `convivio --version` and the command line never load Qt,
and the window's start-up loads only what it needs.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("Convivio", appauthor=False)) / "convivio.log"


LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def _rotated_log_handler(path: Path) -> logging.FileHandler:
    """Append to the log, moving it to .1 (.2, .3) first when it has grown past 1 MB.

    Rotating once at start-up, not while writing, keeps logging.handlers (and the socket and
    pickle modules it loads) off the window's start-up path."""
    if path.exists() and path.stat().st_size > LOG_MAX_BYTES:
        for number in range(LOG_BACKUPS - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                older.replace(path.with_name(f"{path.name}.{number + 1}"))
        path.replace(path.with_name(f"{path.name}.1"))
    return logging.FileHandler(path, encoding="utf-8")


def configure_logging(*, verbose: bool, to_file: bool) -> None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("convivio: %(levelname)s: %(message)s"))
    root.addHandler(console)
    if to_file:
        try:
            path = log_file()
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = _rotated_log_handler(path)
            handler.setFormatter(logging.Formatter(LOG_FORMAT))
            root.addHandler(handler)
        except OSError as error:  # a read-only home must not stop the app
            logging.getLogger(__name__).warning("no log file: %s", error)


def main(argv: list[str] | None = None) -> int:
    from app.cli.parser import parse

    args = parse(argv)
    configure_logging(verbose=args.verbose, to_file=args.command is None)
    if args.command is not None:
        from app.cli.main import run

        return run(args)
    _preload_qt_free_modules()
    from app.ui.application import run_gui

    return run_gui(args)


def _preload_qt_free_modules() -> None:
    """Import the window's Qt-free dependencies before PySide6.

    Once PySide6 is loaded, its import hook reads the source of every module imported after it
    (looking for `from __feature__ import`), which makes each later import slower. Only what
    the bare window needs is here: the first section is built after the window's first paint,
    and the data layer follows in a worker.
    """
    import dataclasses  # noqa: F401

    import app.domain.errors
    import app.domain.messages
    import app.services.changes  # noqa: F401


def main_gui() -> int:
    return main()
