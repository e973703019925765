"""The RSVP side of an import: new RSVPs, changed ones, history, in bulk Core statements.

The file is the platform's truth about answers, so an existing RSVP takes the file's response
and guest count; needs the file leaves empty keep what Convivio has; a check-in is never taken
back by an import (the door knows better). An RSVP that already says what the file says is
left alone, which is what makes a re-import change nothing.

For an event with a capacity, `placed` (from `guest_seating`) says where each "going" line
lands: seated, seated beyond capacity, or on the waitlist because the event is full.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.domain import checkin_codes
from app.domain.enums import RsvpResponse
from app.domain.import_seats import Placement, Seat
from app.services import rsvp_store as store
from app.services.guest_people import BATCH, Check, insert_returning
from app.services.guestlists import GuestRow
from app.services.import_undo import RowBefore
from app.storage.orm import Base

_CHUNK = 900
_WAITLISTED = RsvpResponse.WAITLISTED.value
_GOING = RsvpResponse.GOING.value

_T = Base.metadata.tables


@dataclass
class RsvpWrite:
    created: list[int] = field(default_factory=list)
    updated: list[RowBefore] = field(default_factory=list)
    unchanged: int = 0
    people: set[int] = field(default_factory=set)
    """People whose RSVP was created or changed."""


def write_rsvps(
    session: Session,
    event_id: int,
    starts_at: datetime,
    rows: Sequence[GuestRow],
    person_of: dict[int, int],
    filename: str,
    now: datetime,
    actor: str,
    check: Check,
    placed: Mapping[int, Placement] | None = None,
) -> RsvpWrite:
    placed = placed or {}
    out = RsvpWrite()
    existing = _existing(session, event_id, sorted(set(person_of.values())))
    fresh: list[GuestRow] = []
    changes: list[tuple[GuestRow, dict[str, Any], dict[str, Any]]] = []
    for row in rows:
        current = existing.get(person_of[row.line])
        if current is None:
            fresh.append(row)
            continue
        wanted = _target(row, current, starts_at, now, placed.get(row.line))
        diff = {c: v for c, v in wanted.items() if current[c] != v}
        if diff:
            changes.append((row, current, diff))
            out.people.add(person_of[row.line])
        else:
            out.unchanged += 1
    out.people.update(person_of[row.line] for row in fresh)
    codes = checkin_codes.new_codes(len(fresh), store.codes_in_use(session, len(fresh)))
    new_rows = [
        _new(event_id, person_of[row.line], row, code, starts_at, now, placed.get(row.line))
        for row, code in zip(fresh, codes, strict=True)
    ]
    out.created = insert_returning(session, _T["rsvps"], new_rows, check)
    history = [
        _history(
            rsvp_id,
            None,
            new["response"],
            _imported(filename, row, _seat_words(placed.get(row.line), None)),
            now,
            actor,
        )
        for rsvp_id, row, new in zip(out.created, fresh, new_rows, strict=True)
    ]
    for row, current, diff in changes:
        version = current["version"] + 1
        out.updated.append(RowBefore(current["id"], tuple((c, current[c]) for c in diff), version))
        detail = f"updated from {filename} (line {row.line})"
        detail += "".join(f"; {w}" for w in _seat_words(placed.get(row.line), current))
        history.append(
            _history(
                current["id"],
                current["response"],
                diff.get("response", current["response"]),
                detail,
                now,
                actor,
            )
        )
    _update(session, changes, now)
    for start in range(0, len(history), BATCH):
        session.connection().execute(insert(_T["rsvp_changes"]), history[start : start + BATCH])
        check(0)
    return out


def _existing(session: Session, event_id: int, people: list[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    table = _T["rsvps"]
    for start in range(0, len(people), _CHUNK):
        query = select(table).where(
            table.c.event_id == event_id, table.c.person_id.in_(people[start : start + _CHUNK])
        )
        found.update({r.person_id: dict(r._mapping) for r in session.execute(query)})
    return found


def _came_at(row: GuestRow, starts_at: datetime) -> datetime | None:
    """When the guest arrived: the file's time, else the event's start (the file only says yes)."""
    if not row.came:
        return None
    return row.checked_in_at or starts_at


def _queued_at(row: GuestRow, now: datetime, placement: Placement | None) -> datetime:
    """Place in line: when they registered, else the file's order (a microsecond a line).

    Those the file says are going but who don't fit join the line now, behind everyone already
    waiting, in the file's order."""
    if placement is not None:
        return now + timedelta(microseconds=row.line)
    return row.registered_at or now + timedelta(microseconds=row.line)


def response_of(row: GuestRow) -> RsvpResponse:
    """Someone who came is going, whatever they answered (Meetup: "No", but Attendance "Y")."""
    return RsvpResponse.GOING if row.came else row.response


def _response(row: GuestRow, placement: Placement | None) -> str:
    if placement is not None and placement.seat is Seat.WAITLISTED:
        return _WAITLISTED
    return response_of(row).value


def _seat_words(placement: Placement | None, current: dict[str, Any] | None) -> list[str]:
    """History words for what the capacity did to a line (`current`: the RSVP before)."""
    before = current or {}
    if placement is None:
        return []
    if placement.over_capacity and not before.get("over_capacity"):
        return ["seated beyond capacity"]
    if placement.seat is Seat.WAITLISTED and before.get("response") != _WAITLISTED:
        return ["waitlisted: the event is full"]
    return []


def _target(
    row: GuestRow,
    current: dict[str, Any],
    starts_at: datetime,
    now: datetime,
    placement: Placement | None,
) -> dict[str, Any]:
    response = _response(row, placement)
    wanted: dict[str, Any] = {
        "response": response,
        "guests": row.guests if placement is None else placement.guests,
        "dietary": row.dietary or current["dietary"],
        "accessibility": row.accessibility or current["accessibility"],
        "checked_in_at": current["checked_in_at"] or _came_at(row, starts_at),
    }
    if response != current["response"]:
        wanted["responded_at"] = row.registered_at or now
        wanted["offered_at"] = None
        wanted["offer_expires_at"] = None
        wanted["over_capacity"] = False
        wanted["waitlisted_at"] = (
            _queued_at(row, now, placement) if response == _WAITLISTED else None
        )
    if placement is not None and placement.going:
        wanted["over_capacity"] = placement.over_capacity
    return wanted


def _new(
    event_id: int,
    person_id: int,
    row: GuestRow,
    code: str,
    starts_at: datetime,
    now: datetime,
    placement: Placement | None,
) -> dict[str, Any]:
    response = _response(row, placement)
    return {
        "event_id": event_id,
        "person_id": person_id,
        "response": response,
        "guests": row.guests if placement is None else placement.guests,
        "dietary": row.dietary,
        "accessibility": row.accessibility,
        "source": row.platform.value,
        "responded_at": row.registered_at if response != RsvpResponse.INVITED.value else None,
        "checked_in_at": _came_at(row, starts_at),
        "role": "guest",
        "over_capacity": placement is not None and placement.over_capacity,
        "waitlisted_at": _queued_at(row, now, placement) if response == _WAITLISTED else None,
        "offered_at": None,
        "offer_expires_at": None,
        "reconfirmed_at": None,
        "checkin_code": code,
        "invite_sequence": None,
        "created_at": now,
        "updated_at": now,
        "version": 1,
    }


def _imported(filename: str, row: GuestRow, seat_words: list[str]) -> str:
    detail = f"imported from {filename} (line {row.line})"
    detail += "".join(f"; {words}" for words in seat_words)
    return f"{detail}; note: {row.notes}" if row.notes else detail


def _history(
    rsvp_id: int, before: str | None, after: str, detail: str, now: datetime, actor: str
) -> dict[str, Any]:
    return {
        "rsvp_id": rsvp_id,
        "changed_at": now,
        "response_from": before,
        "response_to": after,
        "detail": detail,
        "actor": actor,
    }


def _update(
    session: Session, changes: list[tuple[GuestRow, dict[str, Any], dict[str, Any]]], now: datetime
) -> None:
    """One executemany per set of changed columns (most re-imports change one or two)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for _row, current, diff in changes:
        params = {f"v_{c}": v for c, v in diff.items()}
        params.update(
            b_id=current["id"],
            b_version=current["version"],
            v_version=current["version"] + 1,
            v_updated_at=now,
        )
        groups.setdefault(tuple(sorted(diff)), []).append(params)
    table = _T["rsvps"]
    for columns, batch in groups.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
            .values({c: bindparam(f"v_{c}") for c in (*columns, "version", "updated_at")})
        )
        session.connection().execute(statement, batch)
