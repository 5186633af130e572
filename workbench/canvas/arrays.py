"""numpy helpers for the canvas.

``np.unique`` asks ``numpy.ma`` whether its input is masked on the way to its hash-based
path (numpy ≥ 2.3), which imports numpy's masked arrays on the first call: about 25 ms
of a cold start, for a module the app never uses. These give the same results by
sorting (for values without NaN, which is all the canvas has: ids, buckets, cells).
"""

from __future__ import annotations

import numpy as np


def distinct(values: np.ndarray) -> np.ndarray:
    """The sorted distinct values of *values* (flattened): ``np.unique(values)``."""
    flat = np.sort(np.asarray(values).ravel())
    if len(flat) < 2:
        return flat
    return flat[np.concatenate(([True], flat[1:] != flat[:-1]))]


def distinct_rows(rows: np.ndarray) -> np.ndarray:
    """The distinct rows of the 2-D array *rows*, sorted by the first column, then the
    next …: ``np.unique(rows, axis=0)``."""
    rows = np.asarray(rows)
    if len(rows) < 2:
        return rows
    ordered = rows[np.lexsort(rows.T[::-1])]
    return ordered[np.concatenate(([True], np.any(ordered[1:] != ordered[:-1], axis=1)))]
