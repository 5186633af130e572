"""Choosing a reader or writer by the file's extension."""

from __future__ import annotations

from pathlib import Path

from workbench.interchange import json_v1
from workbench.interchange.errors import InterchangeError
from workbench.model import Dataset

READERS = {".json": json_v1.read}
WRITERS = {".json": json_v1.write}


def read_any(path: Path) -> Dataset:
    """Read and validate any supported file."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InterchangeError(str(path), "", "unsupported file type; expected "
                               + ", ".join(sorted(READERS)))
    if not path.exists():
        raise InterchangeError(str(path), "", "does not exist")
    return reader(path)


def write_any(dataset: Dataset, path: Path) -> None:
    """Write *dataset* in the format its extension names."""
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise InterchangeError(str(path), "", "unsupported export type; expected "
                               + ", ".join(sorted(WRITERS)))
    writer(dataset, path)
