"""File names and writers: stable, portable names; complete files or none at all."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ics_test_helpers import parse_icalendar

from app.domain.errors import ExportTargetError
from app.exporters.ics import (
    COMBINED_NAME,
    IcsAttendee,
    IcsEvent,
    IcsOrganizer,
    Method,
    attendee_file_name,
    build_feed,
    build_invites,
    check_calendar,
    write_atomic,
    write_feed,
    write_invites,
)
from app.exporters.ics import files as files_module

STAMP = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
PORTABLE = re.compile(r'^[^<>:"/\\|?*\x00-\x1f]+$')


def test_file_names_are_stable_unique_and_portable() -> None:
    anna = IcsAttendee("Anna Schmidt", "anna@example.org")
    other_anna = IcsAttendee("Anna Schmidt", "anna.schmidt@example.com")
    assert attendee_file_name(anna) == attendee_file_name(
        IcsAttendee("Anna Schmidt", "ANNA@example.org")
    )
    assert attendee_file_name(anna) != attendee_file_name(other_anna)
    assert re.fullmatch(r"Anna-Schmidt-[0-9a-f]{8}\.ics", attendee_file_name(anna))
    tricky = [
        IcsAttendee('Müller, Jürgen <a/b\\c:d*e?f"g|h>', "j@example.de"),
        IcsAttendee("王小明", "x@example.cn"),
        IcsAttendee("CON", "con@example.com"),
        IcsAttendee("...", "dots@example.com"),
        IcsAttendee("", "no.name@example.com"),
        IcsAttendee("Ω" * 300, "long@example.com"),
    ]
    names = [attendee_file_name(person) for person in tricky]
    for name in names:
        assert PORTABLE.match(name), name
        assert not name.startswith((".", " ", "-"))
        assert len(name.encode()) < 200
    assert names[1].startswith("王小明-")
    assert names[2].startswith("CON-")  # never the bare device name
    assert names[3].startswith("attendee-")
    assert names[4].startswith("no.name-")
    assert attendee_file_name(tricky[1], ".eml").endswith(".eml")


def test_write_invites_writes_every_file_and_all_ics(
    tmp_path: Path, event: IcsEvent, organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    invites = build_invites(event, organizer, guests, stamp=STAMP)
    target = tmp_path / "invites"  # created on demand
    written = write_invites(target, invites, eml=True, stamp=STAMP)
    expected = {attendee_file_name(g) for g in guests} | {
        attendee_file_name(g, ".eml") for g in guests
    }
    assert {p.name for p in target.iterdir()} == expected | {COMBINED_NAME}
    assert {p.name for p in written.files} == expected | {COMBINED_NAME}
    assert (target / COMBINED_NAME).read_bytes() == invites.combined
    for person, ics in invites.files:
        assert (target / attendee_file_name(person)).read_bytes() == ics
        assert check_calendar(ics, method=Method.REQUEST) == []
    # A later export (an update) overwrites the same names; without drafts this time, the old
    # drafts (with the old time or place) go, so nobody mails a stale invitation.
    again = write_invites(target, build_invites(event, organizer, guests, stamp=STAMP))
    assert {p.name for p in again.files} <= {p.name for p in target.iterdir()}
    assert {p.name for p in target.iterdir()} == {attendee_file_name(g) for g in guests} | {
        COMBINED_NAME
    }


def test_cancelled_export_leaves_nothing(
    tmp_path: Path, event: IcsEvent, organizer: IcsOrganizer
) -> None:
    people = [IcsAttendee(f"Guest {i}", f"g{i}@example.com") for i in range(130)]
    invites = build_invites(event, organizer, people)
    seen: list[tuple[int, int]] = []
    answers = iter([False, False, True])
    with pytest.raises(InterruptedError):
        write_invites(
            tmp_path,
            invites,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: next(answers),
        )
    assert seen == [(0, 130), (50, 130)]
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_is_an_export_target_error(
    tmp_path: Path, event: IcsEvent, organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    invites = build_invites(event, organizer, guests)
    with pytest.raises(ExportTargetError) as caught:
        write_invites(blocker / "invites", invites)
    assert "a file" in caught.value.message
    assert caught.value.details
    with pytest.raises(ExportTargetError):
        write_feed(blocker / "feed.ics", b"data")


def test_failed_rename_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, event: IcsEvent, organizer: IcsOrganizer
) -> None:
    target = tmp_path / "feed.ics"
    write_feed(target, build_feed([event], organizer, stamp=STAMP))
    before = target.read_bytes()
    assert parse_icalendar(before)["METHOD"] == "PUBLISH"

    def full_disk(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files_module.os, "replace", full_disk)
    with pytest.raises(ExportTargetError, match="No space left on device"):
        write_atomic(target, b"new content")
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["feed.ics"]  # no temporary left behind
    monkeypatch.undo()
    write_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"
