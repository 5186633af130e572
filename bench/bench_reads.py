"""Column-shaped reads for the radar and the timeline (workbench.store.series).

PRODUCT.md gives the radar ≤ 1 s at 5,000 stakeholders and 100,000 interactions; its
reads get half of that: *radar reads total* is one pass over everything the signals
need — ``stakeholder_status``, ``relation_ends``, ``latest_readings(last=4)``,
``contact_dates``, ``remarks_since`` (the last 30 days before the workspace's "today") and
``open_followups`` — in one session, as the radar will run them. Each read is also timed
alone, and beside them the object-returning ``queries.interactions`` and
``queries.readings`` they replace (informational).

The workspace is the seeded synthetic one at 5,000 stakeholders (100,000 interactions,
~45,000 readings, ~185,000 participations); should the generator ever make fewer
interactions, the bench tops them up with executemany inserts. The timeline numbers read
200 relations' series: as generated (a few readings each), then after adding 500 readings
to each of those 200 relations (PRODUCT.md's timeline case, 200 × 500). Each number is the
median of several runs after a warm-up, with a warm page cache.
"""

from __future__ import annotations

import random
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Callable

from bench.common import bench_dir, median, spread, write_demo_workspace

STAKEHOLDERS = 5_000
INTERACTIONS = 100_000
REPEATS = 7
OLD_REPEATS = 3
RADAR_READS_TARGET_MS = 500.0
TIMELINE_RELATIONS = 200
TIMELINE_READINGS = 500
WINDOW_DAYS = 30


def _timed(fn: Callable[[], Any], repeats: int = REPEATS, warmup: int = 1) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each of *repeats* calls of *fn*, after *warmup* untimed ones.

    The CPU time is shown in the note: on a machine busy with other work the wall time
    also counts the waiting for a core.
    """
    for _ in range(warmup):
        fn()
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def _result(name: str, times: tuple[list[float], list[float]], target: float | None = None,
            note: str = "") -> dict:
    wall, cpu = times
    return {"name": name, "value": round(median(wall), 2), "unit": "ms", "target": target,
            "note": "; ".join(x for x in (spread(wall, unit="ms"), f"CPU {median(cpu):.0f} ms", note)
                              if x)}


def top_up_interactions(store: Any, want: int, seed: int = 5) -> int:
    """Add interactions (with one or two participants each) until there are *want*; how many."""
    from sqlalchemy import func, insert, select

    from workbench.store.schema import TABLES as T

    with store.begin() as s:
        have = s.execute(select(func.count()).select_from(T["interactions"])).scalar_one()
        if have >= want:
            return 0
        people = list(s.execute(select(T["stakeholders"].c.id)).scalars())
        rng = random.Random(seed)
        start = datetime(2022, 7, 1, 8, 0)
        interactions, participants = [], []
        for k in range(want - have):
            iid = f"bench-i{k:06d}"
            interactions.append({"id": iid, "at": start + timedelta(minutes=rng.randrange(1_000_000)),
                                 "channel": "call", "summary": ""})
            for sid in set(rng.sample(people, min(len(people), rng.choice((1, 1, 2))))):
                participants.append({"interaction_id": iid, "stakeholder_id": sid})
        s.execute(insert(T["interactions"]), interactions)
        s.execute(insert(T["interaction_participants"]), participants)
        return len(interactions)


def add_readings(store: Any, relation_ids: list[str], per_relation: int, seed: int = 3) -> int:
    """Add *per_relation* readings to each relation (executemany); how many."""
    from sqlalchemy import insert

    from workbench.store.schema import TABLES as T

    rng = random.Random(seed)
    start = datetime(2020, 1, 1, 9, 0)
    rows = [{"id": f"bench-e{r}-{k:04d}", "relation_id": rid,
             "at": start + timedelta(hours=k * 24 + rng.randrange(12)),
             "energy": rng.randint(1, 5), "source": "sense", "note": "", "interaction_id": None}
            for r, rid in enumerate(relation_ids) for k in range(per_relation)]
    with store.begin() as s:
        s.execute(insert(T["readings"]), rows)
    return len(rows)


def measure(path: Path) -> list[dict]:
    """All numbers on the workspace at *path* (which gains the timeline's readings)."""
    from workbench.store import open_store, queries
    from workbench.store import series as S

    results: list[dict] = []
    store = open_store(path)
    try:
        added = top_up_interactions(store, INTERACTIONS)
        with store.session() as s:
            n = queries.counts(s)
            today = queries.sensing_settings(s).as_of or datetime.now().date()
            since = today - timedelta(days=WINDOW_DAYS)
            shape = (f"{n['stakeholders']:,} stakeholders, {n['interactions']:,} interactions"
                     f"{f' ({added:,} added)' if added else ''}, {n['readings']:,} readings, "
                     f"{n['interaction_participants']:,} participations")

            def radar_reads() -> None:
                S.stakeholder_status(s)
                S.relation_ends(s)
                S.latest_readings(s, last=4)
                S.contact_dates(s)
                S.remarks_since(s, since)
                S.open_followups(s)

            results.append(_result("radar reads total, 5,000 stakeholders + 100,000 interactions (ms)",
                                   _timed(radar_reads), RADAR_READS_TARGET_MS,
                                   f"half the radar's 1 s; {shape}"))
            for name, fn, note in (
                ("stakeholder_status", lambda: S.stakeholder_status(s), f"{n['stakeholders']:,} rows"),
                ("relation_ends", lambda: S.relation_ends(s), f"{n['relations']:,} relations"),
                ("latest_readings(last=4)", lambda: S.latest_readings(s, last=4),
                 f"window over {n['readings']:,} readings"),
                ("contact_dates", lambda: S.contact_dates(s),
                 f"{n['interaction_participants']:,} participations"),
                (f"remarks_since({WINDOW_DAYS} days)", lambda: S.remarks_since(s, since),
                 f"{len(S.remarks_since(s, since)):,} of {n['remarks']:,} remarks since {since}"),
                ("open_followups", lambda: S.open_followups(s),
                 f"{len(S.open_followups(s)):,} of {n['followups']:,} open"),
                ("readings_series, all relations", lambda: S.readings_series(s),
                 f"{n['readings']:,} readings"),
            ):
                results.append(_result(f"  series.{name} (ms)", _timed(fn), None, note))
            results.append(_result("  old: queries.readings, all (ms)",
                                   _timed(lambda: queries.readings(s), OLD_REPEATS, warmup=0),
                                   None, "object per reading; informational"))
            results.append(_result("  old: queries.interactions, all (ms)",
                                   _timed(lambda: queries.interactions(s), OLD_REPEATS, warmup=0),
                                   None, "objects per interaction, participant, remark, "
                                         "follow-up; informational"))
            relation_ids = list(S.relation_ends(s))[:TIMELINE_RELATIONS]
            few = sum(len(x.ids) for x in S.readings_series(s, relation_ids).values())
            results.append(_result(f"timeline: readings_series {TIMELINE_RELATIONS} relations (ms)",
                                   _timed(lambda: S.readings_series(s, relation_ids)), None,
                                   f"{few:,} readings"))
        add_readings(store, relation_ids, TIMELINE_READINGS)
        with store.session() as s:
            many = sum(len(x.ids) for x in S.readings_series(s, relation_ids).values())
            results.append(_result(
                f"timeline: readings_series {TIMELINE_RELATIONS} relations × "
                f"{TIMELINE_READINGS} readings (ms)",
                _timed(lambda: S.readings_series(s, relation_ids)), None,
                f"{many:,} readings"))
            results.append(_result(
                f"  old: queries.readings {TIMELINE_RELATIONS} relations × "
                f"{TIMELINE_READINGS} readings (ms)",
                _timed(lambda: queries.readings(s, relation_ids), OLD_REPEATS, warmup=0), None,
                "informational"))
    finally:
        store.close()
    return results


def run() -> list[dict]:
    with bench_dir() as folder:
        path = write_demo_workspace(folder / "reads.voelspriet", stakeholders=STAKEHOLDERS)
        return measure(path)
