"""Venue drafts, vocabularies, terms and the partnership pipeline."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest

from app.domain.enums import Channel, PartnershipTerms, PartnerStage
from app.domain.errors import ValidationError
from app.domain.venues import (
    ALLOWED_MOVES,
    CURRENCIES,
    Amenity,
    ContactDraft,
    GiveBack,
    InvalidMove,
    RoomDraft,
    StepDraft,
    VenueDraft,
    allowed_moves,
    check_move,
    last_event_day,
    parse_cost,
    thank_host_due_on,
)

BASE = VenueDraft(name="  Factory Görlitzer Park ", organization=" Factory ")


def test_a_draft_is_cleaned() -> None:
    clean = replace(
        BASE,
        address=" Lohmühlenstraße 65 \n",
        closing_time=time(22, 30, 15),
        links=(" https://example.org/plan.pdf ", "https://example.org/plan.pdf", ""),
    ).validated()
    assert clean.name == "Factory Görlitzer Park"
    assert clean.organization == "Factory"
    assert clean.address == "Lohmühlenstraße 65"
    assert clean.closing_time == time(22, 30)
    assert clean.links == ("https://example.org/plan.pdf",)
    assert clean.terms is PartnershipTerms.DONATED


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (VenueDraft(name=" "), "name"),
        (replace(BASE, name="x" * 201), "name"),
        (replace(BASE, organization="x" * 201), "organization"),
        (replace(BASE, timezone="Mars/Olympus"), "timezone"),
        (replace(BASE, capacity=-1), "capacity"),
        (replace(BASE, url="example.org"), "url"),
        (replace(BASE, guest_list_days_before=91), "guest_list_days_before"),
        (replace(BASE, links=("not a link",)), "links"),
        (replace(BASE, links=tuple(f"https://e.org/{n}" for n in range(31))), "links"),
        (replace(BASE, amenities=("x" * 101,)), "amenities"),
        (replace(BASE, gives_back=tuple(f"thing {n}" for n in range(31))), "gives_back"),
        (replace(BASE, rooms=(RoomDraft(" "),)), "rooms"),
        (replace(BASE, rooms=(RoomDraft("A" * 201),)), "rooms"),
        (replace(BASE, rooms=(RoomDraft("Hall", seated=-3),)), "rooms"),
        (replace(BASE, rooms=(RoomDraft("Hall"), RoomDraft("hall "))), "rooms"),
        (replace(BASE, contacts=(ContactDraft(1), ContactDraft(1, "Security"))), "contacts"),
        (replace(BASE, contacts=(ContactDraft(1, "r" * 101),)), "contacts"),
    ],
)
def test_invalid_drafts_name_the_field(draft: VenueDraft, field: str) -> None:
    with pytest.raises(ValidationError) as error:
        draft.validated()
    assert error.value.field == field


def test_amenities_keep_the_vocabulary_and_free_text() -> None:
    clean = replace(
        BASE,
        amenities=("wifi", "Wi-Fi", "", "Step-free access", " Piano ", "piano", "LIFT"),
        gives_back=("A talk slot", "pr", "Free tickets"),
    ).validated()
    assert clean.amenities == (Amenity.WIFI, Amenity.STEP_FREE, "Piano", Amenity.LIFT)
    assert clean.gives_back == (GiveBack.TALK_SLOT, GiveBack.PR, "Free tickets")


def test_paid_terms_need_cost_and_a_real_currency() -> None:
    paid = replace(BASE, terms=PartnershipTerms.PAID)
    with pytest.raises(ValidationError) as error:
        paid.validated()
    assert error.value.field == "cost"
    with pytest.raises(ValidationError) as error:
        replace(paid, cost=Decimal("250")).validated()
    assert error.value.field == "currency"
    with pytest.raises(ValidationError, match="ISO 4217"):
        replace(paid, cost=Decimal("250"), currency="EURO").validated()
    with pytest.raises(ValidationError, match="two decimals"):
        replace(paid, cost=Decimal("250.001"), currency="EUR").validated()
    with pytest.raises(ValidationError, match="from 0 up"):
        replace(paid, cost=Decimal("-1"), currency="EUR").validated()
    clean = replace(paid, cost=Decimal("250.5"), currency=" jpy").validated()
    assert (clean.cost, clean.currency) == (Decimal("250.50"), "JPY")


def test_discounted_cost_is_optional_and_donated_drops_any_price() -> None:
    discounted = replace(BASE, terms=PartnershipTerms.DISCOUNTED, currency="usd").validated()
    assert (discounted.cost, discounted.currency) == (None, "USD")
    assert replace(discounted, currency="ZZZ").validated().currency == ""
    donated = replace(BASE, cost=Decimal(10), currency="EUR").validated()
    assert (donated.cost, donated.currency) == (None, "")
    in_kind = replace(BASE, terms=PartnershipTerms.IN_KIND, cost=Decimal(1), currency="EUR")
    assert in_kind.validated().cost is None


def test_currency_list_is_iso_4217_without_funds_or_metals() -> None:
    assert {"EUR", "USD", "JPY", "GBP", "INR", "BRL", "ILS", "XOF"} <= CURRENCIES
    assert not {"XAU", "XXX", "XTS", "EURO"} & CURRENCIES
    assert all(len(c) == 3 and c.isupper() for c in CURRENCIES)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("", None),
        ("250", Decimal("250")),
        ("1 200,50", Decimal("1200.50")),
        ("1,200.50", Decimal("1200.50")),
        ("1.200,50", Decimal("1200.50")),
        ("1,200", Decimal("1200")),
        ("12,5", Decimal("12.5")),
        ("1'000", Decimal("1000")),
    ],
)
def test_costs_are_read_the_way_people_type_them(text: str, amount: Decimal | None) -> None:
    assert parse_cost(text) == amount


def test_a_cost_that_is_not_money_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        parse_cost("about fifty")
    assert error.value.field == "cost"


def test_links_may_be_file_paths() -> None:
    links = ("/srv/agreements/factory.pdf", "C:\\Agreements\\factory.pdf", "~/plan.png")
    assert replace(BASE, links=links).validated().links == links


def test_rooms_keep_their_ids() -> None:
    room = RoomDraft(" Hall ", 40, 80, " by the lift ", id=7).validated()
    assert room == RoomDraft("Hall", 40, 80, "by the lift", 7)


# -- pipeline -------------------------------------------------------------------------------


def test_the_happy_path_moves_one_stage_at_a_time() -> None:
    path = [
        PartnerStage.PROSPECT,
        PartnerStage.ASKED,
        PartnerStage.AGREED,
        PartnerStage.HOSTED,
        PartnerStage.THANKED,
    ]
    for current, target in itertools.pairwise(path):
        check_move(current, target)


@pytest.mark.parametrize("current", list(PartnerStage))
def test_declined_and_paused_are_reachable_from_anywhere(current: PartnerStage) -> None:
    for target in (PartnerStage.DECLINED, PartnerStage.PAUSED):
        check_move(current, target)
    check_move(current, current)  # another conversation at the same stage


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (PartnerStage.PROSPECT, PartnerStage.HOSTED),
        (PartnerStage.PROSPECT, PartnerStage.THANKED),
        (PartnerStage.ASKED, PartnerStage.THANKED),
        (PartnerStage.DECLINED, PartnerStage.HOSTED),
        (PartnerStage.PAUSED, PartnerStage.THANKED),
    ],
)
def test_impossible_moves_say_where_to_go(current: PartnerStage, target: PartnerStage) -> None:
    with pytest.raises(InvalidMove, match="it can move to"):
        check_move(current, target)


def test_allowed_moves_list_the_current_stage_first_in_pipeline_order() -> None:
    assert allowed_moves(PartnerStage.ASKED) == (
        PartnerStage.PROSPECT,
        PartnerStage.ASKED,
        PartnerStage.AGREED,
        PartnerStage.DECLINED,
        PartnerStage.PAUSED,
    )
    assert set(ALLOWED_MOVES) == set(PartnerStage)


def test_a_step_draft_is_cleaned_and_checked() -> None:
    step = StepDraft(
        PartnerStage.ASKED, datetime(2026, 5, 1, 9), Channel.CALL, " Called Mia ", date(2026, 5, 4)
    ).validated()
    assert step.occurred_at == datetime(2026, 5, 1, 9, tzinfo=UTC)
    assert step.note == "Called Mia"
    with pytest.raises(ValidationError) as error:
        replace(step, follow_up_on=date(2026, 4, 30)).validated()
    assert error.value.field == "follow_up_on"
    with pytest.raises(ValidationError) as error:
        replace(step, note="n" * 5001).validated()
    assert error.value.field == "note"


def test_thank_the_host_is_due_the_day_after_where_the_venue_is() -> None:
    # 19:00-22:00 in Tokyo on 1 December is 10:00-13:00 UTC the same day.
    start, end = datetime(2026, 12, 1, 10, tzinfo=UTC), datetime(2026, 12, 1, 13, tzinfo=UTC)
    assert thank_host_due_on(start, end, "Asia/Tokyo", all_day=False) == date(2026, 12, 2)
    # In Los Angeles the same instants are 02:00-05:00 on 1 December: never before its start day.
    assert thank_host_due_on(start, end, "America/Los_Angeles", all_day=False) == date(2026, 12, 2)
    # A party till 02:00 in Berlin "was on Friday": due Saturday, not Sunday.
    late = datetime(2026, 12, 4, 19, tzinfo=UTC), datetime(2026, 12, 5, 1, tzinfo=UTC)
    assert last_event_day(*late, "Europe/Berlin", all_day=False) == date(2026, 12, 4)
    assert thank_host_due_on(*late, "Europe/Berlin", all_day=False) == date(2026, 12, 5)
    # An all-day event stored with an exclusive end: two days, 4 and 5 December.
    two_days = datetime(2026, 12, 3, 23, tzinfo=UTC), datetime(2026, 12, 5, 23, tzinfo=UTC)
    assert thank_host_due_on(*two_days, "Europe/Berlin", all_day=True) == date(2026, 12, 6)
