"""iTIP calendars (RFC 5545/5546): one builder for invites, cancellations and feeds.

The builder makes one VCALENDAR per export with icalendar and then reuses its bytes: a
per-attendee invite is that calendar with the one ATTENDEE line swapped in. Everything else
(VTIMEZONE, VEVENT, escaping, folding) is serialized once, which keeps 1,000 invites fast and
guarantees they differ only in the attendee.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event, vCalAddress
from icalendar.parser import Contentline

from app import APP_ID, APP_NAME, __version__
from app.domain.errors import ValidationError
from app.exporters.ics.model import (
    UID_SUFFIX,
    IcsAttendee,
    IcsEvent,
    IcsOrganizer,
    IcsStatus,
    Method,
)
from app.exporters.ics.timezones import is_utc, vtimezone

PRODID = f"-//{APP_NAME}//{APP_ID} {__version__}//EN"
CHECK_EVERY = 50
"""Long loops report progress and look at the cancel flag this often."""

_PLACEHOLDER = "mailto:attendee@placeholder.invalid"


def _never_cancelled() -> bool:
    return False


def _no_progress(_done: int, _total: int) -> None:
    return None


def now_stamp() -> datetime:
    """DTSTAMP for an export: the current UTC time to the second."""
    return datetime.now(UTC).replace(microsecond=0)


def _address(email: str, name: str, **params: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    if name:  # never an empty CN
        address.params["CN"] = name
        if "\\" in name:
            # Parameter values are literal (RFC 5545 3.2), but icalendar's reader treats an
            # unquoted `\;` as an escape and loses the next parameter; quoting keeps it intact.
            address.params.quote_also = {**address.params.quote_also, "CN": " '\\"}
    for key, value in params.items():
        address.params[key.replace("_", "-")] = value
    return address


def attendee_address(attendee: IcsAttendee, method: Method) -> vCalAddress:
    """The ATTENDEE value: asks for an answer on REQUEST, just names them on CANCEL."""
    if method is Method.REQUEST:
        return _address(
            attendee.email,
            attendee.name,
            CUTYPE="INDIVIDUAL",
            ROLE="REQ-PARTICIPANT",
            PARTSTAT="NEEDS-ACTION",
            RSVP="TRUE",
        )
    return _address(attendee.email, attendee.name, CUTYPE="INDIVIDUAL", ROLE="REQ-PARTICIPANT")


def attendee_line(attendee: IcsAttendee, method: Method) -> bytes:
    """One folded ATTENDEE content line, CRLF included."""
    value = attendee_address(attendee, method)
    line: bytes = Contentline.from_parts("ATTENDEE", value.params, value).to_ical()
    return line + b"\r\n"


def description_text(event: IcsEvent) -> str:
    """DESCRIPTION: the event's text, then its agenda and practical information."""
    parts = [event.description]
    if event.agenda:
        parts.append(f"Agenda:\n{event.agenda}")
    if event.practical_info:
        parts.append(f"Practical information:\n{event.practical_info}")
    return "\n\n".join(part for part in parts if part)


def _add_times(component: Event, event: IcsEvent) -> None:
    if event.all_day:
        first, after = event.day_span
        component.add("DTSTART", first)
        component.add("DTEND", after)
    elif is_utc(event.timezone):
        component.add("DTSTART", event.starts_at.astimezone(UTC))
        component.add("DTEND", event.ends_at.astimezone(UTC))
    else:
        component.add("DTSTART", event.local_start)
        component.add("DTEND", event.local_end)


def vevent(
    event: IcsEvent,
    organizer: IcsOrganizer,
    *,
    stamp: datetime,
    cancelled: bool = False,
    alarm_minutes: int | None = None,
) -> Event:
    """The VEVENT shared by every file about `event`; attendees are added by the caller."""
    component = Event()
    component.add("UID", event.uid)
    component.add("DTSTAMP", stamp.astimezone(UTC))
    component.add("SEQUENCE", event.sequence)
    component.add("SUMMARY", event.title)
    _add_times(component, event)
    status = IcsStatus.CANCELLED if cancelled else event.status
    component.add("STATUS", status.value)
    component.add("ORGANIZER", _address(organizer.email, organizer.name))
    description = description_text(event)
    if description:
        component.add("DESCRIPTION", description)
    venue = event.venue
    if venue is not None:
        if venue.location:
            params = {"ALTREP": venue.url} if venue.url else {}
            component.add("LOCATION", venue.location, parameters=params)
        if venue.geo is not None:
            component.add("GEO", venue.geo)
    url = event.url or (venue.url if venue is not None else "")
    if url:
        component.add("URL", url)
    component.add("TRANSP", "TRANSPARENT" if cancelled else "OPAQUE")
    if alarm_minutes is not None and not cancelled:
        if alarm_minutes < 0:
            raise ValidationError("alarm_minutes", "A reminder can't come after the start.")
        component.add_component(
            Alarm.new_display(
                description=f"Reminder: {event.title}",
                trigger=-timedelta(minutes=alarm_minutes),
                uid=f"{event.uuid}-alarm{UID_SUFFIX}",
            )
        )
    return component


def calendar(
    method: Method, events: Sequence[IcsEvent], components: Iterable[Event], name: str = ""
) -> Calendar:
    """A VCALENDAR with METHOD, the VEVENTs and one VTIMEZONE per TZID they use."""
    cal = Calendar()
    cal.add("PRODID", PRODID)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", method.value)
    if name:
        cal.add("X-WR-CALNAME", name)
    zones = sorted({e.timezone for e in events if not e.all_day and not is_utc(e.timezone)})
    for tz_name in zones:
        used = [e for e in events if e.timezone == tz_name and not e.all_day]
        first = min(e.local_start.year for e in used) - 1
        last = max(e.local_end.year for e in used) + 1
        cal.add_component(vtimezone(tz_name, first, last))
    for component in components:
        cal.add_component(component)
    return cal


@dataclass(frozen=True)
class InviteSet:
    """Invites or cancellations for one event: one calendar per attendee plus a combined one.

    Attributes:
        event: the event they are about.
        organizer: who sends them.
        method: REQUEST or CANCEL.
        files: (attendee, calendar bytes) in the order the attendees were given.
        combined: one calendar listing every attendee, for `all.ics`.
    """

    event: IcsEvent
    organizer: IcsOrganizer
    method: Method
    files: tuple[tuple[IcsAttendee, bytes], ...]
    combined: bytes


def _split_template(text: bytes) -> tuple[bytes, bytes]:
    """Cut a serialized calendar around its single ATTENDEE line (folded or not)."""
    start = text.index(b"\r\nATTENDEE") + 2
    end = start
    while True:
        end = text.index(b"\r\n", end) + 2
        if text[end : end + 1] not in (b" ", b"\t"):
            return text[:start], text[end:]


def build_invites(
    event: IcsEvent,
    organizer: IcsOrganizer,
    attendees: Sequence[IcsAttendee],
    *,
    method: Method = Method.REQUEST,
    uninvite: bool = False,
    alarm_minutes: int | None = None,
    stamp: datetime | None = None,
    progress: Callable[[int, int], None] = _no_progress,
    cancelled: Callable[[], bool] = _never_cancelled,
) -> InviteSet:
    """Per-attendee REQUEST (or CANCEL) calendars with a stable UID, plus the combined one.

    A CANCEL has STATUS:CANCELLED when the whole event is called off. With `uninvite=True` it
    removes only the given attendees, and RFC 5546 (3.2.5) then forbids STATUS. The caller
    passes the event with the SEQUENCE to send (higher than the last one sent for a change).

    Raises:
        ValidationError: a REQUEST for a cancelled event or for waitlisted/pending people,
            an empty attendee list, or an unsupported method.
        InterruptedError: `cancelled()` returned True.
    """
    if method not in (Method.REQUEST, Method.CANCEL):
        raise ValidationError("method", f"Invites are REQUEST or CANCEL, not {method.value}.")
    if not attendees:
        raise ValidationError("attendees", "There is nobody to send this to.")
    if method is Method.REQUEST:
        if event.status is IcsStatus.CANCELLED:
            raise ValidationError("status", f"“{event.title}” is cancelled; send a cancellation.")
        refused = [a for a in attendees if not a.invitable]
        if refused:
            who = ", ".join(a.name or a.email for a in refused)
            raise ValidationError(
                "attendees", f"Waitlisted or pending people get no invite yet: {who}."
            )
    stamp = stamp or now_stamp()
    component = vevent(
        event,
        organizer,
        stamp=stamp,
        cancelled=method is Method.CANCEL and not uninvite,
        alarm_minutes=alarm_minutes if method is Method.REQUEST else None,
    )
    if method is Method.CANCEL and uninvite:
        del component["STATUS"]
    component.add("ATTENDEE", vCalAddress(_PLACEHOLDER))
    head, tail = _split_template(calendar(method, [event], [component]).to_ical())
    files: list[tuple[IcsAttendee, bytes]] = []
    lines: list[bytes] = []
    total = len(attendees)
    for index, attendee in enumerate(attendees):
        if index % CHECK_EVERY == 0:
            if cancelled():
                raise InterruptedError("The export was cancelled.")
            progress(index, total)
        line = attendee_line(attendee, method)
        lines.append(line)
        files.append((attendee, head + line + tail))
    progress(total, total)
    return InviteSet(event, organizer, method, tuple(files), head + b"".join(lines) + tail)


def build_feed(
    events: Sequence[IcsEvent],
    organizer: IcsOrganizer,
    *,
    name: str = "",
    public_only: bool = False,
    alarm_minutes: int | None = None,
    stamp: datetime | None = None,
    progress: Callable[[int, int], None] = _no_progress,
    cancelled: Callable[[], bool] = _never_cancelled,
) -> bytes:
    """A METHOD:PUBLISH calendar of many events, without attendees, to publish or subscribe.

    Cancelled events stay in the feed with STATUS:CANCELLED so subscribers drop them.

    Raises:
        InterruptedError: `cancelled()` returned True.
    """
    stamp = stamp or now_stamp()
    chosen = [e for e in events if e.public or not public_only]
    components: list[Event] = []
    total = len(chosen)
    for index, event in enumerate(chosen):
        if index % CHECK_EVERY == 0:
            if cancelled():
                raise InterruptedError("The export was cancelled.")
            progress(index, total)
        components.append(
            vevent(
                event,
                organizer,
                stamp=stamp,
                cancelled=event.status is IcsStatus.CANCELLED,
                alarm_minutes=alarm_minutes,
            )
        )
    text = calendar(Method.PUBLISH, chosen, components, name=name).to_ical()
    progress(total, total)
    return bytes(text)


def build_add_to_calendar(
    event: IcsEvent,
    organizer: IcsOrganizer,
    *,
    alarm_minutes: int | None = None,
    stamp: datetime | None = None,
) -> bytes:
    """The "add to my calendar" file for one event: a PUBLISH with no attendees."""
    return build_feed([event], organizer, alarm_minutes=alarm_minutes, stamp=stamp)
