"""Reading calendar replies back into the guest list, on both databases."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from invites_test_helpers import World, bare_reply, mail_with, reply_from, write

from app.domain.enums import EventStatus, RsvpResponse
from app.exporters.ics import RejectReason
from app.services.invite_dto import InviteExport, InviteMode, InviteRequest, ReplyIssue
from app.services.rsvps import RsvpService

DATA = Path(__file__).resolve().parents[2] / "data" / "ics"
GONE = "0b6d7c1e-0000-4d7e-9a1b-2c3d4e5f6a7b"
"""An event UUID this database never had (deleted, or another database's)."""


def invite(world: World, name: str = "v0", mode: InviteMode = InviteMode.ALL) -> InviteExport:
    return world.services.invites.export(InviteRequest(world.event_id, mode, world.out / name))


def file_of(result: InviteExport, prefix: str) -> bytes:
    return next(p for p in result.written.files if p.name.startswith(prefix)).read_bytes()


def reply(world: World, result: InviteExport, prefix: str, partstat: str, name: str) -> Path:
    return write(world.out / "replies", name, reply_from(file_of(result, prefix), partstat))


def snapshot(world: World) -> dict[str, RsvpResponse]:
    return {key: world.response(key) for key in world.rsvp}


def test_accept_decline_tentative_update_the_guest_list(world: World) -> None:
    sent = invite(world)
    files = [
        reply(world, sent, "Ana", "ACCEPTED", "ana.ics"),
        reply(world, sent, "Jürgen", "DECLINED", "juergen.ics"),
        reply(world, sent, "小明", "TENTATIVE", "xiaoming.ics"),
    ]
    checks = world.services.invites.check_replies(files)
    assert [c.accepted for c in checks] == [True, True, True]
    assert world.response("ana") is RsvpResponse.INVITED  # checking changes nothing
    # Ana asks for the last seat before Jürgen frees his: she waits, in file order.
    assert [c.expected for c in checks] == [
        RsvpResponse.WAITLISTED,
        RsvpResponse.DECLINED,
        RsvpResponse.MAYBE,
    ]
    result = world.services.invites.import_replies(files)
    assert not result.rejected
    assert len(result.changed) == 3
    assert world.response("juergen") is RsvpResponse.DECLINED
    assert world.response("xiaoming") is RsvpResponse.MAYBE
    # Jürgen's and 小明's seats went down the waitlist: Wendy was first in line.
    assert world.response("wendy") is RsvpResponse.WAITLISTED
    assert world.services.rsvps.get(world.rsvp["wendy"]).offered
    assert result.outcome is not None
    assert "offered" in result.outcome.message


def test_going_to_a_full_event_joins_the_waitlist(world: World) -> None:
    sent = invite(world)
    path = reply(world, sent, "Zoë", "ACCEPTED", "zoe.ics")
    (check,) = world.services.invites.check_replies([path])
    assert check.waitlisted
    result = world.services.invites.import_replies([path])
    (item,) = result.results
    assert item.response is RsvpResponse.WAITLISTED
    assert item.changed
    assert result.outcome is not None
    assert "waitlist" in result.outcome.message
    assert world.response("zoe") is RsvpResponse.WAITLISTED


def test_an_import_is_one_undo_step(world: World) -> None:
    sent = invite(world)
    files = [
        reply(world, sent, "Jürgen", "DECLINED", "a.ics"),
        reply(world, sent, "Ana", "TENTATIVE", "b.ics"),
    ]
    before = snapshot(world)
    result = world.services.invites.import_replies(files)
    after = snapshot(world)
    assert after != before
    assert result.outcome is not None
    rsvps: RsvpService = world.services.rsvps
    undone = rsvps.revert(result.outcome.revision, "undo")
    assert snapshot(world) == before
    rsvps.revert(undone.revision, "redo")
    assert snapshot(world) == after


def test_stale_foreign_and_malformed_files_change_nothing(world: World) -> None:
    first = invite(world)
    old = reply(world, first, "Ana", "ACCEPTED", "old.ics")
    world.move()
    current = reply(world, invite(world, "v1", InviteMode.UPDATES), "Zoë", "DECLINED", "zoe.ics")
    files = [
        old,
        DATA / "bad_foreign_uid.ics",
        DATA / "bad_truncated.ics",
        DATA / "not_a_calendar.txt",
        DATA / "bad_method_request.ics",
        world.out / "missing.ics",
        current,
    ]
    before = snapshot(world)
    result = world.services.invites.import_replies(files)
    reasons = [r.check.reason for r in result.results]
    assert reasons == [
        RejectReason.STALE,
        RejectReason.FOREIGN,
        RejectReason.MALFORMED,
        RejectReason.NOT_ICALENDAR,
        RejectReason.WRONG_METHOD,
        RejectReason.UNREADABLE,
        "",
    ]
    for item in result.rejected:
        assert item.check.source in item.check.problem  # each message names its file
        assert not item.changed
    assert "older version" in result.results[0].check.problem
    assert snapshot(world) == {**before, "zoe": RsvpResponse.DECLINED}


def test_mail_replies_and_replies_without_organizer_are_accepted(world: World) -> None:
    sent = invite(world)
    accepted = reply_from(file_of(sent, "Ana"), "ACCEPTED")
    mail = write(world.out, "Accepted.eml", mail_with(accepted, "Ana <ana@example.es>"))
    uid = f"{world.event.uuid}@org.convivio.Convivio"
    bare = write(world.out, "bare.ics", bare_reply(uid, "Zoe@Example.IE", "DECLINED", 0))
    assert b"ORGANIZER" not in bare.read_bytes()
    result = world.services.invites.import_replies([mail, bare])
    assert [r.check.accepted for r in result.results] == [True, True]
    assert world.response("ana") is RsvpResponse.WAITLISTED  # the event is full
    assert world.response("zoe") is RsvpResponse.DECLINED


def test_replies_from_strangers_and_pending_guests_are_turned_away(world: World) -> None:
    invite(world)
    uid = f"{world.event.uuid}@org.convivio.Convivio"
    draft = dataclasses.replace(world.event.to_draft(), title="Other dinner")
    other = world.services.events.create(draft).item
    other_uid = f"{other.uuid}@org.convivio.Convivio"
    files = [
        write(world.out, "stranger.ics", bare_reply(uid, "who@example.net", "ACCEPTED", 0)),
        write(world.out, "pending.ics", bare_reply(uid, "pat@example.org", "ACCEPTED", 0)),
        write(world.out, "elsewhere.ics", bare_reply(other_uid, "ana@example.es", "ACCEPTED", 0)),
        write(
            world.out,
            "gone.ics",
            bare_reply(f"{GONE}@org.convivio.Convivio", "ana@example.es", "ACCEPTED", 0),
        ),
    ]
    before = snapshot(world)
    result = world.services.invites.import_replies(files)
    assert [r.check.reason for r in result.results] == [
        ReplyIssue.UNKNOWN_PERSON,
        ReplyIssue.PENDING,
        ReplyIssue.NOT_ON_LIST,
        ReplyIssue.UNKNOWN_EVENT,
    ]
    assert snapshot(world) == before
    assert result.outcome is None


def test_the_newest_answer_of_a_guest_wins(world: World) -> None:
    invite(world)
    uid = f"{world.event.uuid}@org.convivio.Convivio"
    early = bare_reply(uid, "zoe@example.ie", "ACCEPTED", 0)
    late = early.replace(b"20261122T120000Z", b"20261123T120000Z").replace(
        b"PARTSTAT=accepted", b"PARTSTAT=declined"
    )
    files = [write(world.out, "late.ics", late), write(world.out, "early.ics", early)]
    result = world.services.invites.import_replies(files)
    assert [r.check.reason for r in result.results] == ["", ReplyIssue.SUPERSEDED]
    assert "late.ics" in result.results[1].check.problem
    assert world.response("zoe") is RsvpResponse.DECLINED


def test_a_reply_to_a_withdrawn_invitation_or_a_cancelled_event_is_refused(world: World) -> None:
    sent = invite(world)
    answer = reply(world, sent, "Zoë", "ACCEPTED", "zoe.ics")
    world.services.rsvps.set_response([world.rsvp["zoe"]], RsvpResponse.DECLINED)
    invite(world, "gone", InviteMode.CANCEL)
    (check,) = world.services.invites.check_replies([answer])
    assert check.reason == ReplyIssue.WITHDRAWN
    assert "cancellation" in check.problem
    late = reply(world, sent, "Ana", "ACCEPTED", "ana.ics")
    world.set_status(EventStatus.CANCELLED)
    (check,) = world.services.invites.check_replies([late])
    assert check.reason == ReplyIssue.CANCELLED_EVENT


def test_the_same_answer_again_changes_nothing(world: World) -> None:
    sent = invite(world)
    path = reply(world, sent, "Jürgen", "ACCEPTED", "juergen.ics")
    result = world.services.invites.import_replies([path])
    (item,) = result.results
    assert item.check.accepted
    assert not item.changed
    assert item.response is RsvpResponse.GOING
    assert result.outcome is None


def test_sample_replies_of_real_clients_are_read(world: World) -> None:
    # The samples answer another database's event: read fine, then refused as unknown.
    names = ["reply_google_accepted.ics", "reply_outlook_mail.eml", "reply_attachment_mail.eml"]
    checks = world.services.invites.check_replies([DATA / n for n in names])
    assert [c.reason for c in checks] == [ReplyIssue.UNKNOWN_EVENT] * 3


@pytest.mark.parametrize("partstat", ["ACCEPTED", "DECLINED", "TENTATIVE"])
def test_each_answer_maps_to_its_response(world: World, partstat: str) -> None:
    sent = invite(world)
    path = reply(world, sent, "Ana", partstat, "ana.ics")
    world.services.invites.import_replies([path])
    expected = {
        "ACCEPTED": RsvpResponse.WAITLISTED,  # full: going waits for a seat
        "DECLINED": RsvpResponse.DECLINED,
        "TENTATIVE": RsvpResponse.MAYBE,
    }[partstat]
    assert world.response("ana") is expected
