"""The closed vocabularies of Convivio, stored in the database by their string value."""

from __future__ import annotations

from enum import StrEnum


class NameOrder(StrEnum):
    """Whether a person's family name is written first (Chinese, Japanese, Korean, Hungarian…)."""

    GIVEN_FIRST = "given-first"
    FAMILY_FIRST = "family-first"


class EventKind(StrEnum):
    DINNER = "dinner"
    MEETUP = "meetup"
    WORKSHOP = "workshop"
    CLASS = "class"
    TALK = "talk"
    PANEL = "panel"
    CONFERENCE_SIDE = "conference-side"
    OTHER = "other"


class EventStatus(StrEnum):
    """Life of an event: draft → confirming core → announced → done, or cancelled."""

    DRAFT = "draft"
    CONFIRMING_CORE = "confirming-core"
    ANNOUNCED = "announced"
    DONE = "done"
    CANCELLED = "cancelled"


class OrganizationKind(StrEnum):
    COMPANY = "company"
    COWORKING = "coworking"
    UNIVERSITY = "university"
    RESTAURANT = "restaurant"
    NONPROFIT = "nonprofit"
    COMMUNITY = "community"
    OTHER = "other"


class RsvpResponse(StrEnum):
    INVITED = "invited"
    GOING = "going"
    MAYBE = "maybe"
    DECLINED = "declined"
    WAITLISTED = "waitlisted"
    PENDING_APPROVAL = "pending-approval"


class RsvpSource(StrEnum):
    CORE = "core"
    DIRECT = "direct"
    LUMA = "luma"
    MEETUP = "meetup"
    EVENTBRITE = "eventbrite"
    HIEVENTS = "hievents"
    SPREADSHEET = "spreadsheet"
    WALK_IN = "walk-in"


class Channel(StrEnum):
    """How a one-to-one conversation happened."""

    IN_PERSON = "in-person"
    CALL = "call"
    MESSAGE = "message"
    EMAIL = "email"
    SOCIAL = "social"


class CoreStage(StrEnum):
    """Where a candidate for an event's core of early attendees stands."""

    TO_ASK = "to-ask"
    ASKED = "asked"
    INTERESTED = "interested"
    COMMITTED = "committed"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    NOT_NOW = "not-now"


class AttendeeRole(StrEnum):
    """What someone is at an event: printed as the badge's role stripe."""

    GUEST = "guest"
    HOST = "host"
    SPEAKER = "speaker"
    CORE = "core"
    STAFF = "staff"


class PartnerStage(StrEnum):
    """A venue partner's place in the partnership pipeline."""

    PROSPECT = "prospect"
    ASKED = "asked"
    AGREED = "agreed"
    HOSTED = "hosted"
    THANKED = "thanked"
    DECLINED = "declined"
    PAUSED = "paused"


class PartnershipTerms(StrEnum):
    DONATED = "donated"
    DISCOUNTED = "discounted"
    PAID = "paid"
    IN_KIND = "in-kind"
