"""Render the app icon, resources/icons/voelspriet.svg, into every size a platform needs.

    python packaging/make_icons.py                  # the PNGs in resources/icons/ (committed)
    python packaging/make_icons.py --ico X.ico --icns X.icns   # also Windows' and macOS' files

The PNGs (16 … 512 px) are rendered by Qt itself (QtSvg's renderer, the one the app runs
on); the app sets them as its window icon (workbench/ui/app.py), the Linux bundle installs
them into the hicolor theme. ``--ico``/``--icns`` pack renders into a Windows .ico and a
macOS .icns with Pillow (the ``package`` extra of pyproject.toml: only ``make package``
needs it). Run it after changing the SVG; tests/test_icons.py fails when a PNG is missing
or is not the SVG's render.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "voelspriet.svg"
ICONS = SOURCE.parent
#: The PNG sizes: Linux's hicolor theme and Qt's window icon (16–512).
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
#: What a Windows .ico holds (Explorer shows up to 256).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: What a macOS .icns holds (512@2x is 1024).
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def png_name(size: int) -> str:
    return f"voelspriet-{size}.png"


def render(size: int, source: Path = SOURCE) -> bytes:
    """*source* rendered at *size* × *size* pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]  # kept alive
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"error: {source}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def write_pngs(folder: Path = ICONS) -> list[Path]:
    written = []
    for size in PNG_SIZES:
        path = folder / png_name(size)
        path.write_bytes(render(size))
        written.append(path)
    return written


def write_ico(path: Path) -> None:
    from PIL import Image

    images = [Image.open(io.BytesIO(render(size))) for size in ICO_SIZES]
    # Pillow writes every size in `sizes` that is not larger than the image, taking each
    # from the appended image of that size where there is one (not a downscale)
    images[-1].save(path, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])


def write_icns(path: Path) -> None:
    from PIL import Image

    images = [Image.open(io.BytesIO(render(size))) for size in ICNS_SIZES]
    images[-1].save(path, format="ICNS", append_images=images[:-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ico", type=Path, metavar="OUT.ico", help="also write a Windows .ico")
    parser.add_argument("--icns", type=Path, metavar="OUT.icns", help="also write a macOS .icns")
    parser.add_argument("--no-png", action="store_true", help="do not rewrite resources/icons/*.png")
    args = parser.parse_args(argv)
    if not args.no_png:
        for path in write_pngs():
            print(f"wrote {path.relative_to(ROOT)}")
    if args.ico:
        write_ico(args.ico)
        print(f"wrote {args.ico}")
    if args.icns:
        write_icns(args.icns)
        print(f"wrote {args.icns}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
