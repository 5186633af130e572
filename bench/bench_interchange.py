"""Importing and exporting a Kumu workbook of 5,000 elements and 15,000 connections.

PRODUCT.md: import ≤ 5 s; the issue adds export of the same ≤ 3 s. The workbook is
generated once with openpyxl in write-only mode (seeded: labels, types, descriptions,
pipe-separated tags, two custom columns; connections with From, To, Type and Strength,
some between the same pair, which the import merges). *Import* is the whole user-visible
operation through the Workspace, as File > Import… and ``main.py import`` do it: read
and validate the workbook, resolve labels, plan and write the rows in one durable
transaction into a new workspace (one undo entry). *Export* writes that workspace back to
an .xlsx (reading everything, then writing the workbook). Each is repeated on fresh
files and the median reported.
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

from bench.common import bench_dir, median, qt_app, spread, tmpfs_note

ELEMENTS = 5_000
CONNECTIONS = 15_000
REPEATS = 3
IMPORT_TARGET_S = 5.0
EXPORT_TARGET_S = 3.0
TYPES = ("Person", "Organization", "Company", "Government", "Foundation", "Volunteer", "Network")
TAGS = ("energy", "care", "housing", "food", "mobility", "education")


def write_kumu_workbook(path: Path, elements: int = ELEMENTS, connections: int = CONNECTIONS,
                        seed: int = 11) -> Path:
    """A Kumu-style workbook (sheets Elements and Connections), deterministic."""
    import openpyxl

    rng = random.Random(seed)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Elements")
    sheet.append(["Label", "Type", "Description", "Tags", "Email", "Region", "Since"])
    labels = [f"Partner {i:05d}" for i in range(elements)]
    for i, label in enumerate(labels):
        sheet.append([label, rng.choice(TYPES), f"Description of {label}", "|".join(rng.sample(TAGS, 2)),
                      f"p{i}@example.org", rng.choice(("Noord", "Oost", "Zuid", "West")),
                      2010 + rng.randrange(15)])
    sheet = workbook.create_sheet("Connections")
    sheet.append(["From", "To", "Type", "Strength"])
    for _ in range(connections):
        a, b = rng.sample(range(elements), 2)
        sheet.append([labels[a], labels[b], rng.choice(("knows", "works with", "funds")), rng.randrange(1, 6)])
    workbook.save(path)
    return path


def _import_once(folder: Path, workbook: Path, n: int) -> tuple[float, Any]:
    """Seconds to import *workbook* into a new workspace; the open Workspace."""
    from workbench.workspace import Workspace, create_workspace

    workspace: Workspace = create_workspace(folder / f"import-{n}.voelspriet", "Bench")
    started = time.perf_counter()
    summary = workspace.import_file(workbook)
    elapsed = time.perf_counter() - started
    assert summary.added["stakeholders"] == ELEMENTS, summary
    assert workspace.undo_stack.count() == 1
    return elapsed, workspace


def run() -> list[dict]:
    qt_app()
    with bench_dir() as folder:
        workbook = write_kumu_workbook(folder / "kumu.xlsx")
        imports: list[float] = []
        exports: list[float] = []
        relations = 0
        for n in range(REPEATS):
            elapsed, workspace = _import_once(folder, workbook, n)
            imports.append(elapsed)
            relations = len(workspace.relations())
            try:
                target = folder / f"export-{n}.xlsx"
                started = time.perf_counter()
                workspace.export_file(target)
                exports.append(time.perf_counter() - started)
            finally:
                workspace.close()
        note = tmpfs_note(folder)
    size = f"{ELEMENTS:,} elements, {CONNECTIONS:,} connections → {relations:,} relations"
    return [
        {"name": f"import Kumu .xlsx, {ELEMENTS:,} + {CONNECTIONS:,} (s)", "value": median(imports),
         "unit": "s", "target": IMPORT_TARGET_S,
         "note": "; ".join(filter(None, [spread(imports, unit="s"), size, note]))},
        {"name": f"export Kumu .xlsx, {ELEMENTS:,} + {CONNECTIONS:,} (s)", "value": median(exports),
         "unit": "s", "target": EXPORT_TARGET_S, "note": spread(exports, unit="s")},
    ]
