"""Frozen values of follow-ups, templates and person histories, free of SQLAlchemy and Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from app.domain.core import Attendance, check_template, mailto_url
from app.domain.enums import Channel, CoreStage, EventKind, EventStatus, RsvpResponse
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.domain.people import MAX_NAME
from app.domain.text import clean


class FollowupSource(StrEnum):
    CONVERSATION = "conversation"
    VENUE = "venue"
    """A venue partnership step (the venue-partner pipeline's follow-ups)."""
    THANK_HOST = "thank-host"
    """Thanking a venue partner for hosting an event: the day after it, until a "thanked"
    step is logged (`id` is the event's)."""


@dataclass(frozen=True, slots=True)
class FollowupItem:
    source: FollowupSource
    id: int
    """The interaction's id, the venue step's, or (thanking a host) the event's."""
    due_on: date
    person_id: int | None
    venue_id: int | None
    name: str
    """The person's name, or the venue's."""
    event_id: int | None
    event_title: str
    channel: str
    note: str
    stage: CoreStage | None
    """Where the person stands in the event's core, if they are a candidate."""


@dataclass(frozen=True, slots=True)
class WaitingItem:
    candidate_id: int
    person_id: int
    name: str
    event_id: int
    event_title: str
    asked_at: datetime


@dataclass(frozen=True, slots=True)
class KeepInTouchItem:
    person_id: int
    name: str
    cadence_days: int
    last_contact: datetime | None
    due_on: date


@dataclass(frozen=True, slots=True)
class AfterEventPerson:
    person_id: int
    name: str


@dataclass(frozen=True)
class AfterEvent:
    event_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    recorded: bool
    """Someone was checked in, so a missing check-in means a missed event."""
    attended: tuple[AfterEventPerson, ...]
    missed: tuple[AfterEventPerson, ...]


@dataclass(frozen=True)
class Section:
    """A limited list and how many there are in all."""

    items: tuple[Any, ...]
    total: int


@dataclass(frozen=True)
class TodayDigest:
    """Everything the Today view shows, as of `today`. Each list is limited; `total` says
    how many there are in all."""

    today: date
    overdue: Section
    due_today: Section
    upcoming: Section
    """Due in the next days (tomorrow first)."""
    waiting: Section
    waiting_days: int
    keep_in_touch: Section
    after_events: tuple[AfterEvent, ...]

    @property
    def is_empty(self) -> bool:
        return not (
            self.overdue.items
            or self.due_today.items
            or self.upcoming.items
            or self.waiting.items
            or self.keep_in_touch.items
            or any(e.attended or e.missed for e in self.after_events)
        )


MAX_SUBJECT = 300


@dataclass(frozen=True)
class TemplateDraft:
    name: str = ""
    subject: str = ""
    body: str = ""

    def validated(self) -> TemplateDraft:
        name = clean(self.name)
        if not name:
            raise ValidationError("name", msg("A template needs a name."))
        if len(name) > MAX_NAME:
            raise ValidationError(
                "name", msg("The name is longer than {limit} characters.", limit=MAX_NAME)
            )
        subject = clean(self.subject)
        if len(subject) > MAX_SUBJECT:
            raise ValidationError(
                "subject",
                msg("The subject is longer than {limit} characters.", limit=MAX_SUBJECT),
            )
        body = (self.body or "").strip("\n")
        if not body.strip():
            raise ValidationError("body", msg("A template needs some text."))
        check_template(subject, "subject")
        check_template(body, "body")
        return TemplateDraft(name, subject, body)


@dataclass(frozen=True, slots=True)
class TemplateDto:
    id: int
    key: str
    name: str
    subject: str
    body: str
    updated_at: datetime
    version: int

    def to_draft(self) -> TemplateDraft:
        return TemplateDraft(self.name, self.subject, self.body)


@dataclass(frozen=True)
class FilledMessage:
    template_id: int
    template_name: str
    person_id: int
    event_id: int | None
    to: str
    """The person's first e-mail address ("" if they have none)."""
    subject: str
    body: str

    @property
    def mailto(self) -> str:
        return mailto_url(self.to, self.subject, self.body)


@dataclass(frozen=True, slots=True)
class AttendanceFigures:
    attended: int = 0
    no_shows: int = 0

    @property
    def no_show_rate(self) -> float | None:
        """Share of the events they said they'd come to and didn't, or None if none ended."""
        total = self.attended + self.no_shows
        return None if total == 0 else self.no_shows / total


@dataclass(frozen=True, slots=True)
class HistoryEvent:
    event_id: int
    title: str
    kind: EventKind
    status: EventStatus
    starts_at: datetime
    timezone: str
    all_day: bool
    response: RsvpResponse
    source: str
    attendance: Attendance
    checked_in_at: datetime | None


@dataclass(frozen=True, slots=True)
class Conversation:
    id: int
    occurred_at: datetime
    channel: Channel
    note: str
    event_id: int | None
    event_title: str
    stage_from: CoreStage | None
    stage_to: CoreStage | None
    follow_up_on: date | None
    follow_up_done_at: datetime | None


@dataclass(frozen=True, slots=True)
class CoreInvolvement:
    candidate_id: int
    event_id: int
    event_title: str
    starts_at: datetime
    timezone: str
    stage: CoreStage
    stage_changed_at: datetime


@dataclass(frozen=True)
class PersonHistory:
    person_id: int
    display_name: str
    call_name: str
    pronouns: str
    emails: tuple[str, ...]
    organization: str
    job_title: str
    tags: tuple[str, ...]
    notes: str
    how_we_met: str
    events: tuple[HistoryEvent, ...]
    """Newest first."""
    conversations: tuple[Conversation, ...]
    """Newest first."""
    core: tuple[CoreInvolvement, ...]
    figures: AttendanceFigures
    last_contact: datetime | None
