"""What the window says when a file cannot be used: what happened and what to do, in the
window's words (File › Import…, never ``import``), in English and Dutch, naming the file;
never a process id, an exception class or a command-line word.

The import and export dialogs are driven for real (QMessageBox.warning captured); the
refusals of workspace files are real ``open_store`` errors passed through ``explain``,
and opening them through ``MainWindow.open_path`` is checked as well.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import Any, Callable

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.interchange.conftest import content, write_workbook
from workbench.store import WorkspaceError, open_store
from workbench.store import database
from workbench.ui.app import install_translation, make_app
from workbench.ui.main_window import MainWindow
from workbench.ui.messages import explain, place
from workbench.workspace import InterchangeError, Workspace

#: Words of programmers and of the command line, which no window may show.
FORBIDDEN = re.compile(
    r"\b\w*(?:Error|Exception)\b|BadZipFile|Errno|Traceback|\bprocess\b|\bpid\b|'import'|"
    r"main\.py|--into|--to\b|\bSRC\b|\bWORKSPACE\b|\bFILE\b|SQLite|schema|alembic")


def assert_for_people(text: str, *paths: Path) -> None:
    """*text* (the file names and folders taken out) holds no number that could be a
    process id and no programmer's or command-line word."""
    rest = text
    for path in paths:
        for known in (str(path.parent), path.name):
            rest = rest.replace(known, "")
    assert not re.search(r"\d{3,}", rest), text
    assert not FORBIDDEN.search(rest), text


@pytest.fixture
def window(qtbot, make_store, dataset) -> MainWindow:
    win = MainWindow(Workspace(make_store(data=dataset)))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every QMessageBox.warning and .critical shown: (title, text)."""
    shown: list[tuple[str, str]] = []

    def capture(parent: Any, title: str, text: str, *more: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", capture)
    monkeypatch.setattr(QMessageBox, "critical", capture)
    return shown


@pytest.fixture
def dutch(qapp) -> Any:
    app = make_app()
    assert install_translation(app, QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield app
    install_translation(app, QLocale(QLocale.Language.English))


# ----------------------------------------------------------------------------- workspace files
def refused(call: Callable[[], Any]) -> WorkspaceError:
    with pytest.raises(WorkspaceError) as caught:
        call()
    return caught.value


def _not_a_workspace(tmp_path: Path) -> Path:
    path = tmp_path / "notes.voelspriet"
    path.write_text("name,kind\nAnna,person\n", encoding="utf-8")
    return path


def _corrupt(tmp_path: Path) -> Path:
    path = tmp_path / "broken.voelspriet"
    open_store(path, create=True).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _newer(tmp_path: Path) -> Path:
    path = tmp_path / "future.voelspriet"
    open_store(path, create=True).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0099_future'")
    con.commit()
    con.close()
    return path


WORKSPACE_CASES = {
    "not_a_workspace": (_not_a_workspace, ["is not a Voelspriet workspace", "File › Import…"]),
    "corrupt": (_corrupt, ["is damaged", "saved copy or a backup"]),
    "newer_version": (_newer, ["newer version of Voelspriet", "Update Voelspriet"]),
    "missing": (lambda tmp: tmp / "gone.voelspriet", ["“gone.voelspriet” is not in the folder",
                                                     "File › Open…"]),
    "no_folder": (lambda tmp: tmp / "gone" / "x.voelspriet", ["its folder does not exist",
                                                             "choose another folder"]),
    "folder": (lambda tmp: (tmp / "a folder.voelspriet").mkdir() or tmp / "a folder.voelspriet",
               ["is a folder, not a Voelspriet workspace"]),
}


@pytest.mark.parametrize("reason", sorted(WORKSPACE_CASES))
def test_a_refused_workspace_says_which_problem_and_what_to_do(qapp, tmp_path: Path, reason: str) -> None:
    make, fragments = WORKSPACE_CASES[reason]
    path = make(tmp_path)
    error = refused(lambda: open_store(path))
    assert error.reason == reason
    title, text = explain(error)
    assert title and f"“{path.name}”" in text
    for fragment in fragments:
        assert fragment in text
    assert_for_people(title + "\n" + text, path)


def test_a_workspace_open_in_another_window_names_no_process(qapp, make_store) -> None:
    store = make_store("busy.voelspriet")
    error = refused(lambda: open_store(store.path))
    assert error.reason == "already_open"
    assert "process" not in str(error) and str(os.getpid()) not in str(error)  # the command line's line too
    title, text = explain(error)
    assert text == ("“busy.voelspriet” is already open in another Voelspriet window; close it there "
                    "first, then open it here.")
    assert_for_people(title + text, store.path)


def test_a_read_only_workspace(qapp, make_store, monkeypatch: pytest.MonkeyPatch) -> None:
    store = make_store("shared.voelspriet")
    store.close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    error = refused(lambda: open_store(store.path))
    assert error.reason == "read_only"
    title, text = explain(error)
    assert "“shared.voelspriet”" in text and "read-only" in text and "Copy it to a folder" in text
    assert_for_people(title + text, store.path)


def test_a_workspace_voelspriet_may_not_read(qapp, make_store, monkeypatch: pytest.MonkeyPatch) -> None:
    store = make_store("private.voelspriet")
    store.close()

    def denied(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(store.path))

    monkeypatch.setattr(database, "open", denied, raising=False)  # the file's first read
    error = refused(lambda: open_store(store.path))
    assert error.reason == "unreadable"
    title, text = explain(error)
    assert "not allowed to read “private.voelspriet”" in text and "Ask the owner" in text
    assert_for_people(title + text, store.path)


def test_system_errors_say_it_without_numbers(qapp, tmp_path: Path) -> None:
    target = tmp_path / "copy.voelspriet"
    for error, fragment in (
        (PermissionError(13, "Permission denied", str(target)), "not allowed to use “copy.voelspriet”"),
        (OSError(28, "No space left on device", str(target)), "The disk is full"),
        (FileExistsError(f"{target}: already exists; choose another name or remove it first"),
         "already a file called “copy.voelspriet”"),
        (FileNotFoundError(2, "No such file or directory", str(tmp_path / "gone" / "x.voelspriet")),
         "its folder does not exist"),
    ):
        title, text = explain(error)
        assert fragment in text, text
        assert_for_people(title + text, target, tmp_path / "gone" / "x.voelspriet")


def test_opening_refused_files_through_the_window(window: MainWindow, tmp_path: Path, make_store,
                                                  warnings: list[tuple[str, str]]) -> None:
    other = make_store("busy.voelspriet")
    before = window.workspace.path
    paths = [other.path, _not_a_workspace(tmp_path), _corrupt(tmp_path), tmp_path / "gone.voelspriet"]
    for path in paths:
        assert not window.open_path(path)
        assert window.workspace.path == before
    assert len(warnings) == len(paths)
    for (title, text), path in zip(warnings, paths):
        assert f"“{path.name}”" in text
        assert_for_people(title + "\n" + text, path)
    assert "is already open in another Voelspriet window; close it there first" in warnings[0][1]
    assert "File › Import…" in warnings[1][1]


# ----------------------------------------------------------------------------- imports
def _import(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch,
            warnings: list[tuple[str, str]]) -> tuple[str, str]:
    """File › Import… with *path* chosen; the one warning it shows."""
    before = content(window.workspace)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    window.interchange.import_action.trigger()
    assert len(warnings) == 1, warnings
    assert content(window.workspace) == before
    assert window.interchange.summary_box is None
    title, text = warnings.pop()
    assert title == f"Cannot import {path.name}"
    assert text.endswith("Nothing was imported; the workspace is unchanged.")
    assert_for_people(title + "\n" + text, path)
    return title, text


NOT_XLSX = "is not an Excel workbook (.xlsx), or it is damaged"


@pytest.mark.parametrize(("name", "data", "fragment"), [
    ("notes.xlsx", b"just some text, saved with the wrong name", NOT_XLSX),
    ("cut.xlsx", b"PK\x03\x04 a zip file cut short", NOT_XLSX),  # BadZipFile on the command line
    ("old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "protected with a password, or it is an "
                                                                  "old Excel file (.xls)"),
    ("empty.xlsx", b"", "is empty"),
    ("notes.txt", b"hello", "It imports Voelspriet JSON (.json)"),
    ("broken.json", b'{"format": "voelspriet", ', "is not a Voelspriet JSON file, or it is damaged. "
                                                 "The first problem is at line 1 column 26."),
    ("wrong.graphml", b"<svg/>", "is not a GraphML file, or it is damaged."),
    ("binary.csv", b"\x00\x01\x02" * 20, "is not a table Voelspriet can read"),
])
def test_a_file_that_cannot_be_imported(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        warnings: list[tuple[str, str]], name: str, data: bytes,
                                        fragment: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    _title, text = _import(window, path, monkeypatch, warnings)
    assert f"“{name}”" in text
    assert fragment in text


def test_a_damaged_workbook_names_no_zip_error(window: MainWindow, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              warnings: list[tuple[str, str]]) -> None:
    path = tmp_path / "people.xlsx"
    path.write_bytes(b"PK\x03\x04 a zip file cut short")
    with pytest.raises(InterchangeError) as caught:
        window.workspace.import_file(path)
    assert caught.value.reason == "not_xlsx"
    _title, text = _import(window, path, monkeypatch, warnings)
    assert text.startswith(f"“people.xlsx” {NOT_XLSX}. Open it in Excel or LibreOffice")


def test_bad_rows_and_columns_are_named(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        warnings: list[tuple[str, str]]) -> None:
    path = write_workbook(tmp_path / "bad.xlsx", {"Elements": [["ID", "Label"], ["a", "A"], ["a", "B"]]})
    _title, text = _import(window, path, monkeypatch, warnings)
    assert text.startswith("“bad.xlsx” has a problem at sheet 'Elements' row 3 column 'ID': ID 'a' is used again")
    assert "Correct it in the file, then import it again." in text


def test_a_missing_or_unreadable_file_to_import(window: MainWindow, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                warnings: list[tuple[str, str]]) -> None:
    gone = tmp_path / "gone.json"
    _title, text = _import(window, gone, monkeypatch, warnings)
    assert "“gone.json” is not in the folder" in text and "File › Import…" in text

    from workbench.interchange import formats

    private = tmp_path / "private.json"
    private.write_text("{}", encoding="utf-8")

    def denied(path: Path) -> Any:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setitem(formats.READERS, ".json", denied)
    _title, text = _import(window, private, monkeypatch, warnings)
    assert "Voelspriet cannot read “private.json”" in text


def test_an_export_that_cannot_be_written(window: MainWindow, tmp_path: Path,
                                          warnings: list[tuple[str, str]]) -> None:
    target = tmp_path / "missing" / "out.graphml"
    assert not window.interchange.export_path(target)
    ((title, text),) = warnings
    assert title == "Cannot export"
    assert text.startswith("Voelspriet cannot use “out.graphml”: its folder does not exist")
    assert_for_people(title + text, target)
    warnings.clear()
    assert not window.interchange.export_path(tmp_path / "map.pdf")
    ((_title, text),) = warnings
    assert "Voelspriet cannot export to “map.pdf”" in text


# ----------------------------------------------------------------------------- Dutch
def test_the_window_says_it_in_dutch(dutch, window: MainWindow, tmp_path: Path, make_store,
                                     monkeypatch: pytest.MonkeyPatch, warnings: list[tuple[str, str]]) -> None:
    busy = make_store("bezet.voelspriet")
    _title, text = explain(refused(lambda: open_store(busy.path)))
    assert text == ("‘bezet.voelspriet’ is al geopend in een ander Voelspriet-venster; sluit het daar "
                    "eerst en open het dan hier.")
    _title, text = explain(refused(lambda: open_store(_not_a_workspace(tmp_path))))
    assert "is geen Voelspriet-werkruimte" in text and "Bestand › Importeren…" in text

    path = write_workbook(tmp_path / "mensen.xlsx", {"Elements": [["ID", "Label"], ["a", "A"], ["a", "B"]]})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    window.interchange.import_action.trigger()
    ((title, text),) = warnings
    assert title == "Kan mensen.xlsx niet importeren"
    assert text.startswith("‘mensen.xlsx’ bevat een fout op werkblad 'Elements' rij 3 kolom 'ID': ")
    assert text.endswith("Er is niets geïmporteerd; de werkruimte is ongewijzigd.")

    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04 kapot")
    warnings.clear()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(broken), ""))
    window.interchange.import_action.trigger()
    ((title, text),) = warnings
    assert text.startswith("‘kapot.xlsx’ is geen Excel-werkmap (.xlsx), of het is beschadigd.")
    assert_for_people(title + text, broken)


def test_a_place_keeps_the_files_own_names(dutch) -> None:
    assert place("sheet 'row and column' row 3 column 'line'") == "werkblad 'row and column' rij 3 kolom 'line'"
    assert place("line 2 column 5") == "regel 2 kolom 5"
    assert place("$.stakeholders[1].kind") == "$.stakeholders[1].kind"
