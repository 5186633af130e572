"""What the window says when a file cannot be opened, created, copied, imported or
written: what happened and what to do, in the window's words and language.

The store and the readers raise one error for the command line and the window alike
(``WorkspaceError``, ``InterchangeError``); its ``str()`` is the command line's concise
English line and may name commands (``import``) or a system's words. The window never
shows that line: ``explain(exc)`` turns the error's ``reason`` into a translated title
and text that name the file (and its folder where that helps), and the menu item to use
(File › Import…, taken from the menus' own translated texts). A problem at a place in an
imported file keeps the reader's naming of the place (sheet, row, column, line) and
what was wrong there. No process id, no exception class and no command-line word
reaches a window.

Placeholders in the texts: %1 the file's name, %2 its folder, %3 a menu path, %4 the
place in the file and what is wrong there (or the system's description).
"""

from __future__ import annotations

import errno
import re
from pathlib import Path
from typing import Callable, NamedTuple

from PySide6.QtCore import QCoreApplication, QDir

from workbench.workspace import EditRefused, InterchangeError, WorkspaceError


def tr(text: str) -> str:
    """Translate a message text (the context is empty, as for the workspace's texts)."""
    return QCoreApplication.translate("", text)


class Explanation(NamedTuple):
    """A dialog's title and text."""

    title: str
    text: str


def _menu_open() -> str:
    return _menu_path(QCoreApplication.translate("MainWindow", "&File"),
                      QCoreApplication.translate("MainWindow", "&Open…"))


def _menu_import() -> str:
    return _menu_path(QCoreApplication.translate("MainWindow", "&File"),
                      QCoreApplication.translate("InterchangeActions", "&Import…"))


def _menu_path(*items: str) -> str:
    """“File › Import…” from the menus' texts as the window shows them (without the &)."""
    return " › ".join(item.replace("&&", "\0").replace("&", "").replace("\0", "&") for item in items)


# ---------------------------------------------------------------------------- the texts
# Each reason: (title, text). Functions, so that they are translated when shown (the
# language can change while the app runs) and so that lupdate finds every text.

def _workspace_texts() -> dict[str, tuple[str, str]]:
    return {
        "missing": (tr("Workspace not found"), tr(
            "“%1” is not in the folder %2. It may have been moved, renamed or deleted; "
            "use %3 to open it from where it is now.")),
        "no_folder": (tr("Folder not found"), tr(
            "Voelspriet cannot use “%1”: its folder does not exist (%2). It may have been "
            "moved, renamed or deleted; choose another folder.")),
        "folder": (tr("Not a workspace"), tr(
            "“%1” is a folder, not a Voelspriet workspace. Choose a workspace file "
            "(its name ends in .voelspriet).")),
        "not_a_workspace": (tr("Not a Voelspriet workspace"), tr(
            "“%1” is not a Voelspriet workspace, so it was not opened and nothing in it "
            "was changed. To bring people and relations from a spreadsheet, a JSON file or "
            "a GraphML file into a workspace, open the workspace and use %3 in its window.")),
        "unreadable": (tr("No access"), tr(
            "Voelspriet is not allowed to read “%1”. Ask the owner of the file for access, "
            "or copy it to a folder of your own and open the copy.")),
        "corrupt": (tr("Workspace damaged"), tr(
            "“%1” is damaged, so Voelspriet did not open it and changed nothing in it. "
            "Open a saved copy or a backup of this workspace instead.")),
        "newer_version": (tr("Made with a newer Voelspriet"), tr(
            "“%1” was made with a newer version of Voelspriet than this one. Update "
            "Voelspriet on this computer, then open it again.")),
        "needs_upgrade": (tr("Made with an older Voelspriet"), tr(
            "“%1” was made with an older version of Voelspriet. Open it with %3 to bring "
            "it up to date (a backup is made first).")),
        "read_only": (tr("Read-only"), tr(
            "Voelspriet cannot save changes in “%1”: the file or its folder is read-only. "
            "Copy it to a folder you can write to (such as your Documents), then open the "
            "copy.")),
        "already_open": (tr("Already open"), tr(
            "“%1” is already open in another Voelspriet window; close it there first, "
            "then open it here.")),
        "closed": (tr("Workspace closed"), tr(
            "“%1” has been closed in this window. Use %3 to open it again.")),
        "same_file": (tr("Cannot save a copy"), tr(
            "A copy cannot take the place of the workspace itself. Choose another name for "
            "the copy.")),
        "exists": (tr("The file exists"), tr(
            "There is already a file called “%1” in %2. Choose another name.")),
        "encrypted": (tr("Encrypted workspace"), tr(
            "“%1” is encrypted. Open it with %3 and enter its passphrase.")),
        "wrong_passphrase": (tr("Wrong passphrase"), tr(
            "The passphrase for “%1” is not right, so it was not opened and nothing in it was "
            "changed. If you are sure of the passphrase, the file may be damaged: open a backup.")),
        "bad_passphrase": (tr("Passphrase not usable"), tr(
            "This passphrase cannot be used for “%1”. Choose another one.")),
        "no_encryption": (tr("Encryption not available"), tr(
            "“%1” is encrypted, or was to be, but this installation of Voelspriet cannot encrypt or "
            "decrypt workspaces. Open it with a Voelspriet that can.")),
        "unknown": (tr("Cannot use the workspace"), tr(
            "Voelspriet cannot use “%1”. Use %3 to choose another workspace.")),
    }


def _interchange_texts() -> dict[str, tuple[str, str]]:
    return {
        # reading
        "missing": (tr("File not found"), tr(
            "“%1” is not in the folder %2. It may have been moved, renamed or deleted; "
            "use %3 to choose it where it is now.")),
        "unreadable": (tr("No access"), tr(
            "Voelspriet cannot read “%1”: it is not allowed to, or the file is on a disk or "
            "network folder that is not available. Copy the file to a folder of your own "
            "and import the copy.")),
        "unsupported": (tr("Not a file Voelspriet imports"), tr(
            "Voelspriet cannot import “%1”. It imports Voelspriet JSON (.json), Kumu "
            "spreadsheets (.xlsx, or .csv with one table) and GraphML (.graphml).")),
        "folder": (tr("Not a file"), tr("“%1” is a folder. Choose a file.")),
        "too_large": (tr("File too large"), tr(
            "“%1” is too large to import. Split it into smaller files and import them one "
            "after the other.")),
        "empty": (tr("Empty file"), tr("“%1” is empty: there is nothing in it to import.")),
        "not_xlsx": (tr("Not an Excel workbook"), tr(
            "“%1” is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel or "
            "LibreOffice, save it as an Excel workbook (.xlsx), and import that.")),
        "locked_xlsx": (tr("Protected or old workbook"), tr(
            "“%1” is protected with a password, or it is an old Excel file (.xls). Open it "
            "in Excel, save it as an Excel workbook (.xlsx) without a password, and import "
            "that.")),
        "not_csv": (tr("Not a CSV table"), tr(
            "“%1” is not a table Voelspriet can read. In Excel, save it as “CSV UTF-8” or as "
            "an Excel workbook (.xlsx), and import that.")),
        "not_json": (tr("Not a Voelspriet JSON file"), tr(
            "“%1” is not a Voelspriet JSON file, or it is damaged.")),
        "not_graphml": (tr("Not a GraphML file"), tr(
            "“%1” is not a GraphML file, or it is damaged.")),
        "no_tables": (tr("No elements or connections"), tr(
            "“%1” has no sheet of elements or connections. Voelspriet looks for a sheet whose "
            "first column heading is Label (elements: people and organisations) or From "
            "and To (connections), as Kumu writes them.")),
        "content": (tr("A problem in the file"), tr(
            "“%1” has a problem at %4. Correct it in the file, then import it again.")),
        "invalid": (tr("A problem in the file"), tr(
            "“%1” cannot be imported: %4. Correct it in the file, then import it again.")),
        # writing
        "unsupported_export": (tr("Not a format Voelspriet exports"), tr(
            "Voelspriet cannot export to “%1”. Choose Voelspriet JSON (.json), a Kumu "
            "spreadsheet (.xlsx) or GraphML (.graphml).")),
        "no_folder": (tr("Folder not found"), tr(
            "Voelspriet cannot use “%1”: its folder does not exist (%2). It may have been "
            "moved, renamed or deleted; choose another folder.")),
        "no_permission": (tr("No access"), tr(
            "Voelspriet is not allowed to write “%1” in %2. Choose a folder of your own, "
            "such as your Documents.")),
        "disk_full": (tr("Disk full"), tr(
            "The disk is full: Voelspriet could not write “%1”. Make room on the disk or "
            "choose another place, then try again.")),
        "cannot_write": (tr("Cannot write"), tr(
            "Voelspriet could not write “%1” in %2 (%4). Choose another folder and try "
            "again.")),
    }


def _system_texts() -> dict[str, tuple[str, str]]:
    """Files the system refused (``OSError``) while opening, creating or copying."""
    return {
        "no_permission": (tr("No access"), tr(
            "Voelspriet is not allowed to use “%1” in %2. Choose a folder of your own, such "
            "as your Documents.")),
        "disk_full": (tr("Disk full"), tr(
            "The disk is full: Voelspriet could not write “%1”. Make room on the disk or "
            "choose another place, then try again.")),
        "other": (tr("Cannot use the file"), tr(
            "Voelspriet could not use “%1” in %2 (%4). Choose another place and try again.")),
    }


def _unexpected() -> Explanation:
    return Explanation(tr("Something went wrong"), tr(
        "Voelspriet could not finish this because of an unexpected problem."))


# ---------------------------------------------------------------------------- explain
def explain(exc: BaseException) -> Explanation:
    """The title and text a dialog shows for *exc*: what happened (naming the file) and
    what to do, translated. Use as ``QMessageBox.warning(parent, *explain(exc))``, or keep
    the caller's own title (``explain(exc).text``)."""
    if isinstance(exc, WorkspaceError):
        return _explain_workspace(exc)
    if isinstance(exc, InterchangeError):
        return _explain_interchange(exc)
    if isinstance(exc, EditRefused):  # the workspace's rules speak the user's words already
        return Explanation(tr("Not possible"), str(exc))
    if isinstance(exc, OSError):
        return _explain_system(exc)
    return _unexpected()


def _explain_workspace(exc: WorkspaceError) -> Explanation:
    texts = _workspace_texts()
    title, text = texts.get(exc.reason, texts["unknown"])
    menu = _menu_import() if exc.reason == "not_a_workspace" else _menu_open()
    return Explanation(title, _fill(text, _path_of(exc), menu=menu))


def _explain_interchange(exc: InterchangeError) -> Explanation:
    texts = _interchange_texts()
    reason = exc.reason if exc.reason in texts else ("content" if exc.where else "invalid")
    title, text = texts[reason]
    path = Path(exc.source)
    if reason == "content":
        detail = f"{place(exc.where)}: {_plain(exc.message)}".rstrip(".")
    elif reason == "cannot_write":  # "cannot write (Input/output error)": the system's words
        said = re.search(r"\(([^()]*)\)\s*$", exc.message)
        detail = _plain(said.group(1) if said else exc.message)
    else:
        detail = _plain(exc.message).rstrip(".")
    text = _fill(text, path, menu=_menu_import(), detail=detail)
    if reason in ("not_json", "not_graphml") and exc.where:
        text += " " + tr("The first problem is at %4.").replace("%4", place(exc.where))
    return Explanation(title, text)


def _explain_system(exc: OSError) -> Explanation:
    if isinstance(exc, FileExistsError):
        title, text = _workspace_texts()["exists"]
        return Explanation(title, _fill(text, _path_of(exc)))
    path = _path_of(exc)
    if isinstance(exc, FileNotFoundError):
        reason = "no_folder" if path is not None and not path.parent.is_dir() else "missing"
        title, text = _workspace_texts()[reason]
        return Explanation(title, _fill(text, path, menu=_menu_open()))
    if isinstance(exc, IsADirectoryError):
        title, text = _interchange_texts()["folder"]
        return Explanation(title, _fill(text, path))
    texts = _system_texts()
    if isinstance(exc, PermissionError):
        reason = "no_permission"
    elif exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        reason = "disk_full"
    else:
        reason = "other"
    title, text = texts[reason]
    return Explanation(title, _fill(text, path, detail=_plain(exc.strerror or "")))


# ---------------------------------------------------------------------------- helpers
def _fill(text: str, path: Path | None, *, menu: str = "", detail: str = "") -> str:
    if path is None:
        name, folder = tr("the file"), tr("its folder")
    else:
        name = path.name or str(path)
        folder = QDir.toNativeSeparators(str(path.parent))
    # one pass, so that a name holding "%2" is not filled in again
    values = {"1": name, "2": folder, "3": menu, "4": detail}
    return re.sub(r"%([1-4])", lambda m: values[m.group(1)], text)


def _path_of(exc: BaseException) -> Path | None:
    """The file an error is about: its ``path`` (``filename`` for ``OSError``), else the
    start of its message ("/some/file.voelspriet: already exists")."""
    for attribute in ("path", "filename"):
        value = getattr(exc, attribute, None)
        if value:
            return Path(value)
    head, sep, _rest = str(exc).partition(": ")
    if sep and ("/" in head or "\\" in head or Path(head).suffix):
        return Path(head)
    return None


_WORDS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("sheet", lambda: tr("sheet")),
    ("row", lambda: tr("row")),
    ("column", lambda: tr("column")),
    ("line", lambda: tr("line")),
)
_QUOTED = re.compile(r"('[^']*'|\"[^\"]*\")")


def place(where: str) -> str:
    """A place in an imported file as the reader names it ("sheet 'Elements' row 3
    column 'ID'"), its words (sheet, row, column, line) in the window's language; the
    names in quotes are the file's own and stay as they are."""
    words = {english: translated() for english, translated in _WORDS}
    pattern = re.compile(r"\b(" + "|".join(words) + r")\b")
    parts = _QUOTED.split(where)
    for i in range(0, len(parts), 2):  # the even parts are outside quotes
        parts[i] = pattern.sub(lambda m: words[m.group(1)], parts[i])
    return "".join(parts)


# "(BadZipFile: File is not a zip file)", "KeyError: 'x'": a programmer's words
_CLASS_IN_BRACKETS = re.compile(r"\s*\(\s*[A-Z]\w*(?:Error|Exception|Warning|File)\b[^()]*\)")
_CLASS_NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]*)*(?:Error|Exception|Warning)\b:?\s*")


def _plain(detail: str) -> str:
    """*detail* without the names of exception classes (a safety net: readers should not
    put them in a message)."""
    return _CLASS_NAME.sub("", _CLASS_IN_BRACKETS.sub("", detail)).strip()
