"""`convivio guests …`, `convivio rsvp set`, `convivio checkin`: output and exit codes."""

from __future__ import annotations

import csv
import json
import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.bootstrap import main

DATA = Path(__file__).resolve().parents[2] / "data" / "guestlists"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        status = main(list(args))
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "cli.sqlite3")
    status, out, _ = run(
        capsys,
        "--db", path, "event", "add", "--title", "Dîner 🍷", "--start", "2026-12-01T19:00",
        "--end", "2026-12-01T22:00", "--tz", "Europe/Paris", "--capacity", "3",
    )  # fmt: skip
    assert (status, out.strip()) == (0, "1")
    return path


def test_import_prints_counts_and_rejected_lines_and_exits_1(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    status, out, err = run(
        capsys, "--db", db, "guests", "import", "1", str(DATA / "luma_old_api_id.csv")
    )
    assert (status, err) == (1, "")
    lines = out.splitlines()
    assert lines[0].startswith(
        "Imported 8, updated 0, skipped 0 from luma_old_api_id.csv (Luma (old)"
    )
    assert "Rejected line 10: “oleg(at)example.ru” is not a valid e-mail address" in lines
    assert "Rejected line 11: it has no name" in lines
    status, out, _ = run(
        capsys, "--db", db, "guests", "import", "1", str(DATA / "luma_old_api_id.csv")
    )
    assert out.startswith("Imported 0, updated 0, skipped 8")


def test_a_clean_file_exits_0_and_json_tells_everything(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    status, out, _ = run(
        capsys,
        "--db",
        db,
        "guests",
        "import",
        "Dîner 🍷",
        str(DATA / "hievents_attendees.csv"),
        "--json",
    )
    assert status == 0
    report = json.loads(out)
    assert (report["format"], report["imported"], report["rejected"]) == ("hievents", 6, [])
    assert report["dry_run"] is False


def test_unreadable_file_exits_2_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    status, out, err = run(
        capsys, "--db", db, "guests", "import", "1", str(DATA / "binary_image.csv")
    )
    assert (status, out) == (2, "")
    assert err == (
        "convivio: error: “binary_image.csv” can't be read as a guest list: "
        "it is an image, not a table.\n"
    )
    status, out, _ = run(capsys, "--db", db, "guests", "list", "1", "--json")
    assert json.loads(out)["guests"] == []


def test_dry_run_and_forced_format(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    renamed = tmp_path / "export.txt"
    shutil.copy(DATA / "meetup_rsvps_tab.xls", renamed)
    status, out, _ = run(
        capsys, "--db", db, "guests", "import", "1", str(renamed), "--format", "meetup", "--dry-run"
    )
    assert status == 0
    assert out.startswith("Would import 3, updated 0, skipped 0")
    status, out, _ = run(capsys, "--db", db, "guests", "list", "1", "--json")
    assert json.loads(out)["guests"] == []


def test_same_name_guests_are_reported_or_merged_on_request(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    run(
        capsys,
        "--db",
        db,
        "person",
        "add",
        "--given",
        "Ngozi",
        "--family",
        "Okonjo-Iweala",
        "--email",
        "ngozi@example.ng",
    )
    status, out, _ = run(
        capsys, "--db", db, "guests", "import", "1", str(DATA / "meetup_rsvps.csv"), "--dry-run"
    )
    assert (
        "Same name, created as a new person: line 2 Ngozi Okonjo-Iweala "
        "(already known: #1 Ngozi Okonjo-Iweala <ngozi@example.ng>)"
    ) in out
    assert status == 1  # two lines of the file are rejected
    status, out, _ = run(
        capsys,
        "--db",
        db,
        "guests",
        "import",
        "1",
        str(DATA / "meetup_rsvps.csv"),
        "--merge-same-name",
    )
    assert (status, "merged by name: 1" in out) == (1, True)
    _, out, _ = run(capsys, "--db", db, "guests", "list", "1", "--json")
    ngozi = next(g for g in json.loads(out)["guests"] if g["name"] == "Ngozi Okonjo-Iweala")
    assert (ngozi["person"], ngozi["email"], ngozi["guests"]) == (1, "ngozi@example.ng", 2)


def test_list_export_rsvp_set_and_checkin(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    for given, family, email in (
        ("Ada", "Lovelace", "ada@example.org"),
        ("Jürgen", "Groß", "jg@example.de"),
        ("Zoë", "Li", "zoe@example.org"),
    ):
        run(
            capsys,
            "--db",
            db,
            "person",
            "add",
            "--given",
            given,
            "--family",
            family,
            "--email",
            email,
        )
    status, out, _ = run(
        capsys, "--db", db, "rsvp", "set", "1", "ada@example.org", "going", "--guests", "1"
    )
    assert (status, out) == (0, "Ada Lovelace (+1): going\n")
    status, out, _ = run(capsys, "--db", db, "rsvp", "set", "1", "jurgen groß", "going")
    assert out == "Jürgen Groß: going\n"
    status, out, _ = run(capsys, "--db", db, "rsvp", "set", "1", "3", "going")
    assert out == "Zoë Li: waitlisted (#1)\nThe event is full: Zoë Li joined the waitlist.\n"
    status, out, _ = run(capsys, "--db", db, "rsvp", "set", "1", "1", "going", "--guests", "0")
    assert out.splitlines()[0] == "Ada Lovelace: going"
    status, out, _ = run(capsys, "--db", db, "guests", "list", "1")
    assert "offered (#1)" in out
    assert out.splitlines()[-1].startswith("Going 2 of 3, 0 seats left · maybe 0 · waitlist 1")

    status, out, _ = run(capsys, "--db", db, "checkin", "1", "jrgen")
    assert (status, out) == (0, "Checked in Jürgen Groß: going\n")
    status, out, _ = run(capsys, "--db", db, "guests", "list", "1", "--json")
    guests = {g["name"]: g for g in json.loads(out)["guests"]}
    code = guests["Ada Lovelace"]["checkin_code"]
    status, out, _ = run(capsys, "--db", db, "checkin", "1", f"cv-{code.lower()}")
    assert out.startswith("Checked in Ada Lovelace")
    status, out, _ = run(capsys, "--db", db, "checkin", "1", code)
    _, listed, _ = run(capsys, "--db", db, "guests", "list", "1", "--json")
    ada = next(g for g in json.loads(listed)["guests"] if g["name"] == "Ada Lovelace")
    came = datetime.fromisoformat(ada["checked_in_at"]).astimezone(ZoneInfo("Europe/Paris"))
    # On the event's clock, not UTC (the event is in Paris).
    assert out == f"Ada Lovelace was already checked in at {came:%H:%M} (Europe/Paris time)\n"
    status, out, err = run(capsys, "--db", db, "checkin", "1", "nobody-here")
    assert (status, err) == (
        2,
        "convivio: error: Nobody on the guest list matches “nobody-here”.\n",
    )

    target = tmp_path / "guests.csv"
    status, out, _ = run(capsys, "--db", db, "guests", "export", "1", str(target))
    assert (status, out) == (0, f"Wrote 3 guests to {target}\n")
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:4] == ["Name", "E-mail", "Organization", "Response"]
    assert [r[0] for r in rows[1:]] == ["Ada Lovelace", "Jürgen Groß", "Zoë Li"]
    status, out, _ = run(
        capsys, "--db", db, "guests", "export", "1", str(tmp_path / "diet.csv"), "--dietary"
    )
    assert status == 0


def test_an_ambiguous_name_checks_in_nobody(capsys: pytest.CaptureFixture[str], db: str) -> None:
    for family in ("Schmidt", "Schmitt"):
        run(capsys, "--db", db, "person", "add", "--given", "Anna", "--family", family)
        run(capsys, "--db", db, "rsvp", "set", "1", f"Anna {family}", "going")
    status, out, _ = run(capsys, "--db", db, "checkin", "1", "anna")
    assert status == 1
    assert out.splitlines()[0] == "Several guests match “anna”; nobody was checked in:"
    status, out, _ = run(capsys, "--db", db, "checkin", "1", "anna schmitt")
    assert out.startswith("Checked in Anna Schmitt")


def test_raising_capacity_from_the_command_line_offers_the_freed_seat(tmp_path: Path) -> None:
    from app.bootstrap import main
    from app.domain.enums import RsvpResponse
    from app.domain.events import EventDraft
    from app.domain.people import PersonDraft
    from app.services.container import open_services

    db = tmp_path / "cap.sqlite3"
    services = open_services(str(db))
    event = services.events.create(
        EventDraft(
            title="Dinner",
            start=datetime(2030, 1, 1, 19),
            end=datetime(2030, 1, 1, 22),
            timezone="UTC",
            capacity=1,
        )
    ).item
    ada = services.people.create(PersonDraft(given_name="Ada")).item
    bob = services.people.create(PersonDraft(given_name="Bob")).item
    services.rsvps.invite(event.id, [ada.id, bob.id], response=RsvpResponse.GOING)
    rows = {r.person_id: r for r in services.rsvps.guest_rows(event.id)}
    assert rows[bob.id].response is RsvpResponse.WAITLISTED
    services.db.close()
    assert main(["--db", str(db), "event", "edit", str(event.id), "--capacity", "2"]) == 0
    services = open_services(str(db))
    rows = {r.person_id: r for r in services.rsvps.guest_rows(event.id)}
    assert rows[bob.id].offered_at is not None  # offered the new seat, to confirm
    services.db.close()


def test_import_waitlists_past_capacity_unless_over_capacity_is_given(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    path = tmp_path / "full.csv"
    path.write_text(
        "Name,Email,RSVP\n" + "".join(f"Guest {n},g{n}@example.org,yes\n" for n in range(5)),
        encoding="utf-8",
    )
    status, out, _ = run(capsys, "--db", db, "guests", "import", "1", str(path))
    assert status == 0
    assert (
        "Note: The event is full (capacity 3): 2 guests answering going were put on the "
        "waitlist, in the file's order."
    ) in out.splitlines()
    assert "--over-capacity" in out
    _, out, _ = run(capsys, "--db", db, "guests", "list", "1", "--json")
    report = json.loads(out)
    assert (report["counts"]["going"], report["counts"]["waitlisted"]) == (3, 2)
    waiting = [g["name"] for g in report["guests"] if g["waitlist_position"]]
    assert waiting == ["Guest 3", "Guest 4"]

    status, out, _ = run(
        capsys, "--db", db, "guests", "import", "1", str(path), "--over-capacity", "--json"
    )
    assert status == 0
    assert (json.loads(out)["over_capacity"], json.loads(out)["waitlisted"]) == (2, 0)
    _, out, _ = run(capsys, "--db", db, "guests", "list", "1")
    assert out.count("going (beyond capacity)") == 2
    assert "Going 5 of 3" in out
