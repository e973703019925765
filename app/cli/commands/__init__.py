"""One module per area; each registers its subcommands and the function that runs them."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.commands import demo, events, people


def register_all(sub: argparse._SubParsersAction[Any]) -> None:
    for module in (demo, events, people):
        module.register(sub)
