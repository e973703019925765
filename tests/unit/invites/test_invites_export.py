"""Exporting invitations, updates and cancellations from the guest list, on both databases."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from invites_test_helpers import World, assert_valid, make_world, parse_both
from sqlalchemy import select

from app.domain.enums import EventStatus, RsvpResponse
from app.domain.errors import ExportTargetError, StorageUnavailable, ValidationError
from app.exporters.ics import COMBINED_NAME, Method, check_calendar, check_versions
from app.services import invite_export
from app.services.changes import Kind
from app.services.container import Services
from app.services.invite_dto import (
    InviteExport,
    InviteMode,
    InviteRequest,
    OrganizerMissing,
    SkipReason,
    Why,
)
from app.storage.orm import Rsvp, RsvpChange

STAMP = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def export(
    world: World,
    mode: InviteMode,
    name: str,
    *,
    eml: bool = False,
    alarm_minutes: int | None = None,
) -> InviteExport:
    request = InviteRequest(world.event_id, mode, world.out / name, eml, alarm_minutes)
    return world.services.invites.export(request, stamp=STAMP)


def sequences(world: World) -> dict[str, int | None]:
    with world.services.db.read() as session:
        found = dict(session.execute(select(Rsvp.id, Rsvp.invite_sequence)).all())
    return {key: found[rsvp_id] for key, rsvp_id in world.rsvp.items()}


def test_invitations_go_to_invited_going_and_maybe_guests_with_an_address(world: World) -> None:
    result = export(world, InviteMode.ALL, "v0")
    plan = result.plan
    assert plan.method is Method.REQUEST
    assert plan.sequence == 0
    got = {r.email for r in plan.recipients}
    assert got == {"juergen@example.de", "xiaoming@example.cn", "zoe@example.ie", "ana@example.es"}
    assert {r.why for r in plan.recipients} == {Why.NEW}
    assert plan.skipped_by_reason() == {
        SkipReason.PENDING: 1,
        SkipReason.WAITLISTED: 1,
        SkipReason.NO_EMAIL: 1,
    }
    names = sorted(p.name for p in result.written.files)
    assert len(names) == 5
    assert COMBINED_NAME in names
    for path in result.written.files:
        event = assert_valid(path.read_bytes(), Method.REQUEST)
        attendees = event.get("ATTENDEE")
        attendees = attendees if isinstance(attendees, list) else [attendees]
        assert all(a.params["PARTSTAT"] == "NEEDS-ACTION" for a in attendees)
        assert "wendy" not in path.read_text("utf-8")
        assert "pat@" not in path.read_text("utf-8")
    assert sequences(world) == {
        "juergen": 0, "xiaoming": 0, "zoe": 0, "ana": 0, "pat": None, "wendy": None, "nomail": None,
    }  # fmt: skip
    assert not result.record_error
    assert result.changes.ids(Kind.RSVP) == {
        world.rsvp[k] for k in ("juergen", "xiaoming", "zoe", "ana")
    }
    assert result.changes.ids(Kind.EVENT) == {world.event_id}


def test_an_invitation_carries_the_event_venue_organizer_and_reminder(world: World) -> None:
    result = export(world, InviteMode.ALL, "v0", alarm_minutes=90)
    juergen = next(p for p in result.written.files if p.name.startswith("Jürgen-Müller"))
    data = juergen.read_bytes()
    event = assert_valid(data, Method.REQUEST)
    assert str(event["UID"]) == f"{world.event.uuid}@org.convivio.Convivio"
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event["DTSTART"].dt == datetime(2026, 12, 5, 19, 0, tzinfo=event["DTSTART"].dt.tzinfo)
    assert str(event["SUMMARY"]) == "Abendessen: Müller & 朋友 🍝"
    assert str(event["LOCATION"]) == "Café Zur Post, Hauptstraße 1, 10115 Berlin"
    assert event["GEO"].latitude == pytest.approx(52.5301)
    assert str(event["URL"]) == "https://example.org/events/1"
    assert "Door code 4711" in str(event["DESCRIPTION"])
    assert str(event["ORGANIZER"]) == "mailto:anna@example.org"
    assert event["ORGANIZER"].params["CN"] == "Anna Schmidt"
    assert event["ATTENDEE"].params["CN"] == "Jürgen Müller"
    (alarm,) = event.walk("VALARM")
    assert alarm["TRIGGER"].dt.total_seconds() == -90 * 60
    assert b"BEGIN:VTIMEZONE" in data
    assert b"TZID:Europe/Berlin" in data


def test_e_mail_drafts_hold_the_invitation(world: World) -> None:
    result = export(world, InviteMode.ALL, "mail", eml=True)
    drafts = [p for p in result.written.files if p.suffix == ".eml"]
    assert len(drafts) == 4
    message = message_from_bytes(drafts[0].read_bytes(), policy=policy.default)
    calendar = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    assert calendar.get_param("method") == "REQUEST"
    assert_valid(calendar.get_payload(decode=True), Method.REQUEST)
    assert "Abendessen" in str(message["Subject"])


def test_file_names_stay_the_same_between_exports(world: World) -> None:
    first = {p.name for p in export(world, InviteMode.ALL, "a").written.files}
    world.move()
    second = {p.name for p in export(world, InviteMode.UPDATES, "b").written.files}
    assert first == second


def test_export_change_time_update_cancel_keeps_sequence_monotonic(world: World) -> None:
    v0 = export(world, InviteMode.ALL, "v0")
    assert world.event.sequence == 0
    assert world.services.invites.summary(world.event_id).outdated == 0
    world.move()
    summary = world.services.invites.summary(world.event_id)
    assert (summary.outdated, summary.updates) == (4, 4)
    v1 = export(world, InviteMode.UPDATES, "v1")
    assert v1.plan.sequence == 1
    assert {r.why for r in v1.plan.recipients} == {Why.OUTDATED}
    assert world.services.invites.plan(world.event_id, InviteMode.UPDATES).recipients == ()
    world.set_status(EventStatus.CANCELLED)
    v2 = export(world, InviteMode.CANCEL, "v2")
    assert v2.plan.method is Method.CANCEL
    assert v2.plan.sequence == 2
    assert not v2.plan.uninvite
    files = [(v.written.folder / COMBINED_NAME).read_bytes() for v in (v0, v1, v2)]
    assert_valid(files[2], Method.CANCEL)
    (cancel,) = parse_both(files[2])[0].walk("VEVENT")
    assert str(cancel["STATUS"]) == "CANCELLED"
    assert check_versions(files[0], files[1]) == []
    assert check_versions(files[1], files[2]) == []
    assert check_versions(files[0], files[2]) == []
    for name in {p.name for p in v0.written.files} - {COMBINED_NAME}:
        a, b, c = ((v.written.folder / name).read_bytes() for v in (v0, v1, v2))
        assert check_versions(a, b) == []
        assert check_versions(b, c) == []
    assert set(sequences(world).values()) == {2, None}


def test_a_reinstated_event_goes_out_above_its_cancellation(world: World) -> None:
    export(world, InviteMode.ALL, "v0")
    world.set_status(EventStatus.CANCELLED)
    cancel = export(world, InviteMode.CANCEL, "v1")
    world.set_status(EventStatus.DRAFT)
    world.move(2)  # rescheduled meanwhile: the event's own SEQUENCE catches up with the cancel
    assert world.event.sequence == 1
    assert cancel.plan.sequence == 1
    plan = world.services.invites.plan(world.event_id, InviteMode.UPDATES)
    assert {r.why for r in plan.recipients} == {Why.REINSTATED}
    again = export(world, InviteMode.UPDATES, "v2")
    assert again.plan.sequence == 2
    assert world.event.sequence == 2
    before = (cancel.written.folder / COMBINED_NAME).read_bytes()
    after = (again.written.folder / COMBINED_NAME).read_bytes()
    assert check_versions(before, after) == []
    assert world.services.invites.plan(world.event_id, InviteMode.UPDATES).recipients == ()


def test_uninvited_guests_get_a_cancellation_without_disturbing_the_others(world: World) -> None:
    export(world, InviteMode.ALL, "v0")
    world.services.rsvps.set_response([world.rsvp["zoe"]], RsvpResponse.DECLINED)
    summary = world.services.invites.summary(world.event_id)
    assert (summary.cancel, summary.updates) == (1, 0)
    result = export(world, InviteMode.CANCEL, "gone")
    assert result.plan.uninvite
    assert [r.email for r in result.plan.recipients] == ["zoe@example.ie"]
    data = (result.written.folder / COMBINED_NAME).read_bytes()
    event = assert_valid(data, Method.CANCEL)
    assert "STATUS" not in event  # RFC 5546 3.2.5: removing attendees carries no STATUS
    assert int(event["SEQUENCE"]) == 1
    assert world.event.sequence == 0  # the others' invitations and replies stay current
    assert world.services.invites.plan(world.event_id, InviteMode.UPDATES).recipients == ()
    repeat = world.services.invites.plan(world.event_id, InviteMode.CANCEL)
    assert repeat.recipients == ()
    assert repeat.skipped_by_reason() == {SkipReason.ALREADY_CANCELLED: 1}
    world.services.rsvps.set_response([world.rsvp["zoe"]], RsvpResponse.MAYBE)
    back = export(world, InviteMode.UPDATES, "back")
    assert [r.why for r in back.plan.recipients] == [Why.REINSTATED]
    assert back.plan.sequence == 2
    one = next(p for p in result.written.files if p.name.startswith("Zoë"))
    two = next(p for p in back.written.files if p.name.startswith("Zoë"))
    assert check_versions(one.read_bytes(), two.read_bytes()) == []


def test_nothing_to_send_and_invitations_for_a_cancelled_event_are_refused(world: World) -> None:
    with pytest.raises(ValidationError, match="nothing to cancel"):
        export(world, InviteMode.CANCEL, "none")
    world.set_status(EventStatus.CANCELLED)
    with pytest.raises(ValidationError, match="is cancelled"):
        export(world, InviteMode.ALL, "x")
    with pytest.raises(ValidationError, match="nothing to cancel"):
        export(world, InviteMode.CANCEL, "none")
    assert not (world.out / "none").exists()


def test_without_the_organizer_s_address_nothing_is_written(
    services: Services, tmp_path: Path
) -> None:
    world = make_world(services, tmp_path, organizer=False)
    with pytest.raises(OrganizerMissing, match="organizer-email"):
        export(world, InviteMode.ALL, "v0")
    assert not (tmp_path / "v0").exists()
    assert set(sequences(world).values()) == {None}


def test_a_cancelled_export_writes_and_records_nothing(world: World) -> None:
    calls = iter([False, False, True])

    def cancelled() -> bool:
        return next(calls, True)

    request = InviteRequest(world.event_id, InviteMode.ALL, world.out / "stop")
    with pytest.raises(InterruptedError):
        world.services.invites.export(request, cancelled=cancelled)
    assert not any((world.out / "stop").iterdir())
    assert set(sequences(world).values()) == {None}


def test_when_the_database_fails_after_writing_the_files_stay(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise StorageUnavailable("The database is busy.", "locked")

    monkeypatch.setattr(invite_export, "record", broken)
    result = export(world, InviteMode.ALL, "v0")
    assert isinstance(result.record_error, StorageUnavailable)
    assert len(result.written.files) == 5
    assert all(p.exists() for p in result.written.files)
    assert set(sequences(world).values()) == {None}  # exporting again writes the same files


def test_an_unwritable_folder_is_an_export_target_error(world: World, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    request = InviteRequest(world.event_id, InviteMode.ALL, blocker / "sub")
    with pytest.raises(ExportTargetError):
        world.services.invites.export(request)
    assert set(sequences(world).values()) == {None}


def test_each_recipient_gets_a_history_line_and_no_version_bump(world: World) -> None:
    before = {r.id: r.version for r in world.services.rsvps.guest_rows(world.event_id)}
    event_version = world.event.version
    export(world, InviteMode.ALL, "v0")
    after = {r.id: r.version for r in world.services.rsvps.guest_rows(world.event_id)}
    assert before == after
    assert world.event.version == event_version
    with world.services.db.read() as session:
        lines = session.scalars(
            select(RsvpChange.detail).where(RsvpChange.rsvp_id == world.rsvp["zoe"])
        ).all()
    assert "calendar invitation exported (SEQUENCE 0)" in lines


def test_a_bad_reminder_is_refused(world: World) -> None:
    with pytest.raises(ValidationError, match="reminder"):
        export(world, InviteMode.ALL, "v0", alarm_minutes=-5)


def test_the_feed_publishes_events_without_guests(world: World, services: Services) -> None:
    from app.domain.events import EventDraft

    services.events.create(
        EventDraft(
            title="Private planning",
            start=datetime(2026, 12, 1, 18),
            end=datetime(2026, 12, 1, 19),
            timezone="America/New_York",
            public=False,
        )
    )
    services.events.set_status(world.event_id, EventStatus.ANNOUNCED)
    everything = services.invites.feed(world.out / "all.ics")
    public = services.invites.feed(world.out / "public.ics", public_only=True)
    assert (everything.events, public.events) == (2, 1)
    for path, count in ((everything.path, 2), (public.path, 1)):
        data = path.read_bytes()
        assert check_calendar(data, method=Method.PUBLISH) == []
        calendar, other = parse_both(data)
        assert len(calendar.walk("VEVENT")) == count == len(other.vevent_list)
        assert b"ATTENDEE" not in data
    assert b"TZID:America/New_York" in everything.path.read_bytes()
    add = services.invites.add_to_calendar(world.event_id, world.out / "add.ics")
    event = assert_valid(add.read_bytes(), Method.PUBLISH)
    assert str(event["UID"]).startswith(world.event.uuid)
