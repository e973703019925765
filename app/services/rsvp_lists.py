"""Reading an event's guest list: lines, counts, the caterer's summary, history, exports."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path

from sqlalchemy import select

from app.domain.dietary import summarize
from app.domain.enums import NameOrder, RsvpResponse
from app.domain.errors import NotFound
from app.domain.messages import msg
from app.domain.people import email_key, full_name
from app.domain.text import fold
from app.services import guest_export
from app.services import rsvp_reads as reads
from app.services import rsvp_store as store
from app.services.rsvp_core import RsvpCore
from app.services.rsvp_dto import DietaryReport, HistoryLine, RsvpCounts, RsvpRow
from app.storage.orm import Person, PersonEmail, RsvpChange

_GOING = RsvpResponse.GOING


class GuestLists(RsvpCore):
    def guest_rows(self, event_id: int) -> list[RsvpRow]:
        """Every RSVP of the event, with names; RSVPs without a check-in code get one first."""
        self.ensure_codes(event_id)
        with self._db.read() as session:
            return reads.event_rows(session, event_id)

    def rows(self, ids: Collection[int]) -> list[RsvpRow]:
        with self._db.read() as session:
            return reads.rows_by_id(session, ids)

    def get(self, rsvp_id: int) -> RsvpRow:
        found = self.rows([rsvp_id])
        if not found:
            raise NotFound(msg("This guest is no longer on the list."))
        return found[0]

    def ensure_codes(self, event_id: int) -> list[int]:
        """Give RSVPs made before codes existed (or by other tools) a check-in code."""
        with self._db.read() as session:
            if not store.missing_codes(session, event_id):
                return []
        with self._db.transaction() as session:
            return store.backfill_codes(session, event_id)

    def counts(self, event_id: int) -> RsvpCounts:
        with self._db.read() as session:
            store.event_info(session, event_id)
            return reads.counts(session, event_id)

    def not_reconfirmed(self, event_id: int) -> list[RsvpRow]:
        """Who is going but hasn't reconfirmed, by name."""
        rows = self.guest_rows(event_id)
        waiting = [r for r in rows if r.response is _GOING and r.reconfirmed_at is None]
        return sorted(waiting, key=lambda r: fold(r.display_name))

    def dietary_report(self, event_id: int) -> DietaryReport:
        """For the caterer: needs of everyone going, counted, with names."""
        with self._db.read() as session:
            info = store.event_info(session, event_id)
            rows = [r for r in reads.event_rows(session, event_id) if r.response is _GOING]
        summary = summarize((r.display_name, r.dietary, r.guests) for r in rows)
        access = tuple(
            (r.display_name, r.accessibility)
            for r in sorted(rows, key=lambda r: fold(r.display_name))
            if r.accessibility.strip()
        )
        return DietaryReport(info.id, info.title, summary, access)

    def history(self, rsvp_id: int) -> list[HistoryLine]:
        with self._db.read() as session:
            rows = session.execute(
                select(RsvpChange).where(RsvpChange.rsvp_id == rsvp_id).order_by(RsvpChange.id)
            ).scalars()
            return [
                HistoryLine(
                    c.changed_at,
                    RsvpResponse(c.response_from) if c.response_from else None,
                    RsvpResponse(c.response_to) if c.response_to else None,
                    c.detail,
                    c.actor,
                )
                for c in rows
            ]

    def find_person(self, ref: str) -> int:
        """A person by number, e-mail address or exact (accent- and case-insensitive) name."""
        text = ref.strip()
        with self._db.read() as session:
            if text.isdigit() and session.get(Person, int(text)) is not None:
                return int(text)
            owner = session.scalar(
                select(PersonEmail.person_id).where(PersonEmail.address_key == email_key(text))
            )
            if owner is not None:
                return int(owner)
            key = fold(" ".join(text.split()))
            people = session.execute(
                select(Person.id, Person.given_name, Person.family_name, Person.name_order).where(
                    Person.search_key.contains(key.split()[0] if key else "", autoescape=True)
                )
            ).all()
        named = [
            p.id
            for p in people
            if fold(full_name(p.given_name, p.family_name, NameOrder(p.name_order))) == key
        ]
        if not named:
            raise NotFound(msg("No person matches “{ref}”.", ref=ref))
        if len(named) > 1:
            raise NotFound(
                msg("Several people are called “{ref}”; use their number or e-mail.", ref=ref)
            )
        return int(named[0])

    def export_guest_list(
        self,
        event_id: int,
        path: Path,
        *,
        header: Sequence[str] = guest_export.GUEST_HEADER,
        words: Mapping[str, str] | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Write the guest list, sorted by name, to a CSV file; return the lines written."""
        rows = sorted(self.guest_rows(event_id), key=lambda r: fold(r.display_name))
        return guest_export.write_guest_list(
            path, rows, header=header, words=words, progress=progress, cancelled=cancelled
        )

    def export_dietary(
        self,
        event_id: int,
        path: Path,
        *,
        header: Sequence[str] = guest_export.DIETARY_HEADER,
        words: Mapping[str, str] | None = None,
    ) -> int:
        report = self.dietary_report(event_id)
        return guest_export.write_dietary(path, report.summary, header=header, words=words)
