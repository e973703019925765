"""People and organizations: names in the person's own order, e-mail rules, drafts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.enums import NameOrder, OrganizationKind
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.domain.text import clean, is_cjk

MAX_NAME = 200
MAX_EMAIL = 254
_EMAIL = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\".]{2,}$")


def full_name(given: str, family: str, order: NameOrder) -> str:
    """The whole name as the person writes it.

    Family-first names in CJK scripts are written without a space (张伟); family-first names in
    Latin script keep one (Zhang Wei).
    """
    parts = [family, given] if order is NameOrder.FAMILY_FIRST else [given, family]
    parts = [p for p in parts if p]
    if len(parts) == 2 and order is NameOrder.FAMILY_FIRST and is_cjk(parts[0] + parts[1]):
        return parts[0] + parts[1]
    return " ".join(parts)


def call_name(given: str, family: str, preferred: str) -> str:
    """The name to greet someone with: their preferred name, else the given name."""
    if preferred:
        return preferred
    if given:
        return given
    return family


def is_valid_email(address: str) -> bool:
    return len(address) <= MAX_EMAIL and _EMAIL.match(address) is not None


def email_key(address: str) -> str:
    """Key for matching e-mail addresses: case-insensitive, surrounding space ignored."""
    return address.strip().casefold()


def parse_tags(text: str) -> list[str]:
    """Split "a, b; c" into clean, de-duplicated tag names, keeping the first spelling."""
    seen: dict[str, str] = {}
    for raw in re.split(r"[,;\n]", text):
        name = clean(raw)
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return list(seen.values())


@dataclass(frozen=True)
class PersonDraft:
    """What a user typed for a person; `validated()` returns a cleaned copy or raises."""

    given_name: str = ""
    family_name: str = ""
    name_order: NameOrder = NameOrder.GIVEN_FIRST
    preferred_name: str = ""
    pronouns: str = ""
    emails: tuple[str, ...] = ()
    phone: str = ""
    organization: str = ""
    job_title: str = ""
    tags: tuple[str, ...] = ()
    notes: str = ""
    how_we_met: str = ""

    def validated(self) -> PersonDraft:
        given, family = clean(self.given_name), clean(self.family_name)
        if not given and not family:
            raise ValidationError(
                "given_name", msg("A person needs a given name or a family name.")
            )
        for name, value in (("given_name", given), ("family_name", family)):
            if len(value) > MAX_NAME:
                raise ValidationError(
                    name, msg("The name is longer than {limit} characters.", limit=MAX_NAME)
                )
        emails: list[str] = []
        for raw in self.emails:
            address = clean(raw)
            if not address:
                continue
            if not is_valid_email(address):
                raise ValidationError(
                    "emails", msg("“{address}” is not a valid e-mail address.", address=address)
                )
            if email_key(address) not in {email_key(e) for e in emails}:
                emails.append(address)
        return PersonDraft(
            given_name=given,
            family_name=family,
            name_order=NameOrder(self.name_order),
            preferred_name=clean(self.preferred_name),
            pronouns=clean(self.pronouns),
            emails=tuple(emails),
            phone=clean(self.phone),
            organization=clean(self.organization),
            job_title=clean(self.job_title),
            tags=tuple(parse_tags(",".join(self.tags))),
            notes=(self.notes or "").strip(),
            how_we_met=(self.how_we_met or "").strip(),
        )


@dataclass(frozen=True)
class OrganizationDraft:
    name: str = ""
    kind: OrganizationKind = OrganizationKind.COMPANY
    website: str = ""
    notes: str = ""

    def validated(self) -> OrganizationDraft:
        name = clean(self.name)
        if not name:
            raise ValidationError("name", msg("An organization needs a name."))
        if len(name) > MAX_NAME:
            raise ValidationError(
                "name", msg("The name is longer than {limit} characters.", limit=MAX_NAME)
            )
        website = clean(self.website)
        if website and " " in website:
            raise ValidationError("website", msg("A website address can't contain spaces."))
        return OrganizationDraft(
            name=name,
            kind=OrganizationKind(self.kind),
            website=website,
            notes=(self.notes or "").strip(),
        )
