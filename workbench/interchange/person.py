"""Everything about one person as a Voelspriet JSON v1 file (a subject-access export).

The document is JSON v1 (``json_v1.document``: it imports like any Voelspriet file),
indented to be read by a person, with two keys a reader of v1 ignores: ``person`` (whom
the file is about) and ``followups`` (the follow-ups for them that belong to no contact).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Sequence

from workbench.interchange import json_v1
from workbench.interchange.errors import InterchangeError
from workbench.interchange.formats import _unwritable
from workbench.model import Dataset, Followup


def document(dataset: Dataset, person_id: str, followups: Sequence[Followup] = ()) -> dict[str, object]:
    """The JSON document about *person_id*."""
    doc = json_v1.document(dataset)
    doc["person"] = person_id
    doc["followups"] = [{"what": f.what, "due": json_v1.iso(f.due) if f.due else None, "done": f.done,
                         "who": f.who} for f in followups]
    return doc


def write(dataset: Dataset, person_id: str, path: Path, followups: Sequence[Followup] = ()) -> None:
    """Write the document about *person_id* to *path* (.json), atomically and private
    (0600: it is personal data)."""
    path = Path(path)
    if path.suffix.lower() != ".json":
        raise InterchangeError(str(path), "", "everything about a person is written as Voelspriet "
                                              "JSON; give the file a .json name", "unsupported_export")
    if not path.parent.is_dir():
        raise InterchangeError(str(path), "", "its folder does not exist", "no_folder")
    if path.is_dir():
        raise InterchangeError(str(path), "", "is a folder", "folder")
    doc = document(dataset, person_id, followups)
    try:
        data = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate held from before imports refused them
        data = json.dumps(doc, ensure_ascii=True, indent=2).encode("ascii")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    except OSError as exc:
        raise _unwritable(path, exc, "cannot write here") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data + b"\n")
        os.replace(name, path)
    except OSError as exc:
        raise _unwritable(path, exc, "cannot write") from None
    finally:
        Path(name).unlink(missing_ok=True)
