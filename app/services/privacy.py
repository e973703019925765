"""A person's data on request: everything Convivio holds about them, exported or erased.

Erasing removes the person with every RSVP, conversation, core candidacy, venue contact role and
platform id, and the change-log lines about them; events they were the contact for keep the
event but lose the contact. An erase is deliberately not undoable: the point is that the data
is gone. Backups taken before the erase still hold it until they rotate away.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from app.domain.errors import ExportTargetError, NotFound
from app.domain.messages import msg
from app.services.changes import Changes, Kind
from app.storage import snapshots
from app.storage.database import Database
from app.storage.orm import ChangeLogEntry, Event, Person

EXPORT_FORMAT = "convivio-person-export/1"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


class PrivacyService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def export_person(self, person_id: int) -> dict[str, Any]:
        """Every row about the person, grouped by table, as plain JSON-ready values."""
        with self._db.read() as session:
            snapshot = snapshots.capture(session, "people", [person_id])
            if not snapshot.count("people"):
                raise NotFound(msg("This person no longer exists."))
            tables: dict[str, list[dict[str, Any]]] = {}
            for name, rows in snapshot.tables:
                tables.setdefault(name, []).extend(
                    {k: _plain(v) for k, v in row.items()} for row in rows
                )
            event_ids = {r["event_id"] for r in tables.get("rsvps", []) if r.get("event_id")}
            event_ids |= {
                r["event_id"] for r in tables.get("core_candidates", []) if r.get("event_id")
            }
            events = session.execute(
                select(Event.id, Event.title, Event.starts_at, Event.timezone).where(
                    Event.id.in_(event_ids)
                )
            ).all()
            organization = None
            person = tables["people"][0]
            if person.get("organization_id"):
                from app.storage.orm import Organization

                org = session.get(Organization, person["organization_id"])
                organization = org.name if org else None
            history = session.execute(
                select(
                    ChangeLogEntry.at,
                    ChangeLogEntry.actor,
                    ChangeLogEntry.action,
                    ChangeLogEntry.summary,
                )
                .where(ChangeLogEntry.kind == "people", ChangeLogEntry.record_id == person_id)
                .order_by(ChangeLogEntry.id)
            ).all()
        return {
            "format": EXPORT_FORMAT,
            "person": person,
            "organization": organization,
            "related": {k: v for k, v in tables.items() if k != "people"},
            "events": [
                {
                    "id": e.id,
                    "title": e.title,
                    "starts_at": _plain(e.starts_at),
                    "timezone": e.timezone,
                }
                for e in events
            ],
            "contact_on_the_day_for": self._day_contact_events(person_id),
            "history": [
                {"at": _plain(h.at), "by": h.actor, "action": h.action, "fields": h.summary}
                for h in history
            ],
        }

    def write_export(self, person_id: int, target: Path) -> Path:
        """Write the export as UTF-8 JSON, readable by the user only, replaced atomically."""
        data = self.export_person(person_id)
        partial = target.with_name(target.name + ".partial")
        try:
            partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
            partial.chmod(0o600)
            os.replace(partial, target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise ExportTargetError(
                msg("Convivio can't write {target}.", target=target), str(error)
            ) from error
        return target

    def _day_contact_events(self, person_id: int) -> list[int]:
        with self._db.read() as session:
            return list(session.scalars(select(Event.id).where(Event.day_contact_id == person_id)))

    def erase_person(self, person_id: int) -> Changes:
        """Delete the person and everything about them, in one transaction."""
        with self._db.transaction() as session:
            snapshot = snapshots.capture(session, "people", [person_id])
            if not snapshot.count("people"):
                raise NotFound(msg("This person no longer exists."))
            session.execute(delete(Person).where(Person.id == person_id))
            related = {name: [r.get("id") for r in rows] for name, rows in snapshot.tables}
            for name, ids in related.items():
                session.execute(
                    delete(ChangeLogEntry).where(
                        ChangeLogEntry.kind == name,
                        ChangeLogEntry.record_id.in_([i for i in ids if i is not None]),
                    )
                )
        changes = Changes.of(Kind.PERSON, removed=[person_id])
        for name, rows in snapshot.tables:
            parent_events = [r["event_id"] for r in rows if r.get("event_id")]
            changes = changes | Changes.of(Kind.EVENT, touched=parent_events)
            if name == "rsvps":
                changes = changes | Changes.of(Kind.RSVP, removed=[r["id"] for r in rows])
        for name, _column, pk, _value in snapshot.cleared:
            if name == "events":
                changes = changes | Changes.of(Kind.EVENT, touched=[pk])
        return changes
