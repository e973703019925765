"""Property tests: any table written by a spreadsheet-like CSV writer reads back cell for cell."""

from __future__ import annotations

import codecs
import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.guestlists import read_table

HEADERS = ["Name", "Email", "Notes", "Company"]
_NO_CONTROLS = st.characters(blacklist_categories=("Cs", "Cc"))  # no surrogates, no controls
_ANY_CELL = st.text(st.one_of(_NO_CONTROLS, st.sampled_from("\t\r\n,;\"' ")), max_size=20)

# Western text as cp1252 users type it: accented letters between plain ones ("Jürgen Groß").
# Runs of 3+ accented letters look like GBK mojibake and are refused by design.
_WESTERN = "éèêëàâäáãåçñöôóòõøüûúùïîíìÿýßæœÆŒÉÈÀÄÖÜÑÇØÅ€£¥§°±²³µ·½¼¾¿¡«»‘’“”–—…•™©®"
_ASCII = st.text(st.sampled_from(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-_'\"\t\r\n@=+"
), min_size=1, max_size=6)
_WESTERN_CELL = st.lists(
    st.tuples(_ASCII, st.sampled_from([*_WESTERN, ""])), max_size=4
).map(lambda parts: "".join(a + b for a, b in parts))

ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16-le-bom": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be-bom": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
}


def _tables(cell: st.SearchStrategy[str]) -> st.SearchStrategy[list[list[str]]]:
    return st.integers(2, len(HEADERS)).flatmap(
        lambda width: st.lists(st.lists(cell, min_size=width, max_size=width), max_size=12)
    )


def _write(rows: list[list[str]], width: int, delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADERS[:width])
    writer.writerows(rows)
    return out.getvalue()


def _expected(rows: list[list[str]]) -> list[tuple[str, ...]]:
    """Rows with any visible text; blank rows are skipped by design."""
    return [tuple(r) for r in rows if "".join(r).strip()]


@settings(max_examples=150, deadline=None)
@given(
    rows=_tables(_ANY_CELL),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(sorted(ENCODINGS)),
)
def test_unicode_tables_read_back_cell_for_cell(
    rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    width = len(rows[0]) if rows else 2
    data = ENCODINGS[encoding](_write(rows, width, delimiter))
    table = read_table(data, "prop.csv")
    assert table.delimiter == delimiter
    assert table.header == tuple(HEADERS[:width])
    assert [r.cells for r in table.rows] == _expected(rows)


@settings(max_examples=150, deadline=None)
@given(rows=_tables(_WESTERN_CELL), delimiter=st.sampled_from([",", ";", "\t"]))
def test_cp1252_tables_read_back_cell_for_cell(rows: list[list[str]], delimiter: str) -> None:
    width = len(rows[0]) if rows else 2
    table = read_table(_write(rows, width, delimiter).encode("cp1252"), "prop.csv")
    assert table.delimiter == delimiter
    assert [r.cells for r in table.rows] == _expected(rows)


@settings(max_examples=100, deadline=None)
@given(rows=_tables(_ANY_CELL), delimiter=st.sampled_from([",", ";", "\t"]))
def test_line_numbers_count_the_physical_lines_before_each_record(
    rows: list[list[str]], delimiter: str
) -> None:
    width = len(rows[0]) if rows else 2
    text = _write(rows, width, delimiter)
    table = read_table(text.encode("utf-8"), "prop.csv")
    starts = []
    line = 2  # the header is one physical line
    for row in rows:
        if "".join(row).strip():
            starts.append(line)
        record = _write([row], width, delimiter).split("\r\n", 1)[1]  # drop the header
        line += _physical_lines(record)
    assert [r.line for r in table.rows] == starts


def _physical_lines(record: str) -> int:
    """Line breaks as universal newlines count them: \\r\\n, \\r and \\n."""
    return record.replace("\r\n", "\n").replace("\r", "\n").count("\n")
