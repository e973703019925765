"""One module per area; each has `register(subparsers)` adding its commands.

Modules are found by listing this package, so a new area adds a file and nothing else.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from typing import Any


def register_all(sub: argparse._SubParsersAction[Any]) -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        module.register(sub)
