"""The layers of ARCHITECTURE.md, checked on every import statement (also inside functions).

model imports nothing of ours; store and interchange import model; workspace imports
model, store and interchange (the app's file imports go through the Workspace, so the
UI never needs a reader); canvas, timeline, ui and brief import workspace and model,
never store or SQLAlchemy; only bootstrap and cli see everything. Only timeline imports
pyqtgraph; workspace uses QtCore/QtGui only.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "workbench"
VIEWS = {"canvas", "timeline", "ui", "brief"}
ALLOWED_OURS: dict[str, set[str]] = {
    "model": {"model"},
    "store": {"model", "store"},
    "interchange": {"model", "interchange"},
    "workspace": {"model", "store", "interchange", "workspace"},
    **{view: {"model", "workspace", view} | ({"ui"} if view == "ui" else set()) for view in VIEWS},
}
#: Views may share small ui helpers (labels) except brief and canvas stay independent of ui.
ALLOWED_OURS["ui"] |= {"canvas", "timeline", "brief"}
FORBIDDEN_EXTERNAL: dict[str, set[str]] = {
    "model": {"PySide6", "sqlalchemy", "alembic", "pyqtgraph"},
    "store": {"PySide6", "pyqtgraph"},
    "interchange": {"PySide6", "sqlalchemy", "alembic", "pyqtgraph"},
    "workspace": {"PySide6.QtWidgets", "pyqtgraph"},
    **{view: {"sqlalchemy", "alembic"} | ({"pyqtgraph"} if view != "timeline" else set())
       for view in VIEWS},
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]
    return names


@pytest.mark.parametrize("layer", sorted(ALLOWED_OURS))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    folder = ROOT / layer
    problems = []
    for path in sorted(folder.rglob("*.py")):
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "workbench":
                target = parts[1] if len(parts) > 1 else ""
                if target not in ALLOWED_OURS[layer]:
                    problems.append(f"{path.relative_to(ROOT)} imports {name}")
            for forbidden in FORBIDDEN_EXTERNAL[layer]:
                if name == forbidden or name.startswith(forbidden + "."):
                    problems.append(f"{path.relative_to(ROOT)} imports {name}")
    assert problems == []


def test_every_layer_is_checked() -> None:
    layers = {p.name for p in ROOT.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert layers <= set(ALLOWED_OURS)
