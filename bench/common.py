"""Helpers shared by the benchmarks: the Qt application, workspace files, statistics."""

from __future__ import annotations

import os
import statistics
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Sequence

REPO = Path(__file__).resolve().parent.parent


def qt_app() -> Any:
    """The one QApplication of this process (created if needed).

    Every benchmark uses this rather than creating its own: benchmarks run in one
    process, and a QCoreApplication made by one would break a later one needing widgets.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(["voelspriet-bench"])
    return app


@contextmanager
def bench_dir() -> Iterator[Path]:
    """A temporary folder (removed afterwards) on the disk ``TMPDIR`` points to.

    Commits are durable (fsync): on tmpfs they would be free and the numbers too good;
    ``tmpfs_note`` says so in the result.
    """
    with tempfile.TemporaryDirectory(prefix="voelspriet-bench-") as folder:
        yield Path(folder)


def filesystem_type(path: Path) -> str:
    """The file system type of *path* on Linux (``ext4``, ``tmpfs`` …), else ``""``."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    best, kind = "", ""
    target = str(Path(path).resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and (target == parts[1] or target.startswith(parts[1].rstrip("/") + "/")):
            if len(parts[1]) > len(best):
                best, kind = parts[1], parts[2]
    return kind


def tmpfs_note(path: Path) -> str:
    """A warning for the result note when *path* is on a RAM file system."""
    kind = filesystem_type(path)
    return f"on {kind}: fsync is free, set TMPDIR to a disk folder" if kind in ("tmpfs", "ramfs") else ""


def write_demo_workspace(path: Path, stakeholders: int | None = None) -> Path:
    """Write the demo workspace (or a synthetic one) to *path*, closed; returns *path*."""
    from workbench.bootstrap import demo_dataset, write_new_workspace

    write_new_workspace(path, demo_dataset(stakeholders)).close()
    return path


def median(values: Sequence[float]) -> float:
    """The median."""
    return statistics.median(values)


def percentile(values: Sequence[float], q: float) -> float:
    """The *q*-th percentile (0–100), linear between ranks."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def spread(values: Sequence[float], scale: float = 1.0, unit: str = "") -> str:
    """``n=7, min 1.02 … max 1.31 s`` for a note."""
    return (f"n={len(values)}, min {min(values) * scale:.3g} … max {max(values) * scale:.3g}"
            f"{' ' + unit if unit else ''}")


def child_env(home: Path) -> dict[str, str]:
    """Environment for a child process whose user data and settings live under *home*."""
    env = dict(os.environ)
    env["VOELSPRIET_HOME"] = str(home / "data")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "share")
    # A user's Python caches compiled modules; measure that (the warm-up run writes them),
    # not a session that forbids it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
