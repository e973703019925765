"""Header names → fields, in many languages; the mapping the user can correct."""

from __future__ import annotations

import pytest

from app.services.guestlists import ColumnMapping, Field, GuestListFormat, guess_mapping
from app.services.guestlists.aliases import header_key

F = Field
GENERIC = GuestListFormat.GENERIC


def fields(header: list[str], fmt: GuestListFormat = GENERIC) -> dict[str, tuple[int, ...]]:
    return {f.value: c for f, c in guess_mapping(header, fmt).as_dict().items()}


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (  # German
            ["Vorname", "Nachname", "E-Mail", "Firma", "Telefon", "Zusage", "Begleitpersonen"],
            {"given_name": (0,), "family_name": (1,), "email": (2,), "organization": (3,),
             "phone": (4,), "response": (5,), "guests": (6,)},
        ),
        (  # French: "Nom" is the family name next to "Prénom"
            ["Prénom", "Nom", "Courriel", "Société", "Téléphone", "Réponse", "Régime alimentaire"],
            {"given_name": (0,), "family_name": (1,), "email": (2,), "organization": (3,),
             "phone": (4,), "response": (5,), "dietary": (6,)},
        ),
        (  # Spanish: "Nombre" is the given name next to "Apellidos"
            ["Nombre", "Apellidos", "Correo electrónico", "Empresa", "Cargo", "Acompañantes"],
            {"given_name": (0,), "family_name": (1,), "email": (2,), "organization": (3,),
             "job_title": (4,), "guests": (5,)},
        ),
        (  # Portuguese
            ["Nome", "Sobrenome", "E-mail", "Empresa", "Telefone", "Observações"],
            {"given_name": (0,), "family_name": (1,), "email": (2,), "organization": (3,),
             "phone": (4,), "notes": (5,)},
        ),
        (  # Italian
            ["Nome", "Cognome", "Posta elettronica", "Azienda", "Ruolo", "Esigenze alimentari"],
            {"given_name": (0,), "family_name": (1,), "email": (2,), "organization": (3,),
             "job_title": (4,), "dietary": (5,)},
        ),
        (  # Dutch
            ["Voornaam", "Achternaam", "E-mailadres", "Bedrijf", "Functie", "Opmerkingen"],
            {"given_name": (0,), "family_name": (1,), "email": (2,), "organization": (3,),
             "job_title": (4,), "notes": (5,)},
        ),
        (  # Simplified Chinese
            ["姓", "名", "邮箱", "公司", "职位", "手机", "备注"],
            {"family_name": (0,), "given_name": (1,), "email": (2,), "organization": (3,),
             "job_title": (4,), "phone": (5,), "notes": (6,)},
        ),
        (  # Japanese
            ["氏名", "メールアドレス", "会社名", "役職", "電話番号", "備考"],
            {"full_name": (0,), "email": (1,), "organization": (2,), "job_title": (3,),
             "phone": (4,), "notes": (5,)},
        ),
    ],
)
def test_localized_headers_map(header: list[str], expected: dict[str, tuple[int, ...]]) -> None:
    assert fields(header) == expected


@pytest.mark.parametrize("word", ["Nom", "Naam", "Nombre", "Nome"])
def test_an_ambiguous_name_word_alone_is_the_whole_name(word: str) -> None:
    assert fields([word, "Email"]) == {"full_name": (0,), "email": (1,)}


@pytest.mark.parametrize(
    "spelling", ["E-Mail", "e_mail", " EMAIL ", "E‑mail", "Ｅ－ｍａｉｌ", "email:", "Email Address"]
)
def test_matching_ignores_case_width_space_and_punctuation(spelling: str) -> None:
    assert fields(["Name", spelling]) == {"full_name": (0,), "email": (1,)}


def test_header_key_folds_accents_and_reads_hash_as_number() -> None:
    assert header_key("Prénom") == "prenom"
    assert header_key("Attendee #") == header_key("Attendee no.") == "attendeeno"
    assert header_key("+1") == "plus1"


def test_custom_questions_about_food_and_access_are_found() -> None:
    header = ["First Name", "Last Name", "Dietary restrictions?", "Any allergies",
              "Accessibility needs", "Do you need wheelchair access?", "How did you hear of us?"]
    assert fields(header, GuestListFormat.EVENTBRITE) == {
        "given_name": (0,), "family_name": (1,), "dietary": (2, 3), "accessibility": (4, 5),
    }


def test_platform_meanings_override_generic_ones() -> None:
    meetup = ["Name", "User ID", "Title", "Event Host", "RSVP", "Attendance"]
    assert fields(meetup, GuestListFormat.MEETUP) == {
        "full_name": (0,), "platform_user_id": (1,), "response": (4,), "checked_in": (5,),
    }
    # In a hand-made list "Title" is a job title.
    assert fields(["Name", "Title"]) == {"full_name": (0,), "job_title": (1,)}


def test_eventbrite_quantity_is_not_a_guest_count_and_mobile_beats_home_phone() -> None:
    header = ["First Name", "Surname", "Quantity", "Home Phone", "Mobile Phone"]
    assert fields(header, GuestListFormat.EVENTBRITE) == {
        "given_name": (0,), "family_name": (1,), "phone": (4,),
    }


def test_the_leftmost_column_wins_a_tie() -> None:
    assert fields(["Name", "Email", "E-Mail"]) == {"full_name": (0,), "email": (1,)}


def test_mapping_is_immutable_and_corrections_return_new_mappings() -> None:
    mapping = guess_mapping(["Name", "Email", "Notes", "Phone"], GENERIC)
    corrected = mapping.with_column(F.PHONE, None).with_column(F.NOTES, 3)
    assert mapping.column(F.PHONE) == 3
    assert corrected.column(F.PHONE) is None
    assert corrected.columns(F.NOTES) == (3,)  # column 3 left phone, column 2 left notes
    assert corrected.field_at(2) is None
    assert corrected.field_at(3) is F.NOTES
    with pytest.raises(AttributeError):
        mapping.assignments = ()  # type: ignore[misc]


def test_reassigning_a_column_takes_it_from_its_old_field() -> None:
    mapping = ColumnMapping.of({F.FULL_NAME: 0, F.ORGANIZATION: 1})
    moved = mapping.with_column(F.JOB_TITLE, 1)
    assert moved.as_dict() == {F.FULL_NAME: (0,), F.JOB_TITLE: (1,)}


def test_mappings_compare_by_content_in_any_order() -> None:
    one = ColumnMapping.of({F.EMAIL: 1, F.FULL_NAME: 0})
    other = ColumnMapping.of({F.FULL_NAME: 0, F.EMAIL: 1})
    assert one == other
    assert hash(one) == hash(other)
    assert one.has_name
    assert not ColumnMapping.of({F.EMAIL: 1}).has_name


@pytest.mark.parametrize(
    "columns",
    [
        {F.EMAIL: (1, 2)},  # e-mail is a single-column field
        {F.EMAIL: 1, F.PHONE: 1},  # one column can't feed two fields
        {F.EMAIL: -1},
    ],
)
def test_invalid_mappings_are_refused(columns: dict[Field, int | tuple[int, ...]]) -> None:
    with pytest.raises(ValueError, match="column"):
        ColumnMapping.of(columns)


def test_free_text_fields_take_several_columns() -> None:
    mapping = ColumnMapping.of({F.FULL_NAME: 0}).with_columns(F.DIETARY, [2, 3, 2])
    assert mapping.columns(F.DIETARY) == (2, 3)
    assert mapping.column(F.DIETARY) == 2


def test_an_ambiguous_word_next_to_a_whole_name_column_stays_unmapped() -> None:
    assert fields(["Name", "Nom", "Email"]) == {"full_name": (0,), "email": (2,)}


def test_a_field_assigned_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="assigned twice"):
        ColumnMapping(((F.EMAIL, (1,)), (F.EMAIL, (2,))))
