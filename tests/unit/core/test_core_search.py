"""Finding candidates (text, tag, similar events, lapsed contact) and people by reference."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from core_test_helpers import NOW, event, person, rsvp, talk

from app.domain.enums import EventKind, EventStatus, NameOrder
from app.domain.errors import NotFound
from app.services.container import Services
from app.services.core_dto import SuggestMode, SuggestRequest

PAST = datetime(2026, 9, 1, 19, 0)


def names(found: list[object]) -> list[str]:
    return [p.display_name for p in found]  # type: ignore[attr-defined]


@pytest.fixture
def crowd(services: Services) -> dict[str, int]:
    ids = {
        "zoe": person(services, "Zoë", "Ærøskøbing", tags=["mentor"]),
        "nagy": person(services, "Zoltán", "Nagy", order=NameOrder.FAMILY_FIRST),
        "wei": person(services, "伟", "张", order=NameOrder.FAMILY_FIRST, email="wei@example.cn"),
        "bo": person(services, "Bo", "Berg", tags=["Mentor", "vip"]),
    }
    ids["dinner"] = event(services, "Next dinner", kind=EventKind.DINNER)
    old_dinner = event(services, "Old dinner", start=PAST, status=EventStatus.DRAFT)
    old_meetup = event(services, "Old meetup", start=PAST, kind=EventKind.MEETUP)
    came = NOW.replace(year=2026, month=9, day=1)
    rsvp(services, old_dinner, ids["zoe"], checked_in=came)
    rsvp(services, old_dinner, ids["nagy"])  # going, never checked in: a no-show
    rsvp(services, old_meetup, ids["bo"], checked_in=came)
    return ids


def test_text_search_folds_accents_and_leaves_out_candidates(
    services: Services, crowd: dict[str, int]
) -> None:
    request = SuggestRequest(crowd["dinner"], text="zoe")
    assert names(services.core.suggest(request, NOW)) == ["Zoë Ærøskøbing"]
    services.core.add(crowd["dinner"], [crowd["zoe"]])
    assert services.core.suggest(request, NOW) == []
    everyone = services.core.suggest(SuggestRequest(crowd["dinner"]), NOW)
    assert names(everyone) == ["Bo Berg", "Nagy Zoltán", "张伟"]


def test_tag_search_ignores_case(services: Services, crowd: dict[str, int]) -> None:
    found = services.core.suggest(SuggestRequest(crowd["dinner"], SuggestMode.TAG, tag="MENTOR"))
    assert names(found) == ["Bo Berg", "Zoë Ærøskøbing"]
    assert services.core.tags() == ["mentor", "vip"]  # the first spelling is kept


def test_similar_events_and_no_shows_are_shown(services: Services, crowd: dict[str, int]) -> None:
    found = services.core.suggest(SuggestRequest(crowd["dinner"], SuggestMode.SIMILAR), NOW)
    assert [(p.display_name, p.similar, p.attended) for p in found] == [("Zoë Ærøskøbing", 1, 1)]
    nagy = services.core.suggest(SuggestRequest(crowd["dinner"], text="nagy"), NOW)[0]
    assert (nagy.attended, nagy.no_shows) == (0, 1)
    with pytest.raises(NotFound):
        services.core.suggest(SuggestRequest(999, SuggestMode.SIMILAR))


def test_unseen_people_are_those_last_seen_long_ago(
    services: Services, crowd: dict[str, int]
) -> None:
    talk(services, crowd["wei"], NOW - timedelta(days=200))
    talk(services, crowd["zoe"], NOW - timedelta(days=3))  # checked in long ago, talked lately
    found = services.core.suggest(
        SuggestRequest(crowd["dinner"], SuggestMode.UNSEEN, unseen_days=60), NOW
    )
    assert names(found) == ["Bo Berg", "张伟"]  # most recently lapsed first; never seen: left out
    assert found[1].last_seen == NOW - timedelta(days=200)


def test_resolve_person(services: Services, crowd: dict[str, int]) -> None:
    core = services.core
    assert core.resolve_person(str(crowd["bo"])) == crowd["bo"]
    assert core.resolve_person("WEI@example.cn") == crowd["wei"]
    assert core.resolve_person("张伟") == crowd["wei"]
    assert core.resolve_person("Nagy Zoltán") == crowd["nagy"]
    assert core.resolve_person("zoltán nagy") == crowd["nagy"]  # given first works too
    with pytest.raises(NotFound, match="number 999"):
        core.resolve_person("999")
    with pytest.raises(NotFound, match="e-mail address"):
        core.resolve_person("nobody@example.org")
    with pytest.raises(NotFound, match="Nobody is called “Zoë”"):
        core.resolve_person("Zoë")  # only part of a name
    person(services, "Bo", "Berg")
    with pytest.raises(NotFound, match="2 people are called “Bo Berg”"):
        core.resolve_person("Bo Berg")


def test_tag_mode_without_a_tag_finds_nobody(services: Services, crowd: dict[str, int]) -> None:
    assert services.core.suggest(SuggestRequest(crowd["dinner"], SuggestMode.TAG)) == []
