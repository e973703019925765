"""`convivio followups`: hosts to thank next to follow-ups, and `--all` for the Today view."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from app.bootstrap import main
from app.domain.core import ConversationDraft
from app.domain.enums import Channel, CoreStage, EventStatus, NameOrder
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.domain.venues import VenueDraft
from app.services.container import open_services
from app.storage.orm import Interaction, Person, Rsvp, Tag


def run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    try:
        status = main(["--db", db, *args])
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def db(tmp_path: Path) -> str:
    """Yesterday's meetup at a partner (Ada came), a dinner ahead with an unanswered ask,
    an overdue follow-up and a lapsed keep-in-touch cadence, all relative to today."""
    path = str(tmp_path / "today.sqlite3")
    services = open_services(path)
    now = datetime.now(UTC)
    venue = services.venues.create(
        VenueDraft(name="Factory Görlitzer Park", organization="Factory", timezone="UTC")
    ).item
    start = datetime.combine(date.today() - timedelta(days=1), datetime.min.time()).replace(hour=12)
    meetup = services.events.create(
        EventDraft(
            title="Späti Talks",
            start=start,
            end=start + timedelta(hours=2),
            timezone="UTC",
            status=EventStatus.ANNOUNCED,
            venue_id=venue.id,
        )
    ).item.id
    dinner = services.events.create(
        EventDraft(
            title="Dîner 🍷",
            start=start + timedelta(days=30),
            end=start + timedelta(days=30, hours=3),
            timezone="UTC",
            status=EventStatus.CONFIRMING_CORE,
        )
    ).item.id
    ada = services.people.create(PersonDraft(given_name="Ada", family_name="Lovelace")).item.id
    zoe = services.people.create(PersonDraft(given_name="Zoë", family_name="Li")).item.id
    wei = services.people.create(
        PersonDraft(
            given_name="伟", family_name="张", name_order=NameOrder.FAMILY_FIRST, tags=("mentor",)
        )
    ).item.id
    card = services.core.add(dinner, [zoe]).items[0]
    services.core.move(card.id, CoreStage.ASKED, ConversationDraft(), now=now - timedelta(days=10))
    services.followups.log(
        ada,
        None,
        ConversationDraft(Channel.CALL, "Send slides", date.today() - timedelta(days=2)),
        now=now - timedelta(days=5),
    )
    came = start.replace(tzinfo=UTC)
    with services.db.transaction() as s:
        s.add(Rsvp(event_id=meetup, person_id=ada, response="going", checked_in_at=came))
        s.execute(update(Tag).values(keep_in_touch_days=30))
        s.execute(
            update(Person).where(Person.id == wei).values(created_at=now - timedelta(days=90))
        )
        # The call with Ada happened before the meetup: she is still to thank for coming.
        s.execute(
            update(Interaction)
            .where(Interaction.person_id == ada)
            .values(occurred_at=came - timedelta(days=5))
        )
    services.db.close()
    return path


def test_followups_lists_the_host_to_thank(capsys: pytest.CaptureFixture[str], db: str) -> None:
    status, out, _ = run(capsys, db, "followups", "--json")
    assert status == 0
    due = json.loads(out)
    assert [(f["kind"], f["name"], f["event"]) for f in due] == [
        ("conversation", "Ada Lovelace", None),
        ("thank-host", "Factory Görlitzer Park", "Späti Talks"),
    ]
    assert due[1]["due_on"] == date.today().isoformat()
    status, out, _ = run(capsys, db, "followups")
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["Due", "What", "Who"]
    assert "thank the host  Factory Görlitzer Park  Späti Talks" in lines[3]
    assert "follow up" in lines[2]


def test_followups_all_prints_every_section(capsys: pytest.CaptureFixture[str], db: str) -> None:
    status, out, _ = run(capsys, db, "followups", "--all", "--json")
    assert status == 0
    entries = json.loads(out)
    assert [(e["section"], e["kind"], e["name"]) for e in entries] == [
        ("overdue", "conversation", "Ada Lovelace"),
        ("today", "thank-host", "Factory Görlitzer Park"),
        ("waiting", "waiting", "Zoë Li"),
        ("after-event", "came", "Ada Lovelace"),
        ("keep-in-touch", "keep-in-touch", "张伟"),
    ]
    assert entries[2]["event"] == "Dîner 🍷"
    assert entries[4]["cadence_days"] == 30

    status, out, _ = run(capsys, db, "followups", "--all")
    lines = out.splitlines()
    assert lines[0].split() == ["Section", "When", "What", "Who", "Event", "Note"]
    sections = [line.split("  ")[0] for line in lines[2:]]
    assert sections == [
        "Overdue",
        "Due today",
        "Waiting for an answer",
        "After events",
        "Keep in touch",
    ]
    assert "thank them" in lines[5]
    assert "every 30 days, last talked never" in lines[6]


def test_due_by_and_all_do_not_mix(capsys: pytest.CaptureFixture[str], db: str) -> None:
    status, out, err = run(capsys, db, "followups", "--all", "--due-by", "tomorrow")
    assert (status, out) == (2, "")
    assert err == "convivio: error: --due-by can't be combined with --all.\n"


def test_nothing_due(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = str(tmp_path / "empty.sqlite3")
    assert run(capsys, path, "followups", "--all") == (0, "All caught up: nothing is due.\n", "")
