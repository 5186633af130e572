"""The QApplication: names, translations, style."""

from __future__ import annotations

import sys
from importlib.resources import as_file, files

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

# resources/translations/*.qm, carried in the wheel as package data (pyproject.toml)
TRANSLATIONS = files("workbench.resources") / "translations"


def make_app(argv: list[str] | None = None, locale: QLocale | None = None) -> QApplication:
    """The application object (reused if it exists), with the translation for *locale*."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Voelspriet")
    app.setOrganizationName("Voelspriet")
    app.setApplicationDisplayName("Voelspriet")
    install_translation(app, locale or QLocale.system())
    return app


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
