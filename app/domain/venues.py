"""Venue partners: what a venue offers, what the partnership costs, and the partnership pipeline.

A venue belongs to an organization and has rooms, contact people and terms. Its partnership
moves prospect → asked → agreed → hosted → thanked, and can be declined or paused from any
stage. Each move is logged as a step, like a conversation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from app.domain import words
from app.domain.enums import Channel, PartnershipTerms, PartnerStage
from app.domain.errors import DomainError, ValidationError
from app.domain.events import last_day, to_local, zone
from app.domain.messages import msg, word_list
from app.domain.text import clean, fold

MAX_NAME = 200
MAX_ROOM_CAPACITY = 100_000
MAX_GUEST_LIST_DAYS = 90
MAX_LIST_ITEMS = 30
MAX_ITEM = 100
MAX_LINK = 500
MAX_COST = Decimal("9999999999.99")
MAX_ROLE = 100


class Amenity(StrEnum):
    """The amenities everyone asks about; venues may list others in their own words."""

    PROJECTOR = "projector"
    MICROPHONES = "microphones"
    VIDEO_CALL = "video-call"
    KITCHEN = "kitchen"
    WIFI = "wifi"
    STEP_FREE = "step-free"
    LIFT = "lift"
    ACCESSIBLE_TOILET = "accessible-toilet"


ACCESSIBILITY = frozenset({Amenity.STEP_FREE, Amenity.LIFT, Amenity.ACCESSIBLE_TOILET})

AMENITY_WORDS: dict[Amenity, str] = {
    Amenity.PROJECTOR: "Projector / screen",
    Amenity.MICROPHONES: "Microphones",
    Amenity.VIDEO_CALL: "Video call",
    Amenity.KITCHEN: "Kitchen",
    Amenity.WIFI: "Wi-Fi",
    Amenity.STEP_FREE: "Step-free access",
    Amenity.LIFT: "Lift",
    Amenity.ACCESSIBLE_TOILET: "Accessible toilet",
}
"""English words for exports and the command line (the UI has translated ones)."""


class GiveBack(StrEnum):
    """What a partner usually gets in return; others can be written in the partner's words."""

    RECRUITING = "recruiting-visibility"
    TALK_SLOT = "talk-slot"
    LOGO = "logo-on-invitation"
    PR = "pr"


GIVE_BACK_WORDS: dict[GiveBack, str] = {
    GiveBack.RECRUITING: "Recruiting visibility",
    GiveBack.TALK_SLOT: "A talk slot",
    GiveBack.LOGO: "Logo on the invitation",
    GiveBack.PR: "PR",
}

# Active ISO 4217 codes of currencies people pay with (funds, metals and test codes left out).
_CURRENCY_CODES = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
    FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES
    KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR
    MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB
    RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY
    TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG
    ZWL"""
CURRENCIES = frozenset(_CURRENCY_CODES.split())

PRICED_TERMS = frozenset({PartnershipTerms.PAID, PartnershipTerms.DISCOUNTED})


def _vocabulary_list(
    values: tuple[str, ...], known: Iterable[StrEnum], words: Mapping[Any, str], field: str
) -> tuple[str, ...]:
    """Known values by their code (also recognised by their English words); others as typed.

    Duplicates (ignoring case and accents) go; the first spelling stays.
    """
    by_key = {fold(k.value): k.value for k in known} | {fold(w): k for k, w in words.items()}
    seen: set[str] = set()
    out: list[str] = []
    for raw in values:
        text = clean(raw)
        if not text:
            continue
        if len(text) > MAX_ITEM:
            raise ValidationError(
                field,
                msg(
                    "“{start}…” is longer than {limit} characters.",
                    start=text[:30],
                    limit=MAX_ITEM,
                ),
            )
        value = str(by_key.get(fold(text), text))
        if fold(value) not in seen:
            seen.add(fold(value))
            out.append(value)
    if len(out) > MAX_LIST_ITEMS:
        raise ValidationError(field, msg("List at most {limit} items.", limit=MAX_LIST_ITEMS))
    return tuple(out)


def parse_cost(text: str) -> Decimal | None:
    """A cost typed by a user ("1 200,50" and "1,200.50" are both 1200.50); empty is None."""
    raw = clean(text).replace(" ", "").replace("\u00a0", "").replace("'", "")
    if not raw:
        return None
    if "," in raw and "." in raw:
        decimal_mark = "," if raw.rfind(",") > raw.rfind(".") else "."
        raw = raw.replace("." if decimal_mark == "," else ",", "").replace(",", ".")
    elif "," in raw:
        whole, _, fraction = raw.rpartition(",")
        raw = raw.replace(",", "") if len(fraction) == 3 and whole else raw.replace(",", ".")
    try:
        return Decimal(raw)
    except InvalidOperation as error:
        raise ValidationError(
            "cost", msg("“{text}” is not an amount of money.", text=text)
        ) from error


def _looks_like_link(text: str) -> bool:
    return "://" in text or text.startswith(("/", "~", "\\\\")) or text[1:3] in (":\\", ":/")


@dataclass(frozen=True)
class RoomDraft:
    """A room as typed; `id` is set for rooms that exist, so events keep pointing at them."""

    name: str = ""
    seated: int | None = None
    standing: int | None = None
    notes: str = ""
    id: int | None = None

    def validated(self) -> RoomDraft:
        name = clean(self.name)
        if not name:
            raise ValidationError("rooms", msg("Every room needs a name."))
        if len(name) > MAX_NAME:
            raise ValidationError(
                "rooms", msg("A room name is longer than {limit} characters.", limit=MAX_NAME)
            )
        for value in (self.seated, self.standing):
            if value is not None and not 0 <= value <= MAX_ROOM_CAPACITY:
                raise ValidationError(
                    "rooms",
                    msg(
                        "“{name}”: capacities go from 0 to {limit:,}.",
                        name=name,
                        limit=MAX_ROOM_CAPACITY,
                    ),
                )
        return RoomDraft(name, self.seated, self.standing, (self.notes or "").strip(), self.id)


@dataclass(frozen=True)
class ContactDraft:
    """A person from the contact list who speaks for the venue, and in what role."""

    person_id: int
    role: str = ""


@dataclass(frozen=True)
class VenueDraft:
    """What a user typed for a venue partner; `validated()` returns a cleaned copy or raises."""

    name: str = ""
    organization: str = ""
    address: str = ""
    timezone: str = ""
    """IANA zone of the venue; empty means "the event's zone"."""
    capacity: int | None = None
    """The most people the whole venue may hold, whatever the room."""
    access_notes: str = ""
    url: str = ""
    amenities: tuple[str, ...] = ()
    food_rules: str = ""
    house_rules: str = ""
    closing_time: time | None = None
    guest_list_days_before: int | None = None
    id_required: bool = False
    security_notes: str = ""
    links: tuple[str, ...] = ()
    terms: PartnershipTerms = PartnershipTerms.DONATED
    cost: Decimal | None = None
    currency: str = ""
    gives_back: tuple[str, ...] = ()
    partnership_notes: str = ""
    notes: str = ""
    rooms: tuple[RoomDraft, ...] = ()
    contacts: tuple[ContactDraft, ...] = ()

    def validated(self) -> VenueDraft:
        name = clean(self.name)
        if not name:
            raise ValidationError("name", msg("A venue needs a name."))
        if len(name) > MAX_NAME:
            raise ValidationError(
                "name", msg("The name is longer than {limit} characters.", limit=MAX_NAME)
            )
        organization = clean(self.organization)
        if len(organization) > MAX_NAME:
            raise ValidationError("organization", msg("The organization's name is too long."))
        tz = clean(self.timezone)
        if tz:
            try:
                zone(tz)
            except ValidationError as error:
                raise ValidationError("timezone", error.message) from error
        if self.capacity is not None and not 0 <= self.capacity <= MAX_ROOM_CAPACITY:
            raise ValidationError("capacity", msg("Capacity must be a number from 0 up."))
        url = clean(self.url)
        if url and (" " in url or "://" not in url):
            raise ValidationError(
                "url", msg("The web address must look like https://example.org/…")
            )
        days = self.guest_list_days_before
        if days is not None and not 0 <= days <= MAX_GUEST_LIST_DAYS:
            raise ValidationError(
                "guest_list_days_before",
                msg(
                    "The guest list can be asked for 0 to {limit} days before.",
                    limit=MAX_GUEST_LIST_DAYS,
                ),
            )
        terms = PartnershipTerms(self.terms)
        cost, currency = self._validated_price(terms)
        rooms = tuple(r.validated() for r in self.rooms)
        names = [fold(r.name) for r in rooms]
        for n, key in enumerate(names):
            if key in names[:n]:
                raise ValidationError(
                    "rooms",
                    msg("There are two rooms called “{room}”.", room=rooms[n].name),
                )
        contacts: list[ContactDraft] = []
        for contact in self.contacts:
            role = clean(contact.role)
            if len(role) > MAX_ROLE:
                raise ValidationError(
                    "contacts",
                    msg("A role is longer than {limit} characters.", limit=MAX_ROLE),
                )
            if contact.person_id in {c.person_id for c in contacts}:
                raise ValidationError(
                    "contacts", msg("The same person is listed twice as a contact.")
                )
            contacts.append(ContactDraft(contact.person_id, role))
        return VenueDraft(
            name=name,
            organization=organization,
            address=(self.address or "").strip(),
            timezone=tz,
            capacity=self.capacity,
            access_notes=(self.access_notes or "").strip(),
            url=url,
            amenities=_vocabulary_list(self.amenities, Amenity, AMENITY_WORDS, "amenities"),
            food_rules=(self.food_rules or "").strip(),
            house_rules=(self.house_rules or "").strip(),
            closing_time=None
            if self.closing_time is None
            else self.closing_time.replace(second=0, microsecond=0, tzinfo=None),
            guest_list_days_before=days,
            id_required=bool(self.id_required),
            security_notes=(self.security_notes or "").strip(),
            links=self._validated_links(),
            terms=terms,
            cost=cost,
            currency=currency,
            gives_back=_vocabulary_list(self.gives_back, GiveBack, GIVE_BACK_WORDS, "gives_back"),
            partnership_notes=(self.partnership_notes or "").strip(),
            notes=(self.notes or "").strip(),
            rooms=rooms,
            contacts=tuple(contacts),
        )

    def _validated_price(self, terms: PartnershipTerms) -> tuple[Decimal | None, str]:
        """Cost and currency only mean something for paid and discounted venues."""
        if terms not in PRICED_TERMS:
            return None, ""
        currency = clean(self.currency).upper()
        cost = self.cost
        if cost is None:
            if terms is PartnershipTerms.PAID:
                raise ValidationError("cost", msg("A paid venue needs its cost."))
            return None, currency if currency in CURRENCIES else ""
        if not cost.is_finite() or cost < 0 or cost > MAX_COST:
            raise ValidationError("cost", msg("The cost must be an amount from 0 up."))
        if cost != cost.quantize(Decimal("0.01")):
            raise ValidationError("cost", msg("The cost can have at most two decimals."))
        if not currency:
            raise ValidationError("currency", msg("Say which currency the cost is in (EUR, USD…)."))
        if currency not in CURRENCIES:
            raise ValidationError(
                "currency",
                msg(
                    "“{currency}” is not an ISO 4217 currency code (like EUR or JPY).",
                    currency=currency,
                ),
            )
        return cost.quantize(Decimal("0.01")), currency

    def _validated_links(self) -> tuple[str, ...]:
        links: list[str] = []
        for raw in self.links:
            link = clean(raw)
            if not link or link in links:
                continue
            if len(link) > MAX_LINK or not _looks_like_link(link):
                raise ValidationError(
                    "links",
                    msg("“{link}” is neither a web address nor a file path.", link=link[:40]),
                )
            links.append(link)
        if len(links) > MAX_LIST_ITEMS:
            raise ValidationError("links", msg("List at most {limit} links.", limit=MAX_LIST_ITEMS))
        return tuple(links)


# -- the partnership pipeline ------------------------------------------------------------------

_ANY_TIME = frozenset({PartnerStage.DECLINED, PartnerStage.PAUSED})
ALLOWED_MOVES: dict[PartnerStage, frozenset[PartnerStage]] = {
    PartnerStage.PROSPECT: frozenset({PartnerStage.ASKED, PartnerStage.AGREED}) | _ANY_TIME,
    PartnerStage.ASKED: frozenset({PartnerStage.PROSPECT, PartnerStage.AGREED}) | _ANY_TIME,
    # Thanking after an event nobody logged as "hosted" is still thanking.
    PartnerStage.AGREED: frozenset({PartnerStage.ASKED, PartnerStage.HOSTED, PartnerStage.THANKED})
    | _ANY_TIME,
    PartnerStage.HOSTED: frozenset({PartnerStage.AGREED, PartnerStage.THANKED}) | _ANY_TIME,
    # A thanked partner is asked again, agrees again, hosts again.
    PartnerStage.THANKED: frozenset({PartnerStage.ASKED, PartnerStage.AGREED, PartnerStage.HOSTED})
    | _ANY_TIME,
    PartnerStage.DECLINED: frozenset({PartnerStage.PROSPECT, PartnerStage.ASKED})
    | {PartnerStage.PAUSED},
    PartnerStage.PAUSED: frozenset(
        {PartnerStage.PROSPECT, PartnerStage.ASKED, PartnerStage.AGREED, PartnerStage.DECLINED}
    ),
}
"""Moves between different stages; staying in a stage (another conversation) is always allowed."""

PIPELINE = (
    PartnerStage.PROSPECT,
    PartnerStage.ASKED,
    PartnerStage.AGREED,
    PartnerStage.HOSTED,
    PartnerStage.THANKED,
)


class InvalidMove(DomainError):
    """The partnership can't go from its current stage to the one asked for."""


def allowed_moves(current: PartnerStage) -> tuple[PartnerStage, ...]:
    """Stages a step may move to from `current` (itself first), in pipeline order."""
    targets = ALLOWED_MOVES[current] | {current}
    return tuple(s for s in PartnerStage if s in targets)


def check_move(current: PartnerStage, target: PartnerStage) -> None:
    if target is not current and target not in ALLOWED_MOVES[current]:
        raise InvalidMove(
            msg(
                "A partner that is “{stage}” can't move to “{target}”; it can move to {allowed}.",
                stage=words.partner_stage(current),
                target=words.partner_stage(target),
                allowed=word_list(words.partner_stage(s) for s in allowed_moves(current)),
            )
        )


MAX_NOTE = 5000


@dataclass(frozen=True)
class StepDraft:
    """One logged step: when, how, what was said, where the partnership now stands."""

    stage_to: PartnerStage
    occurred_at: datetime
    """Aware, or naive UTC."""
    channel: Channel = Channel.EMAIL
    note: str = ""
    follow_up_on: date | None = None
    event_id: int | None = None

    def validated(self) -> StepDraft:
        note = (self.note or "").strip()
        if len(note) > MAX_NOTE:
            raise ValidationError(
                "note", msg("The note is longer than {limit} characters.", limit=MAX_NOTE)
            )
        occurred = self.occurred_at
        if occurred.tzinfo is None:
            occurred = occurred.replace(tzinfo=UTC)
        if self.follow_up_on is not None and self.follow_up_on < occurred.date():
            raise ValidationError("follow_up_on", msg("The follow-up can't be before the step."))
        return StepDraft(
            PartnerStage(self.stage_to),
            occurred,
            Channel(self.channel),
            note,
            self.follow_up_on,
            self.event_id,
        )


# -- thanking the host ---------------------------------------------------------------------------

NIGHT_OWL_HOURS = 6
"""An event ending before 06:00 ended the night of the day before."""


def last_event_day(starts_at: datetime, ends_at: datetime, tz: str, *, all_day: bool) -> date:
    """The (local) day an event ended on, as people say it: a party till 02:00 ended "Friday"."""
    if all_day:
        return last_day(ends_at, tz)
    start, end = to_local(starts_at, tz), to_local(ends_at, tz)
    return max(start.date(), (end - timedelta(hours=NIGHT_OWL_HOURS)).date())


def thank_host_due_on(starts_at: datetime, ends_at: datetime, tz: str, *, all_day: bool) -> date:
    """ "Thank the host" is due the day after the event, in the venue's zone."""
    return last_event_day(starts_at, ends_at, tz, all_day=all_day) + timedelta(days=1)
