from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.enums import EventStatus
from app.domain.errors import ValidationError
from app.domain.events import (
    EventDraft,
    InvalidTransition,
    check_transition,
    last_day,
    to_local,
    to_utc,
    zone,
)


def draft(**kw: object) -> EventDraft:
    base: dict[str, object] = {
        "title": "Dinner",
        "start": datetime(2026, 12, 1, 19, 0),
        "end": datetime(2026, 12, 1, 22, 0),
        "timezone": "Europe/Berlin",
    }
    base.update(kw)
    return EventDraft(**base)  # type: ignore[arg-type]


def test_wall_clock_to_utc_and_back_across_dst() -> None:
    winter = to_utc(datetime(2026, 1, 15, 19, 0), "Europe/Berlin")
    summer = to_utc(datetime(2026, 7, 15, 19, 0), "Europe/Berlin")
    assert winter == datetime(2026, 1, 15, 18, 0, tzinfo=UTC)
    assert summer == datetime(2026, 7, 15, 17, 0, tzinfo=UTC)
    assert to_local(summer, "Europe/Berlin") == datetime(2026, 7, 15, 19, 0)
    assert to_local(summer.replace(tzinfo=None), "Asia/Tokyo") == datetime(2026, 7, 16, 2, 0)


def test_unknown_zone_names_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        zone("Mars/Olympus_Mons")
    assert info.value.field == "timezone"
    with pytest.raises(ValidationError):
        zone("../etc/passwd")


def test_end_must_follow_start() -> None:
    with pytest.raises(ValidationError) as info:
        draft(end=datetime(2026, 12, 1, 18, 0)).validated()
    assert info.value.field == "end"
    with pytest.raises(ValidationError):
        draft(end=datetime(2026, 12, 1, 19, 0)).validated()


def test_title_required_and_capacity_range() -> None:
    with pytest.raises(ValidationError) as info:
        draft(title="  ").validated()
    assert info.value.field == "title"
    with pytest.raises(ValidationError):
        draft(title="x" * 201).validated()
    with pytest.raises(ValidationError) as info:
        draft(capacity=-1).validated()
    assert info.value.field == "capacity"
    assert draft(capacity=0).validated().capacity == 0


def test_all_day_event_has_exclusive_end_at_local_midnight() -> None:
    clean = draft(
        all_day=True, start=datetime(2026, 3, 28, 15, 0), end=datetime(2026, 3, 29, 9, 0)
    ).validated()
    times = clean.times()
    # Berlin switches to summer time on 29 March 2026: the second day is 23 hours long.
    assert times.starts_at == datetime(2026, 3, 27, 23, 0, tzinfo=UTC)
    assert times.ends_at == datetime(2026, 3, 29, 22, 0, tzinfo=UTC)
    assert last_day(times.ends_at, "Europe/Berlin") == date(2026, 3, 29)


def test_all_day_single_day_is_allowed_but_not_backwards() -> None:
    one = draft(all_day=True, start=datetime(2026, 5, 1), end=datetime(2026, 5, 1)).validated()
    assert one.times().ends_at - one.times().starts_at == timedelta(days=1)
    with pytest.raises(ValidationError):
        draft(all_day=True, start=datetime(2026, 5, 2), end=datetime(2026, 5, 1)).validated()


def test_aware_input_is_taken_as_wall_time() -> None:
    clean = draft(
        start=datetime(2026, 12, 1, 19, 0, tzinfo=UTC), end=datetime(2026, 12, 1, 20, 0)
    ).validated()
    assert clean.start.tzinfo is None


@pytest.mark.parametrize(
    ("current", "target", "ok"),
    [
        (EventStatus.DRAFT, EventStatus.CONFIRMING_CORE, True),
        (EventStatus.CONFIRMING_CORE, EventStatus.ANNOUNCED, True),
        (EventStatus.ANNOUNCED, EventStatus.DONE, True),
        (EventStatus.ANNOUNCED, EventStatus.CANCELLED, True),
        (EventStatus.DONE, EventStatus.DRAFT, False),
        (EventStatus.CANCELLED, EventStatus.ANNOUNCED, False),
        (EventStatus.CANCELLED, EventStatus.DRAFT, True),
        (EventStatus.DONE, EventStatus.DONE, True),
    ],
)
def test_status_transitions(current: EventStatus, target: EventStatus, ok: bool) -> None:
    if ok:
        check_transition(current, target)
    else:
        with pytest.raises(InvalidTransition):
            check_transition(current, target)
