"""Every user-visible text has a Dutch translation, and the app speaks Dutch in Dutch."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

from workbench.bootstrap import open_or_create_default
from workbench.ui.app import install_translation, make_app
from workbench.ui.main_window import MainWindow
from workbench.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "resources" / "translations"))
from dutch import DUTCH, fill  # noqa: E402


def test_every_source_text_is_translated(tmp_path: Path) -> None:
    ts = tmp_path / "nl.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [str(p) for p in (ROOT / "workbench").rglob("*.py")]
    subprocess.run([str(lupdate), *sources, "-ts", str(ts)], check=True, capture_output=True)
    assert fill(ts) == []


def test_placeholders_survive_translation() -> None:
    lost = [text for text, dutch in DUTCH.items()
            for marker in ("%1", "%2", "%3", "%4", "%n") if (marker in text) != (marker in dutch)]
    assert lost == []


def test_the_window_speaks_dutch(qtbot, tmp_path: Path) -> None:
    app = make_app()
    assert install_translation(app, QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        window = MainWindow(Workspace(open_or_create_default()),
                            QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:3] == ["&Bestand", "Be&werken", "Beel&d"]
        assert window.map.layout_action.text() == "Automatisch indelen"
        window.workspace.move_stakeholders({window.workspace.facilitator_id(): (5.0, 5.0)})
        assert window.undo_action.text().startswith("&Ongedaan maken")
    finally:
        install_translation(app, QLocale(QLocale.Language.English))
