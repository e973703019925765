"""Translated words of the calendar-invite area: why a guest gets a file, or doesn't."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.services.dto import EventDto
from app.services.invite_dto import InvitePlan, SkipReason, Why

from app.ui import labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("invite_labels", text)


def why(value: Why) -> str:
    """What the guest gets and why, in a few words."""
    return {
        Why.NEW: _tr("Invitation (new)"),
        Why.OUTDATED: _tr("Updated invitation"),
        Why.REINSTATED: _tr("Invitation again (after a cancellation)"),
        Why.CURRENT: _tr("Invitation (again)"),
        Why.CANCELLED_EVENT: _tr("Cancellation"),
        Why.UNINVITED: _tr("Cancellation (un-invited)"),
    }[value]


def skip(value: SkipReason) -> str:
    """Why a guest gets nothing this time."""
    return {
        SkipReason.NO_EMAIL: _tr("Skipped: no e-mail address"),
        SkipReason.BAD_EMAIL: _tr("Skipped: e-mail address calendars can't use"),
        SkipReason.WAITLISTED: _tr("Skipped: on the waitlist"),
        SkipReason.PENDING: _tr("Skipped: waiting for approval"),
        SkipReason.DECLINED: _tr("Skipped: declined"),
        SkipReason.UP_TO_DATE: _tr("Skipped: has the current invitation"),
        SkipReason.NEVER_INVITED: _tr("Skipped: never received an invitation"),
        SkipReason.ALREADY_CANCELLED: _tr("Skipped: already sent the cancellation"),
    }[value]


def skip_short(value: SkipReason, n: int) -> str:
    """ "2 on the waitlist" for a summary line."""
    texts = {
        SkipReason.NO_EMAIL: (
            QT_TRANSLATE_NOOP("invite_labels", "%n without an e-mail address"),
            QT_TRANSLATE_NOOP("invite_labels", "%n without an e-mail address"),
        ),
        SkipReason.BAD_EMAIL: (
            QT_TRANSLATE_NOOP("invite_labels", "%n with an unusable e-mail address"),
            QT_TRANSLATE_NOOP("invite_labels", "%n with unusable e-mail addresses"),
        ),
        SkipReason.WAITLISTED: (
            QT_TRANSLATE_NOOP("invite_labels", "%n on the waitlist"),
            QT_TRANSLATE_NOOP("invite_labels", "%n on the waitlist"),
        ),
        SkipReason.PENDING: (
            QT_TRANSLATE_NOOP("invite_labels", "%n waiting for approval"),
            QT_TRANSLATE_NOOP("invite_labels", "%n waiting for approval"),
        ),
        SkipReason.DECLINED: (
            QT_TRANSLATE_NOOP("invite_labels", "%n declined"),
            QT_TRANSLATE_NOOP("invite_labels", "%n declined"),
        ),
        SkipReason.UP_TO_DATE: (
            QT_TRANSLATE_NOOP("invite_labels", "%n already up to date"),
            QT_TRANSLATE_NOOP("invite_labels", "%n already up to date"),
        ),
        SkipReason.NEVER_INVITED: (
            QT_TRANSLATE_NOOP("invite_labels", "%n never invited"),
            QT_TRANSLATE_NOOP("invite_labels", "%n never invited"),
        ),
        SkipReason.ALREADY_CANCELLED: (
            QT_TRANSLATE_NOOP("invite_labels", "%n already cancelled"),
            QT_TRANSLATE_NOOP("invite_labels", "%n already cancelled"),
        ),
    }
    one, many = texts[value]
    return labels.count("invite_labels", n, str(one), str(many))  # i18n: noop


def skipped_summary(plan: InvitePlan) -> str:
    """ "Skipped 3: 2 on the waitlist, 1 without an e-mail address." or empty."""
    if not plan.skipped:
        return ""
    parts = labels.word_list(skip_short(r, n) for r, n in plan.skipped_by_reason().items())
    return (
        _tr("Skipped %1: %2.")
        .replace("%1", labels.format_number(len(plan.skipped)))
        .replace("%2", parts)
    )


def event_when(event: EventDto) -> str:
    """ "Friday, 25 December 2026, 19:00–22:00 (Europe/Berlin)" in the user's locale."""
    long = QLocale.FormatType.LongFormat
    start, end = event.start_local, event.end_local
    if event.all_day:
        first, last = start.date(), event.last_day
        days = labels.format_date(first, long)
        if last != first:
            days += " – " + labels.format_date(last, long)
        return days
    if start.date() == end.date():
        span = f"{labels.format_time(start)}–{labels.format_time(end)}"
        return f"{labels.format_date(start.date(), long)}, {span} ({event.timezone})"
    return (
        f"{labels.format_date(start.date(), long)} {labels.format_time(start)} – "
        f"{labels.format_date(end.date(), long)} {labels.format_time(end)} ({event.timezone})"
    )
