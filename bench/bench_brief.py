"""Session briefs as PDF for 25 and 200 attendees (PRODUCT.md: ≤ 1.5 s / ≤ 6 s, whole process).

*Whole process* is ``python main.py brief WORKSPACE --session ID --out OUT.pdf`` as a user runs
it, timed from outside: the interpreter starting, the imports (Qt, the canvas), opening the
workspace, the conversation prep of every attendee (``workspace.prep``), the map of the
attendees, laying out and writing the PDF. The workspace is the seeded synthetic one of
1,000 stakeholders (``write_demo_workspace``) with two sessions added: the first 25 and the
first 200 of its people, each with a six-item agenda. Each number is the median of a few
runs after a warm-up (which also writes Python's bytecode caches); the note gives the
spread, the children's CPU time and the pages written.

Beside them, for information, the same two briefs inside one process, split into building
the content (``brief.content.build_brief``, the prep's reads) and drawing the map and the
pages (``brief.render.write_pdf``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from bench.common import REPO, bench_dir, child_env, median, qt_app, spread, write_demo_workspace

STAKEHOLDERS = 1_000
SIZES = ((25, 1.5), (200, 6.0))  # attendees, target (s)
REPEATS = 3
AGENDA = (("Check-in", 15), ("Where we stand", 30), ("Open space", 60), ("Break", 15),
          ("Harvest", 30), ("Check-out", 10))


def _children_cpu() -> float:
    times = os.times()
    return times.children_user + times.children_system


def _add_sessions(path: Path) -> dict[int, str]:
    """Sessions of the first 25 and 200 people; returns their ids by size."""
    from workbench.model import AgendaItem, Session, StakeholderKind
    from workbench.store import open_store
    from workbench.workspace import Workspace

    qt_app()
    workspace = Workspace(open_store(path))
    try:
        people = [s.id for s in workspace.stakeholders() if s.kind != StakeholderKind.FACILITATOR]
        today = workspace.settings().as_of or datetime.now().date()
        ids = {}
        for size, _target in SIZES:
            ids[size] = workspace.add_session(Session(
                id=f"bench-{size}", title=f"Community day for {size}",
                at=datetime.combine(today + timedelta(days=3), datetime.min.time()).replace(hour=10),
                place="Het Buurthuis", goal="Bring the network together around the shared goal.",
                attendees=tuple(people[:size]), agenda=tuple(AgendaItem(t, m) for t, m in AGENDA)))
        return ids
    finally:
        workspace.close()


def _in_process(path: Path, session: str, folder: Path) -> tuple[float, float, int]:
    """(content s, drawing s, pages) for one brief inside this process."""
    from workbench.brief.content import build_brief
    from workbench.brief.render import write_pdf
    from workbench.canvas.subset import AttendeeMap
    from workbench.store import open_store
    from workbench.workspace import Workspace

    qt_app()
    workspace = Workspace(open_store(path, read_only=True))
    try:
        started = time.perf_counter()
        brief = build_brief(workspace, session)
        built = time.perf_counter()
        picture = AttendeeMap(workspace, brief.map_ids)
        try:
            rendered = write_pdf(brief, picture, folder / "in-process.pdf")
        finally:
            picture.close()
        return built - started, time.perf_counter() - built, rendered.pages
    finally:
        workspace.close()


def measure(path: Path, folder: Path) -> list[dict]:
    sessions = _add_sessions(path)
    env = child_env(folder)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    results = []
    for size, target in SIZES:
        out = folder / f"brief-{size}.pdf"
        command = [sys.executable, str(REPO / "main.py"), "brief", str(path), "--session", sessions[size],
                   "--out", str(out)]
        said = subprocess.run(command, check=True, capture_output=True, env=env, cwd=REPO, timeout=300)
        wall, cpu = [], []
        for _ in range(REPEATS):
            started, started_cpu = time.perf_counter(), _children_cpu()
            subprocess.run(command, check=True, capture_output=True, env=env, cwd=REPO, timeout=300)
            wall.append(time.perf_counter() - started)
            cpu.append(_children_cpu() - started_cpu)
        pages = said.stdout.decode().rsplit("(", 1)[-1].split()[0]
        results.append({"name": f"brief PDF, {size} attendees, whole process (s)", "value": round(median(wall), 2),
                        "unit": "s", "target": target,
                        "note": f"{spread(wall, 1, 's')}; CPU {median(cpu):.2f} s; {pages} pages"})
    for size, _target in SIZES:
        content, drawing, pages = _in_process(path, sessions[size], folder)
        results.append({"name": f"  {size} attendees in process: content / map and pages (ms)",
                        "value": round((content + drawing) * 1000, 1), "unit": "ms", "target": None,
                        "note": f"informational: content {content * 1000:.0f} ms, drawing {drawing * 1000:.0f} ms, "
                                f"{pages} pages"})
    return results


def run() -> list[dict]:
    with bench_dir() as folder:
        path = write_demo_workspace(folder / "brief.voelspriet", stakeholders=STAKEHOLDERS)
        return measure(path, folder)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for row in run():
        print(row)
