"""E-mail drafts (RFC 5322 + RFC 6047) carrying an invite, ready to open in a mail program.

Outlook shows the mail body rather than DESCRIPTION, so the key facts go into a readable
plain-text and HTML body; the calendar travels both as the text/calendar alternative that
mail programs turn into Accept/Decline buttons and as an `.ics` attachment.
"""

from __future__ import annotations

import html
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from app.exporters.ics.builder import InviteSet, description_text, now_stamp
from app.exporters.ics.model import IcsAttendee, IcsEvent, Method

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
"""English names of our own: strftime follows the locale Qt sets, which would mix languages."""


def _day(moment: datetime) -> str:
    return f"{_DAYS[moment.weekday()]}, {moment.day} {_MONTHS[moment.month - 1]} {moment.year}"


def describe_when(event: IcsEvent) -> str:
    """When it happens, in words and in the event's own time zone."""
    if event.all_day:
        first, after = event.day_span
        last = after.toordinal() - 1
        start = datetime(first.year, first.month, first.day)
        if last == first.toordinal():
            return f"{_day(start)} (all day)"
        end = datetime.fromordinal(last)
        return f"{_day(start)} to {_day(end)} (all day)"
    start, end = event.local_start, event.local_end
    name = start.tzname()
    zone = f"{name}, {event.timezone}" if name and name != event.timezone else event.timezone
    if start.date() == end.date():
        return f"{_day(start)}, {start:%H:%M}–{end:%H:%M} ({zone})"
    return f"{_day(start)}, {start:%H:%M} to {_day(end)}, {end:%H:%M} ({zone})"


def _subject(invites: InviteSet) -> str:
    event = invites.event
    if invites.method is Method.CANCEL:
        prefix = "Cancelled"
    elif event.sequence > 0:
        prefix = "Updated invitation"
    else:
        prefix = "Invitation"
    return f"{prefix}: {event.title} ({describe_when(event)})"


def _facts(invites: InviteSet) -> list[tuple[str, str]]:
    event, organizer = invites.event, invites.organizer
    facts = [("What", event.title), ("When", describe_when(event))]
    if event.venue is not None and event.venue.location:
        facts.append(("Where", event.venue.location))
    organizer_text = f"{organizer.name} <{organizer.email}>" if organizer.name else organizer.email
    facts.append(("Organizer", organizer_text))
    if event.url:
        facts.append(("Web page", event.url))
    return facts


def _lead(invites: InviteSet, attendee: IcsAttendee) -> tuple[str, str]:
    greeting = f"Hello {attendee.name}," if attendee.name else "Hello,"
    if invites.method is Method.CANCEL:
        return greeting, "This event has been cancelled, or you are no longer on its guest list."
    if invites.event.sequence > 0:
        return greeting, "The details of this event have changed. Please answer again."
    return greeting, "You are invited. Please accept or decline in your calendar."


def plain_body(invites: InviteSet, attendee: IcsAttendee) -> str:
    """The text/plain body: greeting, the key facts, then the description."""
    greeting, lead = _lead(invites, attendee)
    lines = [greeting, "", lead, ""]
    lines += [f"{label}: {value}" for label, value in _facts(invites)]
    details = description_text(invites.event)
    if details and invites.method is Method.REQUEST:
        lines += ["", details]
    return "\n".join(lines) + "\n"


def html_body(invites: InviteSet, attendee: IcsAttendee) -> str:
    """The text/html body with the same content as `plain_body`, escaped."""
    greeting, lead = _lead(invites, attendee)
    rows = "".join(
        f"<tr><th align='left' valign='top'>{html.escape(label)}</th>"
        f"<td>{html.escape(value)}</td></tr>"
        for label, value in _facts(invites)
    )
    details = description_text(invites.event)
    extra = ""
    if details and invites.method is Method.REQUEST:
        extra = "<p>" + html.escape(details).replace("\n", "<br>") + "</p>"
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
        f"<p>{html.escape(greeting)}</p><p>{html.escape(lead)}</p>"
        f"<table cellpadding='4'>{rows}</table>{extra}</body></html>\n"
    )


def build_invite_email(
    invites: InviteSet,
    attendee: IcsAttendee,
    ics: bytes,
    *,
    stamp: datetime | None = None,
) -> bytes:
    """An `.eml` for one attendee: multipart/mixed with the bodies, the calendar, and `invite.ics`.

    `X-Unsent: 1` makes Outlook open the file as a draft to send rather than as a received
    mail. Names outside ASCII are written as RFC 2047 encoded words.
    """
    organizer = invites.organizer
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = Address(organizer.name, addr_spec=organizer.email)
    message["To"] = Address(attendee.name, addr_spec=attendee.email)
    message["Subject"] = _subject(invites)
    message["Date"] = format_datetime(stamp or now_stamp())
    message["Message-ID"] = make_msgid("convivio", domain=organizer.email.rsplit("@", 1)[1])
    message["X-Unsent"] = "1"
    message.set_content(plain_body(invites, attendee), cte="quoted-printable")
    message.add_alternative(html_body(invites, attendee), subtype="html", cte="quoted-printable")
    method = invites.method.value
    message.add_alternative(
        ics,
        maintype="text",
        subtype="calendar",
        cte="base64",
        params={"method": method, "charset": "UTF-8"},
    )
    message.add_attachment(
        ics, maintype="application", subtype="ics", filename="invite.ics", cte="base64"
    )
    for part in message.walk():
        if part is not message:
            del part["MIME-Version"]  # only the top level carries it (RFC 2045 section 4)
    return message.as_bytes(policy=policy.SMTP)
