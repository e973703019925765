"""`convivio core …` and `convivio followups`: the issue's whole flow, from a script."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.bootstrap import main


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "core-cli.sqlite3")


def run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    try:
        status = main(["--db", db, *args])
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def ok(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> str:
    status, out, err = run(capsys, db, *args)
    assert (status, err) == (0, ""), err
    return out


@pytest.fixture
def dinner(capsys: pytest.CaptureFixture[str], db_path: str) -> str:
    start = (date.today() + timedelta(days=20)).isoformat()
    ok(
        capsys,
        db_path,
        *("event", "add", "--title", "Dîner 🍷", "--tz", "Europe/Paris", "--kind", "dinner"),
        *("--start", f"{start}T19:00", "--end", f"{start}T22:00", "--capacity", "12"),
    )
    people = [
        ("Zoë", "Ærøskøbing", "zoe@example.org"),
        ("伟", "张", "wei@example.cn"),
        ("Ana", "Lima", "ana@example.br"),
    ]
    for given, family, email in people:
        ok(capsys, db_path, "person", "add", "--given", given, "--family", family, "--email", email)
    ok(capsys, db_path, "person", "add", "--given", "伟", "--family", "张", "--family-first")
    return "Dîner 🍷"


def test_target_add_move_gate_announce_and_follow_ups(
    capsys: pytest.CaptureFixture[str], db_path: str, dinner: str
) -> None:
    assert ok(capsys, db_path, "core", "target", dinner, "2") == (
        "Core: 0 of 2 committed, 2 missing\n"
    )
    out = ok(capsys, db_path, "core", "add", dinner, "zoe@example.org", "Ana Lima", "2")
    assert out == "Zoë Ærøskøbing: to-ask\nAna Lima: to-ask\n伟 张: to-ask\n"
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    out = ok(
        capsys,
        db_path,
        *("core", "move", dinner, "Zoë Ærøskøbing", "asked", "--channel", "call"),
        *("--note", "Coffee ☕", "--follow-up", "tomorrow"),
    )
    assert out == "Zoë Ærøskøbing: to-ask → asked\nCore: 0 of 2 committed, 2 missing\n"
    ok(capsys, db_path, "core", "move", dinner, "ana@example.br", "committed")

    status, _out, err = run(capsys, db_path, "core", "announce", dinner)
    assert status == 2
    assert err == (
        "convivio: error: Only 1 of the 2 core people have committed: 1 more person is "
        "missing. Use --anyway to announce “Dîner 🍷” now.\n"
    )
    ok(capsys, db_path, "core", "move", dinner, "wei@example.cn", "confirmed")
    assert ok(capsys, db_path, "core", "announce", dinner) == (
        "“Dîner 🍷” is announced. Core: 2 of 2 committed, ready to announce\n"
    )

    listed = json.loads(ok(capsys, db_path, "core", "list", dinner, "--json"))
    assert listed["core"] == {"target": 2, "counted": 2, "missing": 0, "ready": True}
    assert listed["event"]["status"] == "announced"
    assert [(c["name"], c["stage"]) for c in listed["candidates"]] == [
        ("Zoë Ærøskøbing", "asked"),
        ("Ana Lima", "committed"),
        ("伟 张", "confirmed"),
    ]
    assert listed["candidates"][0]["next_follow_up_on"] == tomorrow
    assert listed["candidates"][0]["last_note"] == "Coffee ☕"
    text = ok(capsys, db_path, "core", "list", dinner)
    assert text.splitlines()[0] == "Dîner 🍷: Core: 2 of 2 committed, ready to announce"
    assert "Coffee ☕" in text

    assert json.loads(ok(capsys, db_path, "followups", "--json")) == []
    due = json.loads(ok(capsys, db_path, "followups", "--json", "--due-by", "tomorrow"))
    assert [(f["name"], f["event"], f["stage"], f["due_on"]) for f in due] == [
        ("Zoë Ærøskøbing", "Dîner 🍷", "asked", tomorrow)
    ]
    assert "Zoë Ærøskøbing" in ok(capsys, db_path, "followups", "--due-by", "+1")
    events = json.loads(ok(capsys, db_path, "events", "list", "--json"))
    assert events[0]["going"] == 1  # the confirmed core member


def test_announce_anyway(capsys: pytest.CaptureFixture[str], db_path: str, dinner: str) -> None:
    ok(capsys, db_path, "core", "target", dinner, "6")
    out = ok(capsys, db_path, "core", "announce", dinner, "--anyway")
    assert out == "“Dîner 🍷” is announced. Core: 0 of 6 committed, 6 missing\n"
    assert ok(capsys, db_path, "core", "target", dinner, "none") == (
        "Core: 0 committed (no target)\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("core", "add", "Dîner 🍷", "伟 张"), "2 people are called “伟 张”"),
        (("core", "add", "Dîner 🍷", "nobody@example.org"), "No person has the e-mail address"),
        (("core", "move", "Dîner 🍷", "Ana Lima", "asked"), "isn't on the core list"),
        (("core", "move", "Dîner 🍷", "Ana Lima", "maybe"), "“maybe” is not a stage"),
        (("core", "list", "No such event"), "No event matches"),
        (("core", "target", "Dîner 🍷", "six"), "“six” is not a number"),
        (("followups", "--due-by", "someday"), "--due-by: “someday” is not a date"),
    ],
)
def test_errors_are_one_line(
    capsys: pytest.CaptureFixture[str],
    db_path: str,
    dinner: str,
    args: tuple[str, ...],
    message: str,
) -> None:
    status, out, err = run(capsys, db_path, *args)
    assert (status, out) == (2, "")
    assert err.startswith("convivio: error: ")
    assert message in err
    assert err.count("\n") == 1


def test_a_refused_move_says_why(
    capsys: pytest.CaptureFixture[str], db_path: str, dinner: str
) -> None:
    ok(capsys, db_path, "core", "add", dinner, "Ana Lima")
    ok(capsys, db_path, "core", "move", dinner, "Ana Lima", "declined")
    status, _out, err = run(capsys, db_path, "core", "move", dinner, "Ana Lima", "confirmed")
    assert status == 2
    assert "move them to committed first" in err


def test_event_edit_to_announced_keeps_the_core_gate(
    capsys: pytest.CaptureFixture[str], db_path: str, dinner: str
) -> None:
    ok(capsys, db_path, "core", "target", dinner, "3")
    ok(capsys, db_path, "core", "add", dinner, "Ana Lima")
    ok(capsys, db_path, "core", "move", dinner, "Ana Lima", "committed")
    status, out, err = run(capsys, db_path, "event", "edit", dinner, "--status", "announced")
    assert (status, out) == (2, "")
    assert err == (
        "convivio: error: Only 1 of the 3 core people have committed: 2 more people are "
        "missing. Use --anyway to announce “Dîner 🍷” now.\n"
    )
    (event,) = json.loads(ok(capsys, db_path, "events", "list", "--json"))
    assert (event["status"], event["core_counted"], event["core_target"]) == ("draft", 1, 3)
    table = ok(capsys, db_path, "events", "list").splitlines()
    assert table[0].split()[-1] == "Core"
    assert table[2].split()[-1] == "1/3"

    ok(capsys, db_path, "event", "edit", dinner, "--status", "announced", "--anyway")
    (event,) = json.loads(ok(capsys, db_path, "events", "list", "--json"))
    assert event["status"] == "announced"
    # Already announced: other edits don't ask again.
    ok(capsys, db_path, "event", "edit", dinner, "--status", "announced", "--capacity", "10")


def test_event_edit_announces_a_complete_core_or_one_without_target(
    capsys: pytest.CaptureFixture[str], db_path: str, dinner: str
) -> None:
    ok(capsys, db_path, "event", "edit", dinner, "--status", "announced")
    (event,) = json.loads(ok(capsys, db_path, "events", "list", "--json"))
    assert (event["status"], event["core_target"]) == ("announced", None)
    assert ok(capsys, db_path, "events", "list").splitlines()[2].rstrip().endswith("12")
