"""The German and Chinese catalogs are complete, current, and keep placeholders and mnemonics."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "packaging" / "i18n"))

import extract  # noqa: E402
import lint  # noqa: E402
import ts_file  # noqa: E402

LANGUAGES = extract.LANGUAGES
PLACEHOLDER = re.compile(r"%[1-9n]")


def catalog(language: str) -> list[ts_file.Entry]:
    return ts_file.read_ts(extract.CATALOG_DIR / f"convivio_{language}.ts").active()


def mnemonics(text: str) -> list[str]:
    """The characters after single "&"s ("&&" is an ampersand)."""
    return re.findall(r"(?<!&)&([^&\s])", text.replace("&&", ""))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    unfinished = [
        f"{e.context}: {e.source!r}"
        for e in catalog(language)
        if e.state != ts_file.FINISHED or not e.translation.strip()
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match(language: str) -> None:
    """%1…%9 all kept; %n kept too, except where a singular form says "every day" instead."""
    wrong = []
    for e in catalog(language):
        source = sorted(PLACEHOLDER.findall(e.source))
        translated = sorted(PLACEHOLDER.findall(e.translation))
        numbered = [p for p in source if p != "%n"]
        if translated != source and translated != numbered:
            wrong.append(f"{e.context}: {e.source!r} → {e.translation!r}")
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_mnemonics_are_kept(language: str) -> None:
    """A text with an Alt+letter keeps exactly one; Chinese marks a Latin letter: "文件(&F)"."""
    wrong = []
    for e in catalog(language):
        if e.source.lstrip().startswith("<"):
            continue  # rich text: "&" starts an entity there
        expected = len(mnemonics(e.source))
        found = mnemonics(e.translation)
        latin = all(c.isascii() and c.isalnum() for c in found)
        if len(found) != expected or (language == "zh_CN" and not latin):
            wrong.append(f"{e.context}: {e.source!r} → {e.translation!r}")
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogs_hold_exactly_what_the_code_translates(language: str) -> None:
    """Run `python packaging/i18n/extract.py` (then translate) when this fails."""
    extracted = {(m.context, m.source, m.comment) for m in extract.extract_all().messages}
    held = {(e.context, e.source, e.comment) for e in catalog(language)}
    assert sorted(extracted - held) == []
    assert sorted(held - extracted) == []


def test_no_ui_text_skips_translation() -> None:
    files = sorted(p for p in (ROOT / "app" / "ui").rglob("*.py") if "__pycache__" not in p.parts)
    assert [str(f) for f in lint.untranslated(files, ROOT)] == []


MESSAGE_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::[^{}]*)?\}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_message_translations_keep_their_placeholders(language: str) -> None:
    """A service message's translation fills the same {names} as its English template."""
    wrong = []
    for e in catalog(language):
        if e.context != extract.MESSAGE_CONTEXT:
            continue
        source = set(MESSAGE_PLACEHOLDER.findall(e.source))
        translated = set(MESSAGE_PLACEHOLDER.findall(e.translation))
        if source != translated or e.translation.count("{") != e.translation.count("}"):
            wrong.append(f"{e.source!r} → {e.translation!r}")
    assert wrong == []
