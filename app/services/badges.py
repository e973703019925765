"""Badges and place cards for an event's guests: who gets one, what it says, and the PDF.

`batch` reads everything once (on the caller's thread, after giving every RSVP a check-in
code); `render` is then a pure function of that batch, so the UI can run it in a worker and
re-run it for every preview without touching the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from app.domain.enums import AttendeeRole, NameOrder, RsvpResponse
from app.domain.errors import NotFound
from app.domain.messages import msg
from app.domain.people import full_name
from app.domain.text import fold
from app.exporters.badges import (
    BadgeEvent,
    BadgePerson,
    BadgeRole,
    CancelledFn,
    LabelStock,
    ProgressFn,
    RenderReport,
    get_stock,
    load_stocks,
)
from app.services import rsvp_reads
from app.services.badge_dto import (
    BadgeBatch,
    BadgeGuest,
    DateFormatter,
    Layout,
    Seating,
    SheetRequest,
    Who,
)
from app.services.changes import Changes, Kind
from app.services.dto import EventDto
from app.services.events import EventService
from app.services.rsvps import RsvpService
from app.storage.database import Database
from app.storage.orm import Organization, Person, PersonEmail, Rsvp

__all__ = [
    "BadgeBatch",
    "BadgeGuest",
    "BadgeService",
    "DateFormatter",
    "Layout",
    "Seating",
    "SheetRequest",
    "Who",
    "english_date",
    "event_date_text",
    "seating_or_none",
]

RoleWords = Callable[[AttendeeRole], str]
"""The printed word for a role (the UI passes its translation)."""

_LIST_ORDER = {
    r: n
    for n, r in enumerate(
        (
            RsvpResponse.GOING,
            RsvpResponse.WAITLISTED,
            RsvpResponse.MAYBE,
            RsvpResponse.PENDING_APPROVAL,
            RsvpResponse.INVITED,
            RsvpResponse.DECLINED,
        )
    )
}
"""The guest list's default order: who is coming, the waitlist in line, then the rest."""
_CHUNK = 900
_ONE_DAY = timedelta(hours=24)


def english_date(day: date) -> str:
    """ "Thursday 12 March 2026", whatever the process locale (for the command line)."""
    weekdays = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    months = (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    )  # fmt: skip
    return f"{weekdays[day.weekday()]} {day.day} {months[day.month - 1]} {day.year}"


def event_date_text(event: EventDto, fmt: DateFormatter = english_date) -> str:
    """The event's day(s) in its own time zone: one date, or "first – last" for an all-day
    event over several days or a timed one lasting 24 hours or more (a dinner that ends after
    midnight still prints one date)."""
    first = event.start_local.date()
    if event.all_day:
        last = event.last_day
    elif event.ends_at - event.starts_at >= _ONE_DAY:
        last = event.end_local.date()
    else:
        last = first
    if last <= first:
        return fmt(first)
    return f"{fmt(first)} – {fmt(last)}"


def _email() -> Any:
    return (
        select(PersonEmail.address)
        .where(PersonEmail.person_id == Person.id)
        .order_by(PersonEmail.position)
        .limit(1)
        .correlate(Person)
        .scalar_subquery()
    )


def _person_columns() -> tuple[Any, ...]:
    return (
        Person.id.label("person_id"),
        Person.given_name,
        Person.family_name,
        Person.name_order,
        Person.preferred_name,
        Person.pronouns,
        Person.job_title,
        Person.phone,
        _email().label("email"),
        Organization.name.label("organization"),
    )


def _badge(row: Row[Any], role: BadgeRole | None, role_text: str, code: str) -> BadgePerson:
    return BadgePerson(
        given_name=row.given_name,
        family_name=row.family_name,
        family_first=NameOrder(row.name_order) is NameOrder.FAMILY_FIRST,
        preferred_name=row.preferred_name,
        organization=row.organization or "",
        title=row.job_title,
        pronouns=row.pronouns,
        role=role,
        role_text=role_text,
        checkin_code=code,
        email=row.email or "",
        phone=row.phone,
    )


class BadgeService:
    """Gathers an event's guests as badge values and writes badge and place-card PDFs."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._rsvps = RsvpService(db)
        self._events = EventService(db)

    # -- stocks --------------------------------------------------------------------------------

    @staticmethod
    def stocks(layout: Layout | None = None) -> tuple[LabelStock, ...]:
        """The shipped label stocks, only those a layout prints on when it is given."""
        table = load_stocks()
        return table if layout is None else tuple(s for s in table if s.kind == layout.stock_kind)

    @staticmethod
    def stock(stock_id: str) -> LabelStock:
        """Raises: UnknownStock (with the known ids)."""
        return get_stock(stock_id)

    # -- who -----------------------------------------------------------------------------------

    def batch(
        self,
        event_id: int,
        *,
        who: Who = Who.GOING,
        rsvp_ids: Sequence[int] | None = None,
        person_ids: Sequence[int] | None = None,
        date_format: DateFormatter = english_date,
        role_words: RoleWords | None = None,
    ) -> BadgeBatch:
        """The event and its guests to print, in the guest list's order.

        Guests picked by hand (`rsvp_ids` from the guest list, or `person_ids`) keep the order
        given and replace `who`. A picked person who is not on the guest list gets a badge
        without role or check-in code. RSVPs without a check-in code get one first.

        Raises:
            NotFound: the event is gone, or a picked guest is not on its list any more.
        """
        event = self._events.get(event_id)
        coded = self._rsvps.ensure_codes(event_id)
        words = role_words or (lambda role: "")
        with self._db.read() as session:
            if rsvp_ids is None and person_ids is None:
                guests = self._by_who(session, event_id, who, words)
            else:
                guests = self._picked(session, event_id, rsvp_ids or (), person_ids or (), words)
        return BadgeBatch(
            event_id,
            BadgeEvent(event.title, event_date_text(event, date_format)),
            tuple(guests),
            Changes.of(Kind.RSVP, touched=coded) if coded else Changes(),
        )

    def _rsvp_rows(
        self, session: Session, event_id: int, where: Iterable[Any] = ()
    ) -> list[Row[Any]]:
        query = (
            select(
                Rsvp.id.label("rsvp_id"),
                Rsvp.response,
                Rsvp.role,
                Rsvp.checkin_code,
                Rsvp.checked_in_at,
                *_person_columns(),
            )
            .join(Person, Person.id == Rsvp.person_id)
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .where(Rsvp.event_id == event_id, *where)
            .order_by(Rsvp.id)
        )
        return list(session.execute(query).all())

    @staticmethod
    def _guest(row: Row[Any], words: RoleWords) -> BadgeGuest:
        role = AttendeeRole(row.role)
        badge = _badge(row, BadgeRole(role.value), words(role), row.checkin_code or "")
        return BadgeGuest(row.person_id, row.rsvp_id, badge)

    def _by_who(
        self, session: Session, event_id: int, who: Who, words: RoleWords
    ) -> list[BadgeGuest]:
        who = Who(who)  # a plain string from a combo box or the command line is fine too
        if who is Who.GOING:
            rows = self._rsvp_rows(session, event_id, [Rsvp.response == RsvpResponse.GOING.value])
        elif who is Who.CHECKED_IN:
            rows = self._rsvp_rows(session, event_id, [Rsvp.checked_in_at.is_not(None)])
        else:
            rows = self._rsvp_rows(
                session, event_id, [Rsvp.response != RsvpResponse.DECLINED.value]
            )
        places = rsvp_reads.waitlist_order(session, [event_id])

        def key(row: Row[Any]) -> tuple[int, int, str, int]:
            name = full_name(row.given_name, row.family_name, NameOrder(row.name_order))
            response = RsvpResponse(row.response)
            return (_LIST_ORDER[response], places.get(row.rsvp_id, 0), fold(name), row.rsvp_id)

        return [self._guest(r, words) for r in sorted(rows, key=key)]

    def _picked(
        self,
        session: Session,
        event_id: int,
        rsvp_ids: Sequence[int],
        person_ids: Sequence[int],
        words: RoleWords,
    ) -> list[BadgeGuest]:
        wanted_rsvps = list(dict.fromkeys(rsvp_ids))
        wanted_people = list(dict.fromkeys(person_ids))
        by_rsvp: dict[int, Row[Any]] = {}
        by_person: dict[int, Row[Any]] = {}
        for start in range(0, max(len(wanted_rsvps), len(wanted_people)), _CHUNK):
            rsvps = wanted_rsvps[start : start + _CHUNK]
            people = wanted_people[start : start + _CHUNK]
            picked = Rsvp.id.in_(rsvps) | Rsvp.person_id.in_(people)
            for row in self._rsvp_rows(session, event_id, [picked]):
                by_rsvp[row.rsvp_id] = row
                by_person[row.person_id] = row
        if len(set(wanted_rsvps) & set(by_rsvp)) != len(wanted_rsvps):
            raise NotFound(
                msg("Some of the chosen guests are no longer on this event's guest list.")
            )
        outside = [p for p in wanted_people if p not in by_person]
        strangers = self._people_rows(session, outside)
        if len(strangers) != len(outside):
            raise NotFound(msg("Some of the chosen people no longer exist."))
        guests: list[BadgeGuest] = []
        seen: set[int] = set()
        for row in [by_rsvp[i] for i in wanted_rsvps]:
            seen.add(row.person_id)
            guests.append(self._guest(row, words))
        for person_id in wanted_people:
            if person_id in seen:
                continue
            seen.add(person_id)
            if person_id in by_person:
                guests.append(self._guest(by_person[person_id], words))
            else:
                row = strangers[person_id]
                guests.append(BadgeGuest(person_id, None, _badge(row, None, "", "")))
        return guests

    @staticmethod
    def _people_rows(session: Session, person_ids: Sequence[int]) -> dict[int, Row[Any]]:
        found: dict[int, Row[Any]] = {}
        for start in range(0, len(person_ids), _CHUNK):
            chunk = list(person_ids[start : start + _CHUNK])
            query = (
                select(*_person_columns())
                .outerjoin(Organization, Organization.id == Person.organization_id)
                .where(Person.id.in_(chunk))
            )
            found.update({r.person_id: r for r in session.execute(query).all()})
        return found

    # -- printing ------------------------------------------------------------------------------

    def render(
        self,
        batch: BadgeBatch,
        request: SheetRequest,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> RenderReport:
        """Write the PDF (to a temporary name, renamed into place when complete).

        Raises:
            UnknownStock, WrongStockKind, NothingToPrint: shown to the user as they are.
            ExportTargetError: the file can't be written. InterruptedError: cancelled.
        """
        from app.exporters.badges import render_badges, render_place_cards  # loads ReportLab

        stock = get_stock(request.stock_id)
        if request.first_sheet_only:
            batch = batch.head(stock.per_sheet)
        if request.layout is Layout.BADGES:
            return render_badges(
                stock,
                batch.people(),
                batch.event,
                request.badge_options,
                request.out_path,
                progress=progress,
                cancelled=cancelled,
            )
        return render_place_cards(
            stock,
            batch.place_cards(request.seating),
            request.card_options,
            request.out_path,
            progress=progress,
            cancelled=cancelled,
        )

    def work(
        self, batch: BadgeBatch, request: SheetRequest
    ) -> Callable[[ProgressFn, CancelledFn], RenderReport]:
        """`render` as a `Job` work function: `fn(progress, cancelled)`."""

        def run(progress: ProgressFn, cancelled: CancelledFn) -> RenderReport:
            return self.render(batch, request, progress=progress, cancelled=cancelled)

        return run

    def export(
        self,
        event_id: int,
        request: SheetRequest,
        *,
        who: Who = Who.GOING,
        date_format: DateFormatter = english_date,
    ) -> RenderReport:
        """Gather and write in one call (the command line)."""
        return self.render(self.batch(event_id, who=who, date_format=date_format), request)

    @staticmethod
    def alignment_sheet(
        stock_id: str,
        out_path: Path,
        *,
        offset_x_mm: float = 0.0,
        offset_y_mm: float = 0.0,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> RenderReport:
        """The one-page test sheet for a stock, shifted by the calibration offset."""
        from app.exporters.badges import render_alignment_sheet  # loads ReportLab

        return render_alignment_sheet(
            get_stock(stock_id),
            out_path,
            offset_x_mm=offset_x_mm,
            offset_y_mm=offset_y_mm,
            progress=progress,
            cancelled=cancelled,
        )


def seating_or_none(per_table: int | None, first_table: int = 1) -> Seating | None:
    """A `Seating` when tables are wanted (per_table > 0), else None (names only)."""
    return Seating(per_table, first_table) if per_table else None
