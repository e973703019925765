"""Messages from services and domain rules: English strings that keep their template."""

from __future__ import annotations

import copy
import pickle
from dataclasses import dataclass, replace

import pytest

from app.domain.errors import NotFound, ValidationError
from app.domain.messages import Message, WordList, message_of, msg, word_list
from app.domain.people import PersonDraft


def test_a_message_is_its_english_text_and_keeps_template_and_parameters() -> None:
    text = msg("The name is longer than {limit} characters.", limit=200)
    assert text == "The name is longer than 200 characters."
    assert isinstance(text, str)
    assert text.template == "The name is longer than {limit} characters."
    assert text.params == {"limit": 200}
    assert f"{text}" == str(text) == "The name is longer than 200 characters."
    assert "200 characters" in text
    assert hash(text) == hash("The name is longer than 200 characters.")
    assert repr(text) == repr("The name is longer than 200 characters.")


def test_without_parameters_the_template_is_the_text_braces_and_all() -> None:
    text = msg("{event_title} can't be filled: no event is chosen.")
    assert text == "{event_title} can't be filled: no event is chosen."
    assert text.params == {}


def test_format_specs_and_nested_messages_fill_the_english_text() -> None:
    seats = msg("{count} seats", count=3)
    text = msg("“{name}”: {seats} of {limit:,}.", name="Hall", seats=seats, limit=100000)
    assert text == "“Hall”: 3 seats of 100,000."
    assert text.params["seats"] is seats


def test_building_new_text_gives_a_plain_english_str() -> None:
    text = msg("Hello {name}.", name="Ada")
    for built in (text + "!", "Oh. " + text, text.upper(), f"{text}!", f"{text}"):
        assert type(built) is str
    assert text + "!" == "Hello Ada.!"


def test_messages_survive_pickling_copying_and_frozen_dataclasses() -> None:
    text = msg("Line {line}: {reason}", line=3, reason=msg("it has no name"))
    for copied in (pickle.loads(pickle.dumps(text)), copy.copy(text), copy.deepcopy(text)):
        assert isinstance(copied, Message)
        assert copied == text
        assert copied.template == text.template
        assert copied.params == text.params
        assert isinstance(copied.params["reason"], Message)

    @dataclass(frozen=True)
    class Note:
        message: str
        lines: tuple[int, ...] = ()

    note = replace(Note(text), lines=(3,))
    assert isinstance(note.message, Message)
    assert isinstance(copy.deepcopy(note).message, Message)


def test_a_word_list_reads_as_a_comma_separated_english_list() -> None:
    words = word_list([msg("asked"), msg("agreed")])
    assert words == "asked, agreed"
    assert isinstance(words, WordList)
    assert [w.template for w in words.items] == ["asked", "agreed"]  # type: ignore[attr-defined]
    assert pickle.loads(pickle.dumps(words)).items == words.items


def test_errors_keep_the_message_and_message_of_returns_it() -> None:
    with pytest.raises(ValidationError) as raised:
        PersonDraft(given_name="", family_name="").validated()
    error = raised.value
    assert isinstance(error.message, Message)
    assert str(error) == "A person needs a given name or a family name."
    assert message_of(error) is error.message
    gone = NotFound(msg("This event no longer exists."))
    assert isinstance(message_of(gone), Message)
    assert message_of(ValueError("plain")) == "plain"
    assert message_of(KeyError("a", "b")) == str(KeyError("a", "b"))
