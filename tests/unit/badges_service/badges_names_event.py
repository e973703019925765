"""A dinner whose guests are exactly the people of names.tsv (every script, very long names).

Shared by the badge service, CLI and dialog tests: it goes through the real services, so the
names make the whole trip from the database to the PDF.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from app.domain.enums import AttendeeRole, EventKind, NameOrder, RsvpResponse
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.services.container import Services

NAMES_TSV = Path(__file__).resolve().parents[2] / "data" / "badges" / "names.tsv"
TITLE = "Names dinner"


def names_rows() -> list[dict[str, str]]:
    with NAMES_TSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def printed_name(row: dict[str, str]) -> str:
    """The whole name as the person's name order prints it (no space between CJK parts)."""
    given, family = row["given"], row["family"]
    if row["name_order"] != NameOrder.FAMILY_FIRST.value:
        return f"{given} {family}"
    cjk = ord(given[0]) > 0x2E80 and ord(family[0]) > 0x2E80
    return f"{family}{given}" if cjk else f"{family} {given}"


def make_names_event(services: Services, title: str = TITLE) -> tuple[int, list[int]]:
    """The event and its RSVP ids, in names.tsv order: everyone going, first a host, second a
    speaker, third on the core team; the rest are guests."""
    event = services.events.create(
        EventDraft(
            title=title,
            kind=EventKind.DINNER,
            start=datetime(2026, 12, 3, 19, 30),
            end=datetime(2026, 12, 3, 23, 0),
            timezone="Europe/Berlin",
        )
    ).item
    person_ids = [
        services.people.create(
            PersonDraft(
                given_name=row["given"],
                family_name=row["family"],
                name_order=NameOrder(row["name_order"]),
                organization=row["organization"],
                job_title=row["title"],
                emails=(row["email"],),
            )
        ).item.id
        for row in names_rows()
    ]
    outcome = services.rsvps.invite(event.id, person_ids, response=RsvpResponse.GOING)
    rows = {r.person_id: r.id for r in services.rsvps.rows(outcome.rsvp_ids)}
    rsvp_ids = [rows[p] for p in person_ids]
    for rsvp_id, role in zip(
        rsvp_ids, (AttendeeRole.HOST, AttendeeRole.SPEAKER, AttendeeRole.CORE), strict=False
    ):
        services.rsvps.set_role([rsvp_id], role)
    return event.id, rsvp_ids
