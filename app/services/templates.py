"""Message templates: reusable asks and thank-yous, filled from a person and an event.

The six defaults are written on first use (once: a deleted default stays deleted). Copying or
mailing a filled message logs the ask as a conversation with that person about that event.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import exc, select
from sqlalchemy.orm import Session

from app.domain.core import (
    ORGANIZER_NAME_KEY,
    ConversationDraft,
    MessageValues,
    WhenFormat,
    fill,
)
from app.domain.enums import Channel, NameOrder
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.messages import msg
from app.domain.people import MAX_NAME, call_name, full_name
from app.domain.text import clean
from app.services.base import Service
from app.services.changes import Changes, Kind
from app.services.core_dto import Patch, Patched
from app.services.core_patch import PatchRecorder, revert
from app.services.dto import Created, Edited, Removed
from app.services.followup_dto import FilledMessage, TemplateDraft, TemplateDto
from app.services.followups import record_conversation
from app.services.templates_defaults import DEFAULTS
from app.storage.database import Database
from app.storage.orm import Event, MessageTemplate, Person, PersonEmail, Setting, Venue

SEEDED_KEY = "templates.seeded"


def _dto(t: MessageTemplate) -> TemplateDto:
    return TemplateDto(t.id, t.key, t.name, t.subject, t.body, t.updated_at, t.version)


def _setting(session: Session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


class TemplateService(Service):
    kind = Kind.TEMPLATE
    table = "message_templates"

    def __init__(self, db: Database) -> None:
        super().__init__(db)

    # -- reading -------------------------------------------------------------------------------

    def list_all(self) -> list[TemplateDto]:
        """Every template by name; the defaults are added the first time anyone asks."""
        self._seed()
        with self._db.read() as session:
            found = session.scalars(select(MessageTemplate).order_by(MessageTemplate.id))
            return [_dto(t) for t in found]

    def rows(self, ids: Collection[int]) -> list[TemplateDto]:
        with self._db.read() as session:
            found = session.scalars(select(MessageTemplate).where(MessageTemplate.id.in_(ids)))
            return [_dto(t) for t in found]

    def get(self, template_id: int) -> TemplateDto:
        found = self.rows([template_id])
        if not found:
            raise NotFound(msg("This template no longer exists."))
        return found[0]

    def organizer_name(self) -> str:
        with self._db.read() as session:
            return _setting(session, ORGANIZER_NAME_KEY) or ""

    def values(self, person_id: int, event_id: int | None) -> MessageValues:
        """What the placeholders mean for this person (and event)."""
        with self._db.read() as session:
            return self._values(session, person_id, event_id)

    def fill(
        self,
        template_id: int,
        person_id: int,
        event_id: int | None,
        fmt: WhenFormat | None = None,
    ) -> FilledMessage:
        """The template's subject and text for this person and event.

        Raises:
            ValidationError: a placeholder can't be filled; its field names the placeholder.
        """
        template = self.get(template_id)
        with self._db.read() as session:
            values = self._values(session, person_id, event_id)
            to = session.scalar(
                select(PersonEmail.address)
                .where(PersonEmail.person_id == person_id)
                .order_by(PersonEmail.position)
                .limit(1)
            )
        return FilledMessage(
            template.id,
            template.name,
            person_id,
            event_id,
            to or "",
            fill(template.subject, values, fmt),
            fill(template.body, values, fmt),
        )

    # -- writing -------------------------------------------------------------------------------

    def create(self, draft: TemplateDraft) -> Created[TemplateDto]:
        valid = draft.validated()
        with self._db.transaction() as session:
            template = MessageTemplate(
                key=f"custom-{uuid.uuid4().hex[:12]}",
                name=valid.name,
                subject=valid.subject,
                body=valid.body,
            )
            session.add(template)
            session.flush()
            dto = _dto(template)
        return Created(dto, Changes.of(Kind.TEMPLATE, touched=[dto.id]))

    def update(
        self, template_id: int, draft: TemplateDraft, expected_version: int
    ) -> Edited[TemplateDto]:
        valid = draft.validated()
        with self._db.transaction() as session:
            template = session.get(MessageTemplate, template_id)
            if template is None:
                raise NotFound(msg("This template no longer exists."))
            if template.version != expected_version:
                raise ConflictError(
                    msg(
                        "“{name}” was changed by someone else after you opened it; nothing was "
                        "saved.",
                        name=template.name,
                    )
                )
            before = _dto(template)
            template.name, template.subject, template.body = valid.name, valid.subject, valid.body
            session.flush()
            after = _dto(template)
        return Edited(before, after, Changes.of(Kind.TEMPLATE, touched=[template_id]))

    def delete(self, ids: Iterable[int]) -> Removed:
        with self._db.transaction() as session:
            return self._remove(session, MessageTemplate, ids)

    def log_ask(
        self,
        message: FilledMessage,
        channel: Channel,
        *,
        note: str = "",
        now: datetime | None = None,
    ) -> Patched:
        """Record that `message` went to the person (copied or opened in the mail program)."""
        text = note or f"Sent “{message.template_name}”: {message.subject}".rstrip(": ")
        draft = ConversationDraft(channel=channel, note=text).validated()
        with self._db.transaction() as session:
            rec = PatchRecorder(session)
            record_conversation(
                session, rec, message.person_id, message.event_id, draft, now or datetime.now(UTC)
            )
            patch = rec.patch()
        return Patched(patch, patch.changes())

    def set_organizer_name(self, name: str) -> Patched:
        """The name that signs messages ({organizer_name}), shared by everyone on the database."""
        value = clean(name)
        if len(value) > MAX_NAME:
            raise ValidationError(
                "organizer_name",
                msg("The name is longer than {limit} characters.", limit=MAX_NAME),
            )
        with self._db.transaction() as session:
            rec = PatchRecorder(session)
            stored = session.get(Setting, ORGANIZER_NAME_KEY)
            if stored is None:
                rec.insert_keyed("settings", {"key": ORGANIZER_NAME_KEY, "value": value})
            elif stored.value != value:
                session.expunge(stored)
                rec.update("settings", ORGANIZER_NAME_KEY, {"value": value})
            patch = rec.patch()
        return Patched(patch, patch.changes())

    def revert(self, patch: Patch) -> Patched:
        return revert(self._db, patch)

    # -- helpers -------------------------------------------------------------------------------

    def _seed(self) -> None:
        with self._db.read() as session:
            if _setting(session, SEEDED_KEY) is not None:
                return
        try:
            with self._db.transaction() as session:
                if session.get(Setting, SEEDED_KEY) is not None:
                    return
                taken = set(session.scalars(select(MessageTemplate.key)))
                for key, name, subject, body in DEFAULTS:
                    if key not in taken:
                        session.add(MessageTemplate(key=key, name=name, subject=subject, body=body))
                session.add(Setting(key=SEEDED_KEY, value="1"))
        except exc.IntegrityError:
            return  # a teammate's window seeded them at the same moment

    @staticmethod
    def _values(session: Session, person_id: int, event_id: int | None) -> MessageValues:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound(msg("This person no longer exists."))
        event: Any = None
        venue = None
        if event_id is not None:
            event = session.get(Event, event_id)
            if event is None:
                raise NotFound(msg("This event no longer exists."))
            if event.venue_id is not None:
                venue = session.scalar(select(Venue.name).where(Venue.id == event.venue_id))
        return MessageValues(
            call_name=call_name(person.given_name, person.family_name, person.preferred_name),
            full_name=full_name(
                person.given_name, person.family_name, NameOrder(person.name_order)
            ),
            event_title=event.title if event else None,
            event_starts_at=event.starts_at if event else None,
            event_timezone=event.timezone if event else "UTC",
            event_all_day=bool(event.all_day) if event else False,
            venue=venue,
            organizer_name=_setting(session, ORGANIZER_NAME_KEY),
        )
