"""Check-in at the door: by badge code or a few typed letters, walk-ins, and taking it back.

Checking in someone who wasn't "going" (a waitlisted guest who came anyway) seats them: they
are in the room, so they count, beyond capacity if the event is full. Scanning a badge twice
changes nothing and says when the guest arrived.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.domain import checkin_codes
from app.domain import rsvps as rules
from app.domain.enums import RsvpResponse, RsvpSource
from app.domain.errors import DomainError, NotFound
from app.domain.messages import msg
from app.domain.people import PersonDraft, email_key
from app.domain.text import clean
from app.services import rsvp_reads as reads
from app.services import rsvp_revisions as revisions
from app.services import rsvp_store as store
from app.services.changes import Changes, Kind
from app.services.checkin_search import checkin_index
from app.services.guestlists.names import split_name
from app.services.people import person_search_key
from app.services.rsvp_core import Applied
from app.services.rsvp_dto import CheckInResult, RsvpOutcome, RsvpRow
from app.services.rsvp_lists import GuestLists
from app.storage.orm import Event, Person, PersonEmail, Rsvp


class WrongEvent(DomainError):
    """A badge of another event was scanned."""


class CheckIns(GuestLists):
    def check_in(self, rsvp_id: int) -> CheckInResult:
        """Mark the guest as arrived now (and going, if they weren't)."""
        applied = Applied()
        with self._db.transaction() as session:
            row = session.execute(
                select(Rsvp.event_id, Rsvp.checked_in_at).where(Rsvp.id == rsvp_id)
            ).first()
            if row is None:
                raise NotFound(msg("This guest is no longer on the list."))
            if row.checked_in_at is None:
                self._admit(session, row.event_id, rsvp_id, applied)
            outcome = self._outcome(session, applied, revisions.Revision(tuple(applied.updates)))
            found = reads.rows_by_id(session, [rsvp_id])[0]
        return CheckInResult(outcome, found, already=row.checked_in_at is not None)

    def undo_check_in(self, rsvp_id: int) -> RsvpOutcome:
        """The guest was checked in by mistake: clear the arrival time (the answer stays)."""
        return self._each(
            [rsvp_id],
            lambda seating, _i, at: rules.settle(seating, at),
            detail="check-in taken back",
            extra=lambda _row: {"checked_in_at": None},
        )

    def check_in_code(self, event_id: int, code: str) -> CheckInResult:
        """Check in the guest whose badge carries `code` (what a door scanner types).

        Raises:
            WrongEvent: the code belongs to a guest of another event.
            NotFound: no guest has that code.
        """
        wanted = checkin_codes.normalize(code)
        with self._db.read() as session:
            found = session.execute(
                select(Rsvp.id, Rsvp.event_id, Event.title)
                .join(Event, Event.id == Rsvp.event_id)
                .where(Rsvp.checkin_code == wanted)
            ).first()
        if found is None:
            raise NotFound(msg("No guest has the check-in code {code}.", code=wanted))
        if found.event_id != event_id:
            raise WrongEvent(
                msg("This badge is for another event: “{event_title}”.", event_title=found.title)
            )
        return self.check_in(found.id)

    def lookup(self, event_id: int, text: str, limit: int = 10) -> list[RsvpRow]:
        """Guests of the event matching a check-in code exactly, else the typed letters."""
        rows = self.guest_rows(event_id)
        code = checkin_codes.normalize(text)
        exact = [r for r in rows if r.checkin_code and r.checkin_code == code]
        if exact:
            return exact
        by_id = {r.id: r for r in rows}
        return [by_id[m.id] for m in checkin_index(rows).search(text, limit)]

    def walk_in(self, event_id: int, name: str, email: str = "") -> CheckInResult:
        """Someone not on the list arrives: add them (or find them by e-mail) and check in.

        Raises:
            ValidationError: no name, or a malformed e-mail address.
        """
        given, family, order = split_name(clean(name))
        draft = PersonDraft(
            given_name=given, family_name=family, name_order=order, emails=(email,) if email else ()
        ).validated()
        applied = Applied()
        inserted: list[tuple[str, tuple[tuple[int, int | None], ...]]] = []
        with self._db.transaction() as session:
            store.event_info(session, event_id)
            person_id = self._person_for(session, draft, inserted)
            rsvp_id = session.scalar(
                select(Rsvp.id).where(Rsvp.event_id == event_id, Rsvp.person_id == person_id)
            )
            already = False
            if rsvp_id is None:
                rsvp_id = self._new_rsvp(session, event_id, person_id)
                self._admit(session, event_id, rsvp_id, applied, fresh=[rsvp_id], walk_in=True)
                version = session.scalar(select(Rsvp.version).where(Rsvp.id == rsvp_id))
                inserted.append(("rsvps", ((rsvp_id, version),)))
            elif session.scalar(select(Rsvp.checked_in_at).where(Rsvp.id == rsvp_id)) is None:
                self._admit(session, event_id, rsvp_id, applied)
            else:
                already = True
            revision = revisions.Revision(tuple(applied.updates), tuple(inserted))
            outcome = self._outcome(session, applied, revision)
            row = reads.rows_by_id(session, [rsvp_id])[0]
        if inserted and inserted[0][0] == "people":
            extra = Changes.of(Kind.PERSON, touched=[person_id])
            outcome = RsvpOutcome(outcome.changes | extra, revision, outcome.rsvp_ids)
        return CheckInResult(outcome, row, already=already)

    # -- helpers -------------------------------------------------------------------------------

    def _admit(
        self,
        session: Session,
        event_id: int,
        rsvp_id: int,
        applied: Applied,
        *,
        fresh: Sequence[int] = (),
        walk_in: bool = False,
    ) -> None:
        now = self.now()
        self._apply(
            session,
            event_id,
            lambda seating, at: rules.admit(seating, rsvp_id, at),
            applied,
            acted=[rsvp_id],
            detail="walked in and checked in" if walk_in else "checked in",
            extra={rsvp_id: {"checked_in_at": now}},
            fresh=fresh,
        )

    def _person_for(
        self,
        session: Session,
        draft: PersonDraft,
        inserted: list[tuple[str, tuple[tuple[int, int | None], ...]]],
    ) -> int:
        """The person with the walk-in's e-mail address, else a new person."""
        if draft.emails:
            owner = session.scalar(
                select(PersonEmail.person_id).where(
                    PersonEmail.address_key == email_key(draft.emails[0])
                )
            )
            if owner is not None:
                return int(owner)
        person_id = session.execute(
            insert(Person).returning(Person.id),
            [
                {
                    "given_name": draft.given_name,
                    "family_name": draft.family_name,
                    "name_order": draft.name_order.value,
                    "search_key": person_search_key(draft, ""),
                    "how_we_met": "Walked in",
                }
            ],
        ).scalar_one()
        inserted.append(("people", ((person_id, 1),)))
        if draft.emails:
            address = draft.emails[0]
            email_id = session.execute(
                insert(PersonEmail).returning(PersonEmail.id),
                [
                    {
                        "person_id": person_id,
                        "address": address,
                        "address_key": email_key(address),
                        "position": 0,
                    }
                ],
            ).scalar_one()
            inserted.append(("person_emails", ((email_id, None),)))
        return int(person_id)

    def _new_rsvp(self, session: Session, event_id: int, person_id: int) -> int:
        code = checkin_codes.new_code(store.CodesInUse(session))
        rsvp_id = session.execute(
            insert(Rsvp).returning(Rsvp.id),
            [
                {
                    "event_id": event_id,
                    "person_id": person_id,
                    "response": RsvpResponse.INVITED.value,
                    "source": RsvpSource.WALK_IN.value,
                    "checkin_code": code,
                }
            ],
        ).scalar_one()
        return int(rsvp_id)
