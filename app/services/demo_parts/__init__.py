"""Demo data for each area, added after the people, events and RSVPs exist.

Every module here exposes `extend(ctx: DemoContext) -> None`; `demo.generate` runs them in
name order inside its transaction, so an area adds its sample data without touching demo.py.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session


@dataclass
class DemoContext:
    session: Session
    rng: random.Random
    now: datetime
    today: date
    people: list[dict[str, Any]]
    """Person rows as inserted (ids, names, organization_id…)."""
    events: list[dict[str, Any]]
    venues: list[dict[str, Any]]
    rsvps: list[dict[str, Any]]


def extend_all(ctx: DemoContext) -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        module.extend(ctx)
