"""The meshwork measures (signature panel) at 5,000 stakeholders and the demo's size.

*reads* is ``workspace.meshwork.read`` (stakeholders as columns, relation ends, each
relation's latest energy), done on the window's thread; *compute* is the pure
``workspace.meshwork.compute`` the panel runs on a worker thread, dominated by the brokers'
betweenness (networkx; above 600 partners estimated from 200 seeded pivots). No target in
PRODUCT.md: the panel stays usable meanwhile (the computation is off the window's thread)
and shows the measures when they are done; these numbers say how long that wait is.
Medians of a few runs after a warm-up (which also imports networkx).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from bench.common import bench_dir, median, spread, write_demo_workspace

STAKEHOLDERS = 5_000
REPEATS = 3


def _timed(fn, repeats: int = REPEATS) -> list[float]:  # type: ignore[no-untyped-def]
    fn()
    out = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def measure(path: Path, label: str) -> list[dict]:
    from workbench.store import open_store
    from workbench.workspace import Workspace
    from workbench.workspace.meshwork import compute, read

    workspace = Workspace(open_store(path, exclusive=False))
    try:
        inputs = read(workspace)
        result = compute(inputs)
        note = (f"{result.partners:,} partners, {len(inputs.relation_ends):,} relations; brokers "
                f"{'estimated' if result['brokers'].detail.get('estimated') else 'exact'}")
        reads = _timed(lambda: read(workspace))
        computed = _timed(lambda: compute(inputs))
    finally:
        workspace.close()
    return [
        {"name": f"meshwork reads, {label} (ms)", "value": round(median(reads) * 1000, 1), "unit": "ms",
         "target": None, "note": spread(reads, 1000, "ms")},
        {"name": f"meshwork measures incl. brokers, {label} (ms)", "value": round(median(computed) * 1000, 1),
         "unit": "ms", "target": None, "note": f"{spread(computed, 1000, 'ms')}; {note}; off the window's thread"},
    ]


def run() -> list[dict]:
    with bench_dir() as folder:
        demo = write_demo_workspace(folder / "demo.voelspriet")
        results = measure(demo, "the demo")
        big = write_demo_workspace(folder / "big.voelspriet", stakeholders=STAKEHOLDERS)
        return results + measure(big, f"{STAKEHOLDERS:,} stakeholders")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for row in run():
        print(row)
