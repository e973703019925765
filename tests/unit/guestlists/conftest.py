"""Fixtures for the guest-list import tests: the sample files and a quick way to build more."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from app.services.guestlists import GuestListPreview, read_guest_list

DATA = Path(__file__).resolve().parents[2] / "data" / "guestlists"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def sample() -> Callable[[str], GuestListPreview]:
    """Read one file of tests/data/guestlists the way the import dialog does."""

    def read(name: str) -> GuestListPreview:
        return read_guest_list((DATA / name).read_bytes(), name)

    return read


def csv_bytes(
    rows: list[list[str]], *, delimiter: str = ",", encoding: str = "utf-8", newline: str = "\r\n"
) -> bytes:
    """A table written the way spreadsheets write CSV."""
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows(rows)
    return out.getvalue().encode(encoding)


@pytest.fixture
def make_csv() -> Callable[..., bytes]:
    return csv_bytes
