"""Translated words and colours for core stages, channels and attendance; locale formatting."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from app.domain.core import Attendance
from app.domain.enums import Channel, CoreStage, RsvpResponse

from app.ui import labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("core", text)


def stage(value: CoreStage) -> str:
    return {
        CoreStage.TO_ASK: _tr("To ask"),
        CoreStage.ASKED: _tr("Asked"),
        CoreStage.INTERESTED: _tr("Interested"),
        CoreStage.COMMITTED: _tr("Committed"),
        CoreStage.CONFIRMED: _tr("Confirmed"),
        CoreStage.DECLINED: _tr("Declined"),
        CoreStage.NOT_NOW: _tr("Not now"),
    }[value]


_STAGE_COLOURS = {
    CoreStage.TO_ASK: "#7a8699",
    CoreStage.ASKED: "#3d7bd9",
    CoreStage.INTERESTED: "#1f9e9e",
    CoreStage.COMMITTED: "#2e9d52",
    CoreStage.CONFIRMED: "#1b7a3c",
    CoreStage.DECLINED: "#c2524a",
    CoreStage.NOT_NOW: "#c0892b",
}


def stage_colour(value: CoreStage) -> QColor:
    """One accent per stage; mid-tones that read on light and dark palettes."""
    return QColor(_STAGE_COLOURS[value])


def channel(value: Channel) -> str:
    return {
        Channel.IN_PERSON: _tr("In person"),
        Channel.CALL: _tr("Call"),
        Channel.MESSAGE: _tr("Message"),
        Channel.EMAIL: _tr("E-mail"),
        Channel.SOCIAL: _tr("Social media"),
    }[value]


def channel_text(value: str) -> str:
    try:
        return channel(Channel(value))
    except ValueError:
        return value


def attendance(value: Attendance) -> str:
    return {
        Attendance.CAME: _tr("Came"),
        Attendance.NO_SHOW: _tr("No-show"),
        Attendance.UPCOMING: _tr("Coming"),
        Attendance.NOT_GOING: _tr("Not going"),
        Attendance.NOT_RECORDED: _tr("Not recorded"),
    }[value]


def response(value: RsvpResponse) -> str:
    return {
        RsvpResponse.INVITED: _tr("Invited"),
        RsvpResponse.GOING: _tr("Going"),
        RsvpResponse.MAYBE: _tr("Maybe"),
        RsvpResponse.DECLINED: _tr("Declined"),
        RsvpResponse.WAITLISTED: _tr("Waitlisted"),
        RsvpResponse.PENDING_APPROVAL: _tr("Awaiting approval"),
    }[value]


def _tone(hex_colour: str) -> QColor:
    """A status colour readable on the current palette's base (light, dark or high contrast)."""
    from app.ui.theme import readable

    return readable(QColor(hex_colour), QGuiApplication.palette().color(QPalette.ColorRole.Base))


def overdue() -> QColor:
    return _tone("#c2524a")


def due_today() -> QColor:
    return _tone("#c0892b")


def warning() -> QColor:
    return _tone("#b5651d")


def good() -> QColor:
    return _tone("#1b7f3a")


def day(value: date) -> str:
    """A short, friendly day: "Tue 24 Nov" in the user's locale."""
    # The format is a translation too: its order differs ("Di. 24. Nov.", "11月24日 周二").
    return QLocale().toString(labels.qdate(value), _tr("ddd d MMM"))


def day_long(value: date) -> str:
    return labels.format_date(value, QLocale.FormatType.LongFormat)


def relative_day(value: date, today: date) -> str:
    """ "today", "tomorrow", "yesterday", "in 3 days", "5 days ago"."""
    delta = (value - today).days
    if delta == 0:
        return _tr("today")
    if delta == 1:
        return _tr("tomorrow")
    if delta == -1:
        return _tr("yesterday")
    if delta > 0:
        return labels.count("core", delta, "in %n day", "in %n days")
    return labels.count("core", -delta, "%n day ago", "%n days ago")


def ago(moment: datetime, now: datetime | None = None) -> str:
    current = now or datetime.now(UTC)
    local_today = current.astimezone().date()
    return relative_day(moment.astimezone().date(), local_today)


class QLocaleWhenFormat:
    """Writes an event's local date and time in the user's locale (for message templates)."""

    def date_text(self, day: date) -> str:
        return labels.format_date(day, QLocale.FormatType.LongFormat)

    def time_text(self, moment: time) -> str:
        return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)

    def all_day_text(self) -> str:
        return _tr("all day")
