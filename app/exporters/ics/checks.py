"""Our own RFC 5545/5546 checks for the rules that icalendar and vobject let slide.

The checker reads raw bytes with its own small parser, so it judges what is really in the
file (line endings, octets per line, quoting) rather than what a lenient parser made of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.exporters.ics.model import Method

MAX_OCTETS = 75
_LINE_END = re.compile(rb"\r\n|\r|\n")

_ONCE = ("DTSTAMP", "UID", "ORGANIZER")
# RFC 5546 section 3.2 tables: properties a VEVENT must carry exactly once, per method, and
# how many ATTENDEEs it may have (min, max; None = unbounded).
REQUIRED: dict[Method, tuple[str, ...]] = {
    Method.PUBLISH: (*_ONCE, "DTSTART", "SUMMARY"),
    Method.REQUEST: (*_ONCE, "DTSTART", "SUMMARY"),
    Method.CANCEL: (*_ONCE, "SEQUENCE"),
    Method.REPLY: _ONCE,
}
ATTENDEES: dict[Method, tuple[int, int | None]] = {
    Method.PUBLISH: (0, 0),
    Method.REQUEST: (1, None),
    Method.CANCEL: (1, None),
    Method.REPLY: (1, 1),
}
AT_MOST_ONCE = frozenset(
    {
        "CLASS", "CREATED", "DESCRIPTION", "DTEND", "DTSTAMP", "DTSTART", "DURATION", "GEO",
        "LAST-MODIFIED", "LOCATION", "ORGANIZER", "PRIORITY", "RECURRENCE-ID", "SEQUENCE",
        "STATUS", "SUMMARY", "TRANSP", "UID", "URL",
    }
)  # fmt: skip


@dataclass
class _Property:
    name: str
    params: dict[str, str]
    value: str
    line: int


@dataclass
class _Component:
    name: str
    line: int
    properties: list[_Property] = field(default_factory=list)
    children: list[_Component] = field(default_factory=list)

    def all(self, name: str) -> list[_Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> str | None:
        found = self.all(name)
        return found[0].value if found else None

    def walk(self, name: str) -> list[_Component]:
        found = [self] if self.name == name else []
        for child in self.children:
            found += child.walk(name)
        return found


def _physical_problems(data: bytes) -> list[str]:
    problems: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append("the file starts with a byte-order mark")
    if not data.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    pieces = _LINE_END.split(data)
    ends = _LINE_END.findall(data)
    bare = [number for number, end in enumerate(ends, start=1) if end != b"\r\n"]
    if bare:
        problems.append(f"line {bare[0]}: bare LF or CR instead of CRLF ({len(bare)} lines)")
    if pieces and not pieces[-1]:
        pieces.pop()  # after the final line end
    for number, line in enumerate(pieces, start=1):
        if len(line) > MAX_OCTETS:
            problems.append(f"line {number}: {len(line)} octets, more than {MAX_OCTETS}")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number}: a UTF-8 character is split or invalid")
        if not line:
            problems.append(f"line {number}: empty line")
    return problems


def _split_content_line(text: str) -> tuple[str, dict[str, str], str] | None:
    """Name, parameters and value of one unfolded line, honouring quoted parameter values."""
    quoted = False
    cut = -1
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            cut = index
            break
    if cut < 0:
        return None
    head, value = text[:cut], text[cut + 1 :]
    pieces: list[str] = []
    current, quoted = "", False
    for char in head:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            pieces.append(current)
            current = ""
        else:
            current += char
    pieces.append(current)
    params: dict[str, str] = {}
    for piece in pieces[1:]:
        key, _, param_value = piece.partition("=")
        params[key.upper()] = param_value
    return pieces[0].upper(), params, value


def _parse(data: bytes, problems: list[str]) -> _Component | None:
    # Structure is judged on any line ends; _physical_problems reports the bad ones.
    text = data.decode("utf-8-sig", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    logical: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line[:1] in (" ", "\t") and logical:
            logical[-1] = (logical[-1][0], logical[-1][1] + line[1:])
        elif line:
            logical.append((number, line))
    stack: list[_Component] = []
    root: _Component | None = None
    for number, line in logical:
        parts = _split_content_line(line)
        if parts is None:
            problems.append(f"line {number}: not a content line (no ':')")
            continue
        name, params, value = parts
        if name == "BEGIN":
            component = _Component(value.upper(), number)
            if stack:
                stack[-1].children.append(component)
            elif root is None:
                root = component
            else:
                problems.append(f"line {number}: a second top-level component")
            stack.append(component)
        elif name == "END":
            if not stack or stack[-1].name != value.upper():
                problems.append(f"line {number}: END:{value} does not close what was opened")
            else:
                stack.pop()
        elif stack:
            stack[-1].properties.append(_Property(name, params, value, number))
        else:
            problems.append(f"line {number}: {name} outside any component")
    if stack:
        problems.append(f"{stack[-1].name} opened on line {stack[-1].line} is never closed")
    return root


def _event_problems(event: _Component, method: Method) -> list[str]:
    where = f"VEVENT on line {event.line}"
    problems = []
    for name in REQUIRED[method]:
        if not event.all(name):
            problems.append(f"{where}: {name} is required for METHOD:{method.value}")
    for name in sorted(AT_MOST_ONCE):
        if len(event.all(name)) > 1:
            problems.append(f"{where}: {name} appears more than once")
    low, high = ATTENDEES[method]
    count = len(event.all("ATTENDEE"))
    if count < low or (high is not None and count > high):
        wanted = f"{low}" if low == high else f"at least {low}" if high is None else f"{low}-{high}"
        problems.append(f"{where}: {count} ATTENDEE(s), METHOD:{method.value} wants {wanted}")
    if event.all("DTEND") and event.all("DURATION"):
        problems.append(f"{where}: both DTEND and DURATION")
    status = (event.first("STATUS") or "").upper()
    if method is Method.CANCEL and status not in ("", "CANCELLED"):
        problems.append(f"{where}: a CANCEL may only carry STATUS:CANCELLED")
    start, end = event.all("DTSTART"), event.all("DTEND")
    if start and end:
        start_is_date = start[0].params.get("VALUE", "").upper() == "DATE"
        end_is_date = end[0].params.get("VALUE", "").upper() == "DATE"
        if start_is_date != end_is_date:
            problems.append(f"{where}: DTSTART and DTEND are not both dates or both date-times")
        elif start[0].params.get("TZID") == end[0].params.get("TZID") and (
            end[0].value <= start[0].value
        ):
            problems.append(f"{where}: DTEND is not after DTSTART (the end is exclusive)")
    sequence = event.first("SEQUENCE")
    if sequence is not None and not sequence.isdigit():
        problems.append(f"{where}: SEQUENCE:{sequence} is not a non-negative integer")
    for prop in event.all("ORGANIZER") + event.all("ATTENDEE"):
        if not prop.value.lower().startswith("mailto:"):
            problems.append(f"line {prop.line}: {prop.name} is not a mailto: address")
    return problems


def check_calendar(data: bytes, *, method: Method | None = None) -> list[str]:
    """Every RFC problem found in one calendar file; an empty list means it is fine.

    Checks CRLF endings, at most 75 octets per physical line, no split UTF-8 characters,
    no empty properties, PRODID/VERSION/METHOD, the RFC 5546 required properties and
    attendee counts for the file's METHOD (which must equal `method` when given), and a
    VTIMEZONE with observances for every TZID used.
    """
    problems = _physical_problems(data)
    root = _parse(data, problems)
    if root is None or root.name != "VCALENDAR":
        return [*problems, "the file is not a VCALENDAR"]
    for component in [root, *root.walk("VEVENT"), *root.walk("VALARM"), *root.walk("VTIMEZONE")]:
        for prop in component.properties:
            if not prop.value.strip():
                problems.append(f"line {prop.line}: {prop.name} is empty")
            for key, param_value in prop.params.items():
                if not param_value.strip('"'):
                    problems.append(f"line {prop.line}: parameter {key} of {prop.name} is empty")
    for name in ("PRODID", "VERSION", "METHOD"):
        if len(root.all(name)) != 1:
            problems.append(f"VCALENDAR needs exactly one {name}")
    if (root.first("VERSION") or "2.0") != "2.0":
        problems.append("VERSION must be 2.0")
    found = (root.first("METHOD") or "").upper()
    if method is not None and found != method.value:
        problems.append(f"METHOD is {found or 'missing'}, expected {method.value}")
    known = {m.value: m for m in Method}
    events = root.walk("VEVENT")
    if not events:
        problems.append("the calendar holds no VEVENT")
    if found in known:
        for event in events:
            problems += _event_problems(event, known[found])
    problems += _timezone_problems(root)
    return problems


def _timezone_problems(root: _Component) -> list[str]:
    problems = []
    defined: dict[str, _Component] = {}
    for vtimezone in root.walk("VTIMEZONE"):
        tzid = vtimezone.first("TZID") or ""
        defined[tzid] = vtimezone
        observances = [c for c in vtimezone.children if c.name in ("STANDARD", "DAYLIGHT")]
        if not observances:
            problems.append(f"VTIMEZONE {tzid}: no STANDARD or DAYLIGHT observance")
        for observance in observances:
            for name in ("DTSTART", "TZOFFSETFROM", "TZOFFSETTO"):
                if observance.first(name) is None:
                    problems.append(f"VTIMEZONE {tzid}: {observance.name} lacks {name}")
    for component in [*root.walk("VEVENT"), *root.walk("VALARM")]:
        for prop in component.properties:
            tzid = prop.params.get("TZID", "").strip('"')
            if tzid and tzid not in defined:
                problems.append(f"line {prop.line}: TZID={tzid} has no VTIMEZONE")
    return problems


_SIGNIFICANT = ("DTSTART", "DTEND", "DURATION", "LOCATION", "STATUS", "RRULE")


def check_versions(previous: bytes, current: bytes) -> list[str]:
    """SEQUENCE must never go down for a UID, and must go up when time, place or status change.

    RFC 5546 (2.1.4) tells calendars to ignore a message whose SEQUENCE is lower than the one
    they hold, so a forgotten bump silently loses the update.
    """
    problems: list[str] = []
    before = _events_by_uid(previous, problems)
    after = _events_by_uid(current, problems)
    for uid, new in after.items():
        old = before.get(uid)
        if old is None:
            continue
        old_seq, new_seq = _sequence(old), _sequence(new)
        if old_seq is None or new_seq is None:
            problems.append(f"{uid}: SEQUENCE is not a number")
            continue
        changed = [n for n in _SIGNIFICANT if old.first(n) != new.first(n)]
        if new_seq < old_seq:
            problems.append(f"{uid}: SEQUENCE went down from {old_seq} to {new_seq}")
        elif changed and new_seq == old_seq:
            problems.append(f"{uid}: {', '.join(changed)} changed but SEQUENCE stayed {new_seq}")
    return problems


def _events_by_uid(data: bytes, problems: list[str]) -> dict[str, _Component]:
    root = _parse(data, problems)
    if root is None:
        return {}
    return {event.first("UID") or "": event for event in root.walk("VEVENT")}


def _sequence(event: _Component) -> int | None:
    raw = (event.first("SEQUENCE") or "0").strip()
    return int(raw) if raw.isdigit() else None
