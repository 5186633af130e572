"""The app icon: one SVG (resources/icons/voelspriet.svg), rendered by Qt into the PNGs the
window and the Linux desktop use (packaging/make_icons.py), and the .ico/.icns Pillow packs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import make_icons  # noqa: E402


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_each_png_is_the_svg_rendered_at_its_size(qapp, size: int) -> None:
    path = make_icons.ICONS / make_icons.png_name(size)
    assert path.is_file(), f"{path.name} missing: run `python packaging/make_icons.py`"
    committed = QImage(str(path))
    assert (committed.width(), committed.height()) == (size, size)
    fresh = QImage.fromData(make_icons.render(size))
    assert committed.convertToFormat(QImage.Format.Format_ARGB32) == fresh.convertToFormat(
        QImage.Format.Format_ARGB32), f"{path.name} is not the SVG's render: run packaging/make_icons.py"
    # not an empty square: the corners are transparent, the middle is drawn
    assert committed.pixelColor(0, 0).alpha() == 0
    assert committed.pixelColor(size // 2, size // 2).alpha() == 255


def test_the_app_carries_every_size_as_its_window_icon(qapp) -> None:
    from workbench.ui.app import app_icon, make_app

    app = make_app()
    sizes = sorted(s.width() for s in app.windowIcon().availableSizes())
    assert sizes == sorted(make_icons.PNG_SIZES)
    assert sorted(s.width() for s in app_icon().availableSizes()) == sizes
    assert app.desktopFileName() == "voelspriet"


def test_the_main_window_shows_the_icon(qtbot, tmp_path: Path) -> None:
    from workbench.bootstrap import demo_dataset, write_new_workspace
    from workbench.ui.app import make_app
    from workbench.ui.main_window import MainWindow
    from workbench.workspace import Workspace

    make_app()
    window = MainWindow(Workspace(write_new_workspace(tmp_path / "w.voelspriet", demo_dataset())))
    qtbot.addWidget(window)
    icon = window.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(48, 48).toImage()
    expected = QImage(str(make_icons.ICONS / make_icons.png_name(48)))
    assert image.convertToFormat(QImage.Format.Format_ARGB32) == expected.convertToFormat(QImage.Format.Format_ARGB32)
    window.close()


@pytest.mark.skipif(importlib.util.find_spec("PIL") is None,
                    reason="Pillow is in the `package` extra only (make package installs it)")
def test_ico_and_icns_hold_every_size(qapp, tmp_path: Path) -> None:
    from PIL import Image

    make_icons.write_ico(tmp_path / "v.ico")
    make_icons.write_icns(tmp_path / "v.icns")
    with Image.open(tmp_path / "v.ico") as ico:
        assert sorted(ico.info["sizes"]) == [(s, s) for s in make_icons.ICO_SIZES]
    with Image.open(tmp_path / "v.icns") as icns:
        # (size, size, scale): 512 at 2× is the 1024 px Retina icon; Pillow writes the
        # small ones as their Retina variants only (the modern types), which macOS scales
        assert {(16, 16, 2), (32, 32, 2), (128, 128, 1), (256, 256, 1), (512, 512, 1),
                (512, 512, 2)} <= set(icns.info["sizes"])
