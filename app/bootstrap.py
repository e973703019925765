"""Composition root: parse arguments, set up logging, then run a command or open the window.

Imports stay inside functions so that `convivio --version` and the command line never load Qt,
and the window's start-up loads only what it needs.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("Convivio", appauthor=False)) / "convivio.log"


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
            handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
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
    (looking for `from __feature__ import`), which makes each later import slower. The data
    layer is not preloaded: the window opens first and the database follows in a worker.
    """
    import platform  # noqa: F401
    import traceback  # noqa: F401
    import zoneinfo  # noqa: F401

    import app.domain.errors
    import app.domain.events
    import app.domain.people
    import app.services.changes
    import app.services.dto  # noqa: F401


def main_gui() -> int:
    return main()
