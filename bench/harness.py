"""The benchmark harness: discover ``bench/bench_*.py``, run each, print one table.

A module's ``run()`` returns a list of results, each a dict::

    {"name": str, "value": float, "unit": "s" | "ms" | "MB" | "x",
     "target": float | None, "note": str (optional)}

``value <= target`` is OK, above it OVER; ``target=None`` is a reference number (shown,
never judged). Numbers over target are reported, not failures: the exit status is 0
unless a module crashed (raised, or returned something that breaks the contract): 1.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

BENCH_DIR = Path(__file__).resolve().parent
PREFIX = "bench_"
UNITS = ("s", "ms", "MB", "x")


@dataclass(frozen=True)
class Result:
    """One measured number of one module."""

    module: str
    name: str
    value: float
    unit: str
    target: float | None
    note: str = ""

    @property
    def status(self) -> str:
        """``OK``, ``OVER``, or ``info`` when there is no target."""
        if self.target is None:
            return "info"
        return "OK" if self.value <= self.target else "OVER"


@dataclass
class Report:
    """Everything one run of the harness measured, and which modules crashed."""

    machine: dict[str, Any]
    results: list[Result] = field(default_factory=list)
    crashed: dict[str, str] = field(default_factory=dict)  # module → one-line reason
    seconds: dict[str, float] = field(default_factory=dict)  # module → wall time
    load_after: float | None = None  # 1-minute load average when the last module ended

    @property
    def over(self) -> list[Result]:
        """The results over their target."""
        return [r for r in self.results if r.status == "OVER"]

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (results carry their status)."""
        return {
            "machine": self.machine,
            "results": [{**asdict(r), "status": r.status} for r in self.results],
            "crashed": self.crashed,
            "seconds": self.seconds,
            "load_after": self.load_after,
        }


def machine_info() -> dict[str, Any]:
    """What the numbers were measured on."""
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:  # pragma: no cover - the venv always has it
        pyside = "not installed"
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        usable = os.cpu_count() or 0
    return {
        "cores": os.cpu_count() or 0,
        "usable_cores": usable,
        "cpu": _cpu_name(),
        "python": platform.python_version(),
        "pyside6": pyside,
        "platform": platform.platform(),
        "qpa": os.environ.get("QT_QPA_PLATFORM", "(default)"),
        "load_before": load_average(),
    }


def load_average() -> float | None:
    """The 1-minute load average (None where the OS has none)."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):  # pragma: no cover - Windows
        return None


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def discover(filters: Sequence[str] = (), folder: Path = BENCH_DIR) -> list[str]:
    """Module names ``bench_*`` in *folder*, sorted; with *filters*, those containing any."""
    names = sorted(p.stem for p in folder.glob(f"{PREFIX}*.py"))
    if filters:
        names = [n for n in names if any(f in n for f in filters)]
    return names


def validate(module: str, raw: Any) -> list[Result]:
    """Turn a module's ``run()`` return value into results; ``ValueError`` if malformed."""
    if not isinstance(raw, list):
        raise ValueError(f"run() must return a list of dicts, got {type(raw).__name__}")
    out: list[Result] = []
    for i, item in enumerate(raw):
        if not isinstance(item, Mapping):
            raise ValueError(f"result {i} is a {type(item).__name__}, not a dict")
        missing = {"name", "value", "unit", "target"} - set(item)
        if missing:
            raise ValueError(f"result {i} lacks {', '.join(sorted(missing))}")
        if item["unit"] not in UNITS:
            raise ValueError(f"result {item['name']!r}: unit {item['unit']!r} not one of {UNITS}")
        target = item["target"]
        out.append(Result(module, str(item["name"]), float(item["value"]), item["unit"],
                          None if target is None else float(target), str(item.get("note") or "")))
    return out


def run_modules(names: Iterable[str], package: str = "bench",
                importer: Callable[[str], Any] = importlib.import_module,
                echo: Callable[[str], None] | None = None) -> Report:
    """Import and run each module; a crash is recorded and the next module still runs."""
    report = Report(machine_info())
    for name in names:
        if echo:
            echo(f"running {name} …")
        started = time.perf_counter()
        try:
            module = importer(f"{package}.{name}")
            report.results += validate(name, module.run())
        except Exception as exc:  # one broken benchmark must not hide the others
            traceback.print_exc()
            report.crashed[name] = f"{type(exc).__name__}: {exc}"
        report.seconds[name] = time.perf_counter() - started
    report.load_after = load_average()
    return report


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "x":
        return f"{value:.2f}×"
    digits = 3 if unit == "s" else (2 if abs(value) < 100 else 1)
    return f"{value:.{digits}f} {unit}"


def format_report(report: Report) -> str:
    """The table, one row per result, grouped by module, and the summary lines."""
    m = report.machine
    lines = [
        f"machine: {m['cores']} cores ({m['usable_cores']} usable), {m['cpu']}; "
        f"Python {m['python']}; PySide6 {m['pyside6']}; {m['platform']}; QPA {m['qpa']}",
    ]
    before, after = m.get("load_before"), report.load_after
    if before is not None:
        # The benchmarks themselves add up to about 1 to the load seen after them.
        half = 0.5 * max(1, m["usable_cores"])
        busy = before > half or (after is not None and after > 1 + half)
        lines.append(f"load average (1 min): {before} before, {after} after"
                     + ("  — WARNING: the machine was busy; the numbers are inflated" if busy else ""))
    lines.append("")
    rows = [("benchmark", "measured", "target", "")]
    for module in dict.fromkeys([r.module for r in report.results] + list(report.crashed)):
        rows.append((f"[{module}]", "", "", ""))
        for r in (r for r in report.results if r.module == module):
            rows.append((f"  {r.name}", _number(r.value, r.unit), _number(r.target, r.unit),
                         r.status + (f"  {r.note}" if r.note else "")))
        if module in report.crashed:
            rows.append(("  (crashed)", "", "", report.crashed[module]))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        lines.append(f"{row[0]:<{widths[0]}}  {row[1]:>{widths[1]}}  {row[2]:>{widths[2]}}  "
                     f"{row[3]}".rstrip())
    lines.append("")
    over = report.over
    judged = [r for r in report.results if r.target is not None]
    lines.append(f"{len(over)} of {len(judged)} over target"
                 + (": " + "; ".join(r.name for r in over) if over else ""))
    if report.crashed:
        lines.append(f"CRASHED: {', '.join(report.crashed)}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m bench [NAME ...] [--json PATH]``; 1 only when a benchmark crashed."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help="run only modules whose name contains NAME (e.g. startup edit)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON")
    parser.add_argument("--list", action="store_true", help="list the modules and exit")
    args = parser.parse_args(argv)
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(BENCH_DIR.parent) not in sys.path:
        sys.path.insert(0, str(BENCH_DIR.parent))
    names = discover(args.names)
    if args.list:
        print("\n".join(names))
        return 0
    if not names:
        print(f"no benchmark matches {' '.join(args.names)!r}; have: {', '.join(discover())}",
              file=sys.stderr)
        return 2
    report = run_modules(names, echo=lambda text: print(text, file=sys.stderr, flush=True))
    print(format_report(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 1 if report.crashed else 0
