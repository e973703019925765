"""The Today view as a two-level tree: sections (overdue, today, waiting…) and their entries.

The digest from the follow-up service is turned into translated, ready-to-paint entries here;
the view and its delegate only show them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.domain.enums import CoreStage
from app.services.followup_dto import (
    AfterEvent,
    FollowupItem,
    FollowupSource,
    KeepInTouchItem,
    Section,
    TodayDigest,
    WaitingItem,
)

from app.ui import labels
from app.ui.core import words
from app.ui.models.roles import Role

AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayModel", text)


class EntryKind(Enum):
    FOLLOW_UP = "follow-up"
    WAITING = "waiting"
    KEEP_IN_TOUCH = "keep-in-touch"
    CAME = "came"
    MISSED = "missed"
    MORE = "more"
    """"… and 1,234 more": shown, not actionable."""


class Tone(Enum):
    NORMAL = "normal"
    TODAY = "today"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class TodayEntry:
    kind: EntryKind
    title: str
    detail: str
    when: str
    tone: Tone = Tone.NORMAL
    badge: str = ""
    person_id: int | None = None
    event_id: int | None = None
    item: object = None

    @property
    def venue_id(self) -> int | None:
        """The venue partner a follow-up or a host to thank is about."""
        return getattr(self.item, "venue_id", None)

    @property
    def key(self) -> tuple[object, ...]:
        """Stable across reloads, so the selection survives a refresh."""
        ident = getattr(self.item, "id", None) or getattr(self.item, "candidate_id", None)
        source = getattr(self.item, "source", None)
        return (self.kind.value, source, ident or (self.person_id, self.event_id))

    def accessible_text(self) -> str:
        parts = (self.title, self.badge, self.detail, self.when)
        return ". ".join(p for p in parts if p)


@dataclass(frozen=True)
class TodaySection:
    key: str
    title: str
    entries: tuple[TodayEntry, ...]
    total: int


def _detail(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def _follow_up(item: FollowupItem, today: date) -> TodayEntry:
    days = (item.due_on - today).days
    tone = Tone.OVERDUE if days < 0 else Tone.TODAY if days == 0 else Tone.NORMAL
    if days < 0:
        when = labels.count("TodayModel", -days, "%n day overdue", "%n days overdue")
    else:
        when = words.relative_day(item.due_on, today)
    badge = _tr("Venue") if item.source is FollowupSource.VENUE else ""
    if item.source is FollowupSource.THANK_HOST:
        badge = _tr("Thank the host")
    if item.stage is not None:
        badge = words.stage(item.stage)
    return TodayEntry(
        EntryKind.FOLLOW_UP,
        item.name,
        _detail(item.event_title, item.note),
        when,
        tone,
        badge,
        item.person_id,
        item.event_id,
        item,
    )


def _waiting(item: WaitingItem, now: datetime) -> TodayEntry:
    days = (now - item.asked_at).days
    when = labels.count("TodayModel", days, "asked %n day ago", "asked %n days ago")
    return TodayEntry(
        EntryKind.WAITING,
        item.name,
        item.event_title,
        when,
        Tone.TODAY,
        words.stage(CoreStage.ASKED),
        item.person_id,
        item.event_id,
        item,
    )


def _keep(item: KeepInTouchItem, now: datetime) -> TodayEntry:
    every = labels.count("TodayModel", item.cadence_days, "every %n day", "every %n days")
    if item.last_contact is None:
        last = _tr("never talked to")
    else:
        last = _tr("last talked %1").replace("%1", words.ago(item.last_contact, now))
    return TodayEntry(
        EntryKind.KEEP_IN_TOUCH, item.name, every, last, Tone.NORMAL, "", item.person_id, None, item
    )


def _after(event: AfterEvent, today: date) -> list[TodaySection]:
    ended = words.relative_day(event.ends_at.astimezone().date(), today)
    sections = []
    for key, kind, people, title in (
        ("came", EntryKind.CAME, event.attended, _tr("After “%1”: thank who came")),
        ("missed", EntryKind.MISSED, event.missed, _tr("After “%1”: check in with who missed it")),
    ):
        entries = tuple(
            TodayEntry(kind, p.name, "", ended, Tone.NORMAL, "", p.person_id, event.event_id, p)
            for p in people
        )
        if entries:
            sections.append(
                TodaySection(
                    f"{key}-{event.event_id}",
                    title.replace("%1", event.title),
                    entries,
                    len(entries),
                )
            )
    return sections


def _with_more(section: Section, entries: list[TodayEntry]) -> tuple[TodayEntry, ...]:
    hidden = section.total - len(entries)
    if hidden > 0:
        more = labels.count("TodayModel", hidden, "… and %n more", "… and %n more")
        entries.append(TodayEntry(EntryKind.MORE, more, "", ""))
    return tuple(entries)


FOLLOW_UP_KEYS = frozenset({"overdue", "today", "upcoming"})


def split_sections(
    sections: list[TodaySection],
) -> tuple[list[TodaySection], list[TodaySection]]:
    """Follow-ups (left column) and people to reach out to (right column)."""
    left = [s for s in sections if s.key in FOLLOW_UP_KEYS]
    return left, [s for s in sections if s.key not in FOLLOW_UP_KEYS]


def build_sections(digest: TodayDigest, now: datetime | None = None) -> list[TodaySection]:
    """The non-empty sections of the Today view, in the order to work through them."""
    moment = now or datetime.now(UTC)
    today = digest.today
    plan: list[tuple[str, str, Section, list[TodayEntry]]] = [
        (
            "overdue",
            _tr("Overdue"),
            digest.overdue,
            [_follow_up(i, today) for i in digest.overdue.items],
        ),
        (
            "today",
            _tr("Due today"),
            digest.due_today,
            [_follow_up(i, today) for i in digest.due_today.items],
        ),
        (
            "waiting",
            labels.count(
                "TodayModel",
                digest.waiting_days,
                "Waiting for an answer for over %n day",
                "Waiting for an answer for over %n days",
            ),
            digest.waiting,
            [_waiting(i, moment) for i in digest.waiting.items],
        ),
        (
            "upcoming",
            _tr("Coming up this week"),
            digest.upcoming,
            [_follow_up(i, today) for i in digest.upcoming.items],
        ),
        (
            "keep",
            _tr("Keep in touch"),
            digest.keep_in_touch,
            [_keep(i, moment) for i in digest.keep_in_touch.items],
        ),
    ]
    sections = [
        TodaySection(key, title, _with_more(section, entries), section.total)
        for key, title, section, entries in plan
        if entries
    ]
    # After-event lists are about this week's events: they come before the long-term cadences.
    keys = [s.key for s in sections]
    insert_at = keys.index("keep") if "keep" in keys else len(sections)
    after = [s for event in digest.after_events for s in _after(event, today)]
    return sections[:insert_at] + after + sections[insert_at:]


def summary(digest: TodayDigest) -> str:
    parts = []
    for n, text in (
        (digest.overdue.total, QT_TRANSLATE_NOOP("TodayPanel", "%n overdue")),
        (digest.due_today.total, QT_TRANSLATE_NOOP("TodayPanel", "%n due today")),
        (digest.waiting.total, QT_TRANSLATE_NOOP("TodayPanel", "%n waiting for an answer")),
        (digest.keep_in_touch.total, QT_TRANSLATE_NOOP("TodayPanel", "%n to keep in touch with")),
    ):
        if n:
            parts.append(labels.count("TodayPanel", n, str(text), str(text)))  # i18n: noop
    thanks = sum(len(e.attended) + len(e.missed) for e in digest.after_events)
    if thanks:
        parts.append(
            labels.count(
                "TodayPanel", thanks, "%n to follow up after events", "%n to follow up after events"
            )
        )
    return " · ".join(parts)


class TodayModel(QAbstractItemModel):
    """Sections at the top level, entries below; internal ids say which section a row is in."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sections: list[TodaySection] = []

    def set_sections(self, sections: list[TodaySection]) -> None:
        self.beginResetModel()
        self.sections = list(sections)
        self.endResetModel()

    def entry(self, index: AnyIndex) -> TodayEntry | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.sections[index.internalId() - 1].entries[index.row()]

    def index_of(self, key: tuple[object, ...]) -> QModelIndex:
        for s, section in enumerate(self.sections):
            for r, entry in enumerate(section.entries):
                if entry.key == key:
                    return self.index(r, 0, self.index(s, 0))
        return QModelIndex()

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self.sections) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self.sections):
            return QModelIndex()
        if row >= len(self.sections[parent.row()].entries):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.sections)
        if parent.internalId() == 0 and parent.row() < len(self.sections):
            return len(self.sections[parent.row()].entries)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        entry = self.entry(index)
        if entry is None or entry.kind is EntryKind.MORE:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index)
        if entry is None:
            section = self.sections[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{section.title} ({labels.format_number(section.total)})"
            if role == Role.DTO:
                return section
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return entry.accessible_text()
        if role == Role.DTO:
            return entry
        if role == Role.ID:
            return entry.person_id
        return None
