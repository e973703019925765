"""The English words for stages and statuses inside messages, translatable like the messages.

`stage.value` is what the command line and the database use; in a sentence for the user the
word comes from here, so the UI can show it in the user's language.
"""

from __future__ import annotations

from app.domain.enums import CoreStage, EventStatus, PartnerStage
from app.domain.messages import Message, msg

_CORE_STAGES = {
    CoreStage.TO_ASK: msg("to ask"),
    CoreStage.ASKED: msg("asked"),
    CoreStage.INTERESTED: msg("interested"),
    CoreStage.COMMITTED: msg("committed"),
    CoreStage.CONFIRMED: msg("confirmed"),
    CoreStage.DECLINED: msg("declined"),
    CoreStage.NOT_NOW: msg("not now"),
}

_EVENT_STATUSES = {
    EventStatus.DRAFT: msg("draft"),
    EventStatus.CONFIRMING_CORE: msg("confirming-core"),
    EventStatus.ANNOUNCED: msg("announced"),
    EventStatus.DONE: msg("done"),
    EventStatus.CANCELLED: msg("cancelled"),
}

_PARTNER_STAGES = {
    PartnerStage.PROSPECT: msg("prospect"),
    PartnerStage.ASKED: msg("asked"),
    PartnerStage.AGREED: msg("agreed"),
    PartnerStage.HOSTED: msg("hosted"),
    PartnerStage.THANKED: msg("thanked"),
    PartnerStage.DECLINED: msg("declined"),
    PartnerStage.PAUSED: msg("paused"),
}


def core_stage(stage: CoreStage) -> Message:
    """ "to ask", "not now": a core stage in plain words."""
    return _CORE_STAGES[CoreStage(stage)]


def event_status(status: EventStatus | str) -> Message:
    """ "draft", "confirming-core": an event's status as the messages name it."""
    return _EVENT_STATUSES[EventStatus(status)]


def partner_stage(stage: PartnerStage) -> Message:
    """ "prospect", "agreed": a venue partner's stage."""
    return _PARTNER_STAGES[PartnerStage(stage)]
