"""Conversation prep at 5,000 stakeholders and 100,000 interactions.

*200 attendees* is ``conversation_preps(workspace, ids)`` for 200 partners at once, what a
session brief with 200 attendees asks for (PRODUCT.md gives the whole brief of 200
attendees 6 s; the preps get a sixth of it, 1 s). *one person* is
``conversation_prep(workspace, id)``, what the prep panel reads when the selection changes
(target 100 ms: the panel should follow a click without a noticeable wait). Beside them,
for information, 200 single preps one after the other (what the batch form saves).

The workspace is the seeded synthetic one (``write_demo_workspace(path, 5000)``, topped up
to 100,000 interactions as bench_radar does); the 200 are the partners with the most
contacts (the heaviest cards). Medians of several runs after a warm-up.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from bench.common import bench_dir, median, spread, write_demo_workspace

STAKEHOLDERS = 5_000
INTERACTIONS = 100_000
ATTENDEES = 200
REPEATS = 5
TARGET_BATCH_S = 1.0
TARGET_ONE_S = 0.1


def _timed(fn, repeats: int = REPEATS) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    fn()
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return wall, cpu


def _result(name: str, times: tuple[list[float], list[float]], target: float | None, note: str = "") -> dict:
    wall, cpu = times
    return {"name": name, "value": round(median(wall) * 1000, 1), "unit": "ms",
            "target": None if target is None else target * 1000,
            "note": "; ".join(x for x in (spread(wall, 1000, "ms"), f"CPU {median(cpu) * 1000:.0f} ms", note) if x)}


def measure(path: Path) -> list[dict]:
    from bench.bench_reads import top_up_interactions
    from workbench.store import open_store
    from workbench.workspace import Workspace
    from workbench.workspace.prep import conversation_prep, conversation_preps

    store = open_store(path)
    try:
        top_up_interactions(store, INTERACTIONS)
    finally:
        store.close()
    workspace = Workspace(open_store(path, exclusive=False))
    try:
        facilitator = workspace.facilitator_id()
        contacts = workspace.contact_dates()
        busiest = sorted((sid for sid in contacts if sid != facilitator),
                         key=lambda sid: (-len(contacts[sid]), sid))[:ATTENDEES]
        preps = conversation_preps(workspace, busiest)
        shape = (f"{sum(p.contacts for p in preps.values()):,} contacts, "
                 f"{sum(len(p.findings) for p in preps.values())} findings, "
                 f"{sum(len(p.energy) for p in preps.values()):,} readings on their cards")
        results = [_result(f"conversation prep, {ATTENDEES} attendees at once, {STAKEHOLDERS:,} "
                           f"stakeholders + {INTERACTIONS:,} interactions (ms)",
                           _timed(lambda: conversation_preps(workspace, busiest)), TARGET_BATCH_S, shape)]
        results.append(_result("conversation prep, one person (the panel) (ms)",
                               _timed(lambda: conversation_prep(workspace, busiest[0]), REPEATS * 3),
                               TARGET_ONE_S))
        results.append(_result(f"  {ATTENDEES} single preps one after the other (ms)",
                               _timed(lambda: [conversation_prep(workspace, sid) for sid in busiest], 1),
                               None, "informational: what the batch form saves"))
    finally:
        workspace.close()
    return results


def run() -> list[dict]:
    with bench_dir() as folder:
        path = write_demo_workspace(folder / "prep.voelspriet", stakeholders=STAKEHOLDERS)
        return measure(path)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for row in run():
        print(row)
