"""Who holds which calendar message for an event, and who gets what in the next export.

Per guest Convivio keeps `rsvps.invite_sequence` (the SEQUENCE last sent) and a history line
per export saying whether it was an invitation or a cancellation. The SEQUENCE rules:

- a REQUEST goes out at the event's SEQUENCE, or above a cancellation the guest holds; if
  that is above the event's, the event's SEQUENCE is raised to it, so every invitation
  holder's SEQUENCE stays at or below the event's and "outdated" stays exact;
- a CANCEL goes out one above everything its recipients hold and leaves the event's SEQUENCE
  alone: un-inviting one guest must not make everybody else's invitation look outdated or
  their replies stale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain.enums import EventStatus, RsvpResponse
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.exporters.ics import Method
from app.services import rsvp_reads as reads
from app.services.dto import EventDto
from app.services.invite_dto import (
    CANCEL_SENT,
    INVITE_SENT,
    InviteMode,
    InvitePlan,
    Recipient,
    Skipped,
    SkipReason,
    Why,
)
from app.services.invite_mapping import ics_attendee
from app.services.rsvp_dto import RsvpRow
from app.storage.orm import Rsvp, RsvpChange

INVITABLE = frozenset({RsvpResponse.INVITED, RsvpResponse.GOING, RsvpResponse.MAYBE})
_NOT_INVITABLE = {
    RsvpResponse.WAITLISTED: SkipReason.WAITLISTED,
    RsvpResponse.PENDING_APPROVAL: SkipReason.PENDING,
    RsvpResponse.DECLINED: SkipReason.DECLINED,
}


def history_detail(method: Method, sequence: int) -> str:
    """The history line of a guest who was sent `method` at `sequence`."""
    words = CANCEL_SENT if method is Method.CANCEL else INVITE_SENT
    return f"{words} (SEQUENCE {sequence})"


@dataclass(frozen=True)
class GuestInvite:
    """A guest and what their calendar was last sent."""

    row: RsvpRow
    sequence: int | None
    cancelled: bool
    """The last message was a cancellation (their calendar shows no live invitation)."""

    @property
    def holds_invitation(self) -> bool:
        return self.sequence is not None and not self.cancelled


def guest_invites(session: Session, event_id: int) -> list[GuestInvite]:
    rows = reads.event_rows(session, event_id)
    sequences = dict(
        session.execute(
            select(Rsvp.id, Rsvp.invite_sequence).where(Rsvp.event_id == event_id)
        ).all()
    )
    last: dict[int, bool] = {}
    lines = session.execute(
        select(RsvpChange.rsvp_id, RsvpChange.detail)
        .join(Rsvp, Rsvp.id == RsvpChange.rsvp_id)
        .where(
            Rsvp.event_id == event_id,
            or_(
                RsvpChange.detail.startswith(INVITE_SENT),
                RsvpChange.detail.startswith(CANCEL_SENT),
            ),
        )
        .order_by(RsvpChange.id)
    )
    for rsvp_id, detail in lines:
        last[rsvp_id] = detail.startswith(CANCEL_SENT)
    guests = []
    for row in rows:
        sequence = sequences.get(row.id)
        guests.append(GuestInvite(row, sequence, sequence is not None and last.get(row.id, False)))
    return guests


def _address_problem(row: RsvpRow) -> SkipReason | None:
    if not row.email.strip():
        return SkipReason.NO_EMAIL
    try:
        ics_attendee(row)
    except ValidationError:
        return SkipReason.BAD_EMAIL
    return None


def _skip(guest: GuestInvite, reason: SkipReason) -> Skipped:
    row = guest.row
    return Skipped(row.id, row.display_name, row.email, row.response, reason)


def _recipient(guest: GuestInvite, why: Why) -> Recipient:
    row = guest.row
    return Recipient(row.id, row.display_name, row.email, row.response, why, guest.sequence)


def _request_why(guest: GuestInvite, current: int) -> Why:
    if guest.sequence is None:
        return Why.NEW
    if guest.cancelled:
        return Why.REINSTATED
    return Why.OUTDATED if guest.sequence < current else Why.CURRENT


def plan(event: EventDto, guests: Sequence[GuestInvite], mode: InviteMode) -> InvitePlan:
    """Recipients, skipped guests with reasons, and the SEQUENCE for one export.

    Raises:
        ValidationError: invitations for a cancelled event.
    """
    cancelled_event = event.status is EventStatus.CANCELLED
    if mode is InviteMode.CANCEL:
        return _cancel_plan(event, guests, uninvite=not cancelled_event)
    if cancelled_event:
        raise ValidationError(
            "mode",
            msg(
                "“{event_title}” is cancelled: export a cancellation instead of invitations.",
                event_title=event.title,
            ),
        )
    recipients: list[Recipient] = []
    skipped: list[Skipped] = []
    for guest in guests:
        reason = _NOT_INVITABLE.get(guest.row.response) or _address_problem(guest.row)
        why = _request_why(guest, event.sequence)
        if reason is None and mode is InviteMode.UPDATES and why is Why.CURRENT:
            reason = SkipReason.UP_TO_DATE
        if reason is not None:
            skipped.append(_skip(guest, reason))
        else:
            recipients.append(_recipient(guest, why))
    above = [
        r.last_sequence + (1 if r.why is Why.REINSTATED else 0)
        for r in recipients
        if r.last_sequence is not None
    ]
    sequence = max([event.sequence, *above])
    return InvitePlan(
        event, mode, Method.REQUEST, sequence, False, tuple(recipients), tuple(skipped)
    )


def _cancel_plan(event: EventDto, guests: Sequence[GuestInvite], *, uninvite: bool) -> InvitePlan:
    recipients: list[Recipient] = []
    skipped: list[Skipped] = []
    for guest in guests:
        if uninvite and guest.row.response is not RsvpResponse.DECLINED:
            continue  # still on the list: they keep their invitation
        if guest.sequence is None:
            skipped.append(_skip(guest, SkipReason.NEVER_INVITED))
        elif uninvite and guest.cancelled:
            skipped.append(_skip(guest, SkipReason.ALREADY_CANCELLED))
        elif (reason := _address_problem(guest.row)) is not None:
            skipped.append(_skip(guest, reason))
        else:
            why = Why.UNINVITED if uninvite else Why.CANCELLED_EVENT
            recipients.append(_recipient(guest, why))
    held = [r.last_sequence for r in recipients if r.last_sequence is not None]
    sequence = max([event.sequence, *held]) + 1
    return InvitePlan(
        event,
        InviteMode.CANCEL,
        Method.CANCEL,
        sequence,
        uninvite,
        tuple(recipients),
        tuple(skipped),
    )
