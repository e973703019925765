"""The people side of an import: new people, their e-mails and platform ids, organizations,
and blanks filled in on people who were already known. Bulk Core statements only.

Known people keep what the organizer wrote: the import only fills empty phone, organization
and job title fields, and adds a new e-mail address or platform id so the next import finds
them at once. Everything written is recorded for undo.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from app.domain.enums import NameOrder
from app.domain.people import email_key, full_name
from app.services.guest_matching import Matching, handle_of, quick_fold
from app.services.guestlists import GuestRow
from app.services.import_undo import RowBefore
from app.services.organizations import organization_key
from app.storage.orm import Base, Organization, Person, PersonEmail, Tag, person_tags

BATCH = 5000
_CHUNK = 900
Check = Callable[[int], None]
"""Called with the number of rows just written: reports progress, raises if cancelled."""

_T = Base.metadata.tables


def search_key(
    given: str,
    family: str,
    order: NameOrder,
    preferred: str,
    emails: Iterable[str],
    organization: str,
    job_title: str,
    tags: Iterable[str] = (),
) -> str:
    """The same key as `people.person_search_key`, built from cached folds of its parts
    (folding is per character, so folding the parts and joining them is the same)."""
    folded_given, folded_family = quick_fold(given), quick_fold(family)
    parts = [
        folded_given,
        folded_family,
        full_name(folded_given, folded_family, order),
        quick_fold(preferred),
        *(quick_fold(e) for e in emails),
        quick_fold(organization),
        quick_fold(job_title),
        *(quick_fold(t) for t in tags),
    ]
    return " ".join(p for p in parts if p)


@dataclass
class PeopleWrite:
    person_of: dict[int, int] = field(default_factory=dict)
    """Line → person id, for every row that gets an RSVP."""
    created: list[int] = field(default_factory=list)
    organizations: list[int] = field(default_factory=list)
    emails: list[int] = field(default_factory=list)
    handles: list[int] = field(default_factory=list)
    updated: list[RowBefore] = field(default_factory=list)


def insert_returning(
    session: Session, table: Table, rows: list[dict[str, Any]], check: Check
) -> list[int]:
    """Insert rows in batches and return their new ids, in order.

    SQLite: the transaction holds the write lock (BEGIN IMMEDIATE), so ids after the current
    maximum are ours, and a plain executemany is several times faster than RETURNING (which
    SQLite can only keep in order one row at a time). Elsewhere RETURNING keeps sequences right.
    """
    if not rows:
        return []
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        first = int(connection.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1
        ids = list(range(first, first + len(rows)))
        for start in range(0, len(rows), BATCH):
            batch = [
                {**row, "id": ids[start + n]} for n, row in enumerate(rows[start : start + BATCH])
            ]
            connection.execute(insert(table), batch)
            check(len(batch))
        return ids
    returned: list[int] = []
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        returned.extend(connection.execute(statement, batch).scalars())
        check(len(batch))
    return returned


def write_people(
    session: Session,
    rows: Sequence[GuestRow],
    matching: Matching,
    filename: str,
    now: datetime,
    check: Check,
) -> PeopleWrite:
    out = PeopleWrite()
    known = _known_people(session, [p for p in matching.person.values() if p is not None])
    fills = _fills(rows, matching, known)
    org_names = [r.organization for r in rows if matching.person[r.line] is None and r.organization]
    org_names += [f["organization"] for f in fills.values() if "organization" in f]
    org_ids = _organizations(session, org_names, now, out, check)
    new_rows = [r for r in rows if matching.person[r.line] is None]
    people = [
        {
            "given_name": r.given_name,
            "family_name": r.family_name,
            "name_order": r.name_order.value,
            "preferred_name": "",
            "pronouns": "",
            "phone": r.phone,
            "organization_id": org_ids.get(organization_key(r.organization))
            if r.organization
            else None,
            "job_title": r.job_title,
            "notes": "",
            "how_we_met": f"Guest list {filename}",
            "search_key": search_key(
                r.given_name,
                r.family_name,
                r.name_order,
                "",
                (r.email,) if r.email else (),
                r.organization,
                r.job_title,
            ),
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        for r in new_rows
    ]
    out.created = insert_returning(session, _T["people"], people, check)
    for row, person_id in zip(new_rows, out.created, strict=True):
        out.person_of[row.line] = person_id
    for row in rows:
        existing = matching.person[row.line]
        if existing is not None:
            out.person_of[row.line] = existing
    _emails_and_handles(session, rows, matching, out, fills, check)
    _fill_known(session, known, fills, org_ids, now, out)
    return out


def _known_people(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        query = select(_T["people"]).where(Person.id.in_(chunk))
        found.update({r.id: dict(r._mapping) for r in session.execute(query)})
    return found


def _fills(
    rows: Sequence[GuestRow], matching: Matching, known: dict[int, dict[str, Any]]
) -> dict[int, dict[str, str]]:
    """Person id → blank fields the file can fill (phone, organization name, job title)."""
    fills: dict[int, dict[str, str]] = {}
    for row in rows:
        pid = matching.person[row.line]
        if pid is None or pid in fills:
            continue
        person = known[pid]
        wanted: dict[str, str] = {}
        if row.phone and not person["phone"]:
            wanted["phone"] = row.phone
        if row.job_title and not person["job_title"]:
            wanted["job_title"] = row.job_title
        if row.organization and person["organization_id"] is None:
            wanted["organization"] = row.organization
        fills[pid] = wanted
    return fills


def _organizations(
    session: Session, names: list[str], now: datetime, out: PeopleWrite, check: Check
) -> dict[str, int]:
    """Organization key → id, creating the ones Convivio doesn't know yet."""
    wanted: dict[str, str] = {}
    for name in names:
        wanted.setdefault(organization_key(name), name.strip())
    found: dict[str, int] = {}
    keys = sorted(wanted)
    for start in range(0, len(keys), _CHUNK):
        query = select(Organization.name_key, Organization.id).where(
            Organization.name_key.in_(keys[start : start + _CHUNK])
        )
        found.update({k: i for k, i in session.execute(query)})
    missing = [k for k in keys if k not in found]
    rows = [
        {
            "name": wanted[k],
            "name_key": k,
            "kind": "company",
            "website": "",
            "notes": "",
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        for k in missing
    ]
    out.organizations = insert_returning(session, _T["organizations"], rows, check)
    found.update(zip(missing, out.organizations, strict=True))
    return found


def _emails_and_handles(
    session: Session,
    rows: Sequence[GuestRow],
    matching: Matching,
    out: PeopleWrite,
    fills: dict[int, dict[str, str]],
    check: Check,
) -> None:
    """New addresses and platform ids; a known person's new address comes after theirs."""
    positions = _next_positions(session, [p for p in fills])
    emails: list[dict[str, Any]] = []
    handles: list[dict[str, Any]] = []
    seen_keys = set(matching.known_emails)
    seen_handles = set(matching.taken_handles)
    for row in rows:
        pid = out.person_of.get(row.line)
        if pid is None:
            continue
        key = email_key(row.email) if row.email else ""
        if key and key not in seen_keys:
            seen_keys.add(key)
            position = positions.get(pid, 0)
            positions[pid] = position + 1
            emails.append(
                {"person_id": pid, "address": row.email, "address_key": key, "position": position}
            )
            if pid in fills:
                fills[pid]["email"] = row.email
        handle = handle_of(row)
        if handle is not None and handle not in seen_handles:
            seen_handles.add(handle)
            handles.append({"person_id": pid, "platform": handle[0], "handle": handle[1]})
    out.emails = insert_returning(session, _T["person_emails"], emails, check)
    out.handles = insert_returning(session, _T["person_handles"], handles, check)


def _next_positions(session: Session, ids: list[int]) -> dict[int, int]:
    found: dict[int, int] = {}
    for start in range(0, len(ids), _CHUNK):
        query = (
            select(PersonEmail.person_id, func.max(PersonEmail.position) + 1)
            .where(PersonEmail.person_id.in_(ids[start : start + _CHUNK]))
            .group_by(PersonEmail.person_id)
        )
        found.update({p: int(n) for p, n in session.execute(query)})
    return found


def _fill_known(
    session: Session,
    known: dict[int, dict[str, Any]],
    fills: dict[int, dict[str, str]],
    org_ids: dict[str, int],
    now: datetime,
    out: PeopleWrite,
) -> None:
    """Write the filled blanks and the new search keys of known people, remembering before."""
    changing = [pid for pid, wanted in fills.items() if wanted]
    if not changing:
        return
    emails = _all_emails(session, changing)
    tags = _all_tags(session, changing)
    org_names = _org_names(session, {known[p]["organization_id"] for p in changing} - {None})
    params: list[dict[str, Any]] = []
    for pid in changing:
        person, wanted = known[pid], fills[pid]
        org_id = person["organization_id"]
        if "organization" in wanted:
            org_id = org_ids[organization_key(wanted["organization"])]
        org_name = wanted.get("organization") or org_names.get(org_id, "")
        values = {
            "phone": wanted.get("phone", person["phone"]),
            "organization_id": org_id,
            "job_title": wanted.get("job_title", person["job_title"]),
            "search_key": search_key(
                person["given_name"],
                person["family_name"],
                NameOrder(person["name_order"]),
                person["preferred_name"],
                emails.get(pid, []),
                org_name,
                wanted.get("job_title", person["job_title"]),
                tags.get(pid, []),
            ),
            "updated_at": now,
        }
        before = tuple((c, person[c]) for c in values)
        out.updated.append(RowBefore(pid, before, person["version"] + 1))
        params.append(
            {f"v_{c}": v for c, v in values.items()}
            | {"b_id": pid, "v_version": person["version"] + 1}
        )
    table = _T["people"]
    columns = ("phone", "organization_id", "job_title", "search_key", "updated_at", "version")
    statement = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values({c: bindparam(f"v_{c}") for c in columns})
    )
    session.connection().execute(statement, params)


def _all_emails(session: Session, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    query = select(PersonEmail.person_id, PersonEmail.address).order_by(PersonEmail.position)
    for start in range(0, len(ids), _CHUNK):
        for pid, address in session.execute(
            query.where(PersonEmail.person_id.in_(ids[start : start + _CHUNK]))
        ):
            found.setdefault(pid, []).append(address)
    return found


def _all_tags(session: Session, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    query = (
        select(person_tags.c.person_id, Tag.name)
        .join(Tag, Tag.id == person_tags.c.tag_id)
        .order_by(Tag.name)
    )
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for pid, name in session.execute(query.where(person_tags.c.person_id.in_(chunk))):
            found.setdefault(pid, []).append(name)
    return found


def _org_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    query = select(Organization.id, Organization.name).where(Organization.id.in_(list(ids)))
    return {i: n for i, n in session.execute(query)}
