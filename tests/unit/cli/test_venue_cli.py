"""Venue partners from the command line: the whole done-criterion, plus errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.bootstrap import main


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "venues.sqlite3")


def run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    try:
        status = main(["--db", db, *args])
    except SystemExit as exit_:  # argparse exits on usage errors
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def ok(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> str:
    status, out, err = run(capsys, db, *args)
    assert (status, err) == (0, ""), err
    return out


def test_partner_pipeline_event_warning_sheet_and_thanks(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    ok(capsys, db, "person", "add", "--given", "Mia", "--family", "Wagner",
       "--email", "mia@factory.example")  # fmt: skip
    ok(capsys, db, "person", "add", "--given", "伟", "--family", "张", "--family-first",
       "--email", "wei@factory.example")  # fmt: skip
    venue = ok(capsys, db, "venue", "add", "--name", "Factory Görlitzer Park", "--org", "Factory",
               "--capacity", "40", "--tz", "Europe/Berlin").strip()  # fmt: skip
    ok(capsys, db, "venue", "contact", venue, "mia@factory.example", "--role", "Community manager")
    ok(capsys, db, "venue", "contact", "Factory Görlitzer Park", "张伟", "--role", "Security")
    for stage in ("asked", "agreed"):
        ok(capsys, db, "venue", "step", venue, stage, "--channel", "call", "--at",
           "2026-11-01T10:00+01:00")  # fmt: skip

    ok(capsys, db, "event", "add", "--title", "Späti Talks", "--start", "2026-11-20T19:00",
       "--end", "2026-11-20T22:00", "--tz", "Europe/Berlin", "--capacity", "60")  # fmt: skip
    status, _out, err = run(capsys, db, "event", "edit", "Späti Talks", "--venue",
                            "Factory Görlitzer Park", "--status", "announced")  # fmt: skip
    assert status == 0
    assert err == (
        "convivio: warning: The event allows 60 people but Factory Görlitzer Park holds 40.\n"
    )
    warnings = json.loads(ok(capsys, db, "venue", "warnings", "Späti Talks", "--json"))
    assert [w["kind"] for w in warnings] == ["capacity-set-too-high"]

    sheet = tmp_path / "host.pdf"
    out = ok(capsys, db, "venue", "host-sheet", "Späti Talks", "--out", str(sheet))
    assert out == f"{sheet} (1 page)\n"
    assert "Friday 20 November 2026, 19:00–22:00" in PdfReader(sheet).pages[0].extract_text()
    out = ok(capsys, db, "venue", "host-sheet", "1", "--out", str(sheet), "--guest-list")
    assert out == f"{sheet} (2 pages, guest list of 0)\n"

    (due,) = json.loads(ok(capsys, db, "venue", "follow-ups", "--json", "--due-by", "2026-11-21"))
    assert due == {
        "due_on": "2026-11-21",
        "venue_id": int(venue),
        "venue": "Factory Görlitzer Park",
        "what": "thank the host",
        "event": "Späti Talks",
        "note": "",
    }
    assert (
        json.loads(ok(capsys, db, "venue", "follow-ups", "--json", "--due-by", "2026-11-20")) == []
    )
    ok(capsys, db, "venue", "step", venue, "hosted", "--at", "2026-11-21T09:00+01:00")
    ok(capsys, db, "venue", "step", venue, "thanked", "--event", "Späti Talks", "--note", "Flowers")
    assert json.loads(ok(capsys, db, "venue", "follow-ups", "--json")) == []

    shown = json.loads(ok(capsys, db, "venue", "show", venue, "--json"))
    assert shown["stage"] == "thanked"
    assert [c["name"] for c in shown["contacts"]] == ["Mia Wagner", "张伟"]
    assert shown["steps"][0]["stage_to"] == "thanked"
    assert shown["history"][0]["title"] == "Späti Talks"
    assert shown["history"][0]["thanked_on"] is not None
    listed = ok(capsys, db, "venues", "list")
    assert "Factory Görlitzer Park" in listed
    assert "thanked" in listed
    text = ok(capsys, db, "venue", "show", venue)
    assert "Mia Wagner (Community manager); 张伟 (Security)" in text
    assert "agreed → hosted" in text


def test_rooms_contacts_and_the_event_room(capsys: pytest.CaptureFixture[str], db: str) -> None:
    venue = ok(capsys, db, "venue", "add", "--name", "Loft", "--org", "Northwind").strip()
    hall = ok(capsys, db, "venue", "room", venue, "Hall", "--seated", "30", "--standing", "50")
    same = ok(capsys, db, "venue", "room", venue, "hall", "--seated", "35")
    assert hall == same
    ok(capsys, db, "event", "add", "--title", "Dinner", "--kind", "dinner", "--start",
       "2030-01-10T19:00", "--end", "2030-01-10T22:00", "--tz", "Europe/London",
       "--capacity", "40")  # fmt: skip
    status, _out, err = run(
        capsys, db, "event", "edit", "Dinner", "--venue", "Loft", "--room", "Hall"
    )
    assert status == 0
    assert err == "convivio: warning: The event allows 40 people but Hall holds 35 seated.\n"
    (row,) = json.loads(ok(capsys, db, "venues", "list", "--json"))
    assert row["rooms"] == [{"id": int(hall), "name": "Hall", "seated": 35, "standing": 50}]
    ok(capsys, db, "person", "add", "--given", "Bo", "--email", "bo@example.org")
    ok(capsys, db, "venue", "contact", "Loft", "1")
    ok(capsys, db, "venue", "contact", "Loft", "bo@example.org", "--remove")
    assert json.loads(ok(capsys, db, "venues", "list", "--json"))[0]["contacts"] == []
    out = ok(capsys, db, "venue", "add", "--name", "Roof", "--org", "Northwind", "--json")
    assert json.loads(out)["organization"] == "Northwind"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("venue", "show", "Nowhere"), "No venue matches “Nowhere”"),
        (("venue", "step", "1", "thanked"), "can't move to “thanked”"),
        (("venue", "contact", "1", "nobody@example.org"), "No person matches"),
        (("event", "edit", "E", "--room", "Attic"), "Choose the venue (--venue)"),
        (("event", "edit", "E", "--venue", "Loft", "--room", "Attic"), "Loft has no room “Attic”"),
        (("venue", "host-sheet", "E", "--out", "/nonexistent/x.pdf"), "has no venue yet"),
        (("venue", "add", "--name", " ", "--org", "O"), "A venue needs a name."),
    ],
)
def test_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], db: str, args: tuple[str, ...], message: str
) -> None:
    ok(capsys, db, "venue", "add", "--name", "Loft", "--org", "Northwind")
    ok(capsys, db, "event", "add", "--title", "E", "--start", "2030-01-10T19:00", "--end",
       "2030-01-10T22:00", "--tz", "UTC")  # fmt: skip
    status, out, err = run(capsys, db, *args)
    assert status == 2
    assert out == ""
    assert message in err
    assert err.count("\n") == 1


def test_an_unwritable_sheet_target_is_reported(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    ok(capsys, db, "venue", "add", "--name", "Loft", "--org", "Northwind")
    ok(capsys, db, "event", "add", "--title", "E", "--start", "2030-01-10T19:00", "--end",
       "2030-01-10T22:00", "--tz", "UTC")  # fmt: skip
    ok(capsys, db, "event", "edit", "E", "--venue", "Loft")
    status, _out, err = run(capsys, db, "venue", "host-sheet", "E", "--out", str(tmp_path))
    assert status == 2
    assert "is a folder" in err


def test_rsvp_set_warns_when_more_are_going_than_the_room_holds(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    venue = ok(capsys, db, "venue", "add", "--name", "Nook", "--org", "Northwind").strip()
    ok(capsys, db, "venue", "room", venue, "Booth", "--seated", "1")
    ok(capsys, db, "event", "add", "--title", "Chat", "--kind", "dinner", "--start",
       "2030-01-10T19:00", "--end", "2030-01-10T21:00", "--tz", "Europe/London")  # fmt: skip
    ok(capsys, db, "event", "edit", "Chat", "--venue", "Nook", "--room", "Booth")
    for given in ("Ana", "Bo"):
        ok(capsys, db, "person", "add", "--given", given, "--email", f"{given}@example.org")
    status, _out, err = run(capsys, db, "rsvp", "set", "Chat", "Ana@example.org", "going")
    assert (status, err) == (0, "")  # one guest fits the booth
    status, _out, err = run(capsys, db, "rsvp", "set", "Chat", "Bo@example.org", "going")
    assert status == 0
    assert err.startswith("convivio: warning: ")
    assert "Booth" in err
