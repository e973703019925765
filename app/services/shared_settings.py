"""Settings everyone on a database shares: who organizes (name and e-mail for invitations) and
the time zone new events start in. Personal preferences (window, language, printer offset) live
in the app's own settings instead."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.domain.core import ORGANIZER_NAME_KEY
from app.domain.errors import ValidationError
from app.domain.events import zone
from app.domain.messages import msg
from app.domain.people import MAX_NAME, is_valid_email
from app.domain.text import clean
from app.services.changes import Changes, Kind
from app.storage.database import Database
from app.storage.orm import Setting

ORGANIZER_NAME = ORGANIZER_NAME_KEY  # what message templates sign with
ORGANIZER_EMAIL = "organizer.email"
DEFAULT_TIMEZONE = "events.default_timezone"
_KEYS = (ORGANIZER_NAME, ORGANIZER_EMAIL, DEFAULT_TIMEZONE)


@dataclass(frozen=True)
class SharedSettings:
    organizer_name: str = ""
    organizer_email: str = ""
    default_timezone: str = ""

    def validated(self) -> SharedSettings:
        name, email, tz = (
            clean(self.organizer_name),
            clean(self.organizer_email),
            clean(self.default_timezone),
        )
        if len(name) > MAX_NAME:
            raise ValidationError(
                "organizer_name",
                msg("The name is longer than {limit} characters.", limit=MAX_NAME),
            )
        if email and not is_valid_email(email):
            raise ValidationError(
                "organizer_email", msg("“{email}” is not a valid e-mail address.", email=email)
            )
        if tz:
            zone(tz)
        return SharedSettings(name, email, tz)


class SharedSettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self) -> SharedSettings:
        with self._db.read() as session:
            rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(_KEYS)))
            values = {key: value for key, value in rows}
        return SharedSettings(
            values.get(ORGANIZER_NAME, ""),
            values.get(ORGANIZER_EMAIL, ""),
            values.get(DEFAULT_TIMEZONE, ""),
        )

    def save(self, draft: SharedSettings) -> tuple[SharedSettings, SharedSettings, Changes]:
        """Store the settings in one transaction; returns (before, after, changes) for undo."""
        clean_draft = draft.validated()
        before = self.get()
        wanted = {
            ORGANIZER_NAME: clean_draft.organizer_name,
            ORGANIZER_EMAIL: clean_draft.organizer_email,
            DEFAULT_TIMEZONE: clean_draft.default_timezone,
        }
        with self._db.transaction() as session:
            for key, value in wanted.items():
                stored = session.get(Setting, key)
                if stored is None:
                    session.add(Setting(key=key, value=value))
                elif stored.value != value:
                    stored.value = value
        return before, clean_draft, Changes.of(Kind.SETTING, touched=[0])
