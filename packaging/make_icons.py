"""Render Convivio's icon from its SVG masters with Qt's own SVG renderer.

Writes, from `resources/icons/<APP_ID>.svg` (32 px and up) and `<APP_ID>-small.svg` (16, 24 px):

* `resources/icons/hicolor/<N>x<N>/apps/<APP_ID>.png` for the freedesktop icon theme sizes;
* `packaging/windows/<APP_ID>.ico` (16 to 256 px; 32-bit BMP entries, PNG for 256 px, which
  is what Windows' own tools write);
* with `--iconset DIR`, a macOS `.iconset` folder for `iconutil -c icns DIR` (macOS only).

Run it again after changing an SVG: `.venv/bin/python packaging/make_icons.py`. It needs only
PySide6 and no display (it uses the offscreen platform).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from appinfo import ROOT, read_app_info

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL_MAX = 24
"""Sizes up to this one come from the simplified small master."""

# macOS iconset names: (file name, pixel size); @2x files are the Retina versions.
ICONSET = tuple(
    (f"icon_{size}x{size}{suffix}.png", size * scale)
    for size in (16, 32, 128, 256, 512)
    for suffix, scale in (("", 1), ("@2x", 2))
)


class IconRenderer:
    """Renders the icon at any pixel size from the right master."""

    def __init__(self, icons_dir: Path, app_id: str) -> None:
        self._large = self._load(icons_dir / f"{app_id}.svg")
        self._small = self._load(icons_dir / f"{app_id}-small.svg")

    @staticmethod
    def _load(path: Path) -> QSvgRenderer:
        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            raise SystemExit(f"make_icons: {path} is missing or not a valid SVG")
        return renderer

    def image(self, size: int) -> QImage:
        """The icon as straight (not premultiplied) ARGB32, size x size pixels."""
        canvas = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        canvas.fill(0)
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer = self._small if size <= SMALL_MAX else self._large
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        return canvas.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise SystemExit(f"make_icons: Qt could not encode a PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """An ICO image entry as a 32-bit DIB: header, BGRA rows bottom-up, then the AND mask."""
    width, height = image.width(), image.height()
    header = struct.pack("<IiiHHIIiiII", 40, width, 2 * height, 1, 32, 0, 0, 0, 0, 0, 0)
    rows: list[bytes] = []
    mask_rows: list[bytes] = []
    mask_stride = (width + 31) // 32 * 4
    bits, stride = bytes(image.constBits()), image.bytesPerLine()
    for y in reversed(range(height)):
        # Format_ARGB32 is stored as native 32-bit words: B, G, R, A bytes on little-endian
        # machines, which is exactly the DIB layout.
        row = bits[y * stride : y * stride + 4 * width]
        rows.append(row if sys.byteorder == "little" else _swap_words(row))
        mask = bytearray(mask_stride)
        for x in range(width):
            if image.pixelColor(x, y).alpha() == 0:
                mask[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(mask))
    return header + b"".join(rows) + b"".join(mask_rows)


def _swap_words(row: bytes) -> bytes:
    words = struct.unpack(f">{len(row) // 4}I", row)
    return struct.pack(f"<{len(words)}I", *words)


def ico_bytes(images: list[QImage]) -> bytes:
    """A Windows .ico holding every image; 256 px as PNG, smaller ones as BMP."""
    entries = [png_bytes(img) if img.width() >= 256 else bmp_entry(img) for img in images]
    offset = 6 + 16 * len(images)
    directory = [struct.pack("<HHH", 0, 1, len(images))]
    for image, data in zip(images, entries, strict=True):
        side = image.width() if image.width() < 256 else 0  # 0 means 256
        directory.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        offset += len(data)
    return b"".join(directory) + b"".join(entries)


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    sys.stdout.write(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--iconset", type=Path, metavar="DIR", help="also write a macOS .iconset folder here"
    )
    args = parser.parse_args(argv)
    app_id = read_app_info().app_id
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = IconRenderer(ROOT / "resources" / "icons", app_id)

    hicolor = ROOT / "resources" / "icons" / "hicolor"
    for size in HICOLOR_SIZES:
        png = png_bytes(renderer.image(size))
        write(hicolor / f"{size}x{size}" / "apps" / f"{app_id}.png", png)
    ico = ico_bytes([renderer.image(size) for size in ICO_SIZES])
    write(ROOT / "packaging" / "windows" / f"{app_id}.ico", ico)
    if args.iconset is not None:
        for name, pixels in ICONSET:
            write(args.iconset / name, png_bytes(renderer.image(pixels)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
