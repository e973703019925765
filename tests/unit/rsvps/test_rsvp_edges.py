"""Edges of the RSVP services: merged revisions, conflicts, merges that fill in a person."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pytest
from sqlalchemy import update

from app.domain.enums import RsvpResponse
from app.domain.errors import ConflictError, NotFound
from app.domain.people import PersonDraft
from app.services import rsvp_revisions as revisions
from app.services.container import Services
from app.services.guest_import_dto import ImportRequest
from app.services.guestlists import read_guest_list
from app.services.rsvps import RsvpService
from app.storage.orm import Person, Rsvp


def test_merging_an_insert_and_a_later_update_keeps_one_insert() -> None:
    first = revisions.Revision(inserted=(("rsvps", ((7, 1),)),))
    second = revisions.Revision(
        updates=(
            revisions.RowUpdate(
                "rsvps", 7, (("guests", 0), ("version", 1)), (("guests", 2), ("version", 2))
            ),
        )
    )
    merged = revisions.merge([first, second])
    assert merged.updates == ()
    assert merged.inserted == (("rsvps", ((7, 2),)),)
    gone = revisions.Revision(removed=revisions.snapshots.RowSnapshot((), ()))
    with pytest.raises(ValueError, match="several removals"):
        revisions.merge([gone, gone])
    assert not revisions.Revision()


def test_undo_refuses_when_the_row_is_gone_or_a_created_person_was_edited(
    rsvps: RsvpService,
    services: Services,
    make_event: Callable[..., int],
    make_people: Callable[[int], list[int]],
) -> None:
    event = make_event()
    rsvps.invite(event, make_people(1), response=RsvpResponse.GOING)
    (row,) = rsvps.guest_rows(event)
    changed = rsvps.set_guests(row.id, 1)
    with services.db.transaction() as s:
        s.execute(Rsvp.__table__.delete().where(Rsvp.id == row.id))
    with pytest.raises(ConflictError, match="deleted since"):
        rsvps.revert(changed.revision)
    walk_in = rsvps.walk_in(event, "Kofi Mensah")
    with services.db.transaction() as s:
        s.execute(update(Person).where(Person.id == walk_in.row.person_id).values(version=5))
    with pytest.raises(ConflictError):
        rsvps.revert(walk_in.outcome.revision)


def test_a_merged_guest_fills_blanks_and_becomes_findable_by_the_new_address(
    services: Services, make_event: Callable[..., int]
) -> None:
    known = services.people.create(
        PersonDraft(
            given_name="Ana", family_name="Lima", tags=("speaker",), emails=("ana@old.example",)
        )
    ).item
    out = io.StringIO()
    csv.writer(out).writerows(
        [["Name", "Email", "Company", "Title"], ["Ana Lima", "ana@new.example", "Lima Labs", "CTO"]]
    )
    preview = read_guest_list(out.getvalue().encode(), "list.csv")
    event = make_event()
    plan = services.guest_import.plan(ImportRequest(event, preview))
    assert [m.line for m in plan.same_name] == [2]
    result = services.guest_import.run(ImportRequest(event, preview, merges={2: known.id}))
    assert (result.merged, result.people_created, result.people_updated) == (1, 0, 1)
    person = services.people.get(known.id)
    assert person.emails == ("ana@old.example", "ana@new.example")
    assert (person.organization, person.job_title, person.tags) == (
        "Lima Labs",
        "CTO",
        ("speaker",),
    )
    assert [p.id for p in services.people.search("new.example")] == [known.id]
    assert [p.id for p in services.people.search("speaker lima labs")] == [known.id]
    services.guest_import.undo(result.undo)
    person = services.people.get(known.id)
    assert (person.emails, person.organization) == (("ana@old.example",), "")
    assert services.organizations.names() == []


def test_missing_things_are_named(
    rsvps: RsvpService, services: Services, make_people: Callable[[int], list[int]]
) -> None:
    with pytest.raises(NotFound):
        rsvps.check_in(4242)
    with pytest.raises(NotFound):
        services.guest_import.event_timezone(4242)
    make_people(1)
    services.people.create(PersonDraft(given_name="Jürgen", family_name="Groß"))
    with pytest.raises(NotFound, match="Several people"):
        rsvps.find_person("Jurgen Gross")
