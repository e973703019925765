"""Cell values with meaning: RSVP words per platform, check-in flags, guest counts, dates.

Everything here reads one cell; callers cache results per distinct text, because a 50,000-row
file has only a handful of distinct statuses.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

from app.domain.enums import RsvpResponse
from app.domain.events import to_utc
from app.domain.text import fold
from app.services.guestlists.model import GuestListFormat

MAX_GUESTS = 999
"""More extra guests than this is a typo (a phone number in the wrong column), not a party."""

Status = tuple[RsvpResponse, bool]
"""A response and whether the person came (Eventbrite "Checked In" says both)."""


def value_key(text: str) -> str:
    """Comparison key of a word in a cell: folded, letters and digits only.

    A cell with no letters at all ("✓", "×", "-") keys as itself, stripped.
    """
    return "".join(ch for ch in fold(text) if ch.isalnum()) or text.strip()


def _words(response: RsvpResponse, came: bool, *words: str) -> dict[str, Status]:
    return {value_key(w): (response, came) for w in words}


_R = RsvpResponse
_GENERIC: dict[str, Status] = {
    **_words(
        _R.GOING,
        False,
        "yes",
        "y",
        "x",
        "going",
        "attending",
        "accepted",
        "confirmed",
        "registered",
        "approved",
        "ja",
        "j",
        "zugesagt",
        "kommt",
        "dabei",
        "oui",
        "sí",
        "asistiré",
        "voy",
        "confirmado",
        "sim",
        "vou",
        "confermato",
        "partecipa",
        "komt",
        "aangemeld",
        "是",
        "参加",
        "去",
        "会来",
        "确认",
        "已确认",
        "已报名",
        "はい",
        "出席",
        "✓",
        "✔",
        "〇",
        "○",
    ),
    **_words(
        _R.DECLINED,
        False,
        "no",
        "n",
        "declined",
        "not going",
        "not attending",
        "cancelled",
        "canceled",
        "rejected",
        "nein",
        "absage",
        "abgesagt",
        "kommt nicht",
        "non",
        "décliné",
        "annulé",
        "rechazado",
        "cancelado",
        "não",
        "recusado",
        "rifiutato",
        "annullato",
        "nee",
        "afgemeld",
        "否",
        "不",
        "不去",
        "不参加",
        "拒绝",
        "已取消",
        "いいえ",
        "欠席",
    ),
    **_words(
        _R.MAYBE,
        False,
        "maybe",
        "tentative",
        "perhaps",
        "unsure",
        "vielleicht",
        "eventuell",
        "peut-être",
        "quizás",
        "tal vez",
        "talvez",
        "forse",
        "misschien",
        "也许",
        "可能",
        "待定",
        "未定",
        "たぶん",
        "検討中",
    ),
    **_words(
        _R.WAITLISTED,
        False,
        "waitlist",
        "waitlisted",
        "waiting list",
        "wait list",
        "warteliste",
        "liste d'attente",
        "lista de espera",
        "lista d'attesa",
        "wachtlijst",
        "候补",
        "候補",
        "キャンセル待ち",
    ),
    **_words(
        _R.INVITED,
        False,
        "invited",
        "eingeladen",
        "invité",
        "invitado",
        "convidado",
        "invitato",
        "uitgenodigd",
        "已邀请",
        "邀请",
        "招待",
        "招待済み",
    ),
    **_words(
        _R.PENDING_APPROVAL,
        False,
        "pending",
        "pending approval",
        "awaiting approval",
        "ausstehend",
        "en attente",
        "pendiente",
        "pendente",
        "in attesa",
        "in afwachting",
        "待审核",
        "审核中",
        "承認待ち",
    ),
    **_words(
        _R.GOING,
        True,
        "checked in",
        "attended",
        "came",
        "present",
        "eingecheckt",
        "anwesend",
        "teilgenommen",
        "présent",
        "presente",
        "asistió",
        "compareceu",
        "aanwezig",
        "已签到",
        "签到",
        "出席済",
        "来場済",
    ),
}

_PLATFORM: dict[GuestListFormat, dict[str, Status]] = {
    GuestListFormat.LUMA: {
        **_words(_R.GOING, False, "approved"),
        **_words(_R.PENDING_APPROVAL, False, "pending", "pending_approval"),
        **_words(_R.DECLINED, False, "declined"),
        **_words(_R.WAITLISTED, False, "waitlist", "waitlisted"),
        **_words(_R.INVITED, False, "invited"),
    },
    GuestListFormat.MEETUP: {
        **_words(_R.GOING, False, "yes"),
        **_words(_R.DECLINED, False, "no"),
        **_words(_R.WAITLISTED, False, "waitlist"),
        **_words(_R.MAYBE, False, "maybe"),
    },
    GuestListFormat.EVENTBRITE: {
        **_words(_R.GOING, False, "attending"),
        **_words(_R.GOING, True, "checked in", "checked out"),
        **_words(
            _R.DECLINED,
            False,
            "refunded",
            "transferred",
            "deleted",
            "not attending",
            "cancelled",
        ),
    },
    GuestListFormat.HIEVENTS: {
        **_words(_R.GOING, False, "active"),
        **_words(_R.DECLINED, False, "cancelled"),
        # Hi.Events holds an order until it is paid; that is not a seat yet.
        **_words(_R.PENDING_APPROVAL, False, "awaiting_payment"),
    },
}

STATUS_WORDS: dict[GuestListFormat, dict[str, Status]] = {
    fmt: {**_GENERIC, **_PLATFORM.get(fmt, {})} for fmt in GuestListFormat
}


def read_status(text: str, fmt: GuestListFormat) -> Status | None:
    """The response a status cell means for `fmt`, or None for an unknown word."""
    return STATUS_WORDS[fmt].get(value_key(text))


_TRUE = frozenset(
    value_key(w)
    for w in (
        "yes",
        "y",
        "true",
        "1",
        "x",
        "✓",
        "✔",
        "checked in",
        "attended",
        "came",
        "present",
        "ja",
        "j",
        "oui",
        "sí",
        "sim",
        "是",
        "はい",
        "〇",
        "○",
        "anwesend",
        "eingecheckt",
        "présent",
        "presente",
        "aanwezig",
        "已签到",
        "出席",
        "来場",
    )
)
_FALSE = frozenset(
    value_key(w)
    for w in (
        "no",
        "n",
        "false",
        "0",
        "nein",
        "non",
        "não",
        "nee",
        "否",
        "いいえ",
        "×",
        "absent",
        "no show",
        "noshow",
        "abwesend",
        "ausente",
        "assente",
        "afwezig",
        "未签到",
        "欠席",
        "-",
        "–",
        "—",
    )
)


def read_flag(text: str) -> bool | None:
    """True/False for a yes/no cell; None when it is neither (maybe a time instead)."""
    key = value_key(text)
    if key in _TRUE:
        return True
    if key in _FALSE or not key:
        return False
    return None


_NOTHING = frozenset(
    value_key(w)
    for w in (
        "none",
        "no",
        "n/a",
        "na",
        "nothing",
        "nope",
        "keine",
        "nichts",
        "nein",
        "aucun",
        "aucune",
        "rien",
        "non",
        "ninguna",
        "ninguno",
        "nada",
        "nenhuma",
        "nenhum",
        "nessuna",
        "nessuno",
        "geen",
        "无",
        "没有",
        "无要求",
        "なし",
        "特になし",
        "ない",
    )
)


def is_nothing(text: str) -> bool:
    """True for "None", "n/a", "-", "keine"…: an answer that states there is no need."""
    key = value_key(text)
    return key in _NOTHING or all(unicodedata.category(ch)[0] in "PZ" for ch in key)


def read_guests(text: str) -> int | None:
    """The count of extra guests in a cell ("", "2", "+1", "2.0"); None when it isn't one."""
    if not text:
        return 0
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


_NUMERIC = re.compile(
    r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})"
    r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])?\.?[Mm]?\.?)?"
)
_WORDY = re.compile(
    r"(?:[A-Za-z]+,?\s+)?(?:(?P<m1>[A-Za-z]+)\.?\s+(?P<d1>\d{1,2})|(?P<d2>\d{1,2})\s+"
    r"(?P<m2>[A-Za-z]+)\.?),?\s+(?P<y>\d{4})"
    r"(?:,?\s+(?:at\s+)?(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ap>[AaPp][Mm])?)?"
    r"(?:\s+(?P<tz>[A-Za-z]{1,5}))?"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def slash_order(text: str) -> bool | None:
    """For "a/b/yy" dates: True when it must be day-first, False month-first, None if unsure."""
    match = _NUMERIC.fullmatch(text)
    if match is None or len(match[1]) == 4:
        return None
    first, second = int(match[1]), int(match[2])
    if first > 12 >= second:
        return True
    if second > 12 >= first:
        return False
    return None


def read_when(text: str, day_first: bool, tz_name: str) -> datetime | None:
    """An aware UTC datetime from ISO, numeric (10/1/26 7:15 PM) or worded dates; else None.

    Times without a zone are wall-clock times in `tz_name` (the event's zone, or UTC).
    """
    parsed: datetime | None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        parsed = _numeric(text, day_first) or _wordy(text)
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        return to_utc(parsed, tz_name)
    return parsed.astimezone(UTC)


def _numeric(text: str, day_first: bool) -> datetime | None:
    match = _NUMERIC.fullmatch(text)
    if match is None:
        return None
    a, b, c = match[1], match[2], match[3]
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    else:
        year = int(c) + (2000 if len(c) <= 2 else 0)
        day, month = (int(a), int(b)) if day_first else (int(b), int(a))
    return _build(year, month, day, match[4], match[5], match[6], match[7])


def _wordy(text: str) -> datetime | None:
    match = _WORDY.fullmatch(text)
    if match is None:
        return None
    month = _MONTHS.get((match["m1"] or match["m2"])[:3].lower())
    tz = (match["tz"] or "").upper()
    if month is None or (tz not in {"", "UTC", "GMT", "Z"} and len(tz) < 3):
        return None
    result = _build(
        int(match["y"]),
        month,
        int(match["d1"] or match["d2"]),
        match["h"],
        match["mi"],
        match["s"],
        match["ap"],
    )
    if result is not None and tz in {"UTC", "GMT", "Z"}:
        return result.replace(tzinfo=UTC)
    return result


def _build(
    year: int,
    month: int,
    day: int,
    hour: str | None,
    minute: str | None,
    second: str | None,
    meridiem: str | None,
) -> datetime | None:
    h = int(hour) if hour else 0
    if meridiem:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if meridiem[0] in "Pp" else 0)
    try:
        return datetime(year, month, day, h, int(minute or 0), int(second or 0))
    except ValueError:
        return None
