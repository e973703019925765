"""Moving a solo database to a team server and back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.bootstrap import main
from app.domain.people import PersonDraft
from app.services.container import Services
from app.services.copy_db import TargetNotEmpty, copy_database
from app.services.demo import DemoRequest, generate
from app.storage.migrate import open_database
from tests.postgres_server import PostgresServer


def test_sqlite_to_postgres_and_back_keeps_every_row(
    tmp_path: Path, postgres: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    solo = tmp_path / "solo.sqlite3"
    db, _ = open_database(f"sqlite:///{solo}")
    generate(db, DemoRequest(people=120, events=8, seed=2))
    before = [(p.id, p.display_name, p.email) for p in Services.over(db).people.list_rows()]
    db.close()

    team = postgres.new_database(migrated=False)
    assert main(["copy-db", "--from", str(solo), "--to", team, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["rows"]["people"] == 120
    assert report["rows"]["rsvps"] == 800

    server, _ = open_database(team)
    services = Services.over(server)
    assert [(p.id, p.display_name, p.email) for p in services.people.list_rows()] == before
    services.people.create(PersonDraft(given_name="New on the server"))  # sequences moved on
    server.close()

    back = tmp_path / "back.sqlite3"
    copy_database(team, str(back))
    again, _ = open_database(f"sqlite:///{back}")
    assert len(Services.over(again).people.list_rows()) == 121
    again.close()


def test_a_target_with_data_is_refused_untouched(tmp_path: Path, postgres: PostgresServer) -> None:
    source = tmp_path / "a.sqlite3"
    db, _ = open_database(f"sqlite:///{source}")
    generate(db, DemoRequest(people=5, events=1, rsvps=2))
    db.close()
    target = postgres.new_database()
    other, _ = open_database(target)
    Services.over(other).people.create(PersonDraft(given_name="Already here"))
    other.close()
    with pytest.raises(TargetNotEmpty, match="already holds data"):
        copy_database(str(source), target)
    check, _ = open_database(target)
    assert [p.display_name for p in Services.over(check).people.list_rows()] == ["Already here"]
    check.close()
    assert main(["copy-db", "--from", str(source), "--to", str(source)]) == 2


def test_a_source_that_does_not_exist_is_refused_and_nothing_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing, target = tmp_path / "typo.sqlite3", tmp_path / "target.sqlite3"
    assert main(["copy-db", "--from", str(missing), "--to", str(target)]) == 2
    assert "There is no database at" in capsys.readouterr().err
    assert not missing.exists()
    assert not target.exists()
