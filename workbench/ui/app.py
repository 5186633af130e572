"""The QApplication: names, translations, style."""

from __future__ import annotations

import sys
from importlib.resources import as_file, files

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from workbench.ui.probe import report_first_frame

# resources/translations/*.qm, carried in the wheel as package data (pyproject.toml)
TRANSLATIONS = files("workbench.resources") / "translations"
# resources/icons/voelspriet-N.png, rendered from voelspriet.svg by packaging/make_icons.py
ICONS = files("workbench.resources") / "icons"


def make_app(argv: list[str] | None = None, locale: QLocale | None = None) -> QApplication:
    """The application object (reused if it exists), with the translation for *locale*."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Voelspriet")
    app.setOrganizationName("Voelspriet")
    app.setApplicationDisplayName("Voelspriet")
    # the .desktop entry's name (packaging/linux): Wayland and X11 docks match the window to it
    app.setDesktopFileName("voelspriet")
    app.setWindowIcon(app_icon())
    install_translation(app, locale or QLocale.system())
    report_first_frame(app)  # only for the bench (VOELSPRIET_STARTUP_PROBE): nothing otherwise
    return app


def app_icon() -> QIcon:
    """Voelspriet's icon in every size rendered (16 … 512 px): Qt picks the nearest."""
    icon = QIcon()
    for entry in ICONS.iterdir():
        if entry.name.startswith("voelspriet-") and entry.name.endswith(".png"):
            with as_file(entry) as path:
                icon.addFile(str(path))
    return icon


def install_translation(app: QApplication, locale: QLocale) -> bool:
    """Load the translation matching *locale* (Dutch, or English source text)."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    translator = QTranslator(app)
    # QTranslator picks the file for the locale itself, so it needs a real folder: an
    # installed package is one (as_file hands it over as is; Python 3.11 cannot extract
    # a folder from a zipped package, which this app is never installed as).
    with as_file(TRANSLATIONS) as folder:
        loaded = translator.load(locale, "voelspriet", "_", str(folder))
    if loaded:
        app.installTranslator(translator)
        return True
    return False
