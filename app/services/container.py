"""The bundle of every service over one open database, built by the composition root."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.domain.errors import StorageUnavailable
from app.services.badges import BadgeService
from app.services.change_feed import ChangeFeed
from app.services.core import CoreService
from app.services.events import EventService
from app.services.followups import FollowupService
from app.services.guest_import import GuestImportService
from app.services.host_sheet import HostSheetService
from app.services.invites import InviteService
from app.services.organizations import OrganizationService
from app.services.people import PeopleService
from app.services.person_history import PersonHistoryService
from app.services.privacy import PrivacyService
from app.services.rsvps import RsvpService
from app.services.shared_settings import SharedSettingsService
from app.services.templates import TemplateService
from app.services.venues import VenueService
from app.storage.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Services:
    """Every service over one open database (the composition root builds one of these)."""

    db: Database
    people: PeopleService
    events: EventService
    organizations: OrganizationService
    feed: ChangeFeed
    core: CoreService
    followups: FollowupService
    templates: TemplateService
    history: PersonHistoryService
    privacy: PrivacyService
    venues: VenueService
    host_sheets: HostSheetService
    rsvps: RsvpService
    invites: InviteService
    guest_import: GuestImportService
    settings: SharedSettingsService
    badges: BadgeService

    @classmethod
    def over(cls, db: Database) -> Services:
        return cls(
            db=db,
            people=PeopleService(db),
            events=EventService(db),
            organizations=OrganizationService(db),
            feed=ChangeFeed(db),
            core=CoreService(db),
            followups=FollowupService(db),
            templates=TemplateService(db),
            history=PersonHistoryService(db),
            privacy=PrivacyService(db),
            venues=VenueService(db),
            host_sheets=HostSheetService(db),
            rsvps=RsvpService(db),
            invites=InviteService(db),
            guest_import=GuestImportService(db),
            settings=SharedSettingsService(db),
            badges=BadgeService(db),
        )


def open_services(target: str | None, password: str | None = None) -> Services:
    """Open (create, upgrade) the database at a path or URL and bundle its services.

    A server URL without a password uses `password`; else it connects without one (libpq tries
    ~/.pgpass and PGPASSWORD), and only if the server asks for a password is the system keyring
    consulted (loading the keyring library takes a noticeable part of a second).
    """
    from sqlalchemy.engine import make_url

    from app.services import credentials
    from app.storage.database import resolve_url
    from app.storage.migrate import open_database

    url = resolve_url(target or None)
    parsed = make_url(url)
    needs_secret = parsed.get_backend_name() == "postgresql" and parsed.password is None
    if needs_secret and password:
        url = credentials.with_password(url, password)
    try:
        db, report = open_database(url)
    except StorageUnavailable as error:
        secret = credentials.lookup(url) if needs_secret and not password else None
        if not secret or "password" not in error.details.lower():
            raise
        db, report = open_database(credentials.with_password(url, secret))
    if report is not None and report.previous is not None:
        log.info("upgraded %s from %s (backup %s)", db.name, report.previous, report.backup)
    return Services.over(db)
