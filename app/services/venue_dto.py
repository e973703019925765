"""Frozen values about venue partners that the UI and the command line hold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from app.domain.enums import Channel, EventStatus, PartnershipTerms, PartnerStage
from app.domain.venues import ContactDraft, RoomDraft, VenueDraft
from app.services.changes import Changes
from app.services.dto import Tombstone


@dataclass(frozen=True, slots=True)
class RoomDto:
    id: int
    name: str
    seated: int | None
    standing: int | None
    notes: str

    def to_draft(self) -> RoomDraft:
        return RoomDraft(self.name, self.seated, self.standing, self.notes, self.id)


@dataclass(frozen=True, slots=True)
class ContactDto:
    person_id: int
    name: str
    role: str
    email: str
    phone: str
    organization: str


@dataclass(frozen=True)
class VenueDto:
    """A venue partner with its rooms, contacts and a summary of what it hosted."""

    id: int
    name: str
    organization_id: int | None
    organization: str
    address: str
    timezone: str
    capacity: int | None
    access_notes: str
    url: str
    amenities: tuple[str, ...]
    food_rules: str
    house_rules: str
    closing_time: time | None
    guest_list_days_before: int | None
    id_required: bool
    security_notes: str
    links: tuple[str, ...]
    terms: PartnershipTerms
    cost: Decimal | None
    currency: str
    gives_back: tuple[str, ...]
    partnership_notes: str
    notes: str
    stage: PartnerStage
    next_follow_up_on: date | None
    rooms: tuple[RoomDto, ...]
    contacts: tuple[ContactDto, ...]
    events_hosted: int
    """Events held there that have ended and were not cancelled."""
    last_event_on: date | None
    last_thanked_on: date | None
    thank_due_on: date | None
    """The earliest "thank the host" still open for an event held there."""
    updated_at: datetime
    version: int

    @property
    def largest_room(self) -> int | None:
        sizes = [n for r in self.rooms for n in (r.seated, r.standing) if n is not None]
        return max(sizes) if sizes else self.capacity

    @property
    def asks_for_guest_list(self) -> bool:
        return self.guest_list_days_before is not None or self.id_required

    def to_draft(self) -> VenueDraft:
        return VenueDraft(
            name=self.name,
            organization=self.organization,
            address=self.address,
            timezone=self.timezone,
            capacity=self.capacity,
            access_notes=self.access_notes,
            url=self.url,
            amenities=self.amenities,
            food_rules=self.food_rules,
            house_rules=self.house_rules,
            closing_time=self.closing_time,
            guest_list_days_before=self.guest_list_days_before,
            id_required=self.id_required,
            security_notes=self.security_notes,
            links=self.links,
            terms=self.terms,
            cost=self.cost,
            currency=self.currency,
            gives_back=self.gives_back,
            partnership_notes=self.partnership_notes,
            notes=self.notes,
            rooms=tuple(r.to_draft() for r in self.rooms),
            contacts=tuple(ContactDraft(c.person_id, c.role) for c in self.contacts),
        )


@dataclass(frozen=True, slots=True)
class VenueStepDto:
    id: int
    venue_id: int
    event_id: int | None
    event_title: str
    stage_from: PartnerStage | None
    stage_to: PartnerStage
    occurred_at: datetime
    channel: Channel
    note: str
    follow_up_on: date | None
    follow_up_done_at: datetime | None
    actor: str


@dataclass(frozen=True, slots=True)
class HostedEventDto:
    """One event at a venue, for the partner's history."""

    event_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    all_day: bool
    status: EventStatus
    room: str
    headcount: int
    checked_in: bool
    """True: `headcount` counts people checked in (with guests); False: going plus guests."""
    ended: bool
    thanked_on: date | None
    thank_due_on: date | None


@dataclass(frozen=True, slots=True)
class ThankHostDue:
    """A host still to be thanked for an event; due the day after it, where the venue is."""

    venue_id: int
    venue: str
    event_id: int
    event_title: str
    event_day: date
    due_on: date


@dataclass(frozen=True, slots=True)
class VenueFollowUp:
    """Something to do for a venue partner on a day: a logged follow-up, or thanking a host."""

    venue_id: int
    venue: str
    due_on: date
    step_id: int | None
    """The step that set the follow-up (None for a "thank the host" computed from an event)."""
    event_id: int | None
    event_title: str
    note: str

    @property
    def thank_host(self) -> bool:
        return self.step_id is None


@dataclass(frozen=True)
class StepLogged:
    """A logged step, and the older follow-ups of the venue it closed (undo reopens them)."""

    step: VenueStepDto
    closed: tuple[int, ...]
    changes: Changes


@dataclass(frozen=True)
class StepRemoved:
    tombstone: Tombstone
    reopened: tuple[int, ...]
    """Follow-ups the removed step had closed, open again now."""
    changes: Changes
