"""Choosing a reader or writer by the file's extension; the limits every import shares.

Writing goes to a temporary file in the target's folder, renamed into place when it is
complete: an export that fails leaves no half-written file and never a damaged old one.
"""

from __future__ import annotations

import errno
import importlib
import os
import tempfile
from pathlib import Path
from typing import Any, Callable

from workbench.interchange.errors import InterchangeError
from workbench.model import Dataset

#: Larger files are refused before they are read.
MAX_BYTES = 200 * 1024 * 1024

#: Reader and writer per extension, as "module:function" of this package, imported when
#: first used (the app starts without loading any of them).
READERS: dict[str, str | Callable[[Path], Dataset]] = {
    ".json": "json_v1:read",
    ".xlsx": "kumu:read_xlsx",
    ".csv": "kumu:read_csv",
    ".graphml": "graphml:read",
}
WRITERS: dict[str, str | Callable[[Dataset, Path], None]] = {
    ".json": "json_v1:write",
    ".xlsx": "kumu:write_xlsx",
    ".graphml": "graphml:write",
}


def _resolve(entry: str | Callable[..., Any]) -> Callable[..., Any]:
    if callable(entry):
        return entry
    module, name = entry.split(":")
    return getattr(importlib.import_module(f"workbench.interchange.{module}"), name)


def read_any(path: Path) -> Dataset:
    """Read and validate any supported file."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InterchangeError(str(path), "", "unsupported file type; expected "
                               + ", ".join(sorted(READERS)), "unsupported")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InterchangeError(str(path), "", "does not exist", "missing") from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if path.is_dir():
        raise InterchangeError(str(path), "", "is a folder, not a file", "folder")
    if size > MAX_BYTES:
        raise InterchangeError(str(path), "", f"is {size / 2**20:,.0f} MB; Voelspriet imports files "
                                              f"up to {MAX_BYTES >> 20} MB (split it)", "too_large")
    try:
        return _resolve(reader)(path)
    except FileNotFoundError:  # gone between the look and the read
        raise InterchangeError(str(path), "", "does not exist", "missing") from None
    except OSError as exc:
        raise _unreadable(path, exc) from None


def _unreadable(path: Path, exc: OSError) -> InterchangeError:
    what = "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or "the system cannot read it")
    return InterchangeError(str(path), "", f"cannot be read ({what})", "unreadable")


def _unwritable(path: Path, exc: OSError, what: str) -> InterchangeError:
    if isinstance(exc, PermissionError):
        return InterchangeError(str(path), "", f"{what} (permission denied)", "no_permission")
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return InterchangeError(str(path), "", f"{what} (the disk is full: {exc.strerror})", "disk_full")
    return InterchangeError(str(path), "", f"{what} ({exc.strerror or 'the system refused'})", "cannot_write")


def write_any(dataset: Dataset, path: Path) -> None:
    """Write *dataset* in the format its extension names (atomically)."""
    path = Path(path)
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise InterchangeError(str(path), "", "unsupported export type; expected "
                               + ", ".join(sorted(WRITERS)), "unsupported_export")
    if not path.parent.is_dir():
        raise InterchangeError(str(path), "", "its folder does not exist", "no_folder")
    if path.is_dir():
        raise InterchangeError(str(path), "", "is a folder", "folder")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise _unwritable(path, exc, "cannot write here") from None
    temporary = Path(name)
    try:
        _resolve(writer)(dataset, temporary)
        os.replace(temporary, path)
    except OSError as exc:
        raise _unwritable(path, exc, "cannot write") from None
    finally:
        temporary.unlink(missing_ok=True)
