"""Place cards: the name in the person's own order, and tables and seats numbered in list order."""

from __future__ import annotations

from pathlib import Path

import pytest
from badges_names_event import make_names_event, names_rows, printed_name
from pypdf import PdfReader

from app.domain.errors import ValidationError
from app.exporters.badges import PlaceCard, PlaceCardOptions
from app.services.badges import Layout, Seating, SheetRequest, seating_or_none
from app.services.container import Services


def test_seats_fill_each_table_in_turn() -> None:
    seating = Seating(3)
    assert [seating.place(i) for i in range(7)] == [
        ("1", "1"), ("1", "2"), ("1", "3"), ("2", "1"), ("2", "2"), ("2", "3"), ("3", "1"),
    ]  # fmt: skip
    assert Seating(2, first_table=0).place(5) == ("2", "2")


@pytest.mark.parametrize(("per_table", "first"), [(0, 1), (101, 1), (4, -1)])
def test_impossible_seating_is_refused(per_table: int, first: int) -> None:
    with pytest.raises(ValidationError):
        Seating(per_table, first)


def test_no_seating_means_names_only() -> None:
    assert seating_or_none(0) is None
    assert seating_or_none(None) is None
    assert seating_or_none(6) == Seating(6)


def test_cards_carry_whole_names_in_their_own_order_and_seats_in_list_order(
    services: Services,
) -> None:
    event_id, rsvp_ids = make_names_event(services)
    picked = rsvp_ids[:5]
    batch = services.badges.batch(event_id, rsvp_ids=picked)
    rows = names_rows()[:5]
    assert batch.place_cards() == [PlaceCard(printed_name(r)) for r in rows]
    assert [c.name for c in batch.place_cards()] == [
        "Zhang Wei", "张伟", "佐藤花子", "김민준", "Jürgen Groß",
    ]  # fmt: skip
    seated = batch.place_cards(Seating(2))
    assert [(c.table, c.seat) for c in seated] == [
        ("1", "1"), ("1", "2"), ("2", "1"), ("2", "2"), ("3", "1"),
    ]  # fmt: skip


def test_place_cards_print_table_and_seat_words_from_the_caller(
    services: Services, tmp_path: Path
) -> None:
    event_id, rsvp_ids = make_names_event(services)
    batch = services.badges.batch(event_id, rsvp_ids=[rsvp_ids[4], rsvp_ids[5]])
    path = tmp_path / "cards.pdf"
    request = SheetRequest(
        "a4-tent-2up",
        path,
        layout=Layout.PLACE_CARDS,
        card_options=PlaceCardOptions(table_label="Tisch", seat_label="Platz"),
        seating=Seating(1, first_table=7),
    )
    report = services.badges.render(batch, request)
    assert (report.pages, report.items, report.warnings) == (1, 2, ())
    text = PdfReader(path).pages[0].extract_text()
    assert "Tisch 7 · Platz 1" in text
    assert "Tisch 8 · Platz 1" in text
    assert "Jürgen Groß" in text
