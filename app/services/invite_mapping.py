"""From Convivio's records to the calendar exporter's values: event, venue, organizer, guests."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import EventStatus
from app.exporters.ics import IcsAttendee, IcsEvent, IcsOrganizer, IcsStatus, IcsVenue
from app.services.dto import EventDto
from app.services.invite_dto import OrganizerMissing
from app.services.rsvp_dto import RsvpRow
from app.services.shared_settings import SharedSettings
from app.storage.orm import Venue


def organizer(settings: SharedSettings) -> IcsOrganizer:
    """ORGANIZER from the shared settings; replies go to this address.

    Raises:
        OrganizerMissing: no organizer e-mail is set.
    """
    if not settings.organizer_email.strip():
        raise OrganizerMissing()
    return IcsOrganizer(settings.organizer_name, settings.organizer_email)


def venues(
    session: Session, venue_ids: Collection[int]
) -> dict[int, tuple[str, str, str, tuple[float, float] | None]]:
    """(name, address, url, geo) per venue id, read in one query."""
    wanted = sorted(set(venue_ids))
    if not wanted:
        return {}
    rows = session.execute(
        select(
            Venue.id, Venue.name, Venue.address, Venue.url, Venue.latitude, Venue.longitude
        ).where(Venue.id.in_(wanted))
    ).all()
    found = {}
    for r in rows:
        geo = None
        if r.latitude is not None and r.longitude is not None:
            geo = (float(r.latitude), float(r.longitude))
        found[r.id] = (r.name, r.address or "", r.url or "", geo)
    return found


def ics_venue(
    event: EventDto, facts: tuple[str, str, str, tuple[float, float] | None] | None
) -> IcsVenue | None:
    """LOCATION "venue, room, address", GEO and the venue's page; None without a venue."""
    if facts is None:
        return None
    name, address, url, geo = facts
    shown = f"{name}, {event.room}" if event.room else name
    if geo is not None and not (-90 <= geo[0] <= 90 and -180 <= geo[1] <= 180):
        geo = None  # a typo in the venue's coordinates must not stop the invitations
    return IcsVenue(shown, address.replace("\n", ", "), geo, url)


def ics_status(status: EventStatus) -> IcsStatus:
    """CANCELLED or CONFIRMED.

    Drafts are not sent as TENTATIVE: announcing them later would change STATUS, which needs
    a new SEQUENCE, and Convivio only raises SEQUENCE for time, date and place.
    """
    return IcsStatus.CANCELLED if status is EventStatus.CANCELLED else IcsStatus.CONFIRMED


def ics_event(event: EventDto, venue: IcsVenue | None, *, sequence: int) -> IcsEvent:
    return IcsEvent(
        uuid=event.uuid,
        title=event.title,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        timezone=event.timezone,
        all_day=event.all_day,
        sequence=sequence,
        status=ics_status(event.status),
        description=event.description,
        agenda=event.agenda,
        practical_info=event.practical_info,
        venue=venue,
        url=event.url,
        public=event.public,
    )


def ics_attendee(row: RsvpRow) -> IcsAttendee:
    """ATTENDEE for a guest: full name and primary e-mail.

    Raises:
        ValidationError: the e-mail can't be written as a mailto: address.
    """
    return IcsAttendee(row.display_name, row.email, row.response)
