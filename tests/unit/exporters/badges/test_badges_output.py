"""All-or-nothing files, progress every 25 badges, cancel, and the errors users see."""

from __future__ import annotations

from pathlib import Path

import pytest
from badges_test_helpers import names_people

from app.domain.errors import ExportTargetError
from app.exporters.badges import (
    PROGRESS_EVERY,
    BadgeEvent,
    BadgeOptions,
    BadgePerson,
    NothingToPrint,
    PlaceCard,
    PlaceCardOptions,
    QrMode,
    WrongStockKind,
    get_stock,
    render_alignment_sheet,
    render_badges,
    render_place_cards,
)

EVENT = BadgeEvent("Supper Club", "12 March")
STOCK = get_stock("avery-l4785")
CROWD = [BadgePerson(f"Guest{i}", "Example", checkin_code=f"G{i}") for i in range(60)]


def test_progress_is_reported_every_25_badges_and_at_the_end(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    report = render_badges(
        STOCK, CROWD, EVENT, BadgeOptions(), tmp_path / "b.pdf",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert PROGRESS_EVERY == 25
    assert seen == [(25, 60), (50, 60), (60, 60)]
    assert report.items == 60
    assert report.pages == 6
    assert [p.name for p in tmp_path.iterdir()] == ["b.pdf"]  # no temporary file left


def test_cancel_raises_and_leaves_no_file_and_keeps_an_old_one(tmp_path: Path) -> None:
    target = tmp_path / "badges.pdf"
    target.write_bytes(b"old")
    polls: list[int] = []

    def cancelled() -> bool:
        polls.append(1)
        return len(polls) > 1  # not at the start, but at the 25th badge

    with pytest.raises(InterruptedError):
        render_badges(STOCK, CROWD, EVENT, BadgeOptions(), target, cancelled=cancelled)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["badges.pdf"]
    with pytest.raises(InterruptedError):
        render_place_cards(get_stock("avery-5305"), [PlaceCard("A")], PlaceCardOptions(),
                           tmp_path / "cards.pdf", cancelled=lambda: True)
    assert not (tmp_path / "cards.pdf").exists()


def test_an_unwritable_target_raises_export_target_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(ExportTargetError, match="could not write") as caught:
        render_badges(STOCK, CROWD[:1], EVENT, BadgeOptions(), blocker / "badges.pdf")
    assert caught.value.details
    with pytest.raises(ExportTargetError, match="is a folder"):
        render_alignment_sheet(STOCK, tmp_path)
    with pytest.raises(ExportTargetError):
        render_badges(STOCK, CROWD[:1], EVENT, BadgeOptions(), tmp_path / "missing" / "b.pdf")


def test_requests_that_make_no_sense_are_domain_errors(tmp_path: Path) -> None:
    with pytest.raises(NothingToPrint):
        render_badges(STOCK, [], EVENT, BadgeOptions(), tmp_path / "b.pdf")
    with pytest.raises(WrongStockKind, match="tent"):
        render_badges(get_stock("avery-5305"), CROWD[:1], EVENT, BadgeOptions(), tmp_path / "b.pdf")
    with pytest.raises(WrongStockKind, match="badge stock"):
        render_place_cards(STOCK, [PlaceCard("A")], PlaceCardOptions(), tmp_path / "c.pdf")
    with pytest.raises(NothingToPrint):
        render_place_cards(get_stock("avery-5305"), [], PlaceCardOptions(), tmp_path / "c.pdf")
    assert list(tmp_path.iterdir()) == []


def test_the_report_warns_about_dropped_characters_shortened_text_and_missing_codes(
    tmp_path: Path,
) -> None:
    orphan = "\U00011a00"  # Zanabazar Square: no installed font draws it
    people = [
        BadgePerson("Ana", f"Lima{orphan}", checkin_code="A1"),
        BadgePerson("Bo", "Ek", organization=" ".join(["Incorporated"] * 40)),
    ]
    options = BadgeOptions(qr=QrMode.CHECKIN)
    report = render_badges(STOCK, people, EVENT, options, tmp_path / "w.pdf")
    text = "\n".join(report.warnings)
    assert orphan in text
    assert "Ana Lima" in text
    assert "was too long" in text
    assert "No QR code for Bo Ek" in text


def test_name_order_and_call_names() -> None:
    zhang = BadgePerson("伟", "张", family_first=True)
    assert (zhang.call_name, zhang.rest_of_name, zhang.full_name) == ("张伟", "", "张伟")
    latin = BadgePerson("Wei", "Zhang", family_first=True)
    assert (latin.call_name, latin.rest_of_name) == ("Zhang Wei", "")
    preferred = BadgePerson("Robert", "Smith", preferred_name="Bob")
    assert (preferred.call_name, preferred.rest_of_name) == ("Bob", "Robert Smith")
    plain = BadgePerson("Jürgen", "Groß")
    assert (plain.call_name, plain.rest_of_name) == ("Jürgen", "Groß")
    assert BadgePerson(family_name="Okonjo").call_name == "Okonjo"
    assert BadgePerson("Ana", role=None).role_label == ""
    everyone = names_people()
    assert all(p.call_name for p in everyone)
