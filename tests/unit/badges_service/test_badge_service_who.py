"""Who gets a badge, in which order, with which role, code and name order (SQLite, PostgreSQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest
from sqlalchemy import update

from app.domain.enums import AttendeeRole, NameOrder, RsvpResponse
from app.domain.errors import NotFound
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.exporters.badges import BadgeRole
from app.services.badges import BadgeBatch, Who
from app.services.changes import Kind
from app.services.container import Services
from app.storage.orm import Rsvp


@dataclass
class Party:
    event_id: int
    rsvp: dict[str, int]
    """RSVP id by the guest's whole name."""
    person: dict[str, int]


def _person(services: Services, given: str, family: str, **extra: object) -> int:
    draft = PersonDraft(given_name=given, family_name=family, **extra)  # type: ignore[arg-type]
    return services.people.create(draft).item.id


@pytest.fixture
def party(services: Services) -> Party:
    """Capacity 3: three seated (one checked in), two waiting in line, a maybe, an invited
    guest without an answer and one who declined."""
    event_id = services.events.create(
        EventDraft(
            title="Supper club",
            start=datetime(2026, 11, 5, 19, 0),
            end=datetime(2026, 11, 5, 22, 0),
            timezone="Europe/Lisbon",
            capacity=3,
        )
    ).item.id
    people = {
        "Zoë Adams": _person(services, "Zoë", "Adams", pronouns="she/her", phone="+351 900"),
        "Émile Brun": _person(
            services, "Émile", "Brun", organization="Brun & Fils", job_title="Chef"
        ),
        "张伟": _person(services, "伟", "张", name_order=NameOrder.FAMILY_FIRST),
        "Wait One": _person(services, "Wait", "One"),
        "Wait Two": _person(services, "Wait", "Two"),
        "Maybe Mara": _person(services, "Maybe", "Mara"),
        "Invited Ivo": _person(services, "Invited", "Ivo"),
        "Declined Dan": _person(services, "Declined", "Dan"),
    }
    groups = [
        (["Zoë Adams", "Émile Brun", "张伟", "Wait One", "Wait Two"], RsvpResponse.GOING),
        (["Maybe Mara"], RsvpResponse.MAYBE),
        (["Invited Ivo"], RsvpResponse.INVITED),
        (["Declined Dan"], RsvpResponse.DECLINED),
    ]
    for names, response in groups:
        services.rsvps.invite(event_id, [people[n] for n in names], response=response)
    rows = services.rsvps.guest_rows(event_id)
    by_person = {r.person_id: r.id for r in rows}
    rsvp = {name: by_person[pid] for name, pid in people.items()}
    assert {r.id: r.response for r in rows}[rsvp["Wait Two"]] is RsvpResponse.WAITLISTED
    services.rsvps.set_role([rsvp["Zoë Adams"]], AttendeeRole.HOST)
    services.rsvps.set_role([rsvp["张伟"]], AttendeeRole.SPEAKER)
    services.rsvps.check_in(rsvp["Émile Brun"])
    return Party(event_id, rsvp, people)


def names(batch: BadgeBatch) -> list[str]:
    return [g.name for g in batch.guests]


def test_going_means_the_seated_guests_in_name_order(services: Services, party: Party) -> None:
    batch = services.badges.batch(party.event_id)
    assert names(batch) == ["Émile Brun", "Zoë Adams", "张伟"]
    assert [g.rsvp_id for g in batch.guests] == [party.rsvp[n] for n in names(batch)]


def test_checked_in_means_those_who_arrived(services: Services, party: Party) -> None:
    batch = services.badges.batch(party.event_id, who=Who.CHECKED_IN)
    assert names(batch) == ["Émile Brun"]


def test_all_means_everyone_but_who_declined_in_the_guest_lists_order(
    services: Services, party: Party
) -> None:
    batch = services.badges.batch(party.event_id, who=Who.ALL)
    assert names(batch) == [
        "Émile Brun", "Zoë Adams", "张伟",  # going, by name
        "Wait One", "Wait Two",  # the waitlist, in line
        "Maybe Mara",
        "Invited Ivo",
    ]  # fmt: skip
    assert services.badges.batch(party.event_id, who="all") == batch  # type: ignore[arg-type]


def test_picked_guests_keep_the_order_given_and_replace_who(
    services: Services, party: Party
) -> None:
    picked = [party.rsvp["Wait Two"], party.rsvp["Declined Dan"], party.rsvp["Zoë Adams"]]
    batch = services.badges.batch(party.event_id, who=Who.CHECKED_IN, rsvp_ids=picked + picked)
    assert names(batch) == ["Wait Two", "Declined Dan", "Zoë Adams"]


def test_picking_a_guest_of_another_event_is_refused(services: Services, party: Party) -> None:
    other = services.events.create(
        EventDraft(
            title="Other",
            start=datetime(2026, 11, 6, 19, 0),
            end=datetime(2026, 11, 6, 22, 0),
            timezone="UTC",
        )
    ).item.id
    services.rsvps.invite(other, [party.person["Wait One"]], response=RsvpResponse.GOING)
    stranger = services.rsvps.guest_rows(other)[0].id
    with pytest.raises(NotFound):
        services.badges.batch(party.event_id, rsvp_ids=[party.rsvp["Zoë Adams"], stranger])
    with pytest.raises(NotFound):
        services.badges.batch(4242)


def test_picked_people_use_their_rsvp_and_outsiders_get_a_plain_badge(
    services: Services, party: Party
) -> None:
    outsider = _person(services, "Olga", "Outside", organization="Nowhere Inc.")
    batch = services.badges.batch(party.event_id, person_ids=[outsider, party.person["Zoë Adams"]])
    plain, host = batch.guests
    assert (plain.rsvp_id, plain.badge.role, plain.badge.checkin_code) == (None, None, "")
    assert plain.badge.organization == "Nowhere Inc."
    assert host.rsvp_id == party.rsvp["Zoë Adams"]
    assert host.badge.role is BadgeRole.HOST
    with pytest.raises(NotFound):
        services.badges.batch(party.event_id, person_ids=[987654])


def test_roles_come_from_the_rsvp_and_their_words_from_the_caller(
    services: Services, party: Party
) -> None:
    words = {AttendeeRole.HOST: "GASTGEBERIN", AttendeeRole.SPEAKER: "REDNER"}
    batch = services.badges.batch(
        party.event_id, role_words=lambda role: words.get(role, role.value)
    )
    roles = {g.name: (g.badge.role, g.badge.role_label) for g in batch.guests}
    assert roles == {
        "Zoë Adams": (BadgeRole.HOST, "GASTGEBERIN"),
        "张伟": (BadgeRole.SPEAKER, "REDNER"),
        "Émile Brun": (BadgeRole.GUEST, "guest"),
    }
    plain = services.badges.batch(party.event_id)
    assert {g.badge.role_label for g in plain.guests} == {"HOST", "SPEAKER", "GUEST"}


def test_guests_without_a_check_in_code_get_one_before_printing(
    services: Services, party: Party
) -> None:
    with services.db.transaction() as session:
        session.execute(
            update(Rsvp)
            .where(Rsvp.id.in_([party.rsvp["Zoë Adams"], party.rsvp["张伟"]]))
            .values(checkin_code=None)
        )
    batch = services.badges.batch(party.event_id)
    assert batch.changes.ids(Kind.RSVP) == {party.rsvp["Zoë Adams"], party.rsvp["张伟"]}
    stored = {r.id: r.checkin_code for r in services.rsvps.guest_rows(party.event_id)}
    for guest in batch.guests:
        assert guest.rsvp_id is not None
        assert guest.badge.checkin_code == stored[guest.rsvp_id] != ""
    assert not services.badges.batch(party.event_id).changes


def test_a_badge_carries_the_persons_own_name_order_and_details(
    services: Services, party: Party
) -> None:
    zoe_id = party.person["Zoë Adams"]
    services.people.update(
        zoe_id,
        PersonDraft(
            given_name="Zoë",
            family_name="Adams",
            preferred_name="Zo",
            pronouns="she/her",
            phone="+351 900",
            emails=("zoe@example.pt",),
            organization="Casa Zoë",
            job_title="Host",
        ),
        services.people.get(zoe_id).version,
    )
    by_name = {g.name: g.badge for g in services.badges.batch(party.event_id).guests}
    zhang = by_name["张伟"]
    assert (zhang.family_first, zhang.call_name, zhang.rest_of_name) == (True, "张伟", "")
    zoe = by_name["Zoë Adams"]
    assert (zoe.call_name, zoe.rest_of_name) == ("Zo", "Zoë Adams")
    assert (zoe.pronouns, zoe.phone, zoe.email) == ("she/her", "+351 900", "zoe@example.pt")
    assert (zoe.organization, zoe.title) == ("Casa Zoë", "Host")
    emile = by_name["Émile Brun"]
    assert (emile.call_name, emile.rest_of_name, emile.family_first) == ("Émile", "Brun", False)
    assert (emile.organization, emile.title) == ("Brun & Fils", "Chef")
