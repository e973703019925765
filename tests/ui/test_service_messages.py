"""Messages written by services and domain rules reach the user in the user's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTranslator
from PySide6.QtWidgets import QApplication

from app.domain.errors import ValidationError
from app.domain.messages import msg, word_list
from app.services.guestlists import UnreadableGuestList
from tests.ui.conftest import RecordingErrors, type_text

from app.ui import i18n
from app.ui.dialogs.event_dialog import EventDialog
from app.ui.messages import error_text, translated

GERMAN = {
    "{count} guests of {limit:,} in “{room}”.": "{count} Gäste von {limit:,} in „{room}“.",
    "Hello {name}, {who} is waiting.": "Hallo {name}, {who} wartet.",
    "someone else": "jemand anderes",
    "asked": "angefragt",
    "agreed": "vereinbart",
    "It moves to {allowed}.": "Es geht zu {allowed}.",
    "Broken {name}.": "Kaputt {nmae}.",
    "Plain.": "Schlicht.",
}


class FakeGerman(QTranslator):
    """Translates the "Messages" context from a dict, like a compiled catalog would."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return GERMAN.get(source) if context == "Messages" else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    translator = FakeGerman()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.mark.usefixtures("german")
def test_a_message_is_translated_and_filled_in_the_users_language() -> None:
    text = msg("{count} guests of {limit:,} in “{room}”.", count=1200, limit=100000, room="Aula")
    assert text == "1200 guests of 100,000 in “Aula”."
    # Grouped where the template asks for it, in the German way; other numbers as digits.
    assert translated(text) == "1200 Gäste von 100.000 in „Aula“."


@pytest.mark.usefixtures("german")
def test_phrases_and_word_lists_inside_a_message_are_translated_too() -> None:
    text = msg("Hello {name}, {who} is waiting.", name="Ada", who=msg("someone else"))
    assert translated(text) == "Hallo Ada, jemand anderes wartet."
    moves = msg("It moves to {allowed}.", allowed=word_list([msg("asked"), msg("agreed")]))
    assert translated(moves) == "Es geht zu angefragt, vereinbart."


@pytest.mark.usefixtures("german")
def test_plain_text_unknown_templates_and_broken_translations_stay_english() -> None:
    assert translated("Not a message.") == "Not a message."
    assert translated(msg("Plain.")) == "Schlicht."
    assert translated(msg("Unknown {x}.", x=1)) == "Unknown 1."
    assert translated(msg("Broken {name}.", name="Ada")) == "Broken Ada."


@pytest.mark.usefixtures("german")
def test_error_text_translates_what_an_error_was_raised_with() -> None:
    error = ValidationError("name", msg("Hello {name}, {who} is waiting.", name="B", who="C"))
    assert error_text(error) == "Hallo B, C wartet."
    assert error_text(ValueError("plain")) == "plain"


@pytest.mark.usefixtures("restore_language")
def test_without_a_catalog_a_message_reads_exactly_like_its_english_text() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    text = msg("{count} guests of {limit:,} in “{room}”.", count=1200, limit=100000, room="Aula")
    assert translated(text) == str(text)


@pytest.mark.usefixtures("restore_language")
def test_the_event_dialog_shows_validation_errors_in_german(
    qtbot: QtBot, qapp: QApplication, qm_dir: Path, errors: RecordingErrors
) -> None:
    assert i18n.install_translators(qapp, "de", qm_dir) == "de"
    dialog = EventDialog(errors)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.title, "Focus dinner")
    dialog.start.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(19, 0)))
    dialog.end.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(18, 0)))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Die Veranstaltung muss nach ihrem Beginn enden."
    dialog.end.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(22, 30)))
    dialog.timezone.setCurrentText("Nowhere/Land")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.error_label.text() == "„Nowhere/Land“ ist keine bekannte Zeitzone."
    assert errors.shown == []


@pytest.mark.usefixtures("restore_language")
def test_guest_list_and_capacity_messages_come_out_in_chinese(
    qapp: QApplication, qm_dir: Path
) -> None:
    from app.domain.rsvps import CapacityReached

    assert i18n.install_translators(qapp, "zh_CN", qm_dir) == "zh_CN"
    unreadable = UnreadableGuestList("guests.csv", msg("it has no name"), 12)
    assert error_text(unreadable) == "无法将“guests.csv”读取为宾客名单：没有姓名（第 12 行）。"
    assert (
        str(unreadable) == "“guests.csv” can't be read as a guest list: it has no name (line 12)."
    )
    assert error_text(CapacityReached(3, 2)) == "活动已满：这需要 3 个座位，但只剩 2 个空位。"
