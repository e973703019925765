"""Importing into an event with a capacity: who doesn't fit waits in the file's order, unless the
user lets everyone in beyond capacity; re-imports change nothing and undo restores all."""

from __future__ import annotations

from collections.abc import Callable

from app.domain.enums import RsvpResponse
from app.domain.people import PersonDraft
from app.services.container import Services
from app.services.guest_import_dto import ImportRequest
from app.services.guestlists import GuestListPreview, read_guest_list
from tests.unit.rsvps.test_rsvp_import_matching import _without_stamps, csv_bytes, everything

HEADER = ["Name", "Email", "RSVP", "Guests", "Attended"]


def guest_file(rows: list[list[str]], name: str = "list.csv") -> GuestListPreview:
    return read_guest_list(csv_bytes([HEADER, *rows]), name)


def going(count: int, start: int = 0) -> list[list[str]]:
    return [[f"Guest {n}", f"guest{n}@example.org", "yes", "0", ""] for n in range(start, count)]


def by_name(services: Services, event: int) -> dict[str, object]:
    return {r.display_name: r for r in services.rsvps.guest_rows(event)}


def test_going_lines_past_capacity_join_the_waitlist_in_the_files_order(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event(capacity=10)
    preview = guest_file(going(20))
    plan = services.guest_import.plan(ImportRequest(event, preview))
    assert (plan.capacity, plan.waitlisted) == (10, 10)
    result = services.guest_import.run(ImportRequest(event, preview))
    assert (result.imported, result.waitlisted, result.over_capacity) == (20, 10, 0)
    counts = services.rsvps.counts(event)
    assert (counts.going, counts.waitlisted, counts.seats_left, counts.over_capacity) == (
        10,
        10,
        0,
        0,
    )
    rows = services.rsvps.guest_rows(event)
    waiting = sorted((r for r in rows if r.waitlist_position), key=lambda r: r.waitlist_position)
    assert [r.display_name for r in waiting] == [f"Guest {n}" for n in range(10, 20)]
    assert all(r.response is RsvpResponse.GOING for r in rows if r.display_name < "Guest 10")
    assert any("put on the waitlist" in n.message for n in result.notes)
    history = services.rsvps.history(waiting[0].id)[-1].detail
    assert history == "imported from list.csv (line 12); waitlisted: the event is full"


def test_guests_count_and_a_party_too_big_is_passed_over_not_reordered(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event(capacity=5)
    preview = guest_file(
        [
            ["Ana Lima", "ana@example.br", "yes", "2", ""],  # 3 seats: fits, 2 left
            ["Kofi Mensah", "kofi@example.gh", "yes", "2", ""],  # 3 seats: waits
            ["Mei Lin", "mei@example.tw", "yes", "1", ""],  # 2 seats: fits
            ["Olga Ivanova", "olga@example.ru", "maybe", "0", ""],  # maybe takes no seat
        ]
    )
    result = services.guest_import.run(ImportRequest(event, preview))
    rows = by_name(services, event)
    assert rows["Ana Lima"].response is RsvpResponse.GOING  # type: ignore[attr-defined]
    assert rows["Kofi Mensah"].response is RsvpResponse.WAITLISTED  # type: ignore[attr-defined]
    assert rows["Mei Lin"].response is RsvpResponse.GOING  # type: ignore[attr-defined]
    assert rows["Olga Ivanova"].response is RsvpResponse.MAYBE  # type: ignore[attr-defined]
    assert result.waitlisted == 1
    assert services.rsvps.counts(event).going == 5


def test_the_user_may_let_everyone_in_beyond_capacity_marked_so(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event(capacity=10)
    preview = guest_file(going(20))
    result = services.guest_import.run(ImportRequest(event, preview, over_capacity=True))
    assert (result.waitlisted, result.over_capacity) == (0, 10)
    counts = services.rsvps.counts(event)
    assert (counts.going, counts.waitlisted, counts.over_capacity) == (20, 0, 10)
    over = [r for r in services.rsvps.guest_rows(event) if r.over_capacity]
    assert sorted(r.display_name for r in over) == [f"Guest {n}" for n in range(10, 20)]
    assert services.rsvps.history(over[0].id)[-1].detail.endswith("; seated beyond capacity")
    assert any("beyond the event's capacity of 10" in n.message for n in result.notes)


def test_re_importing_changes_nothing_and_undo_restores_everything(
    services: Services, make_event: Callable[..., int]
) -> None:
    for over in (False, True):
        event = make_event(f"Full {over}", capacity=4)
        ada = services.people.create(
            PersonDraft(
                given_name="Ada", family_name=f"L{over}", emails=(f"ada{over}@example.org",)
            )
        ).item
        services.rsvps.invite(event, [ada.id], response=RsvpResponse.GOING)
        rows = [*going(6), [f"Ada L{over}", f"ada{over}@example.org", "yes", "2", ""]]
        before = everything(services)
        first = services.guest_import.run(
            ImportRequest(event, guest_file(rows), over_capacity=over)
        )
        assert first.imported == 6
        after = everything(services)
        again = services.guest_import.run(
            ImportRequest(event, guest_file(rows), over_capacity=over)
        )
        assert (again.imported, again.updated, again.waitlisted, again.over_capacity) == (
            0,
            0,
            0,
            0,
        )
        assert again.undo is None
        assert everything(services) == after
        services.guest_import.undo(first.undo)
        undone = everything(services)
        strip = _without_stamps("rsvps")
        assert strip(undone["rsvps"]) == strip(before["rsvps"])
        for table in ("people", "person_emails", "organizations"):
            assert undone[table] == before[table]


def test_a_waitlisted_guest_is_let_in_by_a_later_import_that_allows_it(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event(capacity=1)
    preview = guest_file(going(2))
    services.guest_import.run(ImportRequest(event, preview))
    assert services.rsvps.counts(event).waitlisted == 1
    result = services.guest_import.run(ImportRequest(event, preview, over_capacity=True))
    assert (result.updated, result.over_capacity) == (1, 1)
    counts = services.rsvps.counts(event)
    assert (counts.going, counts.waitlisted, counts.over_capacity) == (2, 0, 1)


def test_whoever_came_is_counted_beyond_capacity_never_waitlisted(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event(capacity=1)
    preview = guest_file(
        [
            ["Ana Lima", "ana@example.br", "yes", "0", ""],
            ["Kofi Mensah", "kofi@example.gh", "no", "0", "yes"],  # came anyway
        ]
    )
    result = services.guest_import.run(ImportRequest(event, preview))
    rows = by_name(services, event)
    kofi = rows["Kofi Mensah"]
    assert kofi.response is RsvpResponse.GOING  # type: ignore[attr-defined]
    assert kofi.over_capacity  # type: ignore[attr-defined]
    assert (result.waitlisted, result.over_capacity) == (0, 1)


def test_a_seated_party_keeps_its_seat_but_not_guests_that_dont_fit(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event(capacity=3)
    first = [
        ["Ana Lima", "ana@example.br", "yes", "0", ""],
        ["Kofi Mensah", "kofi@example.gh", "yes", "1", ""],
    ]
    services.guest_import.run(ImportRequest(event, guest_file(first)))
    grown = [first[0], ["Kofi Mensah", "kofi@example.gh", "yes", "3", ""]]
    result = services.guest_import.run(ImportRequest(event, guest_file(grown, "v2.csv")))
    kofi = by_name(services, event)["Kofi Mensah"]
    assert (kofi.response, kofi.guests) == (RsvpResponse.GOING, 1)  # type: ignore[attr-defined]
    assert result.updated == 0
    assert any(n.lines == (3,) and "asks for 3 guests" in n.message for n in result.notes)


def test_seats_freed_by_the_file_go_to_the_waitlist_first(
    services: Services, make_event: Callable[..., int], make_people: Callable[..., list[int]]
) -> None:
    event = make_event(capacity=1)
    seated, waiting = make_people(2)
    services.rsvps.invite(event, [seated, waiting], response=RsvpResponse.GOING)
    assert services.rsvps.counts(event).waitlisted == 1
    preview = guest_file(
        [
            ["Jürgen Groß", "guest0@example.org", "no", "0", ""],  # frees the seat
            ["Newcomer", "new@example.org", "yes", "0", ""],
        ]
    )
    result = services.guest_import.run(ImportRequest(event, preview))
    assert result.waitlisted == 1
    rows = by_name(services, event)
    assert rows["Newcomer"].response is RsvpResponse.WAITLISTED  # type: ignore[attr-defined]
    services.rsvps.refresh_waitlist(event)  # the next operation offers the seat
    first = next(r for r in services.rsvps.guest_rows(event) if r.person_id == waiting)
    assert first.offered


def test_events_without_capacity_are_unaffected(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event()
    result = services.guest_import.run(ImportRequest(event, guest_file(going(20))))
    assert (result.waitlisted, result.over_capacity) == (0, 0)
    counts = services.rsvps.counts(event)
    assert (counts.going, counts.waitlisted, counts.over_capacity) == (20, 0, 0)
    assert services.guest_import.plan(ImportRequest(event, guest_file(going(3)))).waitlisted == 0
