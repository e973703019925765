"""Every visible text is translatable, or is data: the main window, each section, the dialogs.

A marking translator wraps every string found in our catalogs (or Qt's) in invisible marks;
the tour opens each section and dialog, and whatever is on screen outside the marks must be
words the database holds (names, titles, notes), dates or numbers.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from app.services.container import Services
from app.services.demo import DemoRequest, generate
from tests.ui import i18n_audit as audit
from tests.ui.conftest import FakePrompter
from tests.ui.ui_tour import tour

from app.ui.context import AppContext
from app.ui.main_window import MainWindow


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[audit.MarkingTranslator]:
    translator = audit.MarkingTranslator(audit.catalog_keys())
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def _zone_words() -> set[str]:
    return {t.casefold() for z in zoneinfo.available_timezones() for t in audit.words(z)}


def _file_words() -> set[str]:
    """Words of the guest lists and calendar replies the tour imports: data, not UI."""
    folder = Path(__file__).resolve().parents[1] / "data"
    found: set[str] = set()
    for path in [*(folder / "ics").iterdir(), *(folder / "guestlists").iterdir()]:
        text = path.read_bytes().decode("utf-8", "replace")
        found |= {t.casefold() for t in audit.words(f"{path.name} {text}")}
    return found


def _currency_words() -> set[str]:
    from app.domain.venues import CURRENCIES

    return {c.casefold() for c in CURRENCIES}


def _language_words() -> set[str]:
    """Each language's own name: shown untranslated on purpose, so anyone can find theirs."""
    from app.ui.i18n import LANGUAGES

    return {t.casefold() for lang in LANGUAGES for t in audit.words(lang.native_name)}


ALWAYS_ALLOWED = (
    audit.locale_tokens()
    | audit.BRANDS
    | _zone_words()
    | _file_words()
    | _currency_words()
    | _language_words()
)


def run_tour(qtbot: QtBot, ctx: AppContext, db_url: str, prompter: FakePrompter) -> list[str]:
    db_file = Path(db_url.removeprefix("sqlite:///"))
    path_words = {t.casefold() for t in audit.words(f"{db_file} {ctx.login_name}")}
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
    found: list[str] = []
    for name, windows in tour(qtbot, window):
        words, values = audit.data_tokens(db_file)
        allowed = ALWAYS_ALLOWED | path_words | words
        found += [f"{name}: {p}" for p in audit.problems(windows, allowed, values)]
    words, values = audit.data_tokens(db_file)
    allowed = ALWAYS_ALLOWED | path_words | words
    for kind, text in prompter.asked:
        if words := audit.untranslated(text, allowed, values):
            found.append(f"prompter {kind}: {text!r} {words}")
    window.close()
    return sorted(set(found))


def assert_no_missed_lookups(marking: audit.MarkingTranslator) -> None:
    """A lookup in one of our contexts that the catalog lacks: the extractor missed a string
    (or its context is wrong), so it can never be translated."""
    ours = {context for context, _source in marking.ours}
    missed = sorted(key for key in marking.missed if key[0] in ours)
    assert not missed, "looked up, not in the catalogs:\n" + "\n".join(map(str, missed))


def test_every_visible_text_is_translated_with_demo_data(
    qtbot: QtBot,
    marking: audit.MarkingTranslator,
    ctx: AppContext,
    services: Services,
    db_url: str,
    prompter: FakePrompter,
) -> None:
    generate(services.db, DemoRequest(people=40, events=8, seed=3, today=date(2026, 11, 21)))
    found = run_tour(qtbot, ctx, db_url, prompter)
    assert not found, "untranslated:\n" + "\n".join(found)
    assert_no_missed_lookups(marking)
    assert len(marking.found) > 500  # the tour really went through the app


def test_every_visible_text_is_translated_on_an_empty_database(
    qtbot: QtBot,
    marking: audit.MarkingTranslator,
    ctx: AppContext,
    db_url: str,
    prompter: FakePrompter,
) -> None:
    found = run_tour(qtbot, ctx, db_url, prompter)
    assert not found, "untranslated:\n" + "\n".join(found)
    assert_no_missed_lookups(marking)


def test_the_audit_catches_untranslated_words() -> None:
    """The checker itself: marked parts, data words and markup pass; English words don't."""
    mark = audit.OPEN + "Going" + audit.CLOSE
    assert audit.untranslated(f"{mark}: Ada Lovelace", {"ada", "lovelace"}) == []
    assert audit.untranslated(f"<b>{mark}</b> (12)", set()) == []
    assert audit.untranslated("3 seats left", set()) == ["seats", "left"]
    assert audit.untranslated(f"{mark} people", set()) == ["people"]
    assert audit.untranslated("in-person", {"in", "person"}) == ["in-person"]
    assert audit.untranslated("speaker", {"speaker"}, values={"speaker"}) == []
