"""Stage rules, the ready-to-announce gate and follow-up rules of the core domain."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.domain.core import (
    ALLOWED_MOVES,
    BOARD_ORDER,
    DEFAULT_WAITING_DAYS,
    Attendance,
    ConversationDraft,
    InvalidStageMove,
    attendance,
    cadence_due_on,
    can_move,
    check_move,
    check_waiting_days,
    counts_toward_target,
    gate,
    neighbour_stage,
    parse_waiting_days,
    suggested_follow_up,
    waiting_cutoff,
)
from app.domain.enums import Channel, CoreStage, RsvpResponse
from app.domain.errors import ValidationError

S = CoreStage
TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.TO_ASK, S.ASKED),
        (S.TO_ASK, S.CONFIRMED),  # a yes on the spot skips stages
        (S.ASKED, S.COMMITTED),
        (S.ASKED, S.TO_ASK),  # one step back fixes a slip
        (S.CONFIRMED, S.COMMITTED),
        (S.INTERESTED, S.DECLINED),
        (S.CONFIRMED, S.NOT_NOW),
        (S.DECLINED, S.TO_ASK),
        (S.NOT_NOW, S.COMMITTED),  # they said yes after all
        (S.DECLINED, S.NOT_NOW),
    ],
)
def test_allowed_moves(current: CoreStage, target: CoreStage) -> None:
    assert can_move(current, target)
    check_move(current, target)


@pytest.mark.parametrize(
    ("current", "target", "words"),
    [
        (S.CONFIRMED, S.ASKED, "back one stage at a time"),
        (S.COMMITTED, S.TO_ASK, "back one stage at a time"),
        (S.DECLINED, S.CONFIRMED, "move them to committed first"),
        (S.NOT_NOW, S.CONFIRMED, "move them to committed first"),
        (S.ASKED, S.ASKED, "already “asked”"),
    ],
)
def test_refused_moves_say_why(current: CoreStage, target: CoreStage, words: str) -> None:
    assert not can_move(current, target)
    with pytest.raises(InvalidStageMove, match=words) as caught:
        check_move(current, target, "Zoë")
    assert str(caught.value).startswith("Zoë ")


def test_no_stage_moves_to_itself_and_every_stage_can_leave() -> None:
    for stage in CoreStage:
        assert stage not in ALLOWED_MOVES[stage]
        assert {S.DECLINED, S.NOT_NOW} - {stage} <= ALLOWED_MOVES[stage]


@pytest.mark.parametrize(
    ("current", "step", "expected"),
    [
        (S.TO_ASK, 1, S.ASKED),
        (S.TO_ASK, -1, None),
        (S.CONFIRMED, 1, S.DECLINED),
        (S.CONFIRMED, -1, S.COMMITTED),
        (S.DECLINED, -1, S.COMMITTED),  # confirmed isn't reachable from declined: skipped
        (S.NOT_NOW, 1, None),
        (S.NOT_NOW, -1, S.DECLINED),
    ],
)
def test_keyboard_neighbours_skip_columns_a_card_cant_enter(
    current: CoreStage, step: int, expected: CoreStage | None
) -> None:
    assert neighbour_stage(current, step) is expected


def test_board_has_every_stage_once() -> None:
    assert sorted(BOARD_ORDER) == sorted(CoreStage)


def test_only_committed_and_confirmed_count() -> None:
    assert [s for s in CoreStage if counts_toward_target(s)] == [S.COMMITTED, S.CONFIRMED]


def test_gate_counts_what_is_missing() -> None:
    short = gate(6, 4)
    assert (short.missing, short.ready) == (2, False)
    assert (
        short.message() == "Only 4 of the 6 core people have committed: 2 more people are missing."
    )
    assert gate(6, 5).message().endswith("1 more person is missing.")
    assert gate(6, 7).ready
    assert gate(6, 6).message() == "The core is complete: 6 of 6."
    assert gate(None, 0).ready
    assert gate(None, 0).message() == "This event has no core target."
    assert gate(0, 0).ready


def test_suggested_follow_ups() -> None:
    event_day = date(2026, 12, 20)
    assert suggested_follow_up(S.ASKED, TODAY, event_day) == date(2026, 11, 24)
    assert suggested_follow_up(S.INTERESTED, TODAY, event_day) == date(2026, 11, 23)
    assert suggested_follow_up(S.COMMITTED, TODAY, event_day) == date(2026, 12, 13)
    assert suggested_follow_up(S.COMMITTED, TODAY, date(2026, 11, 24)) == date(2026, 11, 22)
    assert suggested_follow_up(S.COMMITTED, TODAY, None) == date(2026, 11, 28)
    for stage in (S.TO_ASK, S.CONFIRMED, S.DECLINED, S.NOT_NOW):
        assert suggested_follow_up(stage, TODAY, event_day) is None


def test_conversation_draft_validation() -> None:
    clean = ConversationDraft(Channel.CALL, "  Said yes  ", TODAY, today=TODAY).validated()
    assert (clean.channel, clean.note, clean.follow_up_on) == (Channel.CALL, "Said yes", TODAY)
    with pytest.raises(ValidationError) as caught:
        ConversationDraft(follow_up_on=date(2026, 11, 20), today=TODAY).validated()
    assert caught.value.field == "follow_up_on"
    with pytest.raises(ValidationError) as caught:
        ConversationDraft(note="x" * 5001).validated()
    assert caught.value.field == "note"
    # Without `today` (undo, command line scripts) any date is taken as given.
    assert ConversationDraft(follow_up_on=date(2000, 1, 1)).validated().follow_up_on


def test_waiting_days_setting() -> None:
    assert parse_waiting_days(None) == DEFAULT_WAITING_DAYS
    assert parse_waiting_days("12") == 12
    assert parse_waiting_days(" 3 ") == 3
    for junk in ("", "soon", "0", "-4", "1000"):
        assert parse_waiting_days(junk) == DEFAULT_WAITING_DAYS
    assert check_waiting_days(30) == 30
    with pytest.raises(ValidationError):
        check_waiting_days(0)
    now = datetime(2026, 11, 21, 9, tzinfo=UTC)
    assert waiting_cutoff(now, 7) == datetime(2026, 11, 14, 9, tzinfo=UTC)


def test_cadence_due_date() -> None:
    assert cadence_due_on(date(2026, 9, 1), 90, TODAY) == date(2026, 11, 30)
    assert cadence_due_on(None, 90, TODAY) == TODAY


@pytest.mark.parametrize(
    ("response", "checked", "ended", "cancelled", "recorded", "expected"),
    [
        (RsvpResponse.GOING, True, True, False, True, Attendance.CAME),
        (RsvpResponse.GOING, False, True, False, True, Attendance.NO_SHOW),
        (RsvpResponse.GOING, False, True, False, False, Attendance.NOT_RECORDED),
        (RsvpResponse.GOING, False, False, False, False, Attendance.UPCOMING),
        (RsvpResponse.GOING, False, True, True, True, Attendance.NOT_GOING),
        (RsvpResponse.DECLINED, False, True, False, True, Attendance.NOT_GOING),
        (RsvpResponse.MAYBE, True, True, False, True, Attendance.CAME),  # walked in anyway
    ],
)
def test_attendance(
    response: RsvpResponse,
    checked: bool,
    ended: bool,
    cancelled: bool,
    recorded: bool,
    expected: Attendance,
) -> None:
    got = attendance(
        response, checked, ended=ended, cancelled=cancelled, checkins_recorded=recorded
    )
    assert got is expected
