"""Reading an event's seating from the database and writing back what the rules changed.

Lean Core statements only: an event's parties load as plain columns, changed ones are
written one UPDATE each with the version raised (and checked, for team mode), and every
change gets a line of history.
"""

from __future__ import annotations

from collections.abc import Collection, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app.domain import checkin_codes
from app.domain.enums import AttendeeRole, RsvpResponse
from app.domain.errors import ConflictError, NotFound
from app.domain.messages import msg
from app.domain.rsvps import Party, Seating
from app.storage.orm import Event, Rsvp, RsvpChange

_CHUNK = 900
_RULE_COLUMNS = (
    "response",
    "guests",
    "role",
    "over_capacity",
    "waitlisted_at",
    "offered_at",
    "offer_expires_at",
)


@dataclass(frozen=True)
class EventInfo:
    id: int
    title: str
    capacity: int | None
    starts_at: datetime


def event_info(session: Session, event_id: int) -> EventInfo:
    row = session.execute(
        select(Event.id, Event.title, Event.capacity, Event.starts_at).where(Event.id == event_id)
    ).first()
    if row is None:
        raise NotFound(msg("This event no longer exists."))
    return EventInfo(row.id, row.title, row.capacity, row.starts_at)


def party_of(row: Any) -> Party:
    return Party(
        id=row.id,
        response=RsvpResponse(row.response),
        guests=row.guests,
        role=AttendeeRole(row.role),
        over_capacity=row.over_capacity,
        waitlisted_at=row.waitlisted_at,
        offered_at=row.offered_at,
        offer_expires_at=row.offer_expires_at,
    )


def load_seating(session: Session, event_id: int) -> tuple[EventInfo, Seating, dict[int, int]]:
    """The event, its seating, and each RSVP's version (for the optimistic check on write)."""
    info = event_info(session, event_id)
    rows = session.execute(
        select(
            Rsvp.id,
            Rsvp.response,
            Rsvp.guests,
            Rsvp.role,
            Rsvp.over_capacity,
            Rsvp.waitlisted_at,
            Rsvp.offered_at,
            Rsvp.offer_expires_at,
            Rsvp.version,
        ).where(Rsvp.event_id == event_id)
    ).all()
    return (
        info,
        Seating.of(info.capacity, (party_of(r) for r in rows)),
        {r.id: r.version for r in rows},
    )


def events_of(session: Session, rsvp_ids: Iterable[int]) -> dict[int, list[int]]:
    """RSVP ids grouped by their event, in the order given; unknown ids raise NotFound."""
    wanted = list(dict.fromkeys(rsvp_ids))
    found: dict[int, int] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.update(
            session.execute(select(Rsvp.id, Rsvp.event_id).where(Rsvp.id.in_(chunk))).all()
        )
    if len(found) != len(wanted):
        raise NotFound(msg("Some of the selected guests are no longer on the list."))
    grouped: dict[int, list[int]] = {}
    for rsvp_id in wanted:
        grouped.setdefault(found[rsvp_id], []).append(rsvp_id)
    return grouped


def describe(old: Party | None, new: Party, now: datetime) -> str:
    """The history line's words for what the rules changed (the response is in its columns)."""
    parts: list[str] = []
    if old is not None and old.guests != new.guests:
        parts.append(f"guests {old.guests} → {new.guests}")
    if old is not None and old.role is not new.role:
        parts.append(f"role {old.role.value} → {new.role.value}")
    if new.offered and (old is None or not old.offered):
        assert new.offer_expires_at is not None
        parts.append(f"offered a seat until {new.offer_expires_at:%Y-%m-%d %H:%M} UTC")
    if old is not None and old.offered and new.response is RsvpResponse.GOING:
        parts.append("offer accepted")
    if old is not None and old.offered and new.response is RsvpResponse.DECLINED:
        lapsed = old.offer_expires_at is not None and old.offer_expires_at <= now
        parts.append("offer expired" if lapsed else "offer declined")
    if new.over_capacity and (old is None or not old.over_capacity):
        parts.append("seated beyond capacity")
    return "; ".join(parts)


def save(
    session: Session,
    before: Seating,
    after: Seating,
    versions: Mapping[int, int],
    now: datetime,
    actor: str,
    *,
    acted: Collection[int] = (),
    detail: str = "",
    extra: Mapping[int, Mapping[str, Any]] | None = None,
) -> list[int]:
    """Write the parties that changed (and `extra` columns per RSVP); return their ids.

    `detail` goes into the history of the RSVPs the user `acted` on; side effects of the rules
    (an offer to the next in line) are described in their own words.
    """
    extra = extra or {}
    changed = {p.id: p for p in after.parties.values() if before.parties.get(p.id) != p}
    ids = list(dict.fromkeys([*changed, *extra]))
    history: list[dict[str, Any]] = []
    written: list[int] = []
    for rsvp_id in ids:
        new = changed.get(rsvp_id) or after.parties[rsvp_id]
        old = before.parties.get(rsvp_id)
        values: dict[str, Any] = dict(extra.get(rsvp_id, {}))
        if rsvp_id in changed:
            values.update({c: _value(getattr(new, c)) for c in _RULE_COLUMNS})
            if old is not None and old.response is not new.response:
                values["responded_at"] = now
        if not values:
            continue
        version = versions[rsvp_id]
        values["version"] = version + 1
        result = session.execute(
            update(Rsvp)
            .where(Rsvp.id == rsvp_id, Rsvp.version == version)
            .values(values)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise ConflictError(
                msg("Someone else changed this guest list at the same moment; nothing was saved.")
            )
        written.append(rsvp_id)
        own = detail if rsvp_id in acted else ""
        words = [w for w in (own, describe(old, new, now) if rsvp_id in changed else "") if w]
        response_from = old.response.value if old is not None else None
        history.append(
            {
                "rsvp_id": rsvp_id,
                "changed_at": now,
                "response_from": response_from,
                "response_to": new.response.value,
                "detail": "; ".join(dict.fromkeys(words)),
                "actor": actor,
            }
        )
    if history:
        session.execute(insert(RsvpChange), history)
    return written


def _value(value: Any) -> Any:
    return value.value if isinstance(value, AttendeeRole | RsvpResponse) else value


def taken_codes(session: Session) -> set[str]:
    return set(session.scalars(select(Rsvp.checkin_code).where(Rsvp.checkin_code.is_not(None))))


def codes_in_use(session: Session, wanted: int) -> Container[str]:
    """What new codes must avoid: a database probe for a few, the whole set for many."""
    return CodesInUse(session) if wanted <= 50 else taken_codes(session)


class CodesInUse:
    """Asks the database whether a check-in code is taken (for the odd single new RSVP)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def __contains__(self, code: object) -> bool:
        found = self._session.scalar(select(Rsvp.id).where(Rsvp.checkin_code == code).limit(1))
        return found is not None


def backfill_codes(session: Session, event_id: int) -> list[int]:
    """Give every RSVP of the event without a check-in code one; return their ids."""
    missing = list(
        session.scalars(
            select(Rsvp.id).where(Rsvp.event_id == event_id, Rsvp.checkin_code.is_(None))
        )
    )
    if not missing:
        return []
    codes = checkin_codes.new_codes(len(missing), taken_codes(session))
    for rsvp_id, code in zip(missing, codes, strict=True):
        session.execute(
            update(Rsvp)
            .where(Rsvp.id == rsvp_id)
            .values(checkin_code=code)
            .execution_options(synchronize_session=False)
        )
    return missing


def missing_codes(session: Session, event_id: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Rsvp)
            .where(Rsvp.event_id == event_id, Rsvp.checkin_code.is_(None))
        )
        or 0
    )


def history_rows(
    session: Session, rsvp_ids: Sequence[int], now: datetime, actor: str, detail: str
) -> None:
    """A plain history line (no response change) for each RSVP, e.g. "reconfirmed"."""
    if not rsvp_ids:
        return
    responses = dict(
        session.execute(select(Rsvp.id, Rsvp.response).where(Rsvp.id.in_(list(rsvp_ids)))).all()
    )
    session.execute(
        insert(RsvpChange),
        [
            {
                "rsvp_id": i,
                "changed_at": now,
                "response_from": responses.get(i),
                "response_to": responses.get(i),
                "detail": detail,
                "actor": actor,
            }
            for i in rsvp_ids
        ],
    )


def revert_history(
    session: Session, updates: Iterable[Any], now: datetime, actor: str, detail: str
) -> None:
    """A history line for each RSVP an undo or redo wrote, with the response it restored."""
    lines = []
    for u in updates:
        if u.table != "rsvps":
            continue
        old, new = dict(u.before), dict(u.after)
        current = session.scalar(select(Rsvp.response).where(Rsvp.id == u.key))
        lines.append(
            {
                "rsvp_id": u.key,
                "changed_at": now,
                "response_from": old.get("response", current),
                "response_to": new.get("response", current),
                "detail": detail,
                "actor": actor,
            }
        )
    if lines:
        session.execute(insert(RsvpChange), lines)
