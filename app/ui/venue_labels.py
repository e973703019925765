"""Translated words for venue partners: stages, terms, amenities, channels, warnings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.enums import Channel, PartnershipTerms, PartnerStage
from app.domain.venue_warnings import Layout, VenueWarning, WarningKind
from app.domain.venues import Amenity, GiveBack

from app.ui import labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("venue_labels", text)


def stage(value: PartnerStage) -> str:
    return {
        PartnerStage.PROSPECT: _tr("Prospect"),
        PartnerStage.ASKED: _tr("Asked"),
        PartnerStage.AGREED: _tr("Agreed"),
        PartnerStage.HOSTED: _tr("Hosted"),
        PartnerStage.THANKED: _tr("Thanked"),
        PartnerStage.DECLINED: _tr("Declined"),
        PartnerStage.PAUSED: _tr("Paused"),
    }[value]


def terms(value: PartnershipTerms) -> str:
    return {
        PartnershipTerms.DONATED: _tr("Donated"),
        PartnershipTerms.DISCOUNTED: _tr("Discounted"),
        PartnershipTerms.PAID: _tr("Paid"),
        PartnershipTerms.IN_KIND: _tr("In kind"),
    }[value]


def amenity(value: Amenity) -> str:
    return {
        Amenity.PROJECTOR: _tr("Projector / screen"),
        Amenity.MICROPHONES: _tr("Microphones"),
        Amenity.VIDEO_CALL: _tr("Video call"),
        Amenity.KITCHEN: _tr("Kitchen"),
        Amenity.WIFI: _tr("Wi-Fi"),
        Amenity.STEP_FREE: _tr("Step-free access"),
        Amenity.LIFT: _tr("Lift"),
        Amenity.ACCESSIBLE_TOILET: _tr("Accessible toilet"),
    }[value]


def give_back(value: GiveBack) -> str:
    return {
        GiveBack.RECRUITING: _tr("Recruiting visibility"),
        GiveBack.TALK_SLOT: _tr("A talk slot"),
        GiveBack.LOGO: _tr("Logo on the invitation"),
        GiveBack.PR: _tr("PR"),
    }[value]


def vocabulary_text(values: tuple[str, ...]) -> str:
    """Amenities or give-backs as words: known codes translated, free text as typed."""
    words = []
    for value in values:
        if value in set(Amenity):
            words.append(amenity(Amenity(value)))
        elif value in set(GiveBack):
            words.append(give_back(GiveBack(value)))
        else:
            words.append(value)
    return labels.word_list(words)


def channel(value: Channel) -> str:
    return {
        Channel.IN_PERSON: _tr("In person"),
        Channel.CALL: _tr("Call"),
        Channel.MESSAGE: _tr("Message"),
        Channel.EMAIL: _tr("E-mail"),
        Channel.SOCIAL: _tr("Social media"),
    }[value]


def _limit(warning: VenueWarning) -> str:
    limit = warning.limit
    assert limit is not None
    number = labels.format_number(limit.number)
    if limit.layout is Layout.SEATED:
        return _tr("%1 holds %2 seated").replace("%1", limit.place).replace("%2", number)
    if limit.layout is Layout.STANDING:
        return _tr("%1 holds %2 standing").replace("%1", limit.place).replace("%2", number)
    return _tr("%1 holds %2").replace("%1", limit.place).replace("%2", number)


def warning_text(warning: VenueWarning) -> str:
    """A warning in the user's language, from its numbers (the domain's text is English)."""
    kind = warning.kind
    if kind is WarningKind.CAPACITY_SET_TOO_HIGH:
        return (
            _tr("The event allows %1 people, but %2.")
            .replace("%1", labels.format_number(warning.count or 0))
            .replace("%2", _limit(warning))
        )
    if kind is WarningKind.TOO_MANY_GOING:
        return (
            _tr("%1 people are going (with guests), but %2.")
            .replace("%1", labels.format_number(warning.count or 0))
            .replace("%2", _limit(warning))
        )
    if kind is WarningKind.PAST_CLOSING:
        assert warning.closes_at is not None
        assert warning.ends_at is not None
        return (
            _tr("The event ends at %1, but the venue closes at %2 (%3): %4 min too late.")
            .replace("%1", labels.format_time(warning.ends_at))
            .replace("%2", labels.format_time(warning.closes_at))
            .replace("%3", warning.zone)
            .replace("%4", labels.format_number(warning.minutes_over or 0))
        )
    assert warning.due_on is not None
    assert warning.days_left is not None
    due = labels.format_date(warning.due_on)
    if kind is WarningKind.GUEST_LIST_OVERDUE:
        return _tr("The venue wanted the guest list by %1; send it now.").replace("%1", due)
    if warning.days_left == 0:
        return _tr("The venue wants the guest list today (%1).").replace("%1", due)
    if warning.days_left == 1:
        return _tr("The venue wants the guest list tomorrow (%1).").replace("%1", due)
    return (
        _tr("The venue wants the guest list in %1 days (%2).")
        .replace("%1", labels.format_number(warning.days_left))
        .replace("%2", due)
    )
