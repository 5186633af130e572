"""``--version``: the version comes from one place, pyproject.toml, through the package
metadata (an installed or editable Voelspriet, the bundle) or, in a source checkout
without metadata, from pyproject.toml itself."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import workbench
from workbench.cli import main

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@pytest.fixture(autouse=True)
def _fresh_version():
    workbench.version.cache_clear()
    yield
    workbench.version.cache_clear()


def test_version_prints_the_project_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    out, err = capsys.readouterr()
    assert out == f"Voelspriet {PYPROJECT_VERSION}\n"
    assert err == ""
    assert main(["-V"]) == 0
    assert capsys.readouterr().out == out


def test_installed_metadata_is_current() -> None:
    """`make` reinstalls when pyproject.toml changes; stale metadata would print an old version."""
    assert importlib.metadata.version("voelspriet") == PYPROJECT_VERSION
    assert workbench.version() == PYPROJECT_VERSION
    assert workbench.__version__ == PYPROJECT_VERSION


def test_without_metadata_the_checkout_pyproject_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", missing)
    assert workbench.version() == PYPROJECT_VERSION


def test_without_metadata_or_pyproject_it_says_unknown(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def missing(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", missing)
    # a pyproject.toml of another project beside the package is not ours
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\nversion = "9.9"\n')
    monkeypatch.setattr(workbench, "__file__", str(tmp_path / "workbench" / "__init__.py"))
    assert workbench.version() == "unknown"


def test_version_takes_no_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version", "extra"]) == 2
    assert capsys.readouterr().err.startswith("error: ")


@pytest.mark.parametrize("command", [[sys.executable, str(ROOT / "main.py")],
                                     [str(Path(sys.executable).with_name("voelspriet"))]],
                         ids=["main.py", "console-script"])
def test_version_from_a_process(command: list[str], tmp_path: Path) -> None:
    if not Path(command[0]).exists():
        pytest.skip(f"{command[0]} is not installed (pip install -e . writes it)")
    result = subprocess.run([*command, "--version"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=60)
    assert (result.returncode, result.stdout, result.stderr) == (0, f"Voelspriet {PYPROJECT_VERSION}\n", "")
