"""The host sheet PDF: read back with pypdf for headcount, times and names in many scripts."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.errors import ExportTargetError, NotFound, ValidationError
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.exporters.host_sheet import HostSheet, SheetGuest, render_host_sheet, when_text
from app.services.container import Services
from app.services.host_sheet import HostSheetRequest, HostSheetService, dietary_summary
from app.services.venue_dto import VenueDto
from tests.unit.venues.conftest import add_event, add_guests

NAMES = [
    ("伟", "张", "北京字节"),
    ("Jürgen", "Groß", "Fabrik GmbH"),
    ("Ελένη", "Παπαδοπούλου", "Αθήνα Labs"),
    ("Анна", "Иванова", "Яндекс"),
    ("דנה", "כהן", "Wix"),
    ("محمد", "العلي", "Careem"),
]
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def shows(text: str, word: str) -> bool:
    """Whether extracted text holds `word`: NFKC maps Arabic presentation forms (what shaping
    draws) back to letters; right-to-left words may come back in visual order."""
    plain = unicodedata.normalize("NFKC", text)
    return word in plain or (bool(_RTL.search(word)) and word[::-1] in plain)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture
def dinner(services: Services, factory: VenueDto) -> int:
    """A Berlin dinner kept in New York time by the organizer, with 6 people going (+2)."""
    event = add_event(
        services, factory, title="Späti Talks — 火锅", start=datetime(2026, 12, 1, 13),
        room=factory.rooms[0].id, capacity=45, tz="America/New_York",
    )  # fmt: skip
    add_guests(services, event, NAMES[:2], guests=1, dietary="Vegetarian, no nuts")
    add_guests(services, event, NAMES[2:4], dietary="vegetarian")
    add_guests(services, event, NAMES[4:], dietary="")
    add_guests(services, event, [("Maybe", "Later", "")], response="maybe", dietary="vegan")
    ana = services.people.create(
        PersonDraft(given_name="Ana", family_name="Lima", phone="+49 170 1234567",
                    emails=("ana@example.org",))
    ).item  # fmt: skip
    current = services.events.get(event)
    services.events.update(
        event,
        replace(current.to_draft(), day_contact_id=ana.id, setup_notes="Projector, 2 mics"),
        current.version,
    )
    return event


def test_the_sheet_holds_times_headcount_and_contact(
    services: Services, dinner: int, tmp_path: Path
) -> None:
    out = tmp_path / "sheet.pdf"
    report = HostSheetService(services.db).export(HostSheetRequest(dinner, out))
    text = pdf_text(out)
    assert report.pages == 1
    assert report.guests_listed == 0
    assert "Späti Talks — 火锅" in text
    # 13:00-16:00 in New York is 19:00-22:00 where the venue is.
    assert "Tuesday 1 December 2026, 19:00–22:00 (Europe/Berlin)" in text
    assert "8 people, guests included (capacity 45)" in text
    assert "vegetarian: 4 · no nuts: 2 · no special needs: 2" in text
    assert "Hall — 40 seated, 90 standing" in text
    assert "Side door on the canal" in text
    assert "Projector, 2 mics" in text
    assert "Ana Lima" in text
    assert "+49 170 1234567" in text
    assert "ana@example.org" in text
    assert "Иванова" not in text  # no guest list unless the venue asks


def test_the_guest_list_has_names_in_every_script(
    services: Services, dinner: int, tmp_path: Path
) -> None:
    out = tmp_path / "sheet.pdf"
    report = HostSheetService(services.db).export(
        HostSheetRequest(dinner, out, force_guest_list=True)
    )
    assert report.guests_listed == 6
    assert report.warnings == ()
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    listing = reader.pages[1].extract_text()
    for given, family, org in NAMES:
        assert shows(listing, family)
        assert shows(listing, given)
        assert shows(listing, org)
    assert "张伟" in listing  # family-first, unspaced, as the person writes it
    assert "Jürgen Groß" in listing
    assert "For building security only" in listing
    assert "6 names, 8 people with their guests." in listing
    assert "Maybe Later" not in listing
    assert "For building security only" in reader.pages[0].extract_text()


def test_a_venue_that_asks_gets_the_guest_list(
    services: Services, factory: VenueDto, dinner: int, tmp_path: Path
) -> None:
    services.venues.update(
        factory.id, replace(factory.to_draft(), id_required=True), factory.version
    )
    out = tmp_path / "sheet.pdf"
    report = HostSheetService(services.db).export(HostSheetRequest(dinner, out))
    assert report.guests_listed == 6
    assert "Guests show a photo ID." in pdf_text(out)


def test_a_long_guest_list_spans_pages_with_the_footer_on_each(tmp_path: Path) -> None:
    sheet = HostSheet(
        event_title="Big night",
        starts_at=datetime(2026, 12, 4, 18, tzinfo=UTC),
        ends_at=datetime(2026, 12, 5, 0, 30, tzinfo=UTC),
        timezone="Europe/Berlin",
        all_day=False,
        venue="Hall",
        guest_list=tuple(SheetGuest(f"Guest {n:03d}", "Org") for n in range(150)),
    )
    seen: list[tuple[int, int]] = []
    report = render_host_sheet(
        sheet, tmp_path / "big.pdf", progress=lambda d, t: seen.append((d, t))
    )
    assert report.pages >= 4
    reader = PdfReader(tmp_path / "big.pdf")
    for page in reader.pages:
        assert "For building security only" in page.extract_text()
    assert "Guest 149" in reader.pages[-1].extract_text()
    assert seen[-1] == (150, 150)
    assert "Friday 4 December 2026, 19:00–01:30 (next day) (Europe/Berlin)" in pdf_text(
        tmp_path / "big.pdf"
    )


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    sheet = HostSheet(
        "X", datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, 2, tzinfo=UTC), "UTC", False,
        "Hall", guest_list=tuple(SheetGuest(f"G{n}") for n in range(120)),
    )  # fmt: skip
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"old")
    with pytest.raises(InterruptedError):
        render_host_sheet(sheet, out, cancelled=lambda: True)
    assert out.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [out]


def test_unwritable_targets_are_reported(services: Services, dinner: int, tmp_path: Path) -> None:
    service = HostSheetService(services.db)
    with pytest.raises(ExportTargetError, match="is a folder"):
        service.export(HostSheetRequest(dinner, tmp_path))
    with pytest.raises(ExportTargetError, match="could not write"):
        service.export(HostSheetRequest(dinner, tmp_path / "missing" / "sheet.pdf"))


def test_events_without_venue_or_gone_cannot_have_a_sheet(
    services: Services, tmp_path: Path
) -> None:
    service = HostSheetService(services.db)
    with pytest.raises(NotFound):
        service.gather(9999)
    nowhere = services.events.create(
        EventDraft(title="Picnic", start=datetime(2026, 6, 1, 12), end=datetime(2026, 6, 1, 15))
    ).item
    with pytest.raises(ValidationError, match="has no venue yet"):
        service.gather(nowhere.id)


def test_dietary_summary_merges_spellings_and_splits_lists() -> None:
    needs, none = dietary_summary(
        ["Vegetarian", "vegetarian and gluten-free", "végétarien", "", "  ", "Halal; no nuts",
         "no nuts", "素食"]
    )  # fmt: skip
    assert needs == (
        ("no nuts", 2),
        ("vegetarian", 2),
        ("gluten-free", 1),
        ("halal", 1),
        ("végétarien", 1),
        ("素食", 1),
    )
    assert none == 2


def test_when_text_for_all_day_and_multi_day_events() -> None:
    base = HostSheet(
        "X", datetime(2026, 6, 4, 22, tzinfo=UTC), datetime(2026, 6, 6, 22, tzinfo=UTC),
        "Europe/Berlin", True, "Hall",
    )  # fmt: skip
    assert when_text(base) == "Friday 5 June 2026 – Saturday 6 June 2026 (all day)"
    one_day = replace(base, ends_at=datetime(2026, 6, 5, 22, tzinfo=UTC))
    assert when_text(one_day) == "Friday 5 June 2026 (all day)"
    long = replace(base, all_day=False, starts_at=datetime(2026, 6, 5, 7, tzinfo=UTC))
    assert when_text(long) == "Friday 5 June 2026 09:00 – Sunday 7 June 2026 00:00 (Europe/Berlin)"


def test_every_section_prints_and_undrawable_characters_are_reported(tmp_path: Path) -> None:
    sheet = HostSheet(
        event_title="Workshop 𓀀",  # an Egyptian hieroglyph: no installed font draws it
        starts_at=datetime(2026, 6, 5, 7, tzinfo=UTC),
        ends_at=datetime(2026, 6, 5, 15, tzinfo=UTC),
        timezone="Europe/Berlin",
        all_day=False,
        venue="Hall",
        organization="Hall GmbH",
        address="https://example.org/" + "b" * 200,
        setup=("Long notes. " * 200) + "https://example.org/" + "a" * 300,
        amenities=("Wi-Fi", "Piano"),
        food_rules="No open flames.",
        house_rules="Shoes off.",
        security="Names as on the ID.",
        id_required=True,
        generated_at=datetime(2026, 6, 1, 9, 0),
    )
    report = render_host_sheet(sheet, tmp_path / "full.pdf")
    assert report.pages == 2  # the long setup notes flow onto a second page
    assert report.warnings == ("No installed font can draw 𓀀 in “Workshop 𓀀”; left out.",)
    text = pdf_text(tmp_path / "full.pdf")
    for expected in (
        "Hall (Hall GmbH)", "Wi-Fi, Piano", "No open flames.", "Shoes off.",
        "Guests show a photo ID.", "Names as on the ID.", "Not chosen yet", "made 2026-06-01 09:00",
    ):  # fmt: skip
        assert expected in text
    assert "a" * 60 in text.replace("\n", "")  # a word wider than the page breaks anywhere


def test_the_export_runs_as_a_job_function(services: Services, dinner: int, tmp_path: Path) -> None:
    request = HostSheetRequest(dinner, tmp_path / "job.pdf", force_guest_list=True)
    seen: list[tuple[int, int]] = []
    report = HostSheetService(services.db).work(request)(
        lambda done, total: seen.append((done, total)), lambda: False
    )
    assert report.path == tmp_path / "job.pdf"
    assert seen == [(6, 6)]


def test_one_person_is_not_one_people(tmp_path: Path) -> None:
    sheet = HostSheet(
        "Tea", datetime(2026, 1, 1, 15, tzinfo=UTC), datetime(2026, 1, 1, 16, tzinfo=UTC), "UTC",
        False, "Hall", expected=1, guest_list=(SheetGuest("Ada Lovelace"),),
    )  # fmt: skip
    render_host_sheet(sheet, tmp_path / "tea.pdf")
    text = pdf_text(tmp_path / "tea.pdf")
    assert "1 person, guests included" in text
    assert "1 name, on the next page." in text
    assert "1 name, 1 person with their guests." in text
