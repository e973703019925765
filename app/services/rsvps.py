"""RSVPs: invite, answer, guests and needs, the waitlist and its offers, roles, reconfirmation.

Every method is one transaction that runs a rule of `domain.rsvps`, writes a history line per
RSVP it changed, and returns an `RsvpOutcome` whose revision `revert` takes back (undo) and
whose Changes name the RSVPs, their events (counts) and their people. Check-in and reading
live in the base classes (`rsvp_checkin`, `rsvp_lists`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import delete, insert, select

from app.domain import checkin_codes
from app.domain import rsvps as rules
from app.domain.enums import AttendeeRole, RsvpResponse, RsvpSource
from app.domain.errors import NotFound, ValidationError
from app.domain.messages import msg
from app.domain.text import clean
from app.services import rsvp_revisions as revisions
from app.services import rsvp_store as store
from app.services.changes import Changes, Kind
from app.services.rsvp_checkin import CheckIns
from app.services.rsvp_core import Applied
from app.services.rsvp_dto import RsvpOutcome
from app.storage import snapshots
from app.storage.orm import Person, Rsvp

MAX_NEEDS = 2000


class RsvpService(CheckIns):
    # -- the guest list ------------------------------------------------------------------------

    def invite(
        self,
        event_id: int,
        person_ids: Iterable[int],
        *,
        response: RsvpResponse = RsvpResponse.INVITED,
        source: RsvpSource = RsvpSource.DIRECT,
        guests: int = 0,
        role: AttendeeRole = AttendeeRole.GUEST,
    ) -> RsvpOutcome:
        """Put people on the guest list (those already on it are left alone).

        Answered "going", each takes a free seat or joins the waitlist, in the order given.
        """
        if not 0 <= guests <= rules.MAX_GUESTS:
            raise ValidationError(
                "guests", msg("Guests must be from 0 to {limit}.", limit=rules.MAX_GUESTS)
            )
        wanted = list(dict.fromkeys(person_ids))
        applied = Applied()
        with self._db.transaction() as session:
            store.event_info(session, event_id)
            known = set(session.scalars(select(Person.id).where(Person.id.in_(wanted))))
            if len(known) != len(wanted):
                raise NotFound(msg("Some of the chosen people no longer exist."))
            listed = set(
                session.scalars(
                    select(Rsvp.person_id).where(
                        Rsvp.event_id == event_id, Rsvp.person_id.in_(wanted)
                    )
                )
            )
            new = [p for p in wanted if p not in listed]
            codes = checkin_codes.new_codes(len(new), store.codes_in_use(session, len(new)))
            rows = [
                {
                    "event_id": event_id,
                    "person_id": person_id,
                    "response": RsvpResponse.INVITED.value,
                    "guests": guests,
                    "role": role.value,
                    "source": source.value,
                    "checkin_code": code,
                }
                for person_id, code in zip(new, codes, strict=True)
            ]
            ids = (
                list(
                    session.scalars(
                        insert(Rsvp).returning(Rsvp.id, sort_by_parameter_order=True), rows
                    )
                )
                if rows
                else []
            )
            if ids:
                store.history_rows(session, ids, self.now(), self.actor, "added to the guest list")
                self._apply(
                    session,
                    event_id,
                    lambda seating, at: _answer_all(seating, ids, response, at),
                    applied,
                    acted=ids,
                    fresh=ids,
                )
            versions = dict(
                session.execute(select(Rsvp.id, Rsvp.version).where(Rsvp.id.in_(ids))).all()
            )
            revision = revisions.Revision(
                tuple(applied.updates), (("rsvps", tuple((i, versions[i]) for i in ids)),)
            )
            message = self._explain(session, applied, ids, response)
            outcome = self._outcome(session, applied, revision, message=message)
        return outcome

    def remove(self, rsvp_ids: Iterable[int]) -> RsvpOutcome:
        """Take guests off the list (with their history); freed seats go to the waitlist."""
        applied = Applied()
        with self._db.transaction() as session:
            grouped = store.events_of(session, rsvp_ids)
            ids = [i for group in grouped.values() for i in group]
            snapshot = snapshots.capture(session, "rsvps", ids)
            session.execute(delete(Rsvp).where(Rsvp.id.in_(ids)))
            for event_id in grouped:
                self._apply(session, event_id, rules.settle, applied)
            revision = revisions.Revision(tuple(applied.updates), removed=snapshot)
            outcome = self._outcome(session, applied, revision, removed=ids)
        people = {
            int(r["person_id"]) for name, rows in snapshot.tables if name == "rsvps" for r in rows
        }
        return RsvpOutcome(
            outcome.changes | Changes.of(Kind.PERSON, touched=people),
            revision,
            outcome.rsvp_ids,
            outcome.message,
        )

    # -- answers, guests, needs, roles ---------------------------------------------------------

    def set_response(self, rsvp_ids: Iterable[int], response: RsvpResponse) -> RsvpOutcome:
        """Record answers. "Going" takes a free seat, else the guest joins the waitlist."""
        ids = list(rsvp_ids)
        return self._each(
            ids,
            lambda seating, i, at: rules.respond(seating, i, response, at),
            explain=response,
        )

    def set_guests(
        self, rsvp_id: int, guests: int, *, expected_version: int | None = None
    ) -> RsvpOutcome:
        """Change the +N; more guests of someone going must fit (CapacityReached if not).
        With `expected_version`, a teammate's save since is refused (RsvpChanged)."""
        return self._each(
            [rsvp_id],
            lambda seating, i, at: rules.set_guests(seating, i, guests, at),
            expected=_expected(rsvp_id, expected_version),
        )

    def set_needs(
        self,
        rsvp_id: int,
        dietary: str,
        accessibility: str,
        *,
        expected_version: int | None = None,
    ) -> RsvpOutcome:
        """Dietary and accessibility needs, as the guest wrote them."""
        diet, access = clean(dietary), clean(accessibility)
        if len(diet) > MAX_NEEDS or len(access) > MAX_NEEDS:
            raise ValidationError(
                "dietary", msg("Keep needs under {limit} characters.", limit=MAX_NEEDS)
            )
        return self._each(
            [rsvp_id],
            lambda seating, _i, at: rules.settle(seating, at),
            detail="needs changed",
            extra=lambda _row: {"dietary": diet, "accessibility": access},
            expected=_expected(rsvp_id, expected_version),
        )

    def set_role(
        self,
        rsvp_ids: Iterable[int],
        role: AttendeeRole,
        *,
        expected: Mapping[int, int] | None = None,
    ) -> RsvpOutcome:
        return self._each(
            rsvp_ids, lambda seating, i, at: rules.set_role(seating, i, role, at), expected=expected
        )

    def set_reconfirmed(self, rsvp_ids: Iterable[int], reconfirmed: bool = True) -> RsvpOutcome:
        """Mark that guests confirmed again shortly before the event (or clear it)."""
        now = self.now()
        return self._each(
            rsvp_ids,
            lambda seating, _i, at: rules.settle(seating, at),
            detail="reconfirmed" if reconfirmed else "reconfirmation cleared",
            extra=lambda row: (
                {}
                if (row["reconfirmed_at"] is not None) == reconfirmed
                else {"reconfirmed_at": now if reconfirmed else None}
            ),
        )

    # -- the waitlist --------------------------------------------------------------------------

    def offer(self, rsvp_ids: Iterable[int], *, release: bool = False) -> RsvpOutcome:
        """Offer seats to waiting guests the organizer picked, out of turn.

        Raises:
            SeatOffered: the free seats are offered to others; pass `release` to take those
                offers back (the others keep their place in line).
        """
        return self._each(
            rsvp_ids,
            lambda seating, i, at: rules.offer(seating, i, at, release=release),
            detail="offered by hand",
        )

    def accept_offer(self, rsvp_id: int) -> RsvpOutcome:
        return self._each([rsvp_id], lambda seating, i, at: rules.accept_offer(seating, i, at))

    def decline_offer(self, rsvp_id: int) -> RsvpOutcome:
        return self._each([rsvp_id], lambda seating, i, at: rules.decline_offer(seating, i, at))

    def seat(
        self, rsvp_ids: Iterable[int], *, override: bool = False, release: bool = False
    ) -> RsvpOutcome:
        """Give guests a seat by hand.

        `release` takes back seats offered to others (SeatOffered says when that would help);
        `override` seats hosts, speakers and staff beyond capacity.
        """
        return self._each(
            rsvp_ids,
            lambda seating, i, at: rules.seat(seating, i, at, override=override, release=release),
            detail="seated by hand",
        )

    def refresh_waitlist(self, event_id: int) -> RsvpOutcome:
        """Expire overdue offers and offer free seats down the queue.

        Call after the event's capacity changed (a higher one frees seats) and when a guest
        list opens, so lapsed offers pass on.
        """
        applied = Applied()
        with self._db.transaction() as session:
            self._apply(session, event_id, rules.settle, applied)
            revision = revisions.Revision(tuple(applied.updates))
            return self._outcome(session, applied, revision)


def _answer_all(
    seating: rules.Seating, ids: list[int], response: RsvpResponse, at: rules.Moment
) -> rules.Seating:
    for i in ids:
        seating = rules.respond(seating, i, response, at)
    return seating


def _expected(rsvp_id: int, version: int | None) -> dict[int, int] | None:
    return None if version is None else {rsvp_id: version}
