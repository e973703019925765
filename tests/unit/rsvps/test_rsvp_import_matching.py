"""Importing into a database that already knows people: matching, no duplicates, idempotence,
one transaction, cancel, dry run and undo."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.domain.enums import RsvpResponse
from app.domain.errors import ConflictError
from app.domain.people import PersonDraft
from app.services import guest_import as guest_import_module
from app.services.changes import Kind
from app.services.container import Services
from app.services.guest_import_dto import ImportRequest
from app.services.guestlists import GuestListPreview, load_guest_list, read_guest_list
from app.storage.orm import Base

DATA = Path(__file__).resolve().parents[2] / "data" / "guestlists"


def csv_bytes(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def preview_of(name: str) -> GuestListPreview:
    return load_guest_list(DATA / name)


def everything(services: Services) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: the whole database, to compare before and after."""
    with services.db.read() as session:
        return {
            name: sorted(tuple(r) for r in session.execute(select(table)))
            for name, table in Base.metadata.tables.items()
        }


def test_re_importing_the_same_file_changes_nothing(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event()
    for name in ("luma_old_api_id.csv", "meetup_rsvps.csv", "eventbrite_us_bom.csv"):
        first = services.guest_import.run(ImportRequest(event, preview_of(name)))
        assert first.imported > 0
        before = everything(services)
        again = services.guest_import.run(ImportRequest(event, preview_of(name)))
        assert (again.imported, again.updated, again.people_created) == (0, 0, 0)
        assert again.unchanged == first.imported + first.updated + first.unchanged
        assert not again.changes
        assert again.undo is None
        assert everything(services) == before


def test_people_are_matched_by_email_case_insensitively_and_blanks_filled(
    services: Services, make_event: Callable[..., int]
) -> None:
    sofia = services.people.create(
        PersonDraft(given_name="Sofia", family_name="P.", emails=("Sofia@EXAMPLE.gr",))
    ).item
    people = services.people.count()
    event = make_event()
    result = services.guest_import.run(ImportRequest(event, preview_of("luma_old_api_id.csv")))
    assert result.people_created == 7
    assert services.people.count() == people + 7
    row = next(r for r in services.rsvps.guest_rows(event) if r.person_id == sofia.id)
    assert row.display_name == "Sofia P."  # the organizer's spelling stays
    person = services.people.get(sofia.id)
    assert person.phone == "+30 21 0555 0199"
    assert person.emails == ("Sofia@EXAMPLE.gr",)
    assert sofia.id in result.changes.ids(Kind.PERSON)


def test_people_are_matched_by_platform_user_id_across_events(
    services: Services, make_event: Callable[..., int]
) -> None:
    first, second = make_event("First"), make_event("Second")
    services.guest_import.run(ImportRequest(first, preview_of("meetup_rsvps.csv")))
    people = services.people.count()
    result = services.guest_import.run(
        ImportRequest(second, preview_of("meetup_rsvps_attendance.csv"))
    )
    # Ngozi (member 123456789) is known; Olga, Kwame and Aiko are new.
    assert result.people_created == 3
    assert services.people.count() == people + 3
    ngozi = {r.display_name: r for r in services.rsvps.guest_rows(second)}["Ngozi Okonjo-Iweala"]
    first_ngozi = {r.display_name: r for r in services.rsvps.guest_rows(first)}[
        "Ngozi Okonjo-Iweala"
    ]
    assert ngozi.person_id == first_ngozi.person_id


def test_same_name_guests_are_merged_only_when_the_user_says_so(
    services: Services, make_event: Callable[..., int]
) -> None:
    known = services.people.create(
        PersonDraft(given_name="Ngozi", family_name="Okonjo-Iweala", emails=("ngozi@example.ng",))
    ).item
    event = make_event()
    preview = preview_of("meetup_rsvps.csv")
    plan = services.guest_import.plan(ImportRequest(event, preview))
    assert [(m.line, [c.id for c in m.candidates]) for m in plan.same_name] == [(2, [known.id])]
    assert plan.same_name[0].candidates[0].email == "ngozi@example.ng"
    assert (plan.new_people, plan.by_email, plan.by_user_id) == (6, 0, 0)

    merged = services.guest_import.run(ImportRequest(event, preview, merges={2: known.id}))
    assert (merged.merged, merged.people_created) == (1, 5)
    assert merged.same_name_created == ()
    row = {r.display_name: r for r in services.rsvps.guest_rows(event)}["Ngozi Okonjo-Iweala"]
    assert row.person_id == known.id
    # The merge taught Convivio her Meetup id: the next import finds her without asking.
    plan = services.guest_import.plan(ImportRequest(event, preview))
    assert (plan.same_name, plan.by_user_id, plan.already_listed) == ((), 6, 6)


def test_without_a_decision_a_same_name_guest_becomes_a_new_person_and_is_reported(
    services: Services, make_event: Callable[..., int]
) -> None:
    known = services.people.create(
        PersonDraft(given_name="Okonjo-Iweala", family_name="Ngozi")  # written the other way
    ).item
    event = make_event()
    result = services.guest_import.run(ImportRequest(event, preview_of("meetup_rsvps.csv")))
    assert result.people_created == 6
    assert [(m.line, m.candidates[0].id) for m in result.same_name_created] == [(2, known.id)]


def test_the_import_is_one_transaction(
    services: Services, make_event: Callable[..., int], monkeypatch: pytest.MonkeyPatch
) -> None:
    event = make_event()
    before = everything(services)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(guest_import_module, "write_rsvps", broken)
    with pytest.raises(RuntimeError):
        services.guest_import.run(ImportRequest(event, preview_of("luma_old_api_id.csv")))
    assert everything(services) == before


def test_cancel_changes_nothing_and_progress_is_reported(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event()
    rows = [["Name", "Email", "RSVP"]]
    rows += [[f"Guest {n}", f"guest{n}@example.org", "yes"] for n in range(3000)]
    preview = read_guest_list(csv_bytes(rows), "big.csv")
    before = everything(services)
    seen: list[tuple[int, int]] = []

    def cancelled() -> bool:
        return len(seen) > 4

    with pytest.raises(InterruptedError):
        services.guest_import.run(
            ImportRequest(event, preview),
            progress=lambda done, total: seen.append((done, total)),
            cancelled=cancelled,
        )
    assert everything(services) == before
    assert seen[0][0] <= seen[-1][0] <= seen[-1][1]


def test_a_dry_run_counts_without_writing(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event()
    before = everything(services)
    result = services.guest_import.run(
        ImportRequest(event, preview_of("hievents_attendees.csv"), dry_run=True)
    )
    assert (result.imported, result.dry_run, result.undo) == (6, True, None)
    assert everything(services) == before


def test_undo_removes_what_was_created_and_restores_what_was_updated(
    services: Services, make_event: Callable[..., int]
) -> None:
    zoe = services.people.create(
        PersonDraft(given_name="Zoë", family_name="O'Brien-Smythe", emails=("zoe@example.ie",))
    ).item
    event = make_event()
    services.rsvps.invite(event, [zoe.id], response=RsvpResponse.MAYBE)
    before = everything(services)
    result = services.guest_import.run(ImportRequest(event, preview_of("eventbrite_us_bom.csv")))
    assert (result.imported, result.updated, result.people_updated) == (6, 1, 1)
    assert services.people.get(zoe.id).organization == "Craic, Ltd."
    changes = services.guest_import.undo(result.undo)
    assert changes.removed_ids(Kind.RSVP)
    assert zoe.id in changes.ids(Kind.PERSON)
    after = everything(services)
    for table in ("people", "rsvps"):
        strip = _without_stamps(table)
        assert strip(after[table]) == strip(before[table])
    for table in ("person_emails", "person_handles", "organizations"):
        assert after[table] == before[table]
    zoe_row = services.rsvps.guest_rows(event)[0]
    assert (zoe_row.response, zoe_row.version) == (RsvpResponse.MAYBE, 4)  # 2, import 3, undo 4


def _without_stamps(table: str) -> Callable[[list[tuple[Any, ...]]], list[tuple[Any, ...]]]:
    columns = list(Base.metadata.tables[table].c.keys())
    skip = {columns.index(c) for c in ("updated_at", "version")}

    def strip(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        return [tuple(v for n, v in enumerate(r) if n not in skip) for r in rows]

    return strip


def test_undo_refuses_when_someone_changed_an_imported_guest(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event()
    result = services.guest_import.run(ImportRequest(event, preview_of("hievents_attendees.csv")))
    first = services.rsvps.guest_rows(event)[0]
    services.rsvps.set_response([first.id], RsvpResponse.DECLINED)
    before = everything(services)
    with pytest.raises(ConflictError):
        services.guest_import.undo(result.undo)
    assert everything(services) == before


def test_a_changed_file_updates_only_what_changed(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event()
    header = ["Name", "Email", "RSVP", "Guests", "Dietary"]
    first = csv_bytes(
        [
            header,
            ["Ana Lima", "ana@example.br", "yes", "0", ""],
            ["Kofi Mensah", "kofi@example.gh", "maybe", "1", "halal"],
        ]
    )
    second = csv_bytes(
        [
            header,
            ["Ana Lima", "ana@example.br", "no", "0", ""],
            ["Kofi Mensah", "kofi@example.gh", "maybe", "1", ""],
        ]
    )
    services.guest_import.run(ImportRequest(event, read_guest_list(first, "v1.csv")))
    result = services.guest_import.run(ImportRequest(event, read_guest_list(second, "v2.csv")))
    assert (result.imported, result.updated, result.unchanged) == (0, 1, 1)
    rows = {r.display_name: r for r in services.rsvps.guest_rows(event)}
    assert rows["Ana Lima"].response is RsvpResponse.DECLINED
    assert rows["Kofi Mensah"].dietary == "halal"  # an empty cell keeps what we knew
    assert services.rsvps.history(rows["Ana Lima"].id)[-1].detail == "updated from v2.csv (line 2)"
