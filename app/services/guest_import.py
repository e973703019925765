"""Import a guest list into an event: one transaction, in a worker, undoable.

`plan` tells the preview how the file's guests match Convivio's people (and which need the
user's merge decision); `run` writes everything in ONE transaction with bulk Core statements,
reporting progress and polling cancel (a cancel rolls back: nothing changed); `undo` removes
what the import created and restores what it updated. Re-importing the same file changes
nothing: people are found again by e-mail or platform id, and RSVPs already saying what the
file says are left alone.

An event's capacity holds as everywhere else (`domain.import_seats`): "going" lines that don't
fit join the waitlist in the file's order, unless the request lets everyone in beyond capacity.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound
from app.domain.messages import msg
from app.services import guest_matching, guest_seating
from app.services.base import Service
from app.services.changes import Changes, Kind
from app.services.guest_import_dto import ImportPlan, ImportRequest, ImportResult
from app.services.guest_people import write_people
from app.services.guest_rsvps import write_rsvps
from app.services.guestlists import GuestRow, ImportNote
from app.services.import_undo import ImportUndo, undo_import
from app.services.rsvp_core import Clock, default_actor
from app.services.rsvp_store import event_info
from app.storage.database import Database
from app.storage.orm import Event, Rsvp

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class _DryRun(Exception):
    """Raised at the end of a dry run so the transaction rolls back."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__("dry run")
        self.result = result


def _no_progress(_done: int, _total: int) -> None:
    return None


def _never() -> bool:
    return False


class GuestImportService(Service):
    kind = Kind.RSVP
    table = "rsvps"

    def __init__(self, db: Database, *, actor: str | None = None, clock: Clock | None = None):
        super().__init__(db)
        self.actor = default_actor() if actor is None else actor
        self._clock = clock or (lambda: datetime.now(UTC))

    def event_timezone(self, event_id: int) -> str:
        """The zone to read the file's times in (they are written without one)."""
        with self._db.read() as session:
            zone = session.scalar(select(Event.timezone).where(Event.id == event_id))
        if zone is None:
            raise NotFound(msg("This event no longer exists."))
        return zone

    def plan(self, request: ImportRequest) -> ImportPlan:
        """How the guests match existing people, and which same-name guests need a decision."""
        rows = request.preview.parsed.rows
        with self._db.read() as session:
            info = event_info(session, request.event_id)
            matching = guest_matching.match(session, rows, request.merges)
            people = {p for p in matching.person.values() if p is not None}
            listed = _listed(session, request.event_id, people)
            kept, _notes = _one_row_per_person(rows, matching)
            seats = guest_seating.seats(
                session,
                info.id,
                info.capacity,
                kept,
                matching.person,
                self._clock(),
                over_capacity=False,
            )
        return ImportPlan(
            event_id=request.event_id,
            rows=len(rows),
            by_email=matching.count("email"),
            by_user_id=matching.count("user id"),
            new_people=matching.count("new"),
            same_name=tuple(matching.same_name),
            already_listed=len(listed),
            capacity=info.capacity,
            waitlisted=len(seats.waitlisted),
        )

    def run(
        self,
        request: ImportRequest,
        *,
        progress: Progress = _no_progress,
        cancelled: Cancelled = _never,
    ) -> ImportResult:
        """Import the guests in one transaction (a dry run rolls it back at the end).

        Raises:
            InterruptedError: `cancelled()` returned True; nothing was written.
            NotFound: the event is gone.
        """
        try:
            with self._db.transaction() as session:
                return self._write(session, request, progress, cancelled)
        except _DryRun as dry:
            return dry.result

    def undo(self, undo: object) -> Changes:
        """Take an import back: remove what it created, restore what it updated.

        Raises:
            ConflictError: someone changed the imported guests since; nothing changes.
        """
        assert isinstance(undo, ImportUndo)
        with self._db.transaction() as session:
            orgs, people = undo_import(session, undo)
        touched_people = {r.id for r in undo.people_before}
        return (
            Changes.of(Kind.RSVP, touched={r.id for r in undo.rsvps_before}, removed=undo.rsvps)
            | Changes.of(Kind.PERSON, touched=touched_people, removed=people)
            | Changes.of(Kind.ORGANIZATION, removed=orgs)
            | Changes.of(Kind.EVENT, touched=[undo.event_id])
        )

    # -- the transaction --------------------------------------------------------------------------

    def _write(
        self, session: Session, request: ImportRequest, progress: Progress, cancelled: Cancelled
    ) -> ImportResult:
        preview = request.preview
        info = event_info(session, request.event_id)
        now = self._clock()
        parsed = preview.parsed.rows
        total = max(1, 5 * len(parsed))
        done = 0

        def check(count: int) -> None:
            nonlocal done
            if cancelled():
                raise InterruptedError("The import was cancelled; nothing was changed.")
            done += count
            progress(min(done, total), total)

        check(0)
        matching = guest_matching.match(session, parsed, request.merges)
        check(len(parsed))
        rows, notes = _one_row_per_person(parsed, matching)
        people = write_people(session, rows, matching, preview.table.filename, now, check)
        seats = guest_seating.seats(
            session,
            info.id,
            info.capacity,
            rows,
            people.person_of,
            now,
            over_capacity=request.over_capacity,
        )
        rsvps = write_rsvps(
            session,
            info.id,
            info.starts_at,
            rows,
            people.person_of,
            preview.table.filename,
            now,
            self.actor,
            check,
            seats.placed,
        )
        progress(total, total)
        notes.extend(seats.notes(info.capacity))
        undo = ImportUndo(
            event_id=info.id,
            organizations=people.organizations,
            people=people.created,
            emails=people.emails,
            handles=people.handles,
            rsvps=rsvps.created,
            people_before=people.updated,
            rsvps_before=rsvps.updated,
        )
        touched_people = {*people.created, *(r.id for r in people.updated), *rsvps.people}
        changes = (
            Changes.of(Kind.RSVP, touched=[*rsvps.created, *(r.id for r in rsvps.updated)])
            | Changes.of(Kind.PERSON, touched=touched_people)
            | Changes.of(Kind.ORGANIZATION, touched=people.organizations)
            | Changes.of(Kind.EVENT, touched=[info.id])
        )
        created_lines = {line for line, how in matching.how.items() if how == "new"}
        result = ImportResult(
            event_id=info.id,
            filename=preview.table.filename,
            imported=len(rsvps.created),
            updated=len(rsvps.updated),
            unchanged=rsvps.unchanged + (len(parsed) - len(rows)),
            people_created=len(people.created),
            people_updated=len(people.updated),
            merged=matching.count("merge"),
            same_name_created=tuple(m for m in matching.same_name if m.line in created_lines),
            rejected=preview.parsed.rejected,
            notes=(*preview.parsed.notes, *notes),
            changes=changes if not undo.empty else Changes(),
            undo=None if request.dry_run or undo.empty else undo,
            dry_run=request.dry_run,
            waitlisted=len(seats.waitlisted),
            over_capacity=len(seats.over_capacity),
        )
        if request.dry_run:
            raise _DryRun(result)
        return result


def _listed(session: Session, event_id: int, people: set[int]) -> set[int]:
    found: set[int] = set()
    ordered = sorted(people)
    for start in range(0, len(ordered), 900):
        chunk = ordered[start : start + 900]
        found.update(
            session.scalars(
                select(Rsvp.person_id).where(Rsvp.event_id == event_id, Rsvp.person_id.in_(chunk))
            )
        )
    return found


_HOW = {"email": msg("email"), "user id": msg("user id")}
"""How a line was found to be a known person, as the note says it (the codes of `Matching.how`)."""


def _one_row_per_person(
    rows: Sequence[GuestRow], matching: guest_matching.Matching
) -> tuple[list[GuestRow], list[ImportNote]]:
    """One RSVP per person: a second line found to be the same known person is skipped."""
    kept: list[GuestRow] = []
    first_line: dict[int, int] = {}
    notes: list[ImportNote] = []
    for row in rows:
        person = matching.person[row.line]
        if person is not None and person in first_line:
            line = first_line[person]
            notes.append(
                ImportNote(
                    msg(
                        "Line {line} is the same person as line {first} ({how}); "
                        "only line {first} was imported.",
                        line=row.line,
                        first=line,
                        how=_HOW.get(matching.how[row.line], matching.how[row.line]),
                    ),
                    (line, row.line),
                )
            )
            continue
        if person is not None:
            first_line[person] = row.line
        kept.append(row)
    return kept, notes
