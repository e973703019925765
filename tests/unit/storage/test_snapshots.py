from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, func, select

from app.storage import snapshots
from app.storage.database import Database
from app.storage.orm import Event, Interaction, Organization, Person, PersonEmail, Rsvp, Tag


def _seed(db: Database) -> tuple[int, int, int]:
    now = datetime(2026, 11, 1, tzinfo=UTC)
    with db.transaction() as s:
        org = Organization(name="Acme", name_key="acme")
        tag = Tag(name="core", name_key="core")
        person = Person(given_name="Ada", family_name="Lovelace", organization=org, tags=[tag])
        person.emails = [PersonEmail(address="ada@example.org", address_key="ada@example.org")]
        event = Event(title="Dinner", starts_at=now, ends_at=now, timezone="UTC")
        s.add_all([org, person, event])
        s.flush()
        s.add(Rsvp(event_id=event.id, person_id=person.id, response="going"))
        s.add(Interaction(person_id=person.id, event_id=event.id, note="chat"))
        return person.id, event.id, org.id


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_capture_and_restore_a_person_with_everything_that_cascades(db: Database) -> None:
    person_id, _event_id, _org = _seed(db)
    with db.transaction() as s:
        snap = snapshots.capture(s, "people", [person_id])
        s.execute(delete(Person).where(Person.id == person_id))
    assert snap.count("people") == 1
    assert snap.count("rsvps") == 1
    assert snap.count("person_emails") == 1
    assert snap.count("person_tags") == 1
    assert (_count(db, Person), _count(db, Rsvp), _count(db, Interaction)) == (0, 0, 0)
    with db.transaction() as s:
        snapshots.restore(s, snap)
    assert (_count(db, Person), _count(db, Rsvp), _count(db, Interaction)) == (1, 1, 1)
    with db.read() as s:
        person = s.get(Person, person_id)
        assert person is not None
        assert [e.address for e in person.emails] == ["ada@example.org"]
        assert [t.name for t in person.tags] == ["core"]


def test_restore_puts_back_references_a_delete_cleared(db: Database) -> None:
    person_id, event_id, org_id = _seed(db)
    with db.transaction() as s:
        snap = snapshots.capture(s, "events", [event_id])
        s.execute(delete(Event).where(Event.id == event_id))
    with db.read() as s:
        assert s.scalar(select(Interaction.event_id)) is None  # ON DELETE SET NULL
    with db.transaction() as s:
        snapshots.restore(s, snap)
    with db.read() as s:
        assert s.scalar(select(Interaction.event_id)) == event_id
    with db.transaction() as s:
        org_snap = snapshots.capture(s, "organizations", [org_id])
    assert org_snap.cleared == (("people", "organization_id", person_id, org_id),)
