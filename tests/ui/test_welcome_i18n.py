"""Every text the welcome, the guide and Preferences show goes through translation.

Uses the translation audit (tests/ui/i18n_audit.py): a translator marks each string the
extractor finds in these modules; any visible word outside a mark would stay English.
"""

from __future__ import annotations

import sys
import zoneinfo
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QWidget

from tests.ui import i18n_audit as audit

from app.ui.context import AppContext
from app.ui.dialogs.preferences_dialog import PreferencesDialog
from app.ui.guide import GuideDialog
from app.ui.welcome import WelcomeDialog

ROOT = Path(__file__).resolve().parents[2]
MODULES = ("app/ui/welcome.py", "app/ui/guide.py", "app/ui/dialogs/preferences_dialog.py")


def extracted() -> set[tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "packaging" / "i18n"))
    import extract  # type: ignore[import-not-found]

    found = extract.extract([ROOT / m for m in MODULES])
    assert not found.problems, found.problems
    messages = list(found.messages)
    for path, context, fields in extract.DATA_FILES:  # label stock names, in Printing
        messages += extract.extract_data(path, context, fields)
    return {(m.context, m.source) for m in messages}


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[audit.MarkingTranslator]:
    translator = audit.MarkingTranslator(audit.catalog_keys() | extracted())
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def allowed(user: str = "") -> set[str]:
    """Words that are data, not interface: zones, language names, the user's own name."""
    zones = {t.casefold() for z in zoneinfo.available_timezones() for t in audit.words(z)}
    # Language names are shown in their own language on purpose (see app.ui.i18n).
    languages = {"english", "deutsch", "简体中文"}
    names = {t.casefold() for t in audit.words(f"{user} Alex Morgan mm")}
    return audit.locale_tokens() | audit.BRANDS | zones | languages | names


def test_the_new_windows_show_only_translated_words(
    qtbot: QtBot, marking: audit.MarkingTranslator, ctx: AppContext, tmp_path: Path
) -> None:
    prefs = shown(qtbot, PreferencesDialog(ctx))
    tops: list[QWidget] = [shown(qtbot, WelcomeDialog(ctx, demo_path=tmp_path / "d.sqlite3"))]
    tops.append(shown(qtbot, GuideDialog()))
    found = []
    words = allowed(ctx.login_name)  # the user's system name, shown as a placeholder
    tabs = prefs.tabs
    assert tabs is not None
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        found += audit.problems([prefs], words, frozenset())
    found += audit.problems(tops, words, frozenset())
    assert not found, "untranslated:\n" + "\n".join(found)
    ours = {context for context, _source in marking.ours}
    missed = sorted(key for key in marking.missed if key[0] in ours)
    assert not missed, missed
    contexts = {context for context, _source in marking.found}
    assert {"WelcomeDialog", "GuideDialog", "PreferencesDialog"} <= contexts
