"""A workspace the operating system asks the app to open (macOS: a double-click in the
Finder arrives as a QFileOpenEvent, not on the command line): at start it replaces the
default workspace; later it switches the window; one that cannot be opened gets a dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench.bootstrap import demo_dataset, write_new_workspace
from workbench.ui.file_open import FileOpenFilter
from workbench.ui.main_window import MainWindow
from workbench.workspace import Workspace


@pytest.fixture
def opener(qapp: QApplication) -> Iterator[FileOpenFilter]:
    f = FileOpenFilter(qapp, watch=True)  # as on macOS, where the system sends these events
    yield f
    qapp.removeEventFilter(f)
    f.setParent(None)


def _workspace(path: Path) -> Path:
    write_new_workspace(path, demo_dataset()).close()
    return path


def test_a_file_asked_for_at_start_is_the_one_opened(opener: FileOpenFilter, qapp: QApplication,
                                                      tmp_path: Path) -> None:
    wanted = tmp_path / "asked.voelspriet"
    QCoreApplication.postEvent(qapp, QFileOpenEvent(str(wanted)))
    assert opener.take_startup_path() == wanted
    assert opener.take_startup_path() is None  # taken once


def test_without_a_request_the_start_opens_what_it_would_anyway(opener: FileOpenFilter) -> None:
    assert opener.take_startup_path() is None


def test_a_later_request_switches_the_window(opener: FileOpenFilter, qapp: QApplication, qtbot,
                                             tmp_path: Path) -> None:
    first, second = _workspace(tmp_path / "first.voelspriet"), _workspace(tmp_path / "second.voelspriet")
    window = MainWindow(Workspace(write_new_workspace(tmp_path / "third.voelspriet", demo_dataset())))
    qtbot.addWidget(window)
    # a request that came before the window existed is honoured when it is attached
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(first)))
    assert window.workspace.path.name == "third.voelspriet"
    opener.attach(window)
    assert window.workspace.path == first
    # and one afterwards, as a file: URL too
    assert QCoreApplication.sendEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(second))))
    assert window.workspace.path == second
    window.close()


def test_a_file_that_cannot_be_opened_gets_a_dialog_and_the_window_stays(
        opener: FileOpenFilter, qapp: QApplication, qtbot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: told.append(text))
    window = MainWindow(Workspace(write_new_workspace(tmp_path / "here.voelspriet", demo_dataset())))
    qtbot.addWidget(window)
    opener.attach(window)
    broken = tmp_path / "broken.voelspriet"
    broken.write_bytes(b"not a workspace at all" * 100)
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(broken)))
    assert window.workspace.path.name == "here.voelspriet"
    assert len(told) == 1 and told[0].strip()  # one dialog, saying what happened
    window.close()


def test_elsewhere_nothing_watches_every_event(qapp: QApplication) -> None:
    """On Linux and Windows a workspace comes on the command line: no filter on the
    application (it would see every event of every widget)."""
    f = FileOpenFilter(qapp, watch=False)
    try:
        seen: list[int] = []
        f.eventFilter = lambda watched, event: seen.append(1) or False  # type: ignore[method-assign]
        QCoreApplication.sendEvent(qapp, QFileOpenEvent("/nowhere.voelspriet"))
        assert seen == [] and f.take_startup_path() is None
    finally:
        f.setParent(None)
