"""PDF pages as pixels through PDFium: the live badge preview, and printing at 100% scale.

PySide6-Essentials has no QtPdf, so pypdfium2 rasterizes the very PDF that Save writes: the
preview and the printout can't drift from the file. PDFium is not thread-safe (not even
across documents), so every call into it holds one process-wide lock.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.domain.errors import ExportTargetError

MAX_PRINT_DPI = 600
"""Pages are sent as images; above 600 dpi a Letter page is over 130 MB of pixels and the
printed text looks no sharper on office printers."""
BAND_BYTES = 32 * 1024 * 1024
"""A page is rasterized in horizontal bands of at most this many bytes."""
_EDGE = 0.001
"""Keeps `ceil(crop * scale)` on the intended pixel despite floating-point error."""

_PDFIUM = threading.Lock()

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@contextmanager
def _document(pdf: Path) -> Iterator[Any]:
    with _PDFIUM:
        doc = pdfium.PdfDocument(str(pdf))
    try:
        yield doc
    finally:
        with _PDFIUM:
            doc.close()


def _wrap(bitmap: Any) -> QImage:
    """A QImage over the bitmap's memory (valid while the bitmap is open)."""
    return QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
    )


def _render(page: Any, scale: float, crop: tuple[float, float, float, float]) -> Any:
    return page.render(scale=scale, crop=crop, rev_byteorder=True, prefer_bgrx=True)


def page_image(pdf: Path, dpi: float, index: int = 0) -> QImage:
    """Page `index` of the PDF as an image at `dpi` (safe to call from a worker)."""
    with _document(pdf) as doc, _PDFIUM:
        page = doc[index]
        try:
            bitmap = _render(page, dpi / 72.0, (0, 0, 0, 0))
            try:
                image = _wrap(bitmap).copy()
            finally:
                bitmap.close()
        finally:
            page.close()
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    return image


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """(width, height) of every page, in points."""
    with _document(pdf) as doc, _PDFIUM:
        return [tuple(doc.get_page_size(i)) for i in range(len(doc))]


def prepare_printer(printer: QPrinter, width_pt: float, height_pt: float, *, duplex: bool) -> None:
    """Paper of the PDF's size and orientation, no margins, no scaling: the page's (0, 0) is
    the paper's corner. Flip-over badges print on both sides, turning on the long edge."""
    landscape = width_pt > height_pt
    size = QPageSize(
        QSizeF(min(width_pt, height_pt), max(width_pt, height_pt)),
        QPageSize.Unit.Point,
        "",
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    if duplex:
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)


def print_pdf(
    pdf: Path,
    printer: QPrinter,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Paint every page onto `printer` at its physical size; returns the pages printed.

    Runs in a worker (QPainter may paint on a QPrinter outside the GUI thread).

    Raises:
        ExportTargetError: the printer could not be started.
        InterruptedError: cancelled; the print job is aborted.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportTargetError(
            "Convivio could not start printing. Check that the printer is on and ready, "
            "or save the PDF and print it from a PDF viewer at 100%.",
            details=f"printer: {printer.printerName()!r}, output: {printer.outputFileName()!r}",
        )
    device_dpi = printer.resolution()
    dpi = min(device_dpi, MAX_PRINT_DPI)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, dpi != device_dpi)
    try:
        with _document(pdf) as doc:
            with _PDFIUM:
                count = len(doc)
            for index in range(count):
                if cancelled is not None and cancelled():
                    printer.abort()
                    raise InterruptedError("Printing cancelled.")
                if index and not printer.newPage():
                    raise ExportTargetError("The printer stopped accepting pages.")
                _paint_page(painter, doc, index, dpi, device_dpi)
                if progress is not None:
                    progress(index + 1, count)
    finally:
        painter.end()
    return count


def _paint_page(painter: QPainter, doc: Any, index: int, dpi: int, device_dpi: int) -> None:
    """One page in bands, each pixel 1/dpi inch on paper: 100% scale whatever `dpi` is."""
    scale = dpi / 72.0
    to_device = device_dpi / dpi
    with _PDFIUM:
        page = doc[index]
        width, height = page.get_size()
    try:
        px_w, px_h = math.ceil(width * scale), math.ceil(height * scale)
        rows = max(64, BAND_BYTES // (px_w * 4))
        for top in range(0, px_h, rows):
            band = min(rows, px_h - top)
            bottom = px_h - top - band
            crop = (0.0, _crop(bottom, scale), 0.0, _crop(top, scale))
            with _PDFIUM:
                bitmap = _render(page, scale, crop)
            try:
                target = QRectF(0, top * to_device, bitmap.width * to_device, band * to_device)
                painter.drawImage(target, _wrap(bitmap))
            finally:
                with _PDFIUM:
                    bitmap.close()
    finally:
        with _PDFIUM:
            page.close()


def _crop(pixels: int, scale: float) -> float:
    return 0.0 if pixels == 0 else (pixels - _EDGE) / scale
