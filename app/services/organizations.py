"""Organizations: the companies, spaces and groups people belong to and venues belong to."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import Row, select, update
from sqlalchemy.orm import Session

from app.domain.enums import OrganizationKind
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.messages import msg
from app.domain.people import OrganizationDraft
from app.domain.text import clean
from app.services.base import Service
from app.services.changes import Changes, Kind
from app.services.dto import Created, Edited, OrganizationDto, Removed
from app.storage import queries
from app.storage.orm import Organization, Person


def organization_key(name: str) -> str:
    return clean(name).casefold()


def find_or_create_organization(session: Session, name: str) -> tuple[Organization, bool]:
    """The organization called `name` (case-insensitive), created if new; and whether it was."""
    key = organization_key(name)
    org = session.scalar(select(Organization).where(Organization.name_key == key))
    if org is not None:
        return org, False
    org = Organization(name=clean(name), name_key=key)
    session.add(org)
    return org, True


def _to_dto(row: Row[Any]) -> OrganizationDto:
    org: Organization = row[0]
    return OrganizationDto(
        id=org.id,
        name=org.name,
        kind=OrganizationKind(org.kind),
        website=org.website,
        notes=org.notes,
        people_count=row.people_count,
        updated_at=org.updated_at,
        version=org.version,
    )


class OrganizationService(Service):
    kind = Kind.ORGANIZATION
    table = "organizations"

    def list_all(self) -> list[OrganizationDto]:
        with self._db.read() as session:
            return [_to_dto(r) for r in queries.organization_rows(session)]

    def rows(self, ids: Collection[int]) -> list[OrganizationDto]:
        with self._db.read() as session:
            return [_to_dto(r) for r in queries.organization_rows(session, ids)]

    def get(self, org_id: int) -> OrganizationDto:
        found: list[OrganizationDto] = self.rows([org_id])
        if not found:
            raise NotFound(msg("This organization no longer exists."))
        return found[0]

    def names(self) -> list[str]:
        with self._db.read() as session:
            return list(session.scalars(select(Organization.name).order_by(Organization.name_key)))

    def create(self, draft: OrganizationDraft) -> Created[OrganizationDto]:
        clean_draft = draft.validated()
        with self._db.transaction() as session:
            self._check_name_free(session, None, clean_draft.name)
            org = Organization(name_key=organization_key(clean_draft.name))
            self._apply(org, clean_draft)
            session.add(org)
            session.flush()
            org_id = org.id
        return Created(self.get(org_id), Changes.of(Kind.ORGANIZATION, touched=[org_id]))

    def update(
        self, org_id: int, draft: OrganizationDraft, expected_version: int
    ) -> Edited[OrganizationDto]:
        clean_draft = draft.validated()
        before = self.get(org_id)
        with self._db.transaction() as session:
            org = session.get(Organization, org_id)
            if org is None:
                raise NotFound(msg("This organization no longer exists."))
            if org.version != expected_version:
                raise ConflictError(
                    msg(
                        "{name} was changed by someone else after you opened it; nothing was "
                        "saved.",
                        name=org.name,
                    )
                )
            self._check_name_free(session, org_id, clean_draft.name)
            renamed = org.name != clean_draft.name
            self._apply(org, clean_draft)
            org.name_key = organization_key(clean_draft.name)
            session.flush()
            member_ids = self._refresh_member_search_keys(session, org) if renamed else []
        changes = Changes.of(Kind.ORGANIZATION, touched=[org_id]) | Changes.of(
            Kind.PERSON, touched=member_ids
        )
        return Edited(before, self.get(org_id), changes)

    def delete(self, ids: Iterable[int]) -> Removed:
        """Delete organizations; their people stay, without an organization."""
        with self._db.transaction() as session:
            return self._remove(session, Organization, ids)

    def _apply(self, org: Organization, draft: OrganizationDraft) -> None:
        org.name = draft.name
        org.kind = draft.kind.value
        org.website = draft.website
        org.notes = draft.notes

    def _check_name_free(self, session: Session, org_id: int | None, name: str) -> None:
        other = session.scalar(
            select(Organization).where(
                Organization.name_key == organization_key(name), Organization.id != (org_id or -1)
            )
        )
        if other is not None:
            raise ValidationError(
                "name",
                msg("There is already an organization called {name}.", name=other.name),
            )

    def _refresh_member_search_keys(self, session: Session, org: Organization) -> list[int]:
        """Keep people's search keys in step with their organization's new name."""
        from app.services.people import person_search_key, to_person_dto

        members = session.scalars(select(Person).where(Person.organization_id == org.id)).all()
        for person in members:
            draft = to_person_dto(person).to_draft()
            session.execute(
                update(Person)
                .where(Person.id == person.id)
                .values(search_key=person_search_key(draft, org.name))
                .execution_options(synchronize_session=False)
            )
        return [p.id for p in members]
