"""Convivio in German and Chinese: catalogs load from the setting, words, dates and Qt's own
buttons change, mnemonics stay unique, and the dialogs still fit on a laptop screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableView

from app.services.container import Services
from app.services.demo import DemoRequest, generate
from tests.ui import a11y_checks as a11y
from tests.ui.ui_tour import load_section, tour

from app.ui import i18n, labels
from app.ui import settings as keys
from app.ui.context import AppContext
from app.ui.main_window import MainWindow

SCREEN = (1280, 800)
"""A small laptop screen: no dialog may need more, in any language."""


def start(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


@pytest.mark.usefixtures("restore_language")
def test_the_window_speaks_german_when_the_setting_says_so(
    qtbot: QtBot, qapp: QApplication, qm_dir: Path, ctx: AppContext, services: Services
) -> None:
    generate(services.db, DemoRequest(people=20, events=4, seed=2, today=date(2026, 11, 21)))
    ctx.settings.set(keys.LANGUAGE, "de")
    assert i18n.install_translators(qapp, ctx.settings.get(keys.LANGUAGE), qm_dir) == "de"
    window = start(qtbot, ctx)
    assert menu_titles(window) == ["&Datei", "&Bearbeiten", "&Veranstaltung", "&Ansicht", "&Hilfe"]
    assert window.sidebar.item(1).text() == "Veranstaltungen"
    events = load_section(qtbot, window, "events")
    assert events.count_label.text() == "4 Veranstaltungen"  # type: ignore[attr-defined]
    window.actions_.record_new.trigger()
    dialog = events._open_dialog  # type: ignore[attr-defined]
    assert dialog.windowTitle() == "Neue Veranstaltung"
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.text().replace("&", "") == "Speichern"  # Qt's own catalog, for its buttons
    assert labels.format_date(date(2026, 11, 21)) == "21.11.26"
    assert labels.format_number(1234567) == "1.234.567"


@pytest.mark.usefixtures("restore_language")
def test_the_window_speaks_chinese_when_the_system_does(
    qtbot: QtBot, qapp: QApplication, qm_dir: Path, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "" in the setting means the system's languages; a Chinese reader gets Chinese."""
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("zh_CN"))
    assert i18n.install_translators(qapp, "", qm_dir) == "zh_CN"
    window = start(qtbot, ctx)
    assert menu_titles(window) == ["文件(&F)", "编辑(&E)", "活动(&N)", "视图(&V)", "帮助(&H)"]
    assert window.actions_.record_new.iconText() == "新建"  # toolbars drop the "(&N)…"
    assert QCoreApplication.translate("labels", "Dinner") == "晚宴"
    assert labels.format_date(date(2026, 11, 21)) == "2026/11/21"


def test_languages_resolve_from_the_setting_and_the_system() -> None:
    resolve = i18n.resolve_language
    assert resolve("de", ["zh-CN"]) == "de"  # the setting wins
    assert resolve("", ["de-AT", "en"]) == "de"
    assert resolve("", ["zh-Hans-CN"]) == "zh_CN"
    assert resolve("", ["zh-TW", "de"]) == "de"  # Traditional Chinese readers: their next choice
    assert resolve("", ["fr-FR", "it"]) == "en"
    assert resolve("xx", ["ja"]) == "en"  # a language setting from a later version
    assert [code for code, _name in i18n.language_choices()] == ["", "en", "de", "zh_CN"]


def test_a_locale_of_the_chosen_language_is_kept() -> None:
    assert i18n.locale_for("de", QLocale("de_AT")).name() == "de_AT"
    assert i18n.locale_for("de", QLocale("fr_FR")).name() == "de_DE"
    assert i18n.locale_for("en", QLocale("C")).name() == "en_US"
    assert i18n.locale_for("zh_CN", QLocale("zh_TW")).name() == "zh_CN"


@pytest.mark.usefixtures("restore_language")
def test_a_missing_catalog_leaves_english(qapp: QApplication, tmp_path: Path) -> None:
    assert i18n.install_translators(qapp, "de", tmp_path) == "en"
    assert QCoreApplication.translate("labels", "Dinner") == "Dinner"


@pytest.mark.usefixtures("restore_language")
def test_switching_language_replaces_the_catalogs(qapp: QApplication, qm_dir: Path) -> None:
    assert i18n.switch_language(qapp, "de", qm_dir) == "de"
    assert QCoreApplication.translate("labels", "Dinner") == "Dinner"  # the same word in German
    assert QCoreApplication.translate("labels", "Talk") == "Vortrag"
    assert i18n.switch_language(qapp, "zh_CN", qm_dir) == "zh_CN"
    assert QCoreApplication.translate("labels", "Talk") == "讲座"
    assert i18n.switch_language(qapp, "en", qm_dir) == "en"
    assert QCoreApplication.translate("labels", "Talk") == "Talk"


@pytest.mark.usefixtures("restore_language")
@pytest.mark.parametrize("language", ["en", "de", "zh_CN"])
def test_translated_windows_keep_unique_mnemonics_and_fit_the_screen(
    qtbot: QtBot,
    qapp: QApplication,
    qm_dir: Path,
    ctx: AppContext,
    services: Services,
    language: str,
) -> None:
    generate(services.db, DemoRequest(people=30, events=6, seed=4, today=date(2026, 11, 21)))
    i18n.install_translators(qapp, language, qm_dir)
    window = start(qtbot, ctx)
    problems = []
    for top_menu in window.menuBar().actions():
        letters = [a11y.mnemonic(a.text()) for a in top_menu.menu().actions() if a.text()]
        if len(set(letters)) != len(letters) or None in letters:
            problems.append(f"menu {top_menu.text()}: {letters}")
    for state, windows in tour(qtbot, window):
        for top in windows:
            problems += [f"{state}: {p}" for p in a11y.duplicate_mnemonics(top)]
            size = top.minimumSizeHint()
            if top is not window and (size.width() > SCREEN[0] or size.height() > SCREEN[1]):
                problems.append(
                    f"{state}: {top.windowTitle()} needs {size.width()}×{size.height()}"
                )
            for view in top.findChildren(QTableView):
                problems += [f"{state}: {p}" for p in cut_headers(view)]
    assert not problems, "\n".join(problems)


def cut_headers(view: QTableView) -> list[str]:
    """Column titles wider than their column when the table first shows (the user can widen
    a column, but should not have to, to read what it is)."""
    header = view.horizontalHeader()
    model = view.model()
    if not view.isVisible() or header.isHidden() or model is None:
        return []
    cut = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column) or column == model.columnCount() - 1:
            continue  # the last column stretches
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = header.sectionSizeHint(column)  # the title, its margins, the sort arrow
        if needed > header.sectionSize(column) + 2:
            cut.append(
                f"column “{title}” of {a11y.describe(view)} is cut off "
                f"({header.sectionSize(column)} < {needed}, {header.sectionResizeMode(column)})"
            )
    return cut


def test_toolbar_texts_drop_the_mnemonic_in_either_style() -> None:
    assert i18n.without_mnemonic("&New…") == "New"
    assert i18n.without_mnemonic("新建(&N)…") == "新建"
    assert i18n.without_mnemonic("Datenbank ö&ffnen…") == "Datenbank öffnen"
    assert i18n.without_mnemonic("Tom && Jerry") == "Tom & Jerry"


@pytest.mark.usefixtures("restore_language")
def test_stored_guest_history_reads_in_the_users_language(qapp: QApplication, qm_dir: Path) -> None:
    """The services store history details in English; the known ones are translated."""
    from app.ui import rsvp_labels

    i18n.install_translators(qapp, "de", qm_dir)
    detail = "calendar invitation exported (SEQUENCE 2); role guest → speaker; from elsewhere"
    assert rsvp_labels.history_detail(detail) == (
        "Kalendereinladung exportiert (Version 2); Rolle Gast → Speaker; from elsewhere"
    )
    i18n.install_translators(qapp, "zh_CN", qm_dir)
    assert labels.word_list(["晚宴", "讲座"]) == "晚宴、讲座"
    assert rsvp_labels.history_detail("imported from luma.csv (line 12)") == (
        "从 luma.csv 导入（第 12 行）"
    )
