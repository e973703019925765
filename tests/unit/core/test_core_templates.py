"""TemplateService: defaults on first use, editing with undo, filling, logging the ask."""

from __future__ import annotations

from datetime import datetime

import pytest
from core_test_helpers import NOW, event, person, table

from app.domain.core import PlainWhenFormat
from app.domain.enums import Channel, NameOrder
from app.domain.errors import ConflictError, ValidationError
from app.services.changes import Kind
from app.services.container import Services
from app.services.followup_dto import TemplateDraft
from app.storage.orm import Interaction, Venue

DEFAULT_NAMES = [
    "Soft ask",
    "Hard ask",
    "Informational interview request",
    "Focus dinner invitation",
    "Follow-up after no answer",
    "Thank-you after the event",
]


def by_key(services: Services, key: str) -> int:
    return next(t.id for t in services.templates.list_all() if t.key == key)


def test_defaults_are_seeded_once(services: Services) -> None:
    templates = services.templates.list_all()
    assert [t.name for t in templates] == DEFAULT_NAMES
    removed = services.templates.delete([templates[0].id])
    assert [t.name for t in services.templates.list_all()] == DEFAULT_NAMES[1:]
    services.templates.undelete(removed.tombstone)
    assert len(services.templates.list_all()) == 6


def test_create_edit_delete(services: Services) -> None:
    created = services.templates.create(TemplateDraft("Café ask ☕", "Café?", "Hi {call_name}!"))
    assert created.changes.ids(Kind.TEMPLATE) == {created.item.id}
    edited = services.templates.update(
        created.item.id, TemplateDraft("Café ask ☕", "Coffee?", "Hallo {call_name}!"), 1
    )
    assert (edited.before.subject, edited.after.subject) == ("Café?", "Coffee?")
    with pytest.raises(ConflictError):
        services.templates.update(created.item.id, TemplateDraft("x", "", "y"), 1)
    with pytest.raises(ValidationError) as caught:
        services.templates.create(TemplateDraft("Bad", "", "Hi {nickname}"))
    assert "{nickname}" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        services.templates.create(TemplateDraft("Bad", "{oops", "Hi"))
    assert caught.value.field == "subject"
    with pytest.raises(ValidationError) as caught:
        services.templates.create(TemplateDraft(" ", "", "Hi"))
    assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        services.templates.create(TemplateDraft("Empty", "", "  \n"))
    assert caught.value.field == "body"


def test_fill_from_person_and_event_in_its_time_zone(services: Services) -> None:
    wei = person(
        services, "伟", "张", order=NameOrder.FAMILY_FIRST, preferred="Wei", email="wei@example.cn"
    )
    ev = event(services, "Hot pot 火锅", start=datetime(2026, 12, 1, 19, 30), tz="Asia/Shanghai")
    services.templates.set_organizer_name("Łucja")
    message = services.templates.fill(by_key(services, "hard-ask"), wei, ev, PlainWhenFormat())
    assert message.subject == "Can I count on you for Hot pot 火锅?"
    assert message.body.startswith("Hi Wei,\n\nI'm confirming a small core of people for Hot pot")
    assert "on Tuesday 1 December 2026, 19:30," in message.body
    assert message.body.endswith("Łucja")
    assert message.to == "wei@example.cn"
    assert message.mailto.startswith("mailto:wei@example.cn?subject=Can%20I%20count")


def test_fill_fails_naming_what_is_missing(services: Services) -> None:
    zoe = person(services, "Zoë")
    ev = event(services)
    invite = by_key(services, "focus-dinner")
    with pytest.raises(ValidationError) as caught:
        services.templates.fill(invite, zoe, ev)
    assert caught.value.field == "venue"
    with services.db.transaction() as s:
        venue = Venue(name="Café Müller")
        s.add(venue)
        s.flush()
        venue_id = venue.id
    draft = services.events.get(ev).to_draft()
    services.events.update(ev, type(draft)(**{**draft.__dict__, "venue_id": venue_id}), 1)
    with pytest.raises(ValidationError) as caught:
        services.templates.fill(invite, zoe, ev)
    assert caught.value.field == "organizer_name"
    services.templates.set_organizer_name("Ana")
    assert "at Café Müller." in services.templates.fill(invite, zoe, ev).body
    with pytest.raises(ValidationError) as caught:
        services.templates.fill(by_key(services, "soft-ask"), zoe, None)
    assert caught.value.field == "event_title"
    interview = services.templates.fill(by_key(services, "informational-interview"), zoe, None)
    assert interview.body.startswith("Hi Zoë,")
    assert interview.to == ""


def test_organizer_name_setting_and_undo(services: Services) -> None:
    first = services.templates.set_organizer_name("  Ana  ")
    assert services.templates.organizer_name() == "Ana"
    second = services.templates.set_organizer_name("Ana Lima")
    services.templates.revert(second.patch)
    assert services.templates.organizer_name() == "Ana"
    services.templates.revert(first.patch)
    assert services.templates.organizer_name() == ""
    assert first.changes.affects(Kind.SETTING)


def test_log_ask_records_a_conversation(services: Services) -> None:
    zoe = person(services, "Zoë")
    ev = event(services)
    services.templates.set_organizer_name("Ana")
    message = services.templates.fill(by_key(services, "soft-ask"), zoe, ev)
    logged = services.templates.log_ask(message, Channel.EMAIL, now=NOW)
    rows = table(
        services,
        Interaction,
        Interaction.person_id,
        Interaction.event_id,
        Interaction.channel,
        Interaction.note,
    )
    assert rows == [(zoe, ev, "email", f"Sent “Soft ask”: {message.subject}")]
    assert logged.changes.affects(Kind.INTERACTION)
    services.templates.revert(logged.patch)
    assert table(services, Interaction, Interaction.id) == []
