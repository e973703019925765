"""Choose the interface language at start-up: our catalogs, Qt's own, and the locale to match.

Catalogs are `resources/translations/convivio_<code>.qm`, compiled from the `.ts` files by
`make translations` (and by the bundle build). Qt's catalogs (`qtbase_<code>.qm`) come with
PySide6 and translate what Qt itself writes: OK / Cancel / Save buttons, the line edit's context
menu, file dialogs. Dates and numbers follow the language through `QLocale.setDefault`.

Switching language while the app runs loads the new catalogs, but the windows already open
keep the words they were built with; Preferences says the change applies after a restart.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource_path

log = logging.getLogger(__name__)

CATALOG_PREFIX = "convivio_"
QT_CATALOGS = ("qtbase",)
ENGLISH = "en"


def _tr(text: str) -> str:
    return QCoreApplication.translate("i18n", text)


@dataclass(frozen=True)
class Language:
    code: str
    """The value stored in the `ui/language` setting ("" means: follow the system)."""
    native_name: str
    """How speakers of the language call it; shown untranslated, so anyone can find theirs."""
    locale: str
    """The QLocale name used when the system's locale is of another language."""


LANGUAGES: tuple[Language, ...] = (
    Language(ENGLISH, "English", "en_US"),
    Language("de", "Deutsch", "de_DE"),
    Language("zh_CN", "简体中文", "zh_CN"),
)
"""Every language with a catalog (English is the source language and needs none)."""


def language_choices() -> list[tuple[str, str]]:
    """(setting value, label) pairs for a language chooser, "follow the system" first."""
    return [("", _tr("System default")), *((lang.code, lang.native_name) for lang in LANGUAGES)]


def restart_note() -> str:
    """What a language chooser says under itself."""
    return _tr("A new language applies when you restart Convivio.")


_MNEMONIC_SUFFIX = re.compile(r"\s*[(（]&[^)）]+[)）]")
"""Chinese and Japanese put the Alt+letter after the word: "新建(&N)…"."""


def without_mnemonic(text: str) -> str:
    """A menu text for a toolbar button or tooltip: no "&", no "(&N)", no trailing "…"."""
    text = _MNEMONIC_SUFFIX.sub("", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...").strip()


def _normalize(tag: str) -> str:
    return tag.replace("-", "_")


def match_language(ui_languages: list[str]) -> str:
    """The first of the user's preferred languages (BCP 47 tags, best first) that we have.

    `zh`, `zh_CN`, `zh_SG` and `zh_Hans…` read as Simplified Chinese; `zh_TW`, `zh_HK` and
    `zh_Hant…` are skipped, as a Traditional Chinese reader is better served by the next
    language on their list than by Simplified characters.
    """
    codes = {lang.code for lang in LANGUAGES}
    for tag in ui_languages:
        parts = _normalize(tag).split("_")
        base = parts[0].lower()
        if base == "zh":
            rest = {p.upper() for p in parts[1:]}
            if rest & {"HANT", "TW", "HK", "MO"}:
                continue
            return "zh_CN"
        if base in codes:
            return base
    return ENGLISH


def resolve_language(setting: str, ui_languages: list[str] | None = None) -> str:
    """The language to use for the `ui/language` setting ("" = the system's languages)."""
    codes = {lang.code for lang in LANGUAGES}
    if setting in codes:
        return setting
    if ui_languages is None:
        ui_languages = QLocale.system().uiLanguages()
    return match_language(ui_languages)


def translations_dir() -> Path:
    return resource_path("translations")


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The system's own locale when it is of this language (de_AT stays de_AT), else the
    language's usual one. A bare "C" or "POSIX" system locale reads as US English."""
    system = system or QLocale.system()
    language = next(lang for lang in LANGUAGES if lang.code == code)
    wanted = QLocale(language.locale)
    if system.name() in ("C", "POSIX"):
        return wanted
    simplified = (QLocale.Script.SimplifiedHanScript, QLocale.Script.AnyScript)
    same = system.language() == wanted.language()
    if same and (code != "zh_CN" or system.script() in simplified):
        return system
    return wanted


_installed: list[QTranslator] = []
"""The translators this module put on the application, so a switch can take them off.
(Module state, like the application object they belong to: there is one of each.)"""


def _load(app: QCoreApplication, name: str, folder: Path) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, str(folder)):
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def install_translators(
    app: QCoreApplication, language_setting: str, directory: Path | None = None
) -> str:
    """Install the catalogs for the language the setting asks for; returns its code.

    Missing catalogs are logged, not fatal: the interface then stays in English. `directory`
    overrides where our `.qm` files are (tests compile them into a temporary folder).
    """
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    code = resolve_language(language_setting)
    QLocale.setDefault(locale_for(code))
    if code == ENGLISH:
        return code
    folder = directory or translations_dir()
    if not _load(app, f"{CATALOG_PREFIX}{code}", folder):
        log.warning(
            "no %s%s.qm in %s; the interface stays in English (run `make translations`)",
            CATALOG_PREFIX,
            code,
            folder,
        )
        QLocale.setDefault(locale_for(ENGLISH))
        return ENGLISH
    for catalog in QT_CATALOGS:
        name = f"{catalog}_{code}"
        if not (_load(app, name, qt_translations_dir()) or _load(app, name, folder)):
            log.info("no Qt catalog %s.qm; Qt's own buttons stay in English", name)
    return code


def switch_language(app: QCoreApplication, code: str, directory: Path | None = None) -> str:
    """Change the language for windows opened from now on (Preferences calls this after
    saving the `ui/language` setting); returns the code now in use."""
    return install_translators(app, code, directory)
