"""The wheel holds what the installed app needs, and the installed app finds it.

The wheel is built from a copy of the project (nothing is written into the checkout),
installed with ``pip install --no-deps --target`` into a scratch folder, and run from a
folder outside the checkout. The scratch install runs on this venv's interpreter with
``-S`` (no site processing) and ``PYTHONPATH=<scratch>:<this venv's site-packages>``: the
dependencies come from the venv, but the venv's editable install of this project (a
``.pth`` import hook into the checkout) stays out, so a file missing from the wheel cannot
be found in the checkout instead.

Building runs pip's isolated build, as ``pip install .`` does: it needs the
``[build-system]`` requirements from PyPI, a local index or pip's cache.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = {  # in the checkout → in the wheel
    "resources/demo/demo.json": "workbench/resources/demo/demo.json",
    "resources/translations/voelspriet_nl.qm": "workbench/resources/translations/voelspriet_nl.qm",
    "resources/icons/voelspriet-256.png": "workbench/resources/icons/voelspriet-256.png",
}
DEV_ONLY = ("make_demo.py", "dutch.py", "voelspriet_nl.ts")  # generators: not for the wheel
# What a build does not read: VCS, venvs, build output, caches, workspaces, mutmut's copy.
NOT_SOURCES = shutil.ignore_patterns(".git", ".venv", "build", "dist", "tests", "bench", "mutants",
                                     "__pycache__", "*.egg-info", ".hypothesis", ".pytest_cache",
                                     "*.voelspriet", "*.voelspriet-*", "*.voelspriet.lock")


@dataclass(frozen=True)
class Installed:
    wheel: Path
    source: Path  # the copy the wheel was built from
    target: Path  # pip install --target
    cwd: Path  # a folder outside the checkout
    env: dict[str, str]

    @property
    def script(self) -> Path:
        """The ``voelspriet`` console script pip wrote (run by :meth:`run`'s interpreter).

        Not ``python -m workbench.cli``: that module has no ``__main__`` block."""
        return self.target / "bin" / "voelspriet"

    def run(self, *args: str | Path, env: dict[str, str] | None = None) -> str:
        """Run the installed Python with *args*; fail with its output unless it exits 0."""
        result = subprocess.run([sys.executable, "-S", *map(str, args)], cwd=self.cwd,
                                env={**self.env, **(env or {})}, capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 0, f"{args}: exit {result.returncode}\n{result.stdout}\n{result.stderr}"
        return result.stdout


def pip(*args: str | Path) -> None:
    result = subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *map(str, args)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"pip {args}:\n{result.stdout}\n{result.stderr}"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    scratch = tmp_path_factory.mktemp("wheel")
    source = scratch / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)
    pip("wheel", "--no-deps", "--wheel-dir", scratch / "dist", source)
    (wheel,) = (scratch / "dist").glob("voelspriet-*.whl")
    target = scratch / "site"
    pip("install", "--no-deps", "--no-compile", "--target", target, wheel)
    venv_site = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    home = scratch / "home"
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VOELSPRIET_", "LC_", "LANG"))}
    env.update(PYTHONPATH=os.pathsep.join([str(target), *venv_site]), PYTHONNOUSERSITE="1",
               QT_QPA_PLATFORM="offscreen", VOELSPRIET_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "share"),
               LANG="en_US.UTF-8")
    cwd = scratch / "elsewhere"
    cwd.mkdir()
    return Installed(wheel, source, target, cwd, env)


def test_the_wheel_carries_the_demo_and_the_translation(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
        for checkout, packaged in RESOURCES.items():
            assert packaged in names
            assert wheel.read(packaged) == (ROOT / checkout).read_bytes()
    assert "workbench/resources/__init__.py" in names
    assert [name for name in names if name.endswith(DEV_ONLY)] == []


def test_the_wheel_carries_every_module(installed: Installed) -> None:
    """The packages are listed by hand in pyproject.toml: a new one must be added there."""
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    modules = {path.relative_to(installed.source).as_posix()
               for path in (installed.source / "workbench").rglob("*.py")}
    assert sorted(modules - names) == [], "add the missing packages to [tool.setuptools] packages"


def test_the_installed_app_runs_from_the_install(installed: Installed) -> None:
    where = installed.run("-c", "import workbench, importlib.resources as r; "
                                "print(workbench.__file__); print(r.files('workbench.resources'))")
    assert [Path(line).is_relative_to(installed.target) for line in where.splitlines()] == [True, True]


@pytest.fixture(scope="module")
def demo(installed: Installed) -> Path:
    """``voelspriet demo OUT``, run by the installed console script."""
    out = installed.cwd / "demo.voelspriet"
    installed.run(installed.script, "demo", out)
    return out


def test_the_installed_app_writes_the_demo(installed: Installed, demo: Path) -> None:
    assert installed.run(installed.script, "check", demo).strip() == f"{demo}: healthy"
    from workbench.store import open_store, queries

    store = open_store(demo, exclusive=False)
    try:
        with store.session() as s:
            written = {st.id for st in queries.dataset(s).stakeholders}
    finally:
        store.close()
    demo = json.loads((ROOT / "resources" / "demo" / "demo.json").read_text("utf-8"))
    assert written == {st["id"] for st in demo["stakeholders"]}


DUTCH = {"LANG": "nl_NL.UTF-8", "LC_ALL": "nl_NL.UTF-8", "LANGUAGE": "nl"}


def test_the_installed_app_speaks_dutch(installed: Installed, demo: Path) -> None:
    png = installed.cwd / "nl.png"
    installed.run(installed.script, "screenshot", demo, "--out", png, env=DUTCH)
    assert png.read_bytes().startswith(b"\x89PNG")
    # The screenshot's app object, as make_app builds it for the system locale: Dutch here.
    spoken = installed.run("-c", "from PySide6.QtCore import QCoreApplication as Q; "
                                 "from workbench.ui.app import make_app; make_app(); "
                                 "print(Q.translate('MainWindow', '&File'))", env=DUTCH)
    assert spoken.strip() == "&Bestand"
