"""The byte-exact sample files are what their generator says (no editor re-encoded them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from guestlist_fixture_files import generated_files


@pytest.mark.parametrize(("name", "expected"), sorted(generated_files().items()))
def test_committed_bytes_match_the_generator(data_dir: Path, name: str, expected: bytes) -> None:
    assert (data_dir / name).read_bytes() == expected


def test_encoded_samples_really_are_not_utf8(data_dir: Path) -> None:
    cp1252 = (data_dir / "eventbrite_uk_cp1252_semicolon.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        cp1252.decode("utf-8")
    utf16 = (data_dir / "eventbrite_us_unicode.txt").read_bytes()
    assert utf16.startswith(b"\xff\xfe")
    assert b"\x00" in utf16
