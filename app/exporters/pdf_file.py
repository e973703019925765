"""All-or-nothing PDF output for every PDF Convivio writes (badges, place cards, host sheets):
draw into a hidden temporary file, rename it into place at the end."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from app import APP_NAME, __version__
from app.domain.errors import ExportTargetError
from app.exporters.badges.fonts import font_set


def export_problem(action: str, path: Path, exc: OSError) -> ExportTargetError:
    """The error for a file that could not be written, with what to do about it."""
    reason = exc.strerror or str(exc)
    return ExportTargetError(
        f"Convivio could not {action} “{path}”: {reason}. Choose another folder or file "
        "name, or free some space and check that you may write there.",
        details=repr(exc),
    )


@contextlib.contextmanager
def pdf_canvas(
    out_path: Path,
    page_size: tuple[float, float],
    title: str,
    *,
    subject: str = "",
    actual_size: bool = False,
) -> Iterator[Any]:
    """A ReportLab canvas whose file appears at `out_path` only if the block completes.

    On any exception (including `InterruptedError` for a cancel) the temporary file is
    removed and the exception propagates; an existing file at `out_path` is left untouched.
    `actual_size` asks viewers to print at 100% (labels must line up with the stock).

    Raises:
        ExportTargetError: the folder can't be written, the disk is full, or `out_path` is a
            folder.
    """
    out_path = Path(out_path)
    folder = out_path.parent if str(out_path.parent) else Path(".")
    if out_path.is_dir():
        raise ExportTargetError(
            f"“{out_path}” is a folder. Choose a file name for the PDF.", details=str(out_path)
        )
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{out_path.name}.", suffix=".part", dir=folder
        )
        os.close(handle)
    except OSError as exc:
        raise export_problem("write to the folder of", out_path, exc) from exc
    temp = Path(temp_name)
    try:
        # a TrueType initial font keeps ReportLab from declaring Helvetica on every page
        canvas = Canvas(str(temp), pagesize=page_size, initialFontName=font_set().regular[0].name)
        canvas.setTitle(title)
        canvas.setAuthor(APP_NAME)
        canvas.setCreator(f"{APP_NAME} {__version__}")
        if subject:
            canvas.setSubject(subject)
        if actual_size:
            canvas.setViewerPreference("PrintScaling", "None")  # viewers default to actual size
        yield canvas
        try:
            canvas.save()
            os.replace(temp, out_path)
        except OSError as exc:
            raise export_problem("save", out_path, exc) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
