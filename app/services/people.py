"""People: create, edit, delete and find contacts, with their e-mails, organization and tags."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session, selectinload

from app.domain.enums import NameOrder
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.messages import msg
from app.domain.people import PersonDraft, call_name, email_key, full_name
from app.domain.text import fold
from app.services.base import Service
from app.services.changes import Changes, Kind
from app.services.dto import Created, Edited, PersonDto, PersonRow, Removed
from app.services.organizations import find_or_create_organization
from app.storage import queries
from app.storage.orm import Person, PersonEmail, Tag


def search_tokens(text: str) -> list[str]:
    """Split a search into folded words; a row matches when it contains every word."""
    return fold(text).split()


def person_search_key(draft: PersonDraft, organization: str) -> str:
    parts = [
        draft.given_name,
        draft.family_name,
        full_name(draft.given_name, draft.family_name, draft.name_order),
        draft.preferred_name,
        *draft.emails,
        organization,
        draft.job_title,
        *draft.tags,
    ]
    return fold(" ".join(p for p in parts if p))


def row_to_person_row(row: Row[Any]) -> PersonRow:
    order = NameOrder(row.name_order)
    return PersonRow(
        id=row.id,
        display_name=full_name(row.given_name, row.family_name, order),
        call_name=call_name(row.given_name, row.family_name, row.preferred_name),
        email=row.email or "",
        organization=row.organization or "",
        job_title=row.job_title,
        tags=row.tags or "",
        search_key=row.search_key,
        updated_at=row.updated_at,
    )


def to_person_dto(person: Person) -> PersonDto:
    order = NameOrder(person.name_order)
    return PersonDto(
        id=person.id,
        given_name=person.given_name,
        family_name=person.family_name,
        name_order=order,
        preferred_name=person.preferred_name,
        pronouns=person.pronouns,
        emails=tuple(e.address for e in person.emails),
        phone=person.phone,
        organization_id=person.organization_id,
        organization=person.organization.name if person.organization else "",
        job_title=person.job_title,
        tags=tuple(t.name for t in person.tags),
        notes=person.notes,
        how_we_met=person.how_we_met,
        created_at=person.created_at,
        updated_at=person.updated_at,
        version=person.version,
        display_name=full_name(person.given_name, person.family_name, order),
    )


def find_or_create_tags(session: Session, names: Iterable[str]) -> list[Tag]:
    tags: list[Tag] = []
    for name in names:
        key = name.casefold()
        tag = session.scalar(select(Tag).where(Tag.name_key == key))
        if tag is None:
            tag = Tag(name=name, name_key=key)
            session.add(tag)
        tags.append(tag)
    return tags


class PeopleService(Service):
    kind = Kind.PERSON
    table = "people"

    # -- reading -------------------------------------------------------------------------------

    def list_rows(self) -> list[PersonRow]:
        with self._db.read() as session:
            return [row_to_person_row(r) for r in queries.person_rows(session)]

    def rows(self, ids: Collection[int]) -> list[PersonRow]:
        with self._db.read() as session:
            return [row_to_person_row(r) for r in queries.person_rows(session, ids)]

    def search(self, text: str, limit: int | None = None) -> list[PersonRow]:
        with self._db.read() as session:
            rows = queries.person_rows(session, search=search_tokens(text), limit=limit)
            return [row_to_person_row(r) for r in rows]

    def get(self, person_id: int) -> PersonDto:
        with self._db.read() as session:
            return to_person_dto(self._load(session, person_id))

    def find(self, ref: str) -> PersonDto:
        """A person by id, e-mail address or exact full name (for the command line)."""
        with self._db.read() as session:
            if ref.isdigit():
                ids = [int(ref)] if session.get(Person, int(ref)) is not None else []
            elif "@" in ref:
                ids = list(
                    session.scalars(
                        select(PersonEmail.person_id).where(
                            PersonEmail.address_key == email_key(ref)
                        )
                    )
                )
            else:
                key = fold(ref)
                rows = queries.person_rows(session, search=key.split())
                ids = [r.id for r in rows if fold(row_to_person_row(r).display_name) == key]
        if not ids:
            raise NotFound(msg("No person matches “{ref}”.", ref=ref))
        if len(ids) > 1:
            raise NotFound(
                msg("Several people are called “{ref}”; use their number or e-mail.", ref=ref)
            )
        return self.get(ids[0])

    def count(self) -> int:
        with self._db.read() as session:
            return len(session.scalars(select(Person.id)).all())

    # -- writing -------------------------------------------------------------------------------

    def create(self, draft: PersonDraft) -> Created[PersonDto]:
        clean = draft.validated()
        with self._db.transaction() as session:
            person = Person()
            session.add(person)
            changes = self._apply(session, person, clean)
            dto = to_person_dto(person)
        return Created(dto, changes | Changes.of(Kind.PERSON, touched=[dto.id]))

    def update(
        self, person_id: int, draft: PersonDraft, expected_version: int
    ) -> Edited[PersonDto]:
        """Save an edit; refuse if someone changed the person since `expected_version`."""
        clean = draft.validated()
        with self._db.transaction() as session:
            person = self._load(session, person_id)
            if person.version != expected_version:
                raise ConflictError(
                    msg(
                        "{name} was changed by someone else after you opened it; nothing was "
                        "saved.",
                        name=to_person_dto(person).display_name,
                    )
                )
            before = to_person_dto(person)
            changes = self._apply(session, person, clean)
            after = to_person_dto(person)
        return Edited(before, after, changes | Changes.of(Kind.PERSON, touched=[person_id]))

    def delete(self, ids: Iterable[int]) -> Removed:
        """Delete people with their e-mails, RSVPs and conversations (undo brings all back)."""
        with self._db.transaction() as session:
            return self._remove(session, Person, ids)

    # -- helpers -------------------------------------------------------------------------------

    def _load(self, session: Session, person_id: int) -> Person:
        person = session.scalar(
            select(Person)
            .where(Person.id == person_id)
            .options(
                selectinload(Person.emails),
                selectinload(Person.tags),
                selectinload(Person.organization),
            )
        )
        if person is None:
            raise NotFound(msg("This person no longer exists."))
        return person

    def _apply(self, session: Session, person: Person, draft: PersonDraft) -> Changes:
        """Copy a validated draft onto `person` with a single UPDATE of its row.

        Autoflush is off so that look-ups of organizations and tags don't write a half-filled
        person (and bump its version) before everything is set.
        """
        old_org = person.organization_id
        with session.no_autoflush:
            self._check_emails_free(session, person.id, draft.emails)
            self._set_emails(person, draft.emails)
            org = None
            created_org = False
            if draft.organization:
                org, created_org = find_or_create_organization(session, draft.organization)
            tags = find_or_create_tags(session, draft.tags)
            person.given_name = draft.given_name
            person.family_name = draft.family_name
            person.name_order = draft.name_order.value
            person.preferred_name = draft.preferred_name
            person.pronouns = draft.pronouns
            person.phone = draft.phone
            person.job_title = draft.job_title
            person.notes = draft.notes
            person.how_we_met = draft.how_we_met
            person.organization = org
            person.tags = tags
            person.search_key = person_search_key(draft, org.name if org else "")
        session.flush()
        org_ids = {i for i in (old_org, person.organization_id) if i is not None}
        changes = Changes.of(Kind.ORGANIZATION, touched=org_ids)
        if created_org:
            changes = changes | Changes.of(Kind.ORGANIZATION, touched=[person.organization_id or 0])
        return changes

    def _check_emails_free(
        self, session: Session, person_id: int | None, emails: Sequence[str]
    ) -> None:
        if not emails:
            return
        keys = [email_key(e) for e in emails]
        clash = session.execute(
            select(PersonEmail.address, PersonEmail.person_id).where(
                PersonEmail.address_key.in_(keys), PersonEmail.person_id != (person_id or -1)
            )
        ).first()
        if clash is not None:
            owner = session.get(Person, clash.person_id)
            name = (
                full_name(owner.given_name, owner.family_name, NameOrder(owner.name_order))
                if owner
                else "someone else"
            )
            raise ValidationError(
                "emails",
                msg(
                    "{address} already belongs to {name}.",
                    address=clash.address,
                    name=name,
                ),
            )

    def _set_emails(self, person: Person, emails: Sequence[str]) -> None:
        existing = {e.address_key: e for e in person.emails}
        wanted: list[PersonEmail] = []
        for position, address in enumerate(emails):
            key = email_key(address)
            row = existing.pop(key, None) or PersonEmail(address_key=key)
            row.address = address
            row.position = position
            wanted.append(row)
        # Matching keys reuse their rows, so a new address never collides with one being removed.
        person.emails = wanted
