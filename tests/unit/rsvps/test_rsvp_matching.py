"""The door's fuzzy matcher, check-in codes and the caterer's summary: pure functions."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from app.domain import checkin_codes
from app.domain.dietary import split_needs, summarize
from app.domain.matching import EXACT, FUZZY, INSIDE, PREFIX, FuzzyIndex, within, word_cost, words

GUESTS = [
    (1, ("Jürgen Groß", "juergen.gross@example.de", "Müller & Söhne GmbH")),
    (2, ("Σοφία Παπαδοπούλου", "sofia@example.gr", "Ελληνική Α.Ε.")),
    (3, ("张伟", "wei.zhang@example.cn", "北京字节")),
    (4, ("Zoë O'Brien-Smythe", "zoe@example.ie", "Craic, Ltd.")),
    (5, ("Jürgen Schmidt", "js@example.de", "Stadtwerke")),
    (6, ("Anna Schmidt", "anna@example.de", "")),
]


def found(query: str) -> list[int]:
    return [m.id for m in FuzzyIndex(GUESTS).search(query)]


def test_words_fold_accents_case_and_split_addresses() -> None:
    assert words("Jürgen GROSS") == ["jurgen", "gross"]
    assert words("juergen.gross@example.de") == ["juergen", "gross", "example", "de"]
    assert words("O'Brien-Smythe") == ["o", "brien", "smythe"]


def test_prefixes_accents_case_and_several_words() -> None:
    assert found("jurg") == [1, 5]
    assert found("jürgen schm") == [5]
    assert found("GROSS") == [1]
    assert found("σοφ") == [2]
    assert found("zoe craic") == [4]
    assert found("smythe") == [4]


def test_exact_beats_prefix_beats_inside_beats_typo() -> None:
    assert word_cost("anna", "anna") == EXACT
    assert word_cost("ann", "anna") == PREFIX
    assert word_cost("chmi", "schmidt") == INSIDE
    assert word_cost("jrugen", "jurgen") == FUZZY + 1
    assert word_cost("schmitd", "schmidt") == FUZZY + 1
    assert found("schmidt") == [5, 6]
    assert [m.score for m in FuzzyIndex(GUESTS).search("anna schmidt")][:1] == [EXACT]


def test_typos_are_forgiven_but_not_in_the_first_letter_or_too_many() -> None:
    assert found("jrugen") == [1, 5]
    assert found("παπαδοπολου") == [2]
    assert found("gorss") == [1]
    assert found("urgen") == [1, 5]  # inside the word
    assert found("xurgen") == []
    assert found("jxxxen") == []
    assert word_cost("ab", "ba") is None  # two letters: no typo allowed


def test_cjk_names_match_by_any_character() -> None:
    assert found("张") == [3]
    assert found("伟") == [3]
    assert found("北京") == [3]


def test_organizations_and_emails_are_searched_and_limit_is_kept() -> None:
    assert found("stadtwerke") == [5]
    assert found("example.ie") == [4]
    assert len(FuzzyIndex(GUESTS).search("example", limit=2)) == 2
    assert len(FuzzyIndex([])) == 0
    assert FuzzyIndex(GUESTS).search("") == []


def test_within_is_the_bounded_alignment_distance() -> None:
    assert within("kitten", "sitting", 3) == 3
    assert within("kitten", "sitting", 2) is None
    assert within("ab", "ba", 1) == 1
    assert within("abc", "abcdef", 2) is None


@given(st.text(alphabet="abcdefg", min_size=0, max_size=8), st.text(alphabet="abcdefg", max_size=8))
def test_within_is_symmetric_and_zero_only_for_equal_words(a: str, b: str) -> None:
    assert within(a, b, 10) == within(b, a, 10)
    assert (within(a, b, 10) == 0) == (a == b)


def test_fifty_thousand_guests_answer_a_keystroke_quickly() -> None:
    import time

    rng = random.Random(4)
    given_names = ["Jürgen", "Anna", "Wei", "Zoë", "Kofi", "Sofia", "Mei", "Olga", "Hamid"]
    family = ["Groß", "Schmidt", "Zhang", "O'Brien", "Mensah", "Papadopoulou", "Lin", "Karimi"]
    index = FuzzyIndex(
        (n, (f"{rng.choice(given_names)} {rng.choice(family)}", f"guest{n}@example.org"))
        for n in range(50_000)
    )
    start = time.perf_counter()
    hits = index.search("jurgen grss")
    assert time.perf_counter() - start < 1.5
    assert hits


def test_check_in_codes_are_unique_unambiguous_and_normalized() -> None:
    codes = checkin_codes.new_codes(5000, {"AAAAAAAA"})
    assert len(set(codes)) == 5000
    assert all(len(c) == checkin_codes.LENGTH for c in codes)
    assert not set("".join(codes)) & set("01OILYZ")
    assert checkin_codes.normalize(" cv-abcd 2345\n") == "ABCD2345"
    assert checkin_codes.looks_like_code("CV-ABCD-2345")
    assert not checkin_codes.looks_like_code("Jürgen")
    assert checkin_codes.payload("ABCD2345") == "CV-ABCD2345"
    draws = iter([0] * 8 + [1] * 8)
    code = checkin_codes.new_code({"22222222"}, lambda _n: next(draws))
    assert code == "33333333"


def test_dietary_summary_groups_spellings_and_ignores_none() -> None:
    summary = summarize(
        [
            ("Zoë", "Vegan; Tree nuts", 1),
            ("Jürgen", "vegan", 0),
            ("Anna", "None", 0),
            ("Wei", "vegetarian, no pork", 0),
            ("Kofi", "", 2),
            ("Ana", "vegan / VEGAN", 0),
            ("Mei", "vegan", 0),
        ]
    )
    assert [(n.label, n.count, n.names) for n in summary.needs] == [
        ("vegan", 4, ("Ana", "Jürgen", "Mei", "Zoë")),
        ("no pork", 1, ("Wei",)),
        ("Tree nuts", 1, ("Zoë",)),
        ("vegetarian", 1, ("Wei",)),
    ]
    assert (summary.people, summary.without_needs, summary.guests) == (7, 2, 3)
    assert split_needs("n/a") == []
    assert split_needs("halal\nno alcohol") == ["halal", "no alcohol"]
