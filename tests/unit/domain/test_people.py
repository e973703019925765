from __future__ import annotations

import pytest

from app.domain.enums import NameOrder, OrganizationKind
from app.domain.errors import ValidationError
from app.domain.people import (
    OrganizationDraft,
    PersonDraft,
    call_name,
    email_key,
    full_name,
    is_valid_email,
    parse_tags,
)


@pytest.mark.parametrize(
    ("given", "family", "order", "expected"),
    [
        ("Ada", "Lovelace", NameOrder.GIVEN_FIRST, "Ada Lovelace"),
        ("伟", "张", NameOrder.FAMILY_FIRST, "张伟"),
        ("花子", "佐藤", NameOrder.FAMILY_FIRST, "佐藤花子"),
        ("민준", "김", NameOrder.FAMILY_FIRST, "김민준"),
        ("Wei", "Zhang", NameOrder.FAMILY_FIRST, "Zhang Wei"),
        ("Zoltán", "Nagy", NameOrder.FAMILY_FIRST, "Nagy Zoltán"),
        ("Cher", "", NameOrder.GIVEN_FIRST, "Cher"),
        ("", "Björk", NameOrder.FAMILY_FIRST, "Björk"),
    ],
)
def test_full_name_follows_the_persons_order(
    given: str, family: str, order: NameOrder, expected: str
) -> None:
    assert full_name(given, family, order) == expected


def test_call_name_prefers_the_preferred_name() -> None:
    assert call_name("Robert", "Smith", "Bob") == "Bob"
    assert call_name("Robert", "Smith", "") == "Robert"
    assert call_name("", "Smith", "") == "Smith"


@pytest.mark.parametrize(
    ("address", "ok"),
    [
        ("ada@example.org", True),
        ("zhang.wei@example.cn", True),
        ("o'brien+events@craic.ie", True),
        ("no-at-sign", False),
        ("two@@example.org", False),
        ("space in@example.org", False),
        ("ada@localhost", False),
        ("ada@example.o", False),
        ("a" * 250 + "@example.org", False),
    ],
)
def test_email_validation(address: str, ok: bool) -> None:
    assert is_valid_email(address) is ok


def test_email_key_is_case_insensitive() -> None:
    assert email_key(" Ada@Example.ORG ") == email_key("ada@example.org")


def test_parse_tags_dedupes_case_insensitively_keeping_first_spelling() -> None:
    assert parse_tags("Core, speaker; core\nVIP, ,") == ["Core", "speaker", "VIP"]


def test_person_draft_needs_a_name() -> None:
    with pytest.raises(ValidationError) as info:
        PersonDraft(given_name="  ", family_name="").validated()
    assert info.value.field == "given_name"


def test_person_draft_rejects_a_bad_email_naming_it() -> None:
    with pytest.raises(ValidationError, match="not-an-email") as info:
        PersonDraft(given_name="Ada", emails=("not-an-email",)).validated()
    assert info.value.field == "emails"


def test_person_draft_rejects_overlong_names() -> None:
    with pytest.raises(ValidationError):
        PersonDraft(given_name="x" * 201).validated()


def test_person_draft_cleans_everything() -> None:
    draft = PersonDraft(
        given_name=" Zoe\u0308 ",
        family_name="O'Brien",
        emails=("zoe@example.ie", "", "ZOE@example.ie", "z2@example.ie"),
        tags=("core", "Core", "press"),
        notes="  hi  ",
    ).validated()
    assert draft.given_name == "Zoë"
    assert draft.emails == ("zoe@example.ie", "z2@example.ie")
    assert draft.tags == ("core", "press")
    assert draft.notes == "hi"


def test_organization_draft_rules() -> None:
    with pytest.raises(ValidationError):
        OrganizationDraft(name=" ").validated()
    with pytest.raises(ValidationError):
        OrganizationDraft(name="x" * 201).validated()
    with pytest.raises(ValidationError) as info:
        OrganizationDraft(name="Acme", website="http://a b").validated()
    assert info.value.field == "website"
    ok = OrganizationDraft(name=" Acme ", kind=OrganizationKind.COWORKING).validated()
    assert ok.name == "Acme"
