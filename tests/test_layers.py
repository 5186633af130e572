"""The layers of ARCHITECTURE.md as a contract that can fail.

Every ``.py`` file under ``workbench/`` is read (whether or not its folder has an
``__init__.py``) and every import in it is checked, at any depth (inside functions and
``if TYPE_CHECKING:`` blocks too), against the arrows below.

Arrows: which of our layers each may import (besides itself)
-----------------------------------------------------------
``model``                      nothing of ours
``sensing``, ``layout``        ``model`` (numpy is fine; no Qt, no SQL)
``store``, ``interchange``     ``model`` (interchange: no Qt, no SQL; store: no Qt)
``workspace``                  ``model``, ``store``, ``interchange``, ``sensing``, ``layout``;
                               of Qt only QtCore and QtGui
``canvas``                     ``model``, ``workspace``, ``layout``
``timeline``, ``brief``        ``model``, ``workspace``
``ui``                         ``model``, ``workspace``, ``canvas``, ``timeline``, ``brief``
``cli``, ``bootstrap``         everything (the composition root)
``workbench/__init__.py``      nothing of ours (it holds the version only)

Only ``timeline`` imports pyqtgraph. No view (``canvas``, ``timeline``, ``brief``,
``ui``) imports ``store``, ``sensing``, SQLAlchemy or Alembic.

Why the arrows that ARCHITECTURE.md's prose leaves implicit:

- ``workspace`` -> ``interchange``: the UI reaches files only through the Workspace. An
  import is read and validated by interchange and written in one transaction by a
  Workspace operation (one undo entry, one change notification), so no view ever needs a
  reader, a writer or the store.
- ``ui`` -> ``canvas``, ``timeline``, ``brief``: the main window composes the views (docks
  and panels). The arrow runs one way only: ``canvas``, ``timeline`` and ``brief`` never
  import ``ui``, so each view can be built and tested on its own.
- ``workspace`` -> ``layout``: an import places the stakeholders it brings without a
  position (``place_unplaced``) inside its own transaction, so that placing them is part
  of the import's one undo entry and holds for the command line too, not only when a map
  happens to draw them. ``layout`` is pure numpy over arrays (no Qt, no data), so the
  arrow carries nothing else into the workspace; it is imported only when an import has
  someone to place, so opening a workspace does not load numpy.
- ``canvas`` -> ``layout``: the force layout is pure numpy over index arrays; the canvas
  turns its positions, relations and groups into arrays and the result back into one
  Workspace move. ``layout`` itself sees neither Qt nor data, so the arrow carries nothing
  else into the canvas.

What the checker understands
----------------------------
- ``import a.b`` and ``from a.b import c`` (then both ``a.b`` and ``a.b.c`` are checked,
  so ``from workbench import store`` is seen);
- relative imports (``from . import x``, ``from ..store import y``), resolved from the
  file's own path; one that climbs above ``workbench`` is reported;
- ``importlib.import_module(...)``, ``import_module(...)`` (also under an ``as`` name) and
  ``__import__(...)``: a string literal is checked like an import; an f-string or ``+``
  whose literal start pins the layer (``f"workbench.interchange.{name}"``) is checked for
  that layer; any other argument cannot be verified and is reported;
- attribute access on the package (``workbench.store.queries`` after some
  ``import workbench.x``);
- files that belong to no known layer: a new folder (with or without ``__init__.py``) or a
  new top-level module must be given its rules here first.

Not caught: ``exec``/``eval``, ``getattr(importlib, ...)``, ``sys.modules[...]``, loading
a file by path, and imports done for us by libraries (e.g. Alembic's migration scripts).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "workbench"


@dataclass(frozen=True)
class Rule:
    """What one layer (or top-level module) may import."""

    ours: frozenset[str]
    """Our layers and top-level modules it may import, besides itself."""
    forbidden: frozenset[str]
    """Outside packages or modules it must not import (nor anything below them)."""
    qt_modules: frozenset[str] | None = None
    """If set: the only ``PySide6`` modules it may import."""


def _rule(ours: set[str], forbidden: set[str], qt_modules: set[str] | None = None) -> Rule:
    return Rule(frozenset(ours), frozenset(forbidden),
                None if qt_modules is None else frozenset(qt_modules))


NO_SQL = {"sqlalchemy", "alembic"}
NO_QT = {"PySide6", "shiboken6", "pyqtgraph"}
PURE = NO_SQL | NO_QT
VIEW = NO_SQL | {"pyqtgraph"}

#: The folders under workbench/ (ARCHITECTURE.md's layers).
LAYERS: dict[str, Rule] = {
    "model": _rule(set(), PURE),
    "sensing": _rule({"model"}, PURE),
    "layout": _rule({"model"}, PURE),
    "store": _rule({"model"}, NO_QT),
    "interchange": _rule({"model"}, PURE),
    "workspace": _rule({"model", "store", "interchange", "sensing", "layout"}, {"pyqtgraph"},
                       qt_modules={"QtCore", "QtGui"}),
    "canvas": _rule({"model", "workspace", "layout"}, VIEW),
    "timeline": _rule({"model", "workspace"}, NO_SQL),
    "brief": _rule({"model", "workspace"}, VIEW),
    "ui": _rule({"model", "workspace", "canvas", "timeline", "brief"}, VIEW),
}
#: The modules directly in workbench/ (by stem). Any other one is reported.
TOP_MODULES: dict[str, Rule] = {
    "__init__": _rule(set(), PURE),
    "cli": _rule(set(LAYERS) | {"bootstrap"}, {"pyqtgraph"}),
    "bootstrap": _rule(set(LAYERS) | {"cli"}, {"pyqtgraph"}),
}

_DYNAMIC = {"import_module", "__import__"}
#: What ``workbench/__init__.py`` defines (the version, from the package metadata): any
#: layer may read it, as ``from workbench import version``.
PACKAGE_NAMES = {"version", "__version__", "DISTRIBUTION"}


# --------------------------------------------------------------------------- the checker


def module_name(path: str) -> tuple[str, bool]:
    """Dotted module name of a repository-relative ``path`` and whether it is a package."""
    parts = PurePosixPath(path).with_suffix("").parts
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def layer_of(path: str) -> str | None:
    """The layer (folder) or top-level module stem ``path`` belongs to; None if unknown."""
    parts = PurePosixPath(path).parts
    if len(parts) < 2 or parts[0] != PACKAGE:
        return None
    if len(parts) == 2:
        stem = PurePosixPath(parts[1]).stem
        return stem if stem in TOP_MODULES else None
    return parts[1] if parts[1] in LAYERS else None


def _relative(package: str, level: int, module: str | None) -> str | None:
    """``from <level dots><module> import ...`` seen from ``package``; None above the top."""
    base = package.split(".")
    if level - 1 >= len(base):
        return None
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def _literal_start(node: ast.expr) -> tuple[str, bool]:
    """The literal text a string expression starts with, and whether that is all of it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value, True
    if isinstance(node, ast.JoinedStr):
        text = ""
        for value in node.values:
            if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
                return text, False
            text += value.value
        return text, True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, whole = _literal_start(node.left)
        if not whole:
            return left, False
        right, whole = _literal_start(node.right)
        return left + right, whole
    return "", False


def _dynamic_target(node: ast.Call, package: str) -> str | None:
    """The module an ``import_module``/``__import__`` call loads, as far as the layer
    rules need it; None if it cannot be known from the source."""
    arg = node.args[0] if node.args else next(
        (k.value for k in node.keywords if k.arg == "name"), None)
    if arg is None:
        return None
    text, whole = _literal_start(arg)
    dots = len(text) - len(text.lstrip("."))
    if dots:  # relative to the calling module's package (package=__package__)
        base = _relative(package, dots, None)
        if base is None:
            return None
        text = base + "." + text[dots:] if text[dots:] or not whole else base
    if whole:
        return text or None
    # Only the complete components of the literal start are known.
    known = text.split(".")[:-1]
    needed = 2 if known[:1] in (["workbench"], ["PySide6"]) else 1
    return ".".join(known) if len(known) >= needed else None


def imports_in(path: str, source: str) -> list[tuple[int, list[str] | None, str]]:
    """Every import in ``source`` (the file at repository-relative ``path``): line,
    absolute module names (None when they cannot be known) and the code."""
    tree = ast.parse(source, filename=path)
    module, is_package = module_name(path)
    package = module if is_package else module.rpartition(".")[0]
    dynamic = set(_DYNAMIC)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "importlib" and node.level == 0:
            dynamic |= {a.asname for a in node.names if a.name == "import_module" and a.asname}
    found: list[tuple[int, list[str] | None, str]] = []
    imports_package = False
    lines = source.splitlines()

    def code(node: ast.stmt | ast.expr) -> str:
        return lines[node.lineno - 1].strip() if node.lineno <= len(lines) else ""

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
            imports_package |= any(n.split(".")[0] == PACKAGE for n in names)
            found.append((node.lineno, names, code(node)))
        elif isinstance(node, ast.ImportFrom):
            base = node.module if node.level == 0 else _relative(package, node.level, node.module)
            if base is None:
                found.append((node.lineno, None, code(node)))
                continue
            names = [base] + [f"{base}.{a.name}" for a in node.names if a.name != "*"]
            found.append((node.lineno, names, code(node)))
        elif isinstance(node, ast.Call) and (
            (isinstance(node.func, ast.Name) and node.func.id in dynamic)
            or (isinstance(node.func, ast.Attribute) and node.func.attr in _DYNAMIC)
        ):
            target = _dynamic_target(node, package)
            found.append((node.lineno, None if target is None else [target], code(node)))
    if imports_package:
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id == PACKAGE):
                found.append((node.lineno, [f"{PACKAGE}.{node.attr}"], code(node)))
    return sorted(found, key=lambda item: item[0])


def check_source(path: str, source: str) -> list[str]:
    """Every breach of the layer rules in ``source``, the file at repository-relative
    ``path`` (e.g. ``workbench/canvas/scene.py``)."""
    layer = layer_of(path)
    if layer is None:
        return [f"{path}: belongs to no known layer; give its folder or module rules in "
                f"tests/test_layers.py (and ARCHITECTURE.md) first"]
    rule = LAYERS.get(layer) or TOP_MODULES[layer]
    problems: list[str] = []
    for line, names, code in imports_in(path, source):
        where = f"{path}:{line}: {code!r}"
        if names is None:
            problems.append(f"{where} cannot be checked: the module name is not a literal "
                            f"(or climbs above {PACKAGE})")
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == PACKAGE and len(parts) > 1 and not (len(parts) == 2 and parts[1] in PACKAGE_NAMES):
                target = parts[1]
                if target != layer and target not in rule.ours:
                    problems.append(f"{where}: {layer} must not import {PACKAGE}.{target}")
            for forbidden in rule.forbidden:
                if name == forbidden or name.startswith(forbidden + "."):
                    problems.append(f"{where}: {layer} must not import {forbidden}")
            if (rule.qt_modules is not None and parts[0] == "PySide6" and len(parts) > 1
                    and parts[1] not in rule.qt_modules):
                problems.append(f"{where}: {layer} may use only "
                                f"{', '.join(sorted(rule.qt_modules))} of PySide6, not {parts[1]}")
    return list(dict.fromkeys(problems))


def check_tree(root: Path) -> list[str]:
    """Every breach in the package folder ``root`` (``.../workbench``), file by file."""
    problems: list[str] = []
    for file in sorted(root.rglob("*.py")):
        path = file.relative_to(root.parent).as_posix()
        problems += check_source(path, file.read_text(encoding="utf-8"))
    return problems


# --------------------------------------------------------------------------- the code


def test_the_code_keeps_to_its_layers() -> None:
    assert check_tree(REPO / PACKAGE) == []


def test_the_rules_name_the_layers_of_the_architecture() -> None:
    doc = REPO.parent / "shared" / "ARCHITECTURE.md"
    if not doc.is_file():
        pytest.skip("ARCHITECTURE.md is not beside the repository")
    block = doc.read_text(encoding="utf-8").split("```")[1]
    folders = set(re.findall(r"^  (\w+)/", block, flags=re.MULTILINE))
    modules = set(re.findall(r"^  (\w+)\.py", block, flags=re.MULTILINE))
    assert folders == set(LAYERS)
    assert modules == set(TOP_MODULES) - {"__init__"}


# --------------------------------------------------------------------------- the checker works


@pytest.mark.parametrize(
    ("path", "source", "breach"),
    [
        # absolute imports, also inside functions
        ("workbench/canvas/x.py", "import workbench.store.queries\n", "must not import workbench.store"),
        ("workbench/canvas/x.py", "def f():\n    from workbench import store\n", "must not import workbench.store"),
        ("workbench/canvas/x.py", "from workbench.ui.main_window import MainWindow\n", "must not import workbench.ui"),
        ("workbench/layout/x.py", "from workbench.canvas import scene\n", "must not import workbench.canvas"),
        ("workbench/ui/x.py", "from workbench.sensing import radar\n", "must not import workbench.sensing"),
        ("workbench/ui/x.py", "from workbench.cli import main\n", "must not import workbench.cli"),
        # relative imports
        ("workbench/canvas/x.py", "from ..store import queries\n", "must not import workbench.store"),
        ("workbench/canvas/x.py", "from .. import store\n", "must not import workbench.store"),
        ("workbench/canvas/sub/x.py", "from ...ui import main_window\n", "must not import workbench.ui"),
        ("workbench/store/__init__.py", "from ..workspace import Workspace\n", "must not import workbench.workspace"),
        ("workbench/canvas/x.py", "from .... import anything\n", "cannot be checked"),
        # dynamic imports
        ("workbench/ui/x.py", "import importlib\nimportlib.import_module('workbench.store')\n",
         "must not import workbench.store"),
        ("workbench/ui/x.py", "from importlib import import_module as load\nload('workbench.store.queries')\n",
         "must not import workbench.store"),
        ("workbench/ui/x.py", "__import__('sqlalchemy.orm')\n", "must not import sqlalchemy"),
        ("workbench/ui/x.py", "import importlib\nimportlib.import_module('..store', __package__)\n",
         "must not import workbench.store"),
        ("workbench/ui/x.py", "import importlib\nimportlib.import_module(f'workbench.store.{m}')\n",
         "must not import workbench.store"),
        ("workbench/ui/x.py", "import importlib\nimportlib.import_module('workbench.' + name)\n",
         "cannot be checked"),
        ("workbench/ui/x.py", "import importlib\nimportlib.import_module(name)\n", "cannot be checked"),
        ("workbench/workspace/x.py", "import importlib\nimportlib.import_module(f'PySide6.{m}')\n",
         "cannot be checked"),
        # attribute access on the package
        ("workbench/ui/x.py", "import workbench.model\nworkbench.store.queries.people(s)\n",
         "must not import workbench.store"),
        # outside packages
        ("workbench/workspace/x.py", "from PySide6.QtWidgets import QWidget\n", "not QtWidgets"),
        ("workbench/workspace/x.py", "from PySide6 import QtWidgets\n", "not QtWidgets"),
        ("workbench/layout/x.py", "from PySide6.QtCore import QPointF\n", "must not import PySide6"),
        ("workbench/sensing/x.py", "import sqlalchemy\n", "must not import sqlalchemy"),
        ("workbench/model/x.py", "import numpy\nimport shiboken6\n", "must not import shiboken6"),
        ("workbench/canvas/x.py", "import pyqtgraph as pg\n", "must not import pyqtgraph"),
        ("workbench/bootstrap.py", "import pyqtgraph\n", "must not import pyqtgraph"),
        ("workbench/brief/x.py", "from sqlalchemy.orm import Session\n", "must not import sqlalchemy"),
        ("workbench/__init__.py", "from workbench.model import Dataset\n", "must not import workbench.model"),
        # files outside the known layers
        ("workbench/helpers.py", "", "belongs to no known layer"),
        ("workbench/newthing/x.py", "", "belongs to no known layer"),
    ],
)
def test_the_checker_reports_each_kind_of_breach(path: str, source: str, breach: str) -> None:
    problems = check_source(path, source)
    assert any(breach in p for p in problems), problems


@pytest.mark.parametrize(
    ("path", "source"),
    [
        ("workbench/canvas/x.py", "from . import items\nfrom .items import NodeItem\n"),
        ("workbench/canvas/x.py", "from workbench.layout import force_layout\nimport numpy as np\n"),
        ("workbench/canvas/x.py", "from workbench import model\nimport workbench\n"),
        ("workbench/ui/x.py", "from workbench.canvas.map_widget import MapWidget\nfrom ..timeline import plots\n"),
        ("workbench/timeline/x.py", "import pyqtgraph as pg\nfrom PySide6.QtWidgets import QWidget\n"),
        ("workbench/workspace/x.py", "from PySide6.QtGui import QUndoStack\nfrom PySide6 import QtCore\n"
                                     "from workbench.interchange.formats import read_any\n"),
        ("workbench/interchange/x.py", "import importlib\nimportlib.import_module(f'workbench.interchange.{m}')\n"),
        ("workbench/layout/x.py", "import numpy as np\nfrom workbench.model import Stakeholder\n"),
        ("workbench/cli.py", "from workbench.store import open_store\nfrom workbench.bootstrap import run_app\n"),
        ("workbench/store/migrations/versions/0003_x.py", "import sqlalchemy as sa\nfrom alembic import op\n"),
    ],
)
def test_the_checker_lets_allowed_imports_pass(path: str, source: str) -> None:
    assert check_source(path, source) == []


def test_the_checker_reads_folders_without_init(tmp_path: Path) -> None:
    package = tmp_path / PACKAGE
    (package / "canvas" / "sub").mkdir(parents=True)
    (package / "canvas" / "__init__.py").write_text("")
    (package / "canvas" / "sub" / "x.py").write_text("from ...store import queries\n")
    (package / "plugins").mkdir()
    (package / "plugins" / "y.py").write_text("")
    (package / "helpers.py").write_text("")
    problems = check_tree(package)
    assert any("canvas/sub/x.py" in p and "must not import workbench.store" in p for p in problems)
    assert any("plugins/y.py" in p and "no known layer" in p for p in problems)
    assert any("helpers.py" in p and "no known layer" in p for p in problems)
    assert len(problems) == 3
