"""What an import wrote, so its undo removes what it created and restores what it updated.

Like `storage/snapshots.py` does for deletes, but shaped for bulk imports: created rows are
kept as id lists (50,000 guests must not mean 50,000 copied rows in memory), updated rows as
their changed columns before the import plus the version the import left. Undo refuses when a
teammate changed one of those rows since (the version moved), and deletes created
organizations only when nobody else uses them by then.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, delete, select, update
from sqlalchemy.orm import Session

from app.domain.errors import ConflictError
from app.domain.messages import msg
from app.storage.orm import Base, Organization, Person, Venue

_CHUNK = 900

_T = Base.metadata.tables


@dataclass(frozen=True)
class RowBefore:
    id: int
    values: tuple[tuple[str, Any], ...]
    """The changed columns as they were before the import."""
    version: int
    """The version the import wrote: undo expects to find it."""


@dataclass
class ImportUndo:
    event_id: int
    organizations: list[int] = field(default_factory=list)
    people: list[int] = field(default_factory=list)
    emails: list[int] = field(default_factory=list)
    handles: list[int] = field(default_factory=list)
    rsvps: list[int] = field(default_factory=list)
    people_before: list[RowBefore] = field(default_factory=list)
    rsvps_before: list[RowBefore] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            self.organizations
            or self.people
            or self.emails
            or self.handles
            or self.rsvps
            or self.people_before
            or self.rsvps_before
        )


def _chunks(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[start : start + _CHUNK] for start in range(0, len(ids), _CHUNK)]


def _check_versions(
    session: Session, table: Table, rows: Sequence[RowBefore], created: Sequence[int]
) -> None:
    expected = {r.id: r.version for r in rows}
    expected.update(dict.fromkeys(created, 1))
    ids = sorted(expected)
    for chunk in _chunks(ids):
        for row_id, version in session.execute(
            select(table.c.id, table.c.version).where(table.c.id.in_(chunk))
        ):
            if version != expected[row_id]:
                raise ConflictError(
                    msg("This import can't be undone: someone changed some of its guests since."),
                    f"{table.name} {row_id}: version {version}, expected {expected[row_id]}",
                )


def undo_import(session: Session, undo: ImportUndo) -> tuple[list[int], list[int]]:
    """Take the import back in `session`; return (organizations removed, people removed).

    Raises:
        ConflictError: a row the import wrote was changed by someone since; nothing changes.
    """
    _check_versions(session, _T["rsvps"], undo.rsvps_before, undo.rsvps)
    _check_versions(session, _T["people"], undo.people_before, undo.people)
    for table, ids in (
        (_T["rsvps"], undo.rsvps),
        (_T["person_handles"], undo.handles),
        (_T["person_emails"], undo.emails),
        (_T["people"], undo.people),
    ):
        for chunk in _chunks(ids):
            session.execute(delete(table).where(table.c.id.in_(chunk)))
    _restore(session, _T["rsvps"], undo.rsvps_before)
    _restore(session, _T["people"], undo.people_before)
    orphans = _unused_organizations(session, undo.organizations)
    for chunk in _chunks(orphans):
        session.execute(delete(Organization).where(Organization.id.in_(chunk)))
    return orphans, list(undo.people)


def _restore(session: Session, table: Table, rows: Sequence[RowBefore]) -> None:
    """Write the before values back, raising the version so teammates see the change."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for r in rows:
        values = {f"v_{c}": v for c, v in r.values}
        values["v_version"] = r.version + 1
        values["b_id"] = r.id
        groups.setdefault(tuple(sorted(values)), []).append(values)
    for keys, params in groups.items():
        columns = [k.removeprefix("v_") for k in keys if k != "b_id"]
        statement = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values({c: bindparam(f"v_{c}") for c in columns})
        )
        session.connection().execute(statement, params)


def _unused_organizations(session: Session, ids: Sequence[int]) -> list[int]:
    """Organizations the import created that no person or venue uses any more."""
    used: set[int | None] = set()
    for chunk in _chunks(list(ids)):
        used.update(
            session.scalars(select(Person.organization_id).where(Person.organization_id.in_(chunk)))
        )
        used.update(
            session.scalars(select(Venue.organization_id).where(Venue.organization_id.in_(chunk)))
        )
    return [i for i in ids if i not in used]
