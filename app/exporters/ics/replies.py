"""Reading iTIP REPLY files (`.ics`, or `.eml` as saved from a mail program).

Real clients bend the rules (no ORGANIZER, `MAILTO:` in capitals, no SEQUENCE, no CN), so the
reader is lenient wherever the meaning stays clear and strict wherever guessing could change
the wrong RSVP: one event, one attendee, our UID, an answer we understand.
"""

from __future__ import annotations

import email
import re
from datetime import UTC, date, datetime, time
from email import policy
from email.message import Message
from pathlib import Path

from icalendar import Calendar, Component

from app.domain.messages import msg
from app.exporters.ics.errors import RejectReason, ReplyRejected
from app.exporters.ics.model import UID_SUFFIX, Method, ParsedReply, PartStat

MAX_REPLY_BYTES = 10 * 1024 * 1024
"""A reply is a few kilobytes; anything this big is some other file dropped by mistake."""

_MAILTO = re.compile(r"^\s*mailto:\s*(?P<address>[^@\s]+@[^@\s]+?)\s*$", re.IGNORECASE)
_EVENT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_CALENDAR_TYPES = {"text/calendar", "application/ics", "text/x-vcalendar"}
_MAIL_HEADERS = ("From", "To", "Subject", "Content-Type", "MIME-Version")
_PARSE_ERRORS = (ValueError, KeyError, IndexError, TypeError, AttributeError)


def _reject(source: str, reason: RejectReason, message: str) -> ReplyRejected:
    return ReplyRejected(source, reason, message)


def _decode(data: bytes) -> str:
    """Text with LF line ends: mail programs mangle CRLF (we have seen CR CR LF) on the way."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Old Outlook versions write Windows-1252; Latin-1 decodes any byte, so nothing is lost.
        text = data.decode("latin-1")
    return re.sub(r"\r+\n?", "\n", text)


def _looks_like_calendar(data: bytes) -> bool:
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:15]
    return head.upper() == b"BEGIN:VCALENDAR"


def _calendar_parts(message: Message) -> list[bytes]:
    """Calendar payloads in a mail: text/calendar alternatives first, then .ics attachments."""
    inline: list[bytes] = []
    attached: list[bytes] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        filename = (part.get_filename() or "").lower()
        if part.get_content_type() in _CALENDAR_TYPES or filename.endswith((".ics", ".ical")):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                target = attached if filename or part.get_content_disposition() else inline
                target.append(payload)
    return inline + attached


def parse_reply(data: bytes, source_name: str) -> ParsedReply:
    """Read one REPLY from the bytes of an `.ics` file or an `.eml` message.

    Raises:
        ReplyRejected: with a message naming `source_name`, for anything that is not a usable
            reply to a Convivio invitation.
    """
    if _looks_like_calendar(data):
        return _parse_calendar(data, source_name)
    message = email.message_from_bytes(data, policy=policy.compat32)
    if not any(message.get(header) for header in _MAIL_HEADERS):
        raise _reject(
            source_name,
            RejectReason.NOT_ICALENDAR,
            msg(
                "“{source_name}” is neither a calendar file nor an e-mail with a calendar reply.",
                source_name=source_name,
            ),
        )
    candidates = _calendar_parts(message)
    if not candidates:
        raise _reject(
            source_name,
            RejectReason.NOT_ICALENDAR,
            msg(
                "The e-mail “{source_name}” has no calendar reply in it (no text/calendar part "
                "and no .ics attachment).",
                source_name=source_name,
            ),
        )
    first_error: ReplyRejected | None = None
    for payload in candidates:
        try:
            return _parse_calendar(payload, source_name)
        except ReplyRejected as exc:
            first_error = first_error or exc
    assert first_error is not None
    raise first_error


def read_reply(path: Path) -> ParsedReply:
    """`parse_reply` on a file; unreadable or huge files are rejected, not raised as OSError."""
    name = path.name
    try:
        if path.stat().st_size > MAX_REPLY_BYTES:
            raise _reject(
                name,
                RejectReason.NOT_ICALENDAR,
                msg("“{name}” is far too large to be a calendar reply.", name=name),
            )
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise _reject(
            name,
            RejectReason.UNREADABLE,
            msg("Convivio could not read “{name}”: {reason}.", name=name, reason=reason),
        ) from exc
    return parse_reply(data, name)


def check_reply(reply: ParsedReply, current_sequence: int) -> None:
    """Refuse a reply to an older version of the event than the one last sent.

    An answer to version 1 says nothing about the new time in version 2, so it must not
    change the RSVP. A reply with the same or a higher SEQUENCE is current.

    Raises:
        ReplyRejected: the reply is stale (reason STALE).
    """
    if reply.sequence < current_sequence:
        raise _reject(
            reply.source_name,
            RejectReason.STALE,
            msg(
                "“{source}” answers an older version of the event (update {sequence}; the latest "
                "is update {latest}). The guest needs to answer the updated invitation.",
                source=reply.source_name,
                sequence=reply.sequence,
                latest=current_sequence,
            ),
        )


def _parse_calendar(data: bytes, source: str) -> ParsedReply:
    text = _decode(data)
    try:
        calendar = Calendar.from_ical(text)
    except _PARSE_ERRORS as exc:
        raise _reject(
            source,
            RejectReason.MALFORMED,
            msg(
                "“{source}” looks like a calendar file but is damaged and can't be read "
                "({detail}).",
                source=source,
                detail=str(exc).splitlines()[0][:80],
            ),
        ) from exc
    if calendar.name != "VCALENDAR":
        raise _reject(
            source,
            RejectReason.MALFORMED,
            msg("“{source}” is not a calendar (VCALENDAR).", source=source),
        )
    method = str(calendar.get("METHOD", "")).strip().upper()
    if method != Method.REPLY:
        if method:
            text = msg(
                "“{source}” is a {method} calendar, not a reply to an invitation (METHOD:REPLY).",
                source=source,
                method=method,
            )
        else:
            text = msg(
                "“{source}” is a calendar without a METHOD, not a reply to an invitation "
                "(METHOD:REPLY).",
                source=source,
            )
        raise _reject(source, RejectReason.WRONG_METHOD, text)
    event = _the_event(calendar, source)
    uid = str(event.get("UID", "")).strip()
    if not uid.lower().endswith(UID_SUFFIX.lower()) or not _EVENT_ID.fullmatch(
        uid[: -len(UID_SUFFIX)]
    ):
        shown = uid or "no UID"
        raise _reject(
            source,
            RejectReason.FOREIGN,
            msg(
                "“{source}” answers an invitation that Convivio did not send ({shown}).",
                source=source,
                shown=shown,
            ),
        )
    email_address, name, partstat_text = _the_attendee(event, source)
    try:
        partstat = PartStat(partstat_text)
    except ValueError:
        said = f"“{partstat_text}”" if partstat_text else "no answer at all"
        raise _reject(
            source,
            RejectReason.UNKNOWN_ANSWER,
            msg(
                "“{source}” says {said}; Convivio understands accepted, declined and tentative.",
                source=source,
                said=said,
            ),
        ) from None
    return ParsedReply(
        uid=uid,
        event_uuid=uid[: -len(UID_SUFFIX)],
        attendee_email=email_address,
        partstat=partstat,
        sequence=_sequence(event, source),
        dtstamp=_dtstamp(event),
        source_name=source,
        attendee_name=name,
    )


def _the_event(calendar: Calendar, source: str) -> Component:
    events = calendar.walk("VEVENT")
    if not events:
        raise _reject(
            source,
            RejectReason.NO_EVENT,
            msg("“{source}” contains no event to answer.", source=source),
        )
    uids = {str(e.get("UID", "")).strip() for e in events}
    if len(uids) > 1:
        raise _reject(
            source,
            RejectReason.MALFORMED,
            msg(
                "“{source}” answers {count} different events at once; Convivio expects one.",
                source=source,
                count=len(uids),
            ),
        )
    # A recurring event's reply may add per-occurrence overrides; the master one counts.
    masters = [e for e in events if "RECURRENCE-ID" not in e]
    return masters[0] if masters else events[0]


def _the_attendee(event: Component, source: str) -> tuple[str, str, str]:
    raw = event.get("ATTENDEE", [])
    values = raw if isinstance(raw, list) else [raw]
    usable = []
    for value in values:
        match = _MAILTO.match(str(value))
        if match:
            usable.append((match["address"], value))
    if not usable:
        raise _reject(
            source,
            RejectReason.NO_ATTENDEE,
            msg(
                "“{source}” doesn't say who is answering (no attendee with an e-mail address).",
                source=source,
            ),
        )
    if len(usable) > 1:
        raise _reject(
            source,
            RejectReason.SEVERAL_ATTENDEES,
            msg(
                "“{source}” holds answers for {count} people; Convivio needs one reply per "
                "person, as calendars send them.",
                source=source,
                count=len(usable),
            ),
        )
    address, value = usable[0]
    params = getattr(value, "params", {})
    name = str(params.get("CN", "")).strip()
    partstat = str(params.get("PARTSTAT", "")).strip().upper()
    return address.lower(), name, partstat


def _sequence(event: Component, source: str) -> int:
    raw = event.get("SEQUENCE")
    if raw is None:
        return 0  # RFC 5546: absent means 0, and several clients leave it out
    try:
        return int(str(raw).strip())
    except ValueError:
        raise _reject(
            source,
            RejectReason.MALFORMED,
            msg(
                "“{source}” has an invalid update number (SEQUENCE:{raw}).", source=source, raw=raw
            ),
        ) from None


def _dtstamp(event: Component) -> datetime | None:
    raw = event.get("DTSTAMP")
    moment = getattr(raw, "dt", None)
    if isinstance(moment, datetime):
        return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    if isinstance(moment, date):
        return datetime.combine(moment, time(), tzinfo=UTC)
    return None
