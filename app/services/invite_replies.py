"""Calendar replies (iTIP REPLY in `.ics` or `.eml` files) read back into the guest list.

Checking changes nothing: each file is read, matched by UID to an event and by the answering
address to a guest, and turned away with a sentence naming the file when it is unreadable,
foreign, stale, withdrawn or not about a guest; the answers left are then played through the
RSVP rules on a copy of each event's seating, so the user sees who would end up waitlisted.

Applying goes through `RsvpService.set_response`, one transaction per file: the user's action
is "import these files", and one file that can't be saved (a teammate changed that guest at
the same moment) must not take the others down with it. The outcomes are merged into one
revision, so one undo step takes the whole import back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import rsvps as rules
from app.domain.enums import EventStatus, RsvpResponse
from app.domain.errors import ConvivioError
from app.domain.messages import message_of, msg
from app.domain.people import email_key
from app.exporters.ics import ParsedReply, ReplyRejected, check_reply, read_reply
from app.services import rsvp_store as store
from app.services.invite_dto import ReplyCheck, ReplyIssue, ReplyResult
from app.services.invite_state import GuestInvite, guest_invites
from app.services.rsvp_dto import RsvpOutcome
from app.services.rsvps import RsvpService
from app.storage.orm import Event, PersonEmail

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_OLDEST = datetime.min.replace(tzinfo=UTC)


def _rejected(path: Path, source: str, reason: str, problem: str, **known: object) -> ReplyCheck:
    return ReplyCheck(path, source, reason, problem, **known)  # type: ignore[arg-type]


def read_all(
    paths: Sequence[Path], progress: Progress, cancelled: Cancelled
) -> list[tuple[Path, ParsedReply | ReplyRejected]]:
    """Each file's reply, or why it is not one. Raises InterruptedError when cancelled."""
    found: list[tuple[Path, ParsedReply | ReplyRejected]] = []
    for index, path in enumerate(paths):
        if cancelled():
            raise InterruptedError("Reading the replies was cancelled.")
        progress(index, len(paths))
        try:
            found.append((path, read_reply(path)))
        except ReplyRejected as rejection:
            found.append((path, rejection))
    progress(len(paths), len(paths))
    return found


class _Lookup:
    """Events, guests and people the replies refer to, loaded once per check."""

    def __init__(self, session: Session, replies: Sequence[ParsedReply]) -> None:
        self.session = session
        uuids = sorted({r.event_uuid.lower() for r in replies})
        self.events = {
            uuid.lower(): (event_id, title, EventStatus(status), sequence)
            for event_id, uuid, title, status, sequence in session.execute(
                select(Event.id, Event.uuid, Event.title, Event.status, Event.sequence).where(
                    func.lower(Event.uuid).in_(uuids)
                )
            )
        }
        keys = sorted({email_key(r.attendee_email) for r in replies})
        self.people = dict(
            session.execute(
                select(PersonEmail.address_key, PersonEmail.person_id).where(
                    PersonEmail.address_key.in_(keys)
                )
            ).all()
        )
        self._guests: dict[int, dict[int, GuestInvite]] = {}

    def guest(self, event_id: int, person_id: int) -> GuestInvite | None:
        if event_id not in self._guests:
            self._guests[event_id] = {
                g.row.person_id: g for g in guest_invites(self.session, event_id)
            }
        return self._guests[event_id].get(person_id)


def _match(path: Path, reply: ParsedReply, lookup: _Lookup) -> ReplyCheck:
    source = reply.source_name
    wanted = reply.partstat.response
    known: dict[str, object] = {
        "email": reply.attendee_email,
        "guest": reply.attendee_name,
        "wanted": wanted,
        "sequence": reply.sequence,
    }
    event = lookup.events.get(reply.event_uuid.lower())
    if event is None:
        return _rejected(
            path,
            source,
            ReplyIssue.UNKNOWN_EVENT,
            msg(
                "“{source}” answers an invitation to an event that is not in this database (it "
                "may have been deleted, or sent from another Convivio database).",
                source=source,
            ),
            **known,
        )
    event_id, title, status, sequence = event
    known.update(event_id=event_id, event_title=title)
    if status is EventStatus.CANCELLED:
        return _rejected(
            path,
            source,
            ReplyIssue.CANCELLED_EVENT,
            msg(
                "“{source}” answers the invitation to “{title}”, which is cancelled.",
                source=source,
                title=title,
            ),
            **known,
        )
    person_id = lookup.people.get(email_key(reply.attendee_email))
    if person_id is None:
        return _rejected(
            path,
            source,
            ReplyIssue.UNKNOWN_PERSON,
            msg(
                "“{source}” comes from {email}, an address no one in Convivio has.",
                source=source,
                email=reply.attendee_email,
            ),
            **known,
        )
    guest = lookup.guest(event_id, person_id)
    if guest is None:
        return _rejected(
            path,
            source,
            ReplyIssue.NOT_ON_LIST,
            msg(
                "“{source}” comes from {email}, who is not on the guest list of “{title}”.",
                source=source,
                email=reply.attendee_email,
                title=title,
            ),
            **known,
        )
    row = guest.row
    known.update(rsvp_id=row.id, guest=row.display_name, current=row.response)
    if row.response is RsvpResponse.PENDING_APPROVAL:
        return _rejected(
            path,
            source,
            ReplyIssue.PENDING,
            msg(
                "“{source}” comes from {guest}, who is waiting for approval; approve them on the "
                "guest list first.",
                source=source,
                guest=row.display_name,
            ),
            **known,
        )
    try:
        check_reply(reply, sequence)
    except ReplyRejected as rejection:
        return _rejected(path, source, rejection.reason, rejection.message, **known)
    if guest.cancelled and guest.sequence is not None and reply.sequence < guest.sequence:
        return _rejected(
            path,
            source,
            ReplyIssue.WITHDRAWN,
            msg(
                "“{source}” answers an invitation that was withdrawn: {guest} was sent a "
                "cancellation afterwards.",
                source=source,
                guest=row.display_name,
            ),
            **known,
        )
    return ReplyCheck(path, source, **known)  # type: ignore[arg-type]


def _newest_wins(checks: list[ReplyCheck], replies: dict[Path, ParsedReply]) -> list[ReplyCheck]:
    """Several answers from one guest: the newest (SEQUENCE, then DTSTAMP, then file order)."""
    newest: dict[int, int] = {}
    for index, check in enumerate(checks):
        if not check.accepted or check.rsvp_id is None:
            continue
        reply = replies[check.path]
        key = (reply.sequence, reply.dtstamp or _OLDEST)
        held = newest.get(check.rsvp_id)
        if held is None:
            newest[check.rsvp_id] = index
            continue
        other = replies[checks[held].path]
        if key >= (other.sequence, other.dtstamp or _OLDEST):
            newest[check.rsvp_id] = index
    result = []
    for index, check in enumerate(checks):
        if check.accepted and check.rsvp_id is not None and newest[check.rsvp_id] != index:
            winner = checks[newest[check.rsvp_id]].source
            check = replace(
                check,
                reason=ReplyIssue.SUPERSEDED,
                problem=msg(
                    "“{source}” is an older answer from {guest} than “{winner}”; only the newer "
                    "one counts.",
                    source=check.source,
                    guest=check.guest,
                    winner=winner,
                ),
            )
        result.append(check)
    return result


def _predict(session: Session, checks: list[ReplyCheck], now: datetime) -> list[ReplyCheck]:
    """Play the accepted answers through the RSVP rules, in file order, on copies."""
    seatings: dict[int, tuple[rules.Seating, rules.Moment]] = {}
    result = []
    for check in checks:
        if not check.accepted or check.event_id is None or check.rsvp_id is None:
            result.append(check)
            continue
        assert check.wanted is not None
        if check.event_id not in seatings:
            info, seating, _versions = store.load_seating(session, check.event_id)
            moment = rules.Moment(now, rules.offer_deadline(now, info.starts_at))
            seatings[check.event_id] = (seating, moment)
        seating, moment = seatings[check.event_id]
        seating = rules.respond(seating, check.rsvp_id, check.wanted, moment)
        seatings[check.event_id] = (seating, moment)
        result.append(replace(check, expected=seating.party(check.rsvp_id).response))
    return result


def check_replies(
    session: Session,
    paths: Sequence[Path],
    *,
    now: datetime,
    progress: Progress,
    cancelled: Cancelled,
) -> list[ReplyCheck]:
    """Each file checked against the database, in the order given; nothing is changed."""
    read = read_all(paths, progress, cancelled)
    replies = {path: found for path, found in read if isinstance(found, ParsedReply)}
    lookup = _Lookup(session, list(replies.values()))
    checks = []
    for path, found in read:
        if isinstance(found, ReplyRejected):
            checks.append(_rejected(path, found.source_name, found.reason, found.message))
        else:
            checks.append(_match(path, found, lookup))
    return _predict(session, _newest_wins(checks, replies), now)


def apply_replies(
    rsvps: RsvpService, checks: Sequence[ReplyCheck]
) -> tuple[list[ReplyResult], list[RsvpOutcome]]:
    """Record each accepted answer in its own transaction; a failure is reported per file."""
    results: list[ReplyResult] = []
    outcomes: list[RsvpOutcome] = []
    for check in checks:
        if not check.accepted or check.rsvp_id is None or check.wanted is None:
            results.append(ReplyResult(check))
            continue
        try:
            outcome = rsvps.set_response([check.rsvp_id], check.wanted)
            now = rsvps.get(check.rsvp_id).response
        except ConvivioError as error:
            failed = replace(
                check,
                reason=ReplyIssue.FAILED,
                problem=msg(
                    "“{source}” could not be saved: {error}",
                    source=check.source,
                    error=message_of(error),
                ),
            )
            results.append(ReplyResult(failed))
            continue
        if outcome.changes:
            outcomes.append(outcome)
        results.append(ReplyResult(check, now, bool(outcome.changes), outcome.message))
    return results, outcomes
