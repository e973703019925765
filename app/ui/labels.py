"""Translated words for enum values, and locale-aware formatting of dates and numbers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from app.domain.enums import EventKind, EventStatus, NameOrder, OrganizationKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def event_kind(kind: EventKind) -> str:
    return {
        EventKind.DINNER: _tr("Dinner"),
        EventKind.MEETUP: _tr("Meetup"),
        EventKind.WORKSHOP: _tr("Workshop"),
        EventKind.CLASS: _tr("Class"),
        EventKind.TALK: _tr("Talk"),
        EventKind.PANEL: _tr("Panel"),
        EventKind.CONFERENCE_SIDE: _tr("Conference side event"),
        EventKind.OTHER: _tr("Other"),
    }[kind]


def event_status(status: EventStatus) -> str:
    return {
        EventStatus.DRAFT: _tr("Draft"),
        EventStatus.CONFIRMING_CORE: _tr("Confirming core"),
        EventStatus.ANNOUNCED: _tr("Announced"),
        EventStatus.DONE: _tr("Done"),
        EventStatus.CANCELLED: _tr("Cancelled"),
    }[status]


def organization_kind(kind: OrganizationKind) -> str:
    return {
        OrganizationKind.COMPANY: _tr("Company"),
        OrganizationKind.COWORKING: _tr("Co-working space"),
        OrganizationKind.UNIVERSITY: _tr("University"),
        OrganizationKind.RESTAURANT: _tr("Restaurant"),
        OrganizationKind.NONPROFIT: _tr("Non-profit"),
        OrganizationKind.COMMUNITY: _tr("Community"),
        OrganizationKind.OTHER: _tr("Other"),
    }[kind]


def name_order(order: NameOrder) -> str:
    return {
        NameOrder.GIVEN_FIRST: _tr("Given name first (Ada Lovelace)"),
        NameOrder.FAMILY_FIRST: _tr("Family name first (张伟, Nagy Zoltán)"),
    }[order]


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def qdatetime(value: datetime) -> QDateTime:
    """A naive wall-clock datetime as a QDateTime (Qt doesn't need to know the zone)."""
    return QDateTime(qdate(value.date()), QTime(value.hour, value.minute, value.second))


def edit_date_format() -> str:
    """The locale's short date format with a four-digit year, for date editors ("M/d/yyyy",
    "dd.MM.yyyy", "yyyy/M/d"): two-digit years are ambiguous when typing."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def edit_time_format() -> str:
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def edit_datetime_format() -> str:
    return f"{edit_date_format()} {edit_time_format()}"


def format_date(value: date, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    return QLocale().toString(qdate(value), fmt)


def format_time(value: datetime) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def format_event_when(starts_at: datetime, timezone: str, *, all_day: bool) -> str:
    """Start in the event's own zone, in the user's locale: "21/11/2026 19:00"."""
    from app.domain.events import zone  # not needed before the window shows

    local = starts_at.astimezone(zone(timezone))
    if all_day:
        return format_date(local.date())
    return f"{format_date(local.date())} {format_time(local)}"


def stock_text(text: str) -> str:
    """A label stock's name, notes or paper from resources/label_stocks.json, translated
    (the extractor reads that file into the "label_stocks" context)."""
    return QCoreApplication.translate("label_stocks", text) if text else ""


def format_number(value: int) -> str:
    return QLocale().toString(value)


def format_decimal(value: float) -> str:
    """12.5 → "12.5" (en) / "12,5" (de): as few decimals as the value needs, at most three."""
    return QLocale().toString(value, "g", 6) if value != int(value) else format_number(int(value))


def word_list(items: Iterable[str]) -> str:
    """Items of a list of words in the user's language: "a, b, c", "a、b、c"."""
    separator = QCoreApplication.translate("labels", ", ", "between the items of a list")
    return separator.join(items)


def count(context: str, n: int, one: str, many: str) -> str:
    """ "1 event" / "1,234 events": English needs two forms; %n becomes the localized number."""
    return QCoreApplication.translate(context, one if n == 1 else many).replace(
        "%n", format_number(n)
    )
