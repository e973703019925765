from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bootstrap import main
from app.domain.enums import NameOrder, RsvpResponse
from app.domain.errors import NotFound
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.services.container import Services
from app.services.privacy import PrivacyService
from app.storage.orm import ChangeLogEntry, Interaction, PersonEmail, Rsvp


def _someone(services: Services) -> tuple[int, int]:
    person = services.people.create(
        PersonDraft(
            given_name="伟",
            family_name="张",
            name_order=NameOrder.FAMILY_FIRST,
            emails=("wei@example.cn",),
            tags=("vip",),
            notes="likes 火锅",
        )
    ).item
    event = services.events.create(
        EventDraft(
            title="Dinner",
            start=datetime(2026, 12, 1, 19),
            end=datetime(2026, 12, 1, 22),
            timezone="Asia/Shanghai",
        )
    ).item
    with services.db.transaction() as s:
        s.add(
            Rsvp(
                event_id=event.id,
                person_id=person.id,
                response=RsvpResponse.GOING.value,
                dietary="vegetarian",
            )
        )
        s.add(Interaction(person_id=person.id, event_id=event.id, note="asked at PyCon"))
    return person.id, event.id


def test_export_holds_everything_about_the_person(services: Services) -> None:
    person_id, event_id = _someone(services)
    data = PrivacyService(services.db).export_person(person_id)
    json.dumps(data, ensure_ascii=False)  # serializable as it is
    assert data["person"]["given_name"] == "伟"
    assert data["person"]["notes"] == "likes 火锅"
    assert [e["address"] for e in data["related"]["person_emails"]] == ["wei@example.cn"]
    assert data["related"]["rsvps"][0]["dietary"] == "vegetarian"
    assert data["related"]["interactions"][0]["note"] == "asked at PyCon"
    assert [e["id"] for e in data["events"]] == [event_id]
    assert data["history"][0]["action"] == "insert"


def test_erase_removes_every_trace_but_keeps_the_event(services: Services) -> None:
    person_id, event_id = _someone(services)
    other = services.people.create(PersonDraft(given_name="Bob")).item
    PrivacyService(services.db).erase_person(person_id)
    with services.db.read() as s:
        for model in (PersonEmail, Rsvp, Interaction):
            assert s.scalar(select(func.count()).select_from(model)) == 0
        about = s.scalars(
            select(ChangeLogEntry.action).where(
                ChangeLogEntry.kind == "people", ChangeLogEntry.record_id == person_id
            )
        ).all()
    assert about == []  # teammates' windows reload from a table-wide entry instead
    assert services.events.get(event_id).going == 0
    assert [p.id for p in services.people.list_rows()] == [other.id]
    with pytest.raises(NotFound):
        PrivacyService(services.db).erase_person(person_id)


def test_cli_export_and_erase(
    services: Services, tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id, _event = _someone(services)
    out = tmp_path / "wei.json"
    assert main(["--db", db_url, "person", "export", "wei@example.cn", "--out", str(out)]) == 0
    assert json.loads(out.read_text("utf-8"))["person"]["id"] == person_id
    assert main(["--db", db_url, "person", "erase", "张伟"]) == 2
    assert "add --yes" in capsys.readouterr().err
    assert main(["--db", db_url, "person", "erase", str(person_id), "--yes"]) == 0
    assert services.people.list_rows() == []
