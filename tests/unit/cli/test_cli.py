from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.bootstrap import main


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "cli.sqlite3")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        status = main(list(args))
    except SystemExit as exit_:  # argparse exits for --version and usage errors
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"convivio {__version__}\n", "")


def test_event_add_prints_the_id_and_list_shows_it(
    capsys: pytest.CaptureFixture[str], db_path: str
) -> None:
    status, out, err = run(
        capsys,
        "--db",
        db_path,
        "event",
        "add",
        "--title",
        "Dîner 🍷",
        "--start",
        "2026-12-01T19:00",
        "--end",
        "2026-12-01T22:00",
        "--tz",
        "Europe/Paris",
        "--kind",
        "dinner",
        "--capacity",
        "12",
    )
    assert (status, err) == (0, "")
    event_id = int(out)
    status, out, _ = run(capsys, "--db", db_path, "events", "list", "--json")
    events = json.loads(out)
    assert events == [
        {
            "id": event_id,
            "uuid": events[0]["uuid"],
            "title": "Dîner 🍷",
            "kind": "dinner",
            "status": "draft",
            "start": "2026-12-01T19:00:00+01:00",
            "end": "2026-12-01T22:00:00+01:00",
            "timezone": "Europe/Paris",
            "all_day": False,
            "capacity": 12,
            "going": 0,
            "core_counted": 0,
            "core_target": None,
            "venue": None,
            "sequence": 0,
        }
    ]
    status, out, _ = run(capsys, "--db", db_path, "events", "list")
    assert "Dîner 🍷" in out
    assert "Europe/Paris" in out


def test_event_edit_changes_fields_and_status(
    capsys: pytest.CaptureFixture[str], db_path: str
) -> None:
    run(
        capsys,
        "--db",
        db_path,
        "event",
        "add",
        "--title",
        "Meetup",
        "--start",
        "2026-12-01T18:00Z",
        "--end",
        "2026-12-01T21:00Z",
        "--tz",
        "Asia/Tokyo",
    )
    status, out, err = run(
        capsys,
        "--db",
        db_path,
        "event",
        "edit",
        "1",
        "--title",
        "Tokyo meetup",
        "--capacity",
        "40",
        "--status",
        "confirming-core",
        "--json",
    )
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert data["title"] == "Tokyo meetup"
    assert data["capacity"] == 40
    assert data["status"] == "confirming-core"
    assert data["start"] == "2026-12-02T03:00:00+09:00"  # the Z time, shown in Tokyo
    status, out, _ = run(
        capsys,
        "--db",
        db_path,
        "event",
        "edit",
        "Tokyo meetup",
        "--start",
        "2026-12-03T19:00",
        "--end",
        "2026-12-03T21:00",
        "--json",
    )
    assert json.loads(out)["sequence"] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            (
                "event",
                "add",
                "--title",
                "X",
                "--start",
                "2026-12-01T19:00",
                "--end",
                "2026-12-01T18:00",
                "--tz",
                "UTC",
            ),
            "must end after it starts",
        ),
        (
            (
                "event",
                "add",
                "--title",
                "X",
                "--start",
                "tomorrow",
                "--end",
                "2026-12-01T18:00",
                "--tz",
                "UTC",
            ),
            "--start: “tomorrow” is not an ISO date",
        ),
        (
            (
                "event",
                "add",
                "--title",
                "X",
                "--start",
                "2026-12-01T19:00",
                "--end",
                "2026-12-01T20:00",
                "--tz",
                "Mars/Base",
            ),
            "“Mars/Base” is not a known time zone",
        ),
        (("event", "edit", "42", "--title", "Y"), "No event matches “42”"),
        (("person", "add", "--given", "Ada", "--email", "nope"), "“nope” is not a valid e-mail"),
        (("frobnicate",), "invalid choice"),
        (("event", "add", "--title", "X"), "required"),
    ],
)
def test_errors_are_one_line_with_exit_2(
    capsys: pytest.CaptureFixture[str], db_path: str, args: tuple[str, ...], message: str
) -> None:
    status, _out, err = run(capsys, "--db", db_path, *args)
    assert status == 2
    assert message in err
    assert err.count("\n") == 1
    assert err.startswith("convivio")
    assert ": error: " in err
    assert "Traceback" not in err


def test_person_add_and_people_search(capsys: pytest.CaptureFixture[str], db_path: str) -> None:
    status, out, _ = run(
        capsys,
        "--db",
        db_path,
        "person",
        "add",
        "--given",
        "伟",
        "--family",
        "张",
        "--family-first",
        "--email",
        "wei@example.cn",
        "--org",
        "字节",
        "--json",
    )
    assert status == 0
    assert json.loads(out)["name"] == "张伟"
    run(capsys, "--db", db_path, "person", "add", "--given", "Jürgen", "--family", "Groß")
    status, out, _ = run(capsys, "--db", db_path, "people", "list", "--search", "jurgen", "--json")
    assert [p["name"] for p in json.loads(out)] == ["Jürgen Groß"]
    status, out, _ = run(capsys, "--db", db_path, "people", "list")
    assert "张伟" in out
    assert "Jürgen Groß" in out


def test_demo_command(capsys: pytest.CaptureFixture[str], db_path: str) -> None:
    status, out, _ = run(
        capsys, "--db", db_path, "demo", "--people", "40", "--events", "4", "--seed", "2", "--json"
    )
    assert status == 0
    figures = json.loads(out)
    assert figures["people"] == 40
    assert figures["events"] == 4
    # The first events take one kind each: a dinner (16 guests at most) and three events
    # with all 40 people on their lists.
    assert figures["rsvps"] == 16 + 3 * 40


def test_cli_never_loads_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from app.bootstrap import main; "
        f"main(['--db', {str(tmp_path / 'q.sqlite3')!r}, 'events', 'list']); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_python_m_app_quits_when_ready(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(tmp_path / "gui.sqlite3"), "--quit-when-ready"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "gui.sqlite3").exists()


def test_building_the_parser_loads_no_data_layer() -> None:
    """`convivio --help` and the window's start-up parse arguments first: keep that light."""
    code = (
        "import sys; from app.cli.parser import build_parser; build_parser(); "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6', "
        "'reportlab', 'icalendar', 'alembic')); print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
