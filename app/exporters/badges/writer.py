"""All-or-nothing PDF output: draw into a hidden temporary file, rename it into place at the end."""

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
from app.exporters.badges.model import PRINT_NOTE


def _problem(action: str, path: Path, exc: OSError) -> ExportTargetError:
    reason = exc.strerror or str(exc)
    return ExportTargetError(
        f"Convivio could not {action} “{path}”: {reason}. Choose another folder or file "
        "name, or free some space and check that you may write there.",
        details=repr(exc),
    )


@contextlib.contextmanager
def pdf_canvas(out_path: Path, page_size: tuple[float, float], title: str) -> Iterator[Any]:
    """A ReportLab canvas whose file appears at `out_path` only if the block completes.

    On any exception (including `InterruptedError` for a cancel) the temporary file is
    removed and the exception propagates; an existing file at `out_path` is left untouched.

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
        raise _problem("write to the folder of", out_path, exc) from exc
    temp = Path(temp_name)
    try:
        # a TrueType initial font keeps ReportLab from declaring Helvetica on every page
        canvas = Canvas(str(temp), pagesize=page_size, initialFontName=font_set().regular[0].name)
        canvas.setTitle(title)
        canvas.setAuthor(APP_NAME)
        canvas.setCreator(f"{APP_NAME} {__version__}")
        canvas.setSubject(PRINT_NOTE)
        canvas.setViewerPreference("PrintScaling", "None")  # viewers default to actual size
        yield canvas
        try:
            canvas.save()
            os.replace(temp, out_path)
        except OSError as exc:
            raise _problem("save", out_path, exc) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
