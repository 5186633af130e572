"""Where a cold start's CPU time goes, up to the first frame (bench/README.md, "Start-up").

    .venv/bin/python bench/startup_breakdown.py [WORKSPACE] [--runs N] [--top N]

Starts the app N times (default 5) in fresh processes the way bench/startup_probe.py does
(the demo workspace when none is given) and prints the medians of:

- the CPU time (``time.process_time``: user + system) at each phase mark of the probe, and
  a bare PySide6 window's, beside it;
- each imported module's own CPU time (without the modules it imports in turn), summed
  per package (per module for ours), measured with an import hook.

CPU time rather than wall time: on a machine shared with other work the wall time of a
start varies by half, its CPU time by a few per cent. The import hook adds a little to
every import; compare its figures with each other, not with the phase marks. Not a
benchmark module (no ``run()``): the harness ignores it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import REPO, bench_dir, child_env, write_demo_workspace  # noqa: E402

PROBE = Path(__file__).resolve().parent / "startup_probe.py"
MARKS = ("probe", "imported", "app", "window", "shown", "painted")

# The probe, run with process_time marks and an import hook that keeps each module's own
# CPU time; both go to stderr as one JSON line.
CHILD = r"""
import importlib.machinery, json, sys, time, types

own, stack = {}, []

class Timed:
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        loader = getattr(spec, "loader", None)
        if loader is None or not hasattr(loader, "exec_module"):
            return spec
        run = loader.exec_module

        def exec_module(module, run=run, name=name):
            start = time.process_time()
            stack.append(0.0)
            try:
                run(module)
            finally:
                spent = time.process_time() - start
                inner = stack.pop()
                own[name] = own.get(name, 0.0) + spent - inner
                if stack:
                    stack[-1] += spent
        loader.exec_module = exec_module
        return spec

hooked = sys.argv[1] == "hook"
if hooked:
    sys.meta_path.insert(0, Timed)
sys.path.insert(0, sys.argv[2])
import startup_probe
startup_probe.time = types.SimpleNamespace(monotonic=time.process_time, process_time=time.process_time)  # marks in CPU time
startup_probe.MARKS["probe"] = time.process_time()
code = startup_probe.main(["startup_probe.py", *sys.argv[3:]])
sys.stderr.write("BREAKDOWN " + json.dumps({"marks": startup_probe.MARKS, "own": own}) + "\n")
sys.exit(code)
"""


def _run(home: Path, args: list[str], hook: bool) -> dict[str, dict[str, float]]:
    env = child_env(home)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run([sys.executable, "-c", CHILD, "hook" if hook else "plain", str(PROBE.parent), *args],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    line = next((x for x in out.stderr.splitlines() if x.startswith("BREAKDOWN ")), None)
    if out.returncode != 0 or line is None:
        raise SystemExit(f"the probe failed ({out.returncode}): {out.stderr.strip()[-2000:]}")
    return json.loads(line[len("BREAKDOWN "):])


def _group(module: str) -> str:
    parts = module.split(".")
    return module if parts[0] == "workbench" else parts[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workspace", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--top", type=int, default=40)
    options = parser.parse_args(argv)
    with bench_dir() as folder:
        workspace = options.workspace or write_demo_workspace(folder / "demo.voelspriet")
        app = ["app", str(workspace)]
        _run(folder, app, hook=False)  # untimed: .pyc written, settings made
        _run(folder, ["bare"], hook=False)
        marks: dict[str, list[dict[str, float]]] = {"app": [], "bare": []}
        own: dict[str, list[float]] = defaultdict(list)
        for _ in range(options.runs):
            marks["app"].append(_run(folder, app, hook=False)["marks"])
            marks["bare"].append(_run(folder, ["bare"], hook=False)["marks"])
            for name, spent in _run(folder, app, hook=True)["own"].items():
                own[name].append(spent)
    print(f"CPU time (ms) at each mark, medians of {options.runs}:   app   bare")
    for mark in MARKS:
        app_ms = statistics.median(m[mark] for m in marks["app"]) * 1000
        bare_ms = statistics.median(m[mark] for m in marks["bare"]) * 1000
        print(f"  {mark:<10}{app_ms:>38.0f} {bare_ms:>6.0f}")
    groups: Counter[str] = Counter()
    for name, spent in own.items():
        groups[_group(name)] += statistics.median(spent + [0.0] * (options.runs - len(spent))) * 1000
    print(f"\nown import CPU time (ms), medians, {sum(groups.values()):.0f} in all (with the hook's cost):")
    for name, spent in groups.most_common(options.top):
        print(f"  {spent:7.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
