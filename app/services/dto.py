"""Frozen values the UI holds instead of ORM objects; they never lazy-load or go stale."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Generic, TypeVar

from app.domain.enums import EventKind, EventStatus, NameOrder, OrganizationKind
from app.domain.events import EventDraft, last_day, to_local
from app.domain.people import OrganizationDraft, PersonDraft
from app.services.changes import Changes, Kind

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One line of the people list (kept lean: 100,000 of these stay in memory)."""

    id: int
    display_name: str
    call_name: str
    email: str
    organization: str
    job_title: str
    tags: str
    search_key: str
    updated_at: datetime


@dataclass(frozen=True)
class PersonDto:
    id: int
    given_name: str
    family_name: str
    name_order: NameOrder
    preferred_name: str
    pronouns: str
    emails: tuple[str, ...]
    phone: str
    organization_id: int | None
    organization: str
    job_title: str
    tags: tuple[str, ...]
    notes: str
    how_we_met: str
    created_at: datetime
    updated_at: datetime
    version: int
    display_name: str

    def to_draft(self) -> PersonDraft:
        return PersonDraft(
            given_name=self.given_name,
            family_name=self.family_name,
            name_order=self.name_order,
            preferred_name=self.preferred_name,
            pronouns=self.pronouns,
            emails=self.emails,
            phone=self.phone,
            organization=self.organization,
            job_title=self.job_title,
            tags=self.tags,
            notes=self.notes,
            how_we_met=self.how_we_met,
        )


@dataclass(frozen=True, slots=True)
class OrganizationDto:
    id: int
    name: str
    kind: OrganizationKind
    website: str
    notes: str
    people_count: int
    updated_at: datetime
    version: int

    def to_draft(self) -> OrganizationDraft:
        return OrganizationDraft(
            name=self.name, kind=self.kind, website=self.website, notes=self.notes
        )


@dataclass(frozen=True, slots=True)
class EventDto:
    id: int
    uuid: str
    title: str
    kind: EventKind
    status: EventStatus
    description: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    all_day: bool
    capacity: int | None
    venue_id: int | None
    venue: str
    room_id: int | None
    room: str
    core_target: int | None
    core_counted: int
    """Core candidates who committed or confirmed, toward `core_target`."""
    agenda: str
    practical_info: str
    setup_notes: str
    day_contact_id: int | None
    url: str
    public: bool
    sequence: int
    going: int
    """People answering "going" plus their guests."""
    updated_at: datetime
    version: int

    @property
    def start_local(self) -> datetime:
        return to_local(self.starts_at, self.timezone)

    @property
    def end_local(self) -> datetime:
        return to_local(self.ends_at, self.timezone)

    @property
    def last_day(self) -> date:
        return last_day(self.ends_at, self.timezone)

    def to_draft(self) -> EventDraft:
        end = (
            datetime.combine(self.last_day, datetime.min.time())
            if self.all_day
            else (self.end_local)
        )
        return EventDraft(
            title=self.title,
            kind=self.kind,
            description=self.description,
            start=self.start_local,
            end=end,
            timezone=self.timezone,
            all_day=self.all_day,
            capacity=self.capacity,
            status=self.status,
            venue_id=self.venue_id,
            room_id=self.room_id,
            core_target=self.core_target,
            agenda=self.agenda,
            practical_info=self.practical_info,
            setup_notes=self.setup_notes,
            day_contact_id=self.day_contact_id,
            url=self.url,
            public=self.public,
        )


@dataclass(frozen=True, slots=True)
class VenueChoice:
    """A venue and its rooms, as offered in the event dialog."""

    id: int
    name: str
    rooms: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class BackupInfo:
    """One backup of a solo database, as listed in File → Restore from Backup…"""

    path: Path
    taken_at: datetime
    reason: str
    size: int


@dataclass(frozen=True)
class Tombstone:
    """What a delete removed, held by an undo command so the rows can come back unchanged."""

    kind: Kind
    ids: tuple[int, ...]
    payload: object
    """Opaque to the UI: the storage layer's copy of every affected row."""


@dataclass(frozen=True)
class Created(Generic[T]):
    item: T
    changes: Changes


@dataclass(frozen=True)
class Edited(Generic[T]):
    before: T
    after: T
    changes: Changes


@dataclass(frozen=True)
class Removed:
    tombstone: Tombstone
    changes: Changes
