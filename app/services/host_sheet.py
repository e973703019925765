"""Gathers what a venue's host needs for an event, and prints it with the host-sheet exporter."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import NameOrder, RsvpResponse
from app.domain.errors import NotFound, ValidationError
from app.domain.messages import msg
from app.domain.people import full_name
from app.domain.text import clean, fold
from app.domain.venues import AMENITY_WORDS, Amenity
from app.exporters.host_sheet_model import (
    CancelledFn,
    HostSheet,
    HostSheetReport,
    ProgressFn,
    SheetGuest,
    SheetPerson,
)
from app.storage import queries
from app.storage.database import Database
from app.storage.orm import Organization, Person, PersonEmail, Rsvp, Venue, VenueRoom

_NEEDS_SPLIT = re.compile(r"\s*(?:[,;/+&\n]|\band\b)\s*", re.IGNORECASE)


def dietary_summary(entries: list[str]) -> tuple[tuple[tuple[str, int], ...], int]:
    """Counts per dietary need ("vegetarian, no nuts" counts for both), most common first,
    and how many people named none. Spellings that differ only in case or accents merge."""
    counts: dict[str, int] = {}
    spelling: dict[str, str] = {}
    nothing = 0
    for entry in entries:
        needs = {fold(n): clean(n) for n in _NEEDS_SPLIT.split(entry or "") if clean(n)}
        if not needs:
            nothing += 1
        for key, text in needs.items():
            counts[key] = counts.get(key, 0) + 1
            spelling.setdefault(key, text.lower() if text.isascii() else text)
    ordered = sorted(counts, key=lambda k: (-counts[k], spelling[k]))
    return tuple((spelling[k], counts[k]) for k in ordered), nothing


def room_size(seated: int | None, standing: int | None) -> str:
    sizes = [f"{n} {word}" for n, word in ((seated, "seated"), (standing, "standing")) if n]
    return ", ".join(sizes)


@dataclass(frozen=True)
class HostSheetRequest:
    event_id: int
    out_path: Path
    force_guest_list: bool = False
    """Include the guest list even when the venue doesn't ask for one."""


class HostSheetService:
    """Builds host sheets; the export itself may run in a worker (it opens its own session)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def gather(self, event_id: int, *, force_guest_list: bool = False) -> HostSheet:
        with self._db.read() as session:
            rows = queries.event_rows(session, [event_id])
            if not rows:
                raise NotFound(msg("This event no longer exists."))
            event = rows[0]
            if event.venue_id is None:
                raise ValidationError(
                    "venue",
                    msg(
                        "“{event_title}” has no venue yet; choose one before the host sheet.",
                        event_title=event.title,
                    ),
                )
            venue = session.get(Venue, event.venue_id)
            assert venue is not None
            room = session.get(VenueRoom, event.room_id) if event.room_id is not None else None
            guests = session.execute(
                select(
                    Person.given_name,
                    Person.family_name,
                    Person.name_order,
                    Rsvp.guests,
                    Rsvp.dietary,
                    Organization.name.label("organization"),
                )
                .join(Person, Person.id == Rsvp.person_id)
                .outerjoin(Organization, Organization.id == Person.organization_id)
                .where(Rsvp.event_id == event_id, Rsvp.response == RsvpResponse.GOING.value)
            ).all()
            contact = self._contact(session, event.day_contact_id)
            listing = force_guest_list or venue.guest_list_days_before is not None
            listing = listing or venue.id_required
            needs, no_needs = dietary_summary([g.dietary for g in guests])
            ordered = sorted(
                guests, key=lambda g: (fold(g.family_name or g.given_name), fold(g.given_name))
            )
            return HostSheet(
                event_title=event.title,
                starts_at=event.starts_at,
                ends_at=event.ends_at,
                timezone=venue.timezone or event.timezone,
                all_day=event.all_day,
                venue=venue.name,
                organization=venue.organization.name if venue.organization else "",
                room=room.name if room else "",
                room_size=room_size(room.seated, room.standing) if room else "",
                address=venue.address,
                access=venue.access_notes,
                expected=int(event.going),
                capacity=event.capacity,
                setup=event.setup_notes,
                amenities=tuple(
                    AMENITY_WORDS[Amenity(a)] if a in set(Amenity) else a
                    for a in venue.amenities or ()
                ),
                food_rules=venue.food_rules,
                house_rules=venue.house_rules,
                dietary=needs,
                no_dietary=no_needs,
                day_contact=contact,
                id_required=venue.id_required,
                security=venue.security_notes,
                guest_list=tuple(
                    SheetGuest(
                        full_name(g.given_name, g.family_name, NameOrder(g.name_order)),
                        g.organization or "",
                        g.guests,
                    )
                    for g in ordered
                )
                if listing
                else None,
                generated_at=datetime.now(UTC).astimezone(),
            )

    @staticmethod
    def _contact(session: Session, person_id: int | None) -> SheetPerson | None:
        """The contact on the day (None when not chosen: `id = NULL` matches nobody)."""
        email = (
            select(PersonEmail.address)
            .where(PersonEmail.person_id == Person.id)
            .order_by(PersonEmail.position)
            .limit(1)
            .correlate(Person)
            .scalar_subquery()
        )
        row = session.execute(
            select(
                Person.given_name,
                Person.family_name,
                Person.name_order,
                Person.phone,
                email.label("email"),
            ).where(Person.id == person_id)
        ).first()
        if row is None:
            return None
        name = full_name(row.given_name, row.family_name, NameOrder(row.name_order))
        return SheetPerson(name, row.phone, row.email or "")

    def export(
        self,
        request: HostSheetRequest,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> HostSheetReport:
        sheet = self.gather(request.event_id, force_guest_list=request.force_guest_list)
        from app.exporters.host_sheet import render_host_sheet  # loads ReportLab

        return render_host_sheet(
            sheet,
            request.out_path,
            progress=progress or (lambda _d, _t: None),
            cancelled=cancelled or (lambda: False),
        )

    def work(
        self, request: HostSheetRequest
    ) -> Callable[[ProgressFn, CancelledFn], HostSheetReport]:
        """The export as a `Job` work function: `fn(progress, cancelled)`."""

        def run(progress: ProgressFn, cancelled: CancelledFn) -> HostSheetReport:
            return self.export(request, progress=progress, cancelled=cancelled)

        return run
