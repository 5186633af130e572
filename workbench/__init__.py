"""Voelspriet — the facilitator's workbench.

The version lives in one place, pyproject.toml. An installed Voelspriet (``pip install``,
``pip install -e .``, the PyInstaller bundle, which carries the package metadata) reads it
from its metadata; a source checkout without installed metadata reads pyproject.toml.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DISTRIBUTION = "voelspriet"


@cache
def version() -> str:
    """The version of Voelspriet, such as ``"0.1.0"`` (``"unknown"`` when nothing says)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version(DISTRIBUTION)
    except PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    try:
        import tomllib

        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, ValueError):
        return "unknown"
    return str(project["version"]) if project.get("name") == DISTRIBUTION and "version" in project else "unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":  # computed on first use: importing workbench reads no metadata
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
