"""`convivio settings`, `convivio invites`, `convivio feed`, `convivio replies import`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.bootstrap import main
from app.exporters.ics import COMBINED_NAME, Method, check_calendar, check_versions


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
    status, _out, err = run(
        capsys,
        "--db", path, "event", "add", "--title", "Dîner 🍷", "--start", "2026-12-01T19:00",
        "--end", "2026-12-01T22:00", "--tz", "Europe/Paris", "--capacity", "2",
    )  # fmt: skip
    assert status == 0, err
    for given in ("Ann", "Bob", "Cid"):
        status, _out, err = run(
            capsys, "--db", path, "person", "add", "--given", given, "--family", "Müller",
            "--email", f"{given.lower()}@example.org",
        )  # fmt: skip
        assert status == 0, err
        assert run(capsys, "--db", path, "rsvp", "set", "1", f"{given.lower()}@example.org",
                   "going")[0] == 0  # fmt: skip
    return path


def test_settings_show_and_set(capsys: pytest.CaptureFixture[str], db: str) -> None:
    status, out, _ = run(capsys, "--db", db, "settings", "show")
    assert status == 0
    assert "organizer-email: (not set)" in out
    assert run(capsys, "--db", db, "settings", "set", "organizer-name", "Anna Schmidt")[0] == 0
    status, out, _ = run(capsys, "--db", db, "settings", "set", "organizer-email", "a@example.org")
    assert (status, out.strip()) == (0, "organizer-email: a@example.org")
    status, _, err = run(capsys, "--db", db, "settings", "set", "default-timezone", "Mars/Base")
    assert status == 2
    assert "not a known time zone" in err
    status, _, err = run(capsys, "--db", db, "settings", "set", "organizer-email", "nope")
    assert status == 2
    assert "not a valid e-mail" in err
    status, out, _ = run(capsys, "--db", db, "settings", "show", "--json")
    assert json.loads(out) == {
        "organizer-name": "Anna Schmidt",
        "organizer-email": "a@example.org",
        "default-timezone": "",
    }


def test_invites_need_the_organizer(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    status, out, err = run(capsys, "--db", db, "invites", "1", "--out", str(tmp_path / "x"))
    assert (status, out) == (2, "")
    assert err.startswith("convivio: error: Calendar invitations need the organizer's e-mail")
    assert "convivio settings set organizer-email" in err
    assert not (tmp_path / "x").exists()


def test_invites_update_cancel_and_replies_end_to_end(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    run(capsys, "--db", db, "settings", "set", "organizer-email", "anna@example.org")
    status, out, err = run(capsys, "--db", db, "invites", "1", "--out", str(tmp_path / "v0"))
    assert status == 0, err
    assert out.splitlines()[:2] == [
        f"Wrote 2 invitations for “Dîner 🍷” (SEQUENCE 0) to {tmp_path / 'v0'}: 3 files "
        "including all.ics.",
        "Skipped 1: 1 on the waitlist.",
    ]
    v0 = sorted((tmp_path / "v0").iterdir())
    assert [p.name for p in v0][-1] == COMBINED_NAME
    status, _, err = run(capsys, "--db", db, "event", "edit", "1", "--start", "2026-12-01T20:00",
                         "--end", "2026-12-01T23:00")  # fmt: skip
    assert status == 0
    assert err == (  # the two invited guests hold the old time: say how to update them
        "convivio: note: 2 guest(s) hold an invitation with the old time or place; send the "
        "update with `convivio invites 1 --out DIR --updates-only`\n"
    )
    status, out, _ = run(
        capsys, "--db", db, "invites", "Dîner 🍷", "--out", str(tmp_path / "v1"),
        "--updates-only", "--eml", "--json",
    )  # fmt: skip
    report = json.loads(out)
    assert status == 0
    assert report["sequence"] == 1
    assert report["recorded"]
    assert {r["why"] for r in report["recipients"]} == {"outdated"}
    assert len(report["files"]) == 5  # two .ics, two .eml, all.ics
    ann_reply = (tmp_path / "v1" / v0[0].name).read_bytes()
    answer = ann_reply.decode().replace("\r\n ", "").replace("METHOD:REQUEST", "METHOD:REPLY")
    answer = answer.replace("PARTSTAT=NEEDS-ACTION", "PARTSTAT=DECLINED")
    reply = tmp_path / "ann-reply.ics"
    reply.write_bytes(answer.encode())
    stale = tmp_path / "stale.ics"
    stale.write_bytes(answer.replace("SEQUENCE:1", "SEQUENCE:0").encode())
    status, out, _ = run(capsys, "--db", db, "replies", "import", str(reply), str(stale))
    assert status == 1
    lines = out.splitlines()
    assert lines[0].startswith("accepted  ann-reply.ics: Ann Müller <ann@example.org>")
    assert "A freed seat was offered to Cid Müller" in lines[0]
    assert lines[1].startswith("rejected  “stale.ics” answers an older version")
    assert lines[2] == "1 accepted (1 changed a guest's answer), 1 rejected."
    status, out, _ = run(capsys, "--db", db, "guests", "list", "1", "--json")
    answers = {g["email"]: g["response"] for g in json.loads(out)["guests"]}
    assert answers["ann@example.org"] == "declined"
    assert run(capsys, "--db", db, "event", "edit", "1", "--status", "cancelled")[0] == 0
    status, out, _ = run(
        capsys, "--db", db, "invites", "1", "--out", str(tmp_path / "v2"), "--method", "cancel"
    )
    assert status == 0
    assert out.startswith("Wrote 2 cancellations for “Dîner 🍷” (SEQUENCE 2)")
    files = [(tmp_path / v / COMBINED_NAME).read_bytes() for v in ("v0", "v1", "v2")]
    assert check_calendar(files[2], method=Method.CANCEL) == []
    assert check_versions(files[0], files[1]) == check_versions(files[1], files[2]) == []


def test_replies_import_json_and_a_clean_run_exits_0(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    run(capsys, "--db", db, "settings", "set", "organizer-email", "anna@example.org")
    run(capsys, "--db", db, "invites", "1", "--out", str(tmp_path / "v0"))
    bob = next(p for p in (tmp_path / "v0").iterdir() if p.name.startswith("Bob"))
    text = bob.read_text("utf-8").replace("METHOD:REQUEST", "METHOD:REPLY")
    reply = tmp_path / "bob.ics"
    reply.write_text(text.replace("PARTSTAT=NEEDS-ACTION", "PARTSTAT=TENTATIVE"), newline="")
    status, out, _ = run(capsys, "--db", db, "replies", "import", str(reply), "--json")
    report = json.loads(out)
    assert status == 0
    assert report["accepted"] == 1
    assert report["rejected"] == 0
    assert report["changed"] == 1
    (item,) = report["files"]
    assert item["file"] == "bob.ics"
    assert item["response"] == "maybe"
    assert not item["waitlisted"]


def test_feed_public_only_and_add_to_calendar(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    run(capsys, "--db", db, "settings", "set", "organizer-email", "anna@example.org")
    status, out, _ = run(capsys, "--db", db, "feed", "--out", str(tmp_path / "all.ics"))
    assert (status, out.strip()) == (0, f"Wrote 1 event to {tmp_path / 'all.ics'}.")
    status, _, err = run(
        capsys, "--db", db, "feed", "--out", str(tmp_path / "pub.ics"), "--public-only"
    )
    assert status == 2
    assert "no public, announced events" in err
    assert not (tmp_path / "pub.ics").exists()
    run(capsys, "--db", db, "event", "edit", "1", "--status", "announced")
    status, out, _ = run(
        capsys, "--db", db, "feed", "--out", str(tmp_path / "pub.ics"), "--public-only"
    )
    assert out.strip() == f"Wrote 1 public event to {tmp_path / 'pub.ics'}."
    status, out, _ = run(
        capsys, "--db", db, "feed", "--out", str(tmp_path / "one.ics"), "--event", "1"
    )
    assert status == 0
    assert "add to my calendar" in out
    for name in ("all.ics", "pub.ics", "one.ics"):
        assert check_calendar((tmp_path / name).read_bytes(), method=Method.PUBLISH) == []
