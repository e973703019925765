"""VenueService: venues with rooms and contacts, edits and their undo, deletes, look-ups."""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from decimal import Decimal

import pytest

from app.domain.enums import PartnershipTerms, PartnerStage
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.venues import Amenity, ContactDraft, GiveBack, RoomDraft, VenueDraft
from app.services.changes import Kind
from app.services.container import Services
from app.services.venue_dto import VenueDto
from tests.unit.venues.conftest import add_event


def test_create_stores_everything(services: Services, factory: VenueDto) -> None:
    venue = services.venues.get(factory.id)
    assert venue == factory
    assert venue.organization == "Factory"
    assert venue.stage is PartnerStage.PROSPECT
    assert [(r.name, r.seated, r.standing) for r in venue.rooms] == [
        ("Hall", 40, 90),
        ("Loft", 20, 30),
    ]
    assert [(c.name, c.role, c.email, c.phone) for c in venue.contacts] == [
        ("Mia Wagner", "Community manager", "mia@factory.example", ""),
        ("伟 张", "Security", "", "+49 30 1234"),
    ]
    assert venue.largest_room == 90
    assert not venue.asks_for_guest_list
    org = services.organizations.get(venue.organization_id or 0)
    assert org.name == "Factory"
    assert services.venues.list_all() == [venue]


def test_create_reports_the_new_organization(services: Services) -> None:
    created = services.venues.create(VenueDraft(name="Loft", organization="Northwind"))
    assert created.changes.ids(Kind.VENUE) == {created.item.id}
    assert created.changes.ids(Kind.ORGANIZATION) == {created.item.organization_id}


def test_partner_fields_round_trip(services: Services) -> None:
    draft = VenueDraft(
        name="渋谷 Hub",
        timezone="Asia/Tokyo",
        capacity=120,
        amenities=(Amenity.PROJECTOR, Amenity.STEP_FREE, "Piano"),
        food_rules="No open flames.",
        house_rules="Shoes off upstairs.",
        closing_time=time(22, 0),
        guest_list_days_before=2,
        id_required=True,
        security_notes="Names as on ID.",
        links=("https://example.jp/floor.pdf",),
        terms=PartnershipTerms.PAID,
        cost=Decimal("30000"),
        currency="JPY",
        gives_back=(GiveBack.LOGO, "Free tickets"),
        partnership_notes="Invoice after the event.",
    )
    venue = services.venues.create(draft).item
    assert venue.to_draft() == draft.validated()
    assert venue.cost == Decimal("30000.00")
    assert venue.asks_for_guest_list


def test_edit_keeps_room_ids_and_undo_redo_restores_them(
    services: Services, factory: VenueDto
) -> None:
    hall, loft = factory.rooms
    event = add_event(services, factory, room=hall.id)
    draft = replace(
        factory.to_draft(),
        rooms=(
            replace(hall.to_draft(), name="Main hall"),
            loft.to_draft(),
            RoomDraft("Roof", None, 60),
        ),
    )
    edited = services.venues.update(factory.id, draft, factory.version)
    assert edited.after.version == factory.version + 1
    names = {r.id: r.name for r in edited.after.rooms}
    assert names[hall.id] == "Main hall"
    roof = next(r for r in edited.after.rooms if r.name == "Roof")
    assert event in edited.changes.ids(Kind.EVENT)  # the events list shows the room's name
    assert services.events.get(event).room == "Main hall"

    undone = services.venues.update(factory.id, edited.before.to_draft(), edited.after.version)
    assert [r.name for r in undone.after.rooms] == ["Hall", "Loft"]
    redone = services.venues.update(factory.id, edited.after.to_draft(), undone.after.version)
    assert roof in redone.after.rooms  # same id as before the undo
    assert services.events.get(event).room_id == hall.id


def test_a_room_in_use_cannot_be_removed(services: Services, factory: VenueDto) -> None:
    hall, loft = factory.rooms
    add_event(services, factory, title="Dinner at the hall", room=hall.id)
    with pytest.raises(ValidationError, match="Dinner at the hall") as error:
        services.venues.update(
            factory.id, replace(factory.to_draft(), rooms=(loft.to_draft(),)), factory.version
        )
    assert error.value.field == "rooms"
    assert services.venues.get(factory.id).rooms == factory.rooms
    fewer = services.venues.update(
        factory.id, replace(factory.to_draft(), rooms=(hall.to_draft(),)), factory.version
    )
    assert fewer.after.rooms == (hall,)


def test_a_room_id_taken_by_another_venue_is_a_conflict(
    services: Services, factory: VenueDto
) -> None:
    other = services.venues.create(VenueDraft(name="Other", rooms=(RoomDraft("Attic"),))).item
    stolen = replace(factory.to_draft(), rooms=(RoomDraft("Attic", id=other.rooms[0].id),))
    with pytest.raises(ConflictError):
        services.venues.update(factory.id, stolen, factory.version)


def test_contacts_are_replaced_and_must_exist(services: Services, factory: VenueDto) -> None:
    mia = factory.contacts[0]
    only_mia = replace(factory.to_draft(), contacts=(ContactDraft(mia.person_id, "Host"),))
    edited = services.venues.update(factory.id, only_mia, factory.version)
    assert [(c.name, c.role) for c in edited.after.contacts] == [("Mia Wagner", "Host")]
    ghost = replace(only_mia, contacts=(ContactDraft(9999, "Ghost"),))
    with pytest.raises(ValidationError, match="no longer exists"):
        services.venues.update(factory.id, ghost, edited.after.version)


def test_stale_edits_are_refused(services: Services, factory: VenueDto) -> None:
    services.venues.update(factory.id, replace(factory.to_draft(), notes="a"), factory.version)
    with pytest.raises(ConflictError):
        services.venues.update(factory.id, replace(factory.to_draft(), notes="b"), factory.version)
    with pytest.raises(NotFound):
        services.venues.update(9999, factory.to_draft(), 1)


def test_renaming_touches_the_events_held_there(services: Services, factory: VenueDto) -> None:
    event = add_event(services, factory)
    edited = services.venues.update(
        factory.id, replace(factory.to_draft(), name="Factory Mitte"), factory.version
    )
    assert edited.changes.ids(Kind.EVENT) == {event}
    assert services.events.get(event).venue == "Factory Mitte"
    quiet = services.venues.update(
        factory.id, replace(edited.after.to_draft(), notes="n"), edited.after.version
    )
    assert not quiet.changes.affects(Kind.EVENT)


def test_delete_and_undelete_bring_back_rooms_contacts_and_event_links(
    services: Services, factory: VenueDto
) -> None:
    event = add_event(services, factory, room=factory.rooms[0].id)
    removed = services.venues.delete([factory.id])
    assert removed.changes.removed_ids(Kind.VENUE) == {factory.id}
    assert event in removed.changes.ids(Kind.EVENT)
    assert services.venues.list_all() == []
    assert services.events.get(event).venue_id is None
    services.venues.undelete(removed.tombstone)
    assert replace(services.venues.get(factory.id), thank_due_on=None) == factory
    back = services.events.get(event)
    assert (back.venue_id, back.room_id) == (factory.id, factory.rooms[0].id)


def test_find_by_id_or_name(services: Services, factory: VenueDto) -> None:
    assert services.venues.find(str(factory.id)).id == factory.id
    assert services.venues.find("Factory Görlitzer Park").id == factory.id
    assert services.venues.find("factory görlitzer park").id == factory.id
    with pytest.raises(NotFound, match="No venue"):
        services.venues.find("Nowhere")
    services.venues.create(VenueDraft(name="Factory Görlitzer Park"))
    with pytest.raises(NotFound, match="Several venues"):
        services.venues.find("Factory Görlitzer Park")
    with pytest.raises(NotFound):
        services.venues.get(9999)


def test_invalid_drafts_change_nothing(services: Services) -> None:
    with pytest.raises(ValidationError):
        services.venues.create(VenueDraft(name=""))
    with pytest.raises(ValidationError):
        services.venues.create(VenueDraft(name="X", contacts=(ContactDraft(42),)))
    assert services.venues.list_all() == []
