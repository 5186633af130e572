"""The QApplication: names, translations, style."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


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
    if translator.load(locale, "voelspriet", "_", str(TRANSLATIONS)):
        app.installTranslator(translator)
        return True
    return False
