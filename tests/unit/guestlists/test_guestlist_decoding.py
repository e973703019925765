"""Choosing the encoding from the bytes: BOMs, UTF-16, UTF-8, cp1252, and refusing the rest."""

from __future__ import annotations

import codecs

import pytest

from app.services.guestlists import UnreadableGuestList
from app.services.guestlists.decoding import decode, looks_western

TEXT = "Name,E-Mail\r\nJürgen Groß,j@example.de\r\n张伟,w@example.cn\r\n"


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (TEXT.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8 with BOM"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "UTF-16 LE"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "UTF-16 BE"),
        (TEXT.encode("utf-16"), "UTF-16 LE"),  # Python writes the native (LE) BOM
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "UTF-32 LE"),
        (TEXT.encode("utf-16-le"), "UTF-16-LE without BOM"),
        (TEXT.encode("utf-16-be"), "UTF-16-BE without BOM"),
    ],
)
def test_unicode_encodings_decode_to_the_same_text(data: bytes, label: str) -> None:
    assert decode(data, "f.csv") == (TEXT, label)


def test_cp1252_is_the_fallback_for_western_text() -> None:
    text = "Vorname;Nachname;Firma\r\nJürgen;Groß;Müller & Söhne €\r\nZoë;O’Brien;Café\r\n"
    assert decode(text.encode("cp1252"), "f.csv") == (text, "Windows-1252")


def test_a_second_bom_inside_the_text_is_dropped() -> None:
    data = codecs.BOM_UTF8 + codecs.BOM_UTF8 + b"Name\r\nAnna\r\n"
    assert decode(data, "f.csv")[0] == "Name\r\nAnna\r\n"


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("gbk", "姓名,公司\r\n张伟,北京字节跳动科技有限公司\r\n王芳,阿里巴巴\r\n"),
        ("shift_jis", "氏名,会社\r\n佐藤花子,株式会社サンプル\r\n"),
        ("big5", "姓名,公司\r\n張偉,台灣積體電路製造\r\n"),
    ],
)
def test_east_asian_code_pages_are_refused_not_mangled(encoding: str, text: str) -> None:
    with pytest.raises(UnreadableGuestList, match="CSV UTF-8"):
        decode(text.encode(encoding), "list.csv")


def test_bytes_undefined_in_cp1252_are_refused() -> None:
    with pytest.raises(UnreadableGuestList, match="neither UTF-8 nor western") as caught:
        decode(b"Name\r\nAnna\r\nBj\x81rn\r\n", "list.csv")
    assert "list.csv" in str(caught.value)


def test_broken_utf8_after_a_bom_names_its_line() -> None:
    data = codecs.BOM_UTF8 + b"Name\r\nAnna\r\nBj\xc3rn\r\n"
    with pytest.raises(UnreadableGuestList, match="not valid UTF-8") as caught:
        decode(data, "list.csv")
    assert caught.value.line == 3


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n", b"\x00\x00"])
def test_empty_files_are_unreadable(data: bytes) -> None:
    with pytest.raises(UnreadableGuestList, match="empty"):
        decode(data, "empty.csv")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"PK\x03\x04" + bytes(40), "Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(40), "binary Excel"),
        (b"%PDF-1.7\n" + bytes(10), "PDF"),
        (b"Name,Email\nAnna\x00,a@example.com\n", "binary data"),
        (bytes(range(1, 32)) * 20, "binary data"),
    ],
)
def test_binary_files_are_unreadable(data: bytes, words: str) -> None:
    with pytest.raises(UnreadableGuestList, match=words):
        decode(data, "x.csv")


def test_broken_utf16_is_unreadable() -> None:
    data = codecs.BOM_UTF16_LE + "Name\r\nAnna".encode("utf-16-le") + b"\x00\xd8"  # lone surrogate
    with pytest.raises(UnreadableGuestList, match="UTF-16 LE"):
        decode(data, "x.txt")


def test_looks_western_accepts_accents_and_refuses_long_runs() -> None:
    assert looks_western("Jürgen Groß, Zoë, Müßiggang, Ærøskøbing")
    assert looks_western("plain ascii")
    assert not looks_western("ÕÅÎ°,±±¾©×Ö½Ú")


def test_a_nul_character_inside_utf16_text_is_binary_and_names_its_line() -> None:
    data = codecs.BOM_UTF16_LE + "Name\r\nAnna\r\nB\x00b\r\n".encode("utf-16-le")
    with pytest.raises(UnreadableGuestList, match="NUL") as caught:
        decode(data, "x.txt")
    assert caught.value.line == 3
