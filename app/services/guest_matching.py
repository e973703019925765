"""Who each guest of an imported list is: an existing person, or someone new.

In order: the same e-mail address (case-insensitive, `person_emails.address_key`); else the
same platform user id (`person_handles`, e.g. a Meetup member number); else, if people with
the same name exist, the user decides per guest (merge with one of them, or create a new
person). Names compare accent-, case- and order-insensitively ("Jurgen Gross" = "Groß Jürgen").
A hand-made spreadsheet's "ID" column is nobody's platform id, so it never matches.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import NameOrder, RsvpSource
from app.domain.people import email_key, full_name
from app.domain.text import fold
from app.services.guest_import_dto import PersonChoice, SameNameMatch
from app.services.guestlists import GuestRow
from app.storage.orm import Organization, Person, PersonEmail, PersonHandle

_CHUNK = 900
NO_HANDLES = frozenset({RsvpSource.SPREADSHEET})


@lru_cache(maxsize=65536)
def _cached_fold(text: str) -> str:
    return fold(text)


def quick_fold(text: str) -> str:
    """`text.fold`, faster on the hot path of big imports: ASCII is just lowered, and names,
    organizations and titles repeat, so their folds are cached."""
    return text.lower() if text.isascii() else _cached_fold(text)


def name_key(given: str, family: str) -> str:
    """Accent-, case- and order-insensitive: "Jurgen Gross" and "Groß Jürgen" are one key."""
    return " ".join(sorted([*quick_fold(given).split(), *quick_fold(family).split()]))


def handle_of(row: GuestRow) -> tuple[str, str] | None:
    if not row.platform_user_id or row.platform in NO_HANDLES:
        return None
    return row.platform.value, row.platform_user_id


@dataclass
class Matching:
    """Per line: the existing person (None: create one) and how they were found."""

    person: dict[int, int | None] = field(default_factory=dict)
    how: dict[int, str] = field(default_factory=dict)
    same_name: list[SameNameMatch] = field(default_factory=list)
    taken_handles: set[tuple[str, str]] = field(default_factory=set)
    """Handles already in Convivio (never inserted twice)."""
    known_emails: set[str] = field(default_factory=set)

    def count(self, how: str) -> int:
        return sum(1 for h in self.how.values() if h == how)


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def match(session: Session, rows: Sequence[GuestRow], merges: Mapping[int, int]) -> Matching:
    """Find each guest's person; `merges` are the user's same-name decisions (line → id)."""
    result = Matching()
    keys = sorted({email_key(r.email) for r in rows if r.email})
    owners: dict[str, int] = {}
    for chunk in _chunks(keys):
        query = select(PersonEmail.address_key, PersonEmail.person_id).where(
            PersonEmail.address_key.in_(chunk)
        )
        owners.update({k: p for k, p in session.execute(query)})
    result.known_emails = set(owners)
    handles = _handles(session, rows)
    result.taken_handles = set(handles)
    unresolved: list[GuestRow] = []
    for row in rows:
        owner = owners.get(email_key(row.email)) if row.email else None
        handle = handle_of(row)
        if owner is not None:
            result.person[row.line], result.how[row.line] = owner, "email"
        elif handle is not None and handle in handles:
            result.person[row.line], result.how[row.line] = handles[handle], "user id"
        else:
            unresolved.append(row)
    _same_names(session, unresolved, merges, result)
    return result


def _handles(session: Session, rows: Sequence[GuestRow]) -> dict[tuple[str, str], int]:
    wanted: dict[str, set[str]] = {}
    for row in rows:
        handle = handle_of(row)
        if handle is not None:
            wanted.setdefault(handle[0], set()).add(handle[1])
    found: dict[tuple[str, str], int] = {}
    for platform, values in wanted.items():
        for chunk in _chunks(sorted(values)):
            query = select(PersonHandle.handle, PersonHandle.person_id).where(
                PersonHandle.platform == platform, PersonHandle.handle.in_(chunk)
            )
            found.update({(platform, h): p for h, p in session.execute(query)})
    return found


def _same_names(
    session: Session, rows: list[GuestRow], merges: Mapping[int, int], result: Matching
) -> None:
    for row in rows:
        result.person[row.line], result.how[row.line] = None, "new"
    if not rows:
        return
    wanted = {name_key(r.given_name, r.family_name) for r in rows}
    people: dict[str, list[int]] = {}
    for pid, given, family in session.execute(
        select(Person.id, Person.given_name, Person.family_name)
    ):
        key = name_key(given, family)
        if key in wanted:
            people.setdefault(key, []).append(pid)
    if not people:
        return
    choices = _choices(session, {p for ids in people.values() for p in ids})
    for row in rows:
        ids = people.get(name_key(row.given_name, row.family_name))
        if not ids:
            continue
        candidates = tuple(choices[i] for i in sorted(ids))
        result.same_name.append(
            SameNameMatch(row.line, row.full_name, row.email, row.organization, candidates)
        )
        chosen = merges.get(row.line)
        if chosen is not None and chosen in ids:
            result.person[row.line], result.how[row.line] = chosen, "merge"


def _choices(session: Session, ids: set[int]) -> dict[int, PersonChoice]:
    """What the user needs to tell same-name people apart: e-mail and organization."""
    found: dict[int, PersonChoice] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        first_email = (
            select(PersonEmail.address)
            .where(PersonEmail.person_id == Person.id)
            .order_by(PersonEmail.position)
            .limit(1)
            .correlate(Person)
            .scalar_subquery()
        )
        query = (
            select(
                Person.id,
                Person.given_name,
                Person.family_name,
                Person.name_order,
                first_email.label("email"),
                Organization.name.label("organization"),
            )
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .where(Person.id.in_(chunk))
        )
        for r in session.execute(query):
            name = full_name(r.given_name, r.family_name, NameOrder(r.name_order))
            found[r.id] = PersonChoice(r.id, name, r.email or "", r.organization or "")
    return found
