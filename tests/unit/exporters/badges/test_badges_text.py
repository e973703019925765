"""Fonts per script with per-character fallback, Arabic shaping, bidi order, dropped characters."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from badges_test_helpers import names_rows

from app.exporters.badges import font_set
from app.exporters.badges.fonts import CANDIDATES, _register
from app.exporters.badges.text import script_role, text_engine

ROLES_NEEDED = {"latin", "arabic", "hebrew", "devanagari", "cjk", "symbols"}


def roles_of(text: str, bold: bool = False) -> list[str]:
    by_name = {face.name: face.role for face in font_set().regular + font_set().bold}
    return [by_name[run.font] for run in text_engine(bold).runs(text)]


def test_every_script_has_a_font_and_all_of_them_are_truetype_outlines() -> None:
    fonts = font_set()
    assert {face.role for face in fonts.regular} >= ROLES_NEEDED
    assert fonts.missing == ()
    for face in fonts.regular + fonts.bold:
        assert face.path.read_bytes()[:4] in (b"\x00\x01\x00\x00", b"ttcf", b"true")


def test_every_character_in_names_tsv_has_a_glyph() -> None:
    engine = text_engine()
    for row in names_rows():
        for key in ("given", "family", "organization", "title"):
            clean, dropped = engine.clean(row[key])
            assert dropped == "", (row[key], dropped)
            assert clean == unicodedata.normalize("NFC", row[key]).strip()


def test_cff_fonts_are_refused(tmp_path: Path) -> None:
    fake = tmp_path / "SomeCff.otf"
    fake.write_bytes(b"OTTO" + bytes(64))  # the sfnt tag of PostScript (CFF) outlines
    assert _register(CANDIDATES[0], fake) is None


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Jürgen Groß", ["latin"]),
        ("Σοφία Иванов", ["latin"]),
        ("张伟", ["cjk"]),
        ("佐藤花子 김민준", ["cjk"]),
        ("محمد العلي", ["arabic"]),
        ("דנה כהן", ["hebrew"]),
        ("इन्फोसिस", ["devanagari"]),
        ("Lima 🎉", ["latin", "symbols"]),
        ("Zhang 张伟 Wei", ["latin", "cjk", "latin"]),
    ],
)
def test_a_font_per_run_with_fallback_per_character(text: str, roles: list[str]) -> None:
    assert roles_of(text) == roles


def test_script_roles() -> None:
    assert script_role("ع") == "arabic"
    assert script_role("ﻣ") == "arabic"
    assert script_role("ש") == "hebrew"
    assert script_role("क") == "devanagari"
    assert script_role("한") == "cjk"
    assert script_role("a") is None


def test_arabic_is_joined_and_put_in_visual_order() -> None:
    (run,) = text_engine().runs("محمد العلي")
    assert all(0xFE70 <= ord(ch) <= 0xFEFF or ch == " " for ch in run.text)  # joined forms
    # reversed back and folded, it is the name again
    assert unicodedata.normalize("NFKC", run.text[::-1]) == "محمد العلي"


def test_hebrew_is_put_in_visual_order() -> None:
    (run,) = text_engine().runs("דנה כהן")
    assert run.text == "ןהכ הנד"


def test_mixed_direction_keeps_latin_left_to_right() -> None:
    runs = text_engine().runs("Dana דנה")
    assert "".join(r.text for r in runs) == "Dana הנד"


def test_devanagari_is_shaped_so_conjuncts_are_narrower_than_their_letters() -> None:
    engine = text_engine()
    (run,) = engine.runs("इन्फोसिस")
    assert hasattr(run.text, "__shapeData__")  # shaped by HarfBuzz through ReportLab
    naive = sum(engine.width(ch) for ch in "इन्फोसिस")
    assert run.width < naive


def test_invisible_and_undrawable_characters_are_dropped_cleanly() -> None:
    engine = text_engine()
    assert engine.clean("Ana\u200b  Lima\ufe0f 👍🏽\t") == ("Ana Lima 👍", "")
    faces = font_set().regular
    orphan = next(
        chr(cp) for cp in range(0x10000, 0x1FFFF)
        if unicodedata.category(chr(cp)) == "Lo" and not any(f.has(chr(cp)) for f in faces)
    )
    assert engine.clean(f"Ana {orphan}Lima") == ("Ana Lima", orphan)


def test_cjk_without_a_bold_cut_is_marked_for_synthetic_bold() -> None:
    bold = text_engine(bold=True)
    (cjk,) = bold.runs("张伟")
    (latin,) = bold.runs("Wei")
    assert cjk.fake_bold
    assert not latin.fake_bold
    assert not text_engine().runs("张伟")[0].fake_bold


def test_ink_extent_covers_accents_and_descenders() -> None:
    engine = text_engine()
    low, high = engine.extent("Ágy")
    assert high > engine.extent("agy")[1]
    assert low < 0
    arabic_low, arabic_high = engine.extent("محمد")
    assert arabic_high - arabic_low < 1.2  # its letters, not Noto's 2.1 em line height
