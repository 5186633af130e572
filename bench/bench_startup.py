"""Cold start to a painted main window on the demo workspace, beside a bare PySide6 window.

PRODUCT.md: ≤ 1.5 s, and ≤ 2.5× a bare PySide6 window, on a 2-core machine.

Each run is a fresh process (bench/startup_probe.py) timed from just before ``Popen`` to
the moment it prints ``painted``. Bare and app runs alternate, so drift (thermal, other
load) hits both alike; one untimed run of each goes first so that every timed run finds
the same state (OS file cache warm, .pyc written, the app's settings present — the
common case of a user starting the app again). Settings and user data of the children
live in a temporary folder: the user's own are never touched.

From the package too, when it has been built (``make package``: dist/Voelspriet/voelspriet,
or the program ``VOELSPRIET_BUNDLE`` names): the bundle runs only main.py, so it is started
as a user starts it, ``voelspriet WORKSPACE``, with ``VOELSPRIET_STARTUP_PROBE=app``, which
makes the app itself report its first frame (workbench/ui/probe.py). Its reference is a bare
PySide6 window frozen on its own the same way (bench/startup_bare.py; PyInstaller, the same
Qt plugins kept, one folder; built once into build/bench-bare/): what a bare PySide6 app
costs a user as a package. Beside it, a bare window from Voelspriet's own bundle
(``VOELSPRIET_STARTUP_PROBE=bare``): it also pays what Voelspriet's dependencies add to every
start of the package (PyInstaller's run-time hooks for multiprocessing and pyqtgraph, a larger
archive), so the ratio to it is the lenient one, Voelspriet's code alone.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from bench.common import REPO, bench_dir, child_env, median, spread, write_demo_workspace

RUNS = 7
TIMEOUT_S = 90.0
PROBE = Path(__file__).resolve().parent / "startup_probe.py"
#: The packaged app (``make package``), measured when it exists.
BUNDLE = Path(os.environ.get("VOELSPRIET_BUNDLE") or REPO / "dist" / "Voelspriet" / "voelspriet")
#: The bare window frozen on its own: the script, and where it is built.
BARE_SCRIPT = Path(__file__).resolve().parent / "startup_bare.py"
BARE_BUILD = REPO / "build" / "bench-bare"
#: As packaging/voelspriet.spec freezes the app: the same Qt plugins kept (packaging/bundle.py).
BARE_SPEC = """
import os
import sys
from pathlib import Path

sys.path.insert(0, {packaging!r})
import bundle
from PyInstaller.utils.hooks import qt as qt_hooks

_collect_plugins = qt_hooks.QtLibraryInfo.collect_plugins
qt_hooks.QtLibraryInfo.collect_plugins = lambda self, kind: [
    (src, dst) for src, dst in _collect_plugins(self, kind) if bundle.keep(os.path.join(dst, os.path.basename(src)))]
a = Analysis([{script!r}], excludes=bundle.EXCLUDES, noarchive=False, optimize=0)
a.binaries = [entry for entry in a.binaries if bundle.keep(entry[0])]
a.datas = [entry for entry in a.datas if bundle.keep(entry[0])]
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="bare", console=True, strip=False, upx=False)
coll = COLLECT(exe, a.binaries, a.datas, strip=False, upx=False, name="bare")
if sys.platform.startswith("linux"):
    bundle.strip_binaries(Path(coll.name))
"""
#: Phases of an app start, from the probe's time marks (see startup_probe.py).
PHASES = (
    ("interpreter start", None, "probe"),
    ("imports", "probe", "imported"),
    ("QApplication + translation", "imported", "app"),
    ("open store + build window", "app", "window"),
    ("show()", "window", "shown"),
    ("first frame painted", "shown", "painted"),
)


def start_once(mode: str, workspace: Path, home: Path,
               bundle: Path | None = None) -> tuple[float, dict[str, float]]:
    """One cold start: (seconds to ``painted``, time marks relative to the start).

    From source, ``bare`` and ``phases`` run bench/startup_probe.py (an empty PySide6
    window; the app with its phase marks), ``app`` runs ``python main.py WORKSPACE`` as a
    user does, reporting through workbench/ui/probe.py. From the packaged program *bundle*:
    ``bundle WORKSPACE`` or its bare window."""
    env = child_env(home)
    if bundle is not None:
        args = [str(bundle)] + ([str(workspace)] if mode == "app" else [])
        env["VOELSPRIET_STARTUP_PROBE"] = mode
    elif mode == "app":
        args = [sys.executable, str(REPO / "main.py"), str(workspace)]
        env["VOELSPRIET_STARTUP_PROBE"] = mode
    else:
        args = [sys.executable, str(PROBE), "bare" if mode == "bare" else "app"]
        args += [str(workspace)] if mode == "phases" else []
    with open(home / f"stderr-{mode}.txt", "w+", encoding="utf-8") as err:
        started = time.monotonic()
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=err, text=True,
                                env=env, cwd=REPO)
        watchdog = threading.Timer(TIMEOUT_S, proc.kill)
        watchdog.start()
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            elapsed = time.monotonic() - started
            rest = proc.stdout.read()
            code, cpu = _wait(proc)
        finally:
            watchdog.cancel()
        if line.strip() != "painted" or code != 0:
            err.seek(0)
            tail = " | ".join(err.read().strip().splitlines()[-5:])
            raise RuntimeError(f"startup probe {mode!r} failed (exit {code}, said {line!r}): {tail}")
    marks = json.loads(rest.splitlines()[0]) if rest.strip() else {}
    cpu_painted = marks.pop("cpu_painted", None)
    marks = {k: v - started for k, v in marks.items()}
    if cpu_painted is not None:
        marks["cpu_painted"] = cpu_painted
    if cpu is not None:
        marks["cpu"] = cpu
    return elapsed, marks


def _wait(proc: subprocess.Popen[str]) -> tuple[int, float | None]:
    """Exit code and CPU seconds (user + system) of the finished child, where the OS says."""
    if not hasattr(os, "wait4"):  # pragma: no cover - Windows
        return proc.wait(), None
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_utime + usage.ru_stime


def bare_bundle() -> Path | None:
    """The bare window frozen on its own (built when missing or older than its script or
    the packaging rules; ~15 s), or None without PyInstaller (``make package`` installs it)."""
    program = BARE_BUILD / "dist" / "bare" / ("bare.exe" if os.name == "nt" else "bare")
    sources = (BARE_SCRIPT, REPO / "packaging" / "bundle.py", Path(__file__))
    if program.is_file() and program.stat().st_mtime >= max(p.stat().st_mtime for p in sources):
        return program
    if importlib.util.find_spec("PyInstaller") is None:
        return None
    BARE_BUILD.mkdir(parents=True, exist_ok=True)
    spec = BARE_BUILD / "bare.spec"
    spec.write_text(BARE_SPEC.format(packaging=str(REPO / "packaging"), script=str(BARE_SCRIPT)),
                    encoding="utf-8")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(BARE_BUILD / "dist"), "--workpath", str(BARE_BUILD / "work"), str(spec)],
                   check=True, cwd=BARE_BUILD, capture_output=True)
    return program


def _measure(workspace: Path, home: Path, bundle: Path | None, alone: Path | None = None,
             ) -> tuple[dict[str, list[float]], dict[str, list[dict[str, float]]]]:
    """RUNS timed starts of the bare window and the app (from source also the probe with
    its phase marks; from the package also the bare window frozen *alone*), alternating,
    after one untimed each."""
    modes = ("bare", "app") + (("alone",) if alone is not None else ()) + (("phases",) if bundle is None else ())
    times: dict[str, list[float]] = {mode: [] for mode in modes}
    marks: dict[str, list[dict[str, float]]] = {mode: [] for mode in modes}

    def once(mode: str) -> tuple[float, dict[str, float]]:
        if mode == "alone":
            return start_once("bare", workspace, home, alone)
        return start_once(mode, workspace, home, bundle)

    for mode in modes:  # untimed warm-up
        once(mode)
    for _ in range(RUNS):
        for mode in modes:
            elapsed, m = once(mode)
            times[mode].append(elapsed)
            marks[mode].append(m)
    return times, marks


def _results(times: dict[str, list[float]], marks: dict[str, list[dict[str, float]]],
             prefix: str = "", bare_name: str = "bare PySide6 window") -> list[dict[str, Any]]:
    app, bare = median(times["app"]), median(times["bare"])
    results: list[dict[str, Any]] = [
        {"name": f"{prefix}cold start, demo (s)", "value": app, "unit": "s", "target": 1.5,
         "note": spread(times["app"], unit="s")},
        {"name": f"{prefix}{bare_name} (s)", "value": bare, "unit": "s", "target": None,
         "note": "reference for the ratio; " + spread(times["bare"], unit="s")},
        {"name": f"{prefix}start-up ratio app/bare", "value": app / bare, "unit": "x", "target": 2.5,
         "note": "ratio of the medians"},
    ]
    painted = {mode: [m["cpu_painted"] for m in runs if "cpu_painted" in m] for mode, runs in marks.items()}
    if painted["app"] and painted["bare"]:  # what the ratio would be on an idle machine
        results.append({"name": f"{prefix}CPU time to the first frame, app/bare", "unit": "x", "target": None,
                        "value": median(painted["app"]) / median(painted["bare"]),
                        "note": f"app {median(painted['app']):.3f} s, bare {median(painted['bare']):.3f} s "
                                "(user+sys, medians)"})
    cpu = {mode: [m["cpu"] for m in runs if "cpu" in m] for mode, runs in marks.items()}
    if cpu["app"] and cpu["bare"]:  # less sensitive to other load than wall time
        results.append({"name": f"{prefix}CPU time of an app start (s)", "value": median(cpu["app"]),
                        "unit": "s", "target": None,
                        "note": f"user+sys until exit; bare window {median(cpu['bare']):.3f} s"})
    return results


def run() -> list[dict[str, Any]]:
    with bench_dir() as folder:
        workspace = write_demo_workspace(folder / "demo.voelspriet")
        times, marks = _measure(workspace, folder, None)
        alone = bare_bundle() if BUNDLE.is_file() else None
        packaged = _measure(workspace, folder, BUNDLE, alone) if BUNDLE.is_file() else None
    results = _results(times, marks)
    for label, since, until in PHASES:  # bench/startup_probe.py's marks: the same start, in steps
        spans = [m[until] - (m[since] if since else 0.0) for m in marks["phases"]
                 if until in m and (since is None or since in m)]
        if spans:
            results.append({"name": f"app phase: {label} (ms)", "value": median(spans) * 1000,
                            "unit": "ms", "target": None, "note": "median; breakdown of the start"})
    if packaged is None:
        results[0]["note"] += f"; from source only: no {BUNDLE} (`make package` measures the package too)"
    else:
        times, marks = packaged
        first = len(results)
        if "alone" in times:  # the reference: a bare PySide6 window frozen on its own
            results += _results({"app": times["app"], "bare": times["alone"]},
                                {"app": marks["app"], "bare": marks["alone"]},
                                prefix="package: ", bare_name="bare PySide6 window, frozen alone")
            lenient = _results({"app": times["app"], "bare": times["bare"]},
                               {"app": marks["app"], "bare": marks["bare"]},
                               prefix="package, lenient: ", bare_name="bare window from Voelspriet's bundle")
            for r in lenient[1:4]:  # its bare window and the two ratios; the app's rows are above
                r["target"] = None  # informational: the reference pays for our dependencies too
                results.append(r)
        else:
            results += _results(times, marks, prefix="package: ", bare_name="bare window, Voelspriet's bundle")
            results[first]["note"] += "; no PyInstaller for the bare window frozen alone (`make package` installs it)"
        newest = max(p.stat().st_mtime for p in (REPO / "workbench").rglob("*.py"))
        if BUNDLE.stat().st_mtime < newest:
            results[first]["note"] += "; WARNING: the bundle is older than the source, `make package` again"
    return results
