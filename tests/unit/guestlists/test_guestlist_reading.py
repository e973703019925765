"""Splitting text into header and records: delimiters, quoted newlines, lines, broken files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.services.guestlists import UnreadableGuestList, read_table
from app.services.guestlists.reading import sniff_delimiter


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_each_delimiter_is_sniffed(make_csv: Callable[..., bytes], delimiter: str) -> None:
    data = make_csv(
        [["Name", "Email", "Company"], ["Zoë O'Brien", "zoe@example.ie", "Craic, Ltd.; Dublin"]],
        delimiter=delimiter,
    )
    table = read_table(data, "x.csv")
    assert table.delimiter == delimiter
    assert table.header == ("Name", "Email", "Company")
    assert table.rows[0].cells == ("Zoë O'Brien", "zoe@example.ie", "Craic, Ltd.; Dublin")


def test_delimiters_inside_quoted_headers_do_not_count() -> None:
    text = '"Name, full";"E-Mail";"Firma, Ort"\r\nAnna;a@example.com;"X, Y"\r\n'
    assert sniff_delimiter(text) == ";"


def test_the_delimiter_revealing_known_headers_wins_over_commas_in_data() -> None:
    text = "Vorname;Nachname;Firma\r\nJürgen;Groß;Müller, Söhne, Enkel & Co\r\n"
    assert sniff_delimiter(text) == ";"


def test_a_single_column_list_is_read() -> None:
    table = read_table(b"Name\nAnna Schmidt\nBob Jones\n", "x.csv")
    assert [r.cells for r in table.rows] == [("Anna Schmidt",), ("Bob Jones",)]


def test_records_know_the_physical_line_they_start_on() -> None:
    data = (
        b'Name,Notes\r\n'
        b'Anna,"two\r\nlines"\r\n'
        b'\r\n'
        b'Bob,"three\nmixed\rline ends"\r\n'
        b',\r\n'
        b'Carla,\r\n'
    )
    table = read_table(data, "x.csv")
    assert [(r.line, r.cells[0]) for r in table.rows] == [(2, "Anna"), (5, "Bob"), (9, "Carla")]
    assert table.rows[1].cells[1] == "three\nmixed\rline ends"


def test_blank_and_empty_rows_are_skipped_silently() -> None:
    table = read_table(b"Name,Email\n\n , \n,,,\nAnna,a@example.com\n\n", "x.csv")
    assert [r.line for r in table.rows] == [5]


def test_title_rows_above_the_header_are_skipped() -> None:
    table = read_table("Gästeliste 2026\n\nVorname,Nachname\nJürgen,Groß\n".encode(), "x.csv")
    assert table.header == ("Vorname", "Nachname")
    assert table.header_line == 3
    assert table.skipped_before_header == 1
    assert table.rows[0].line == 4


def test_header_cells_are_trimmed_and_lose_stray_boms() -> None:
    table = read_table(b'"\xef\xbb\xbfName ",  Email \nAnna,a@example.com\n', "x.csv")
    assert table.header == ("Name", "Email")


def test_unterminated_quote_at_the_end_names_the_line_it_opens_on(data_dir: Path) -> None:
    with pytest.raises(UnreadableGuestList) as caught:
        read_table((data_dir / "broken_quoting.csv").read_bytes(), "broken_quoting.csv")
    assert caught.value.line == 3
    assert "never closed" in caught.value.reason
    assert "broken_quoting.csv" in str(caught.value)


def test_text_after_a_closing_quote_is_broken_quoting() -> None:
    with pytest.raises(UnreadableGuestList, match="broken quoting") as caught:
        read_table(b'Name,Email\nAnna,a@example.com\n"Bob" Jones,b@example.com\n', "x.csv")
    assert caught.value.line == 3


def test_a_runaway_quote_in_a_big_file_is_reported() -> None:
    data = b'Name,Notes\nAnna,"' + b"x" * 200_000 + b"\nBob,ok\n"
    with pytest.raises(UnreadableGuestList, match="unclosed quote") as caught:
        read_table(data, "x.csv")
    assert caught.value.line == 2


@pytest.mark.parametrize("name", ["empty.csv", "binary_image.csv", "binary_blob.csv"])
def test_files_that_are_not_tables_are_unreadable(data_dir: Path, name: str) -> None:
    with pytest.raises(UnreadableGuestList, match=name):
        read_table((data_dir / name).read_bytes(), name)


def test_a_file_without_a_header_row_is_unreadable(data_dir: Path) -> None:
    with pytest.raises(UnreadableGuestList, match="no header row") as caught:
        read_table((data_dir / "no_header.csv").read_bytes(), "no_header.csv")
    assert caught.value.line == 1


def test_reading_can_be_cancelled() -> None:
    data = b"Name\n" + b"Anna\n" * 5000
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= 2

    with pytest.raises(InterruptedError):
        read_table(data, "x.csv", cancelled=cancelled)
    assert len(calls) == 2


def test_a_file_of_bare_delimiters_has_no_header() -> None:
    with pytest.raises(UnreadableGuestList, match="no header row"):
        read_table(b",,,\r\n,,\r\n", "x.csv")


def test_the_sniffer_tolerates_a_sample_ending_inside_quotes() -> None:
    text = 'Name;Notes\r\nAnna;"' + "long note " * 10_000 + '"\r\n'
    assert sniff_delimiter(text) == ";"
