"""What goes into the PyInstaller bundle, derived from the project (packaging/voelspriet.spec).

Standard library only, so the rules are tested without PyInstaller (tests/test_packaging.py):

- the version: pyproject.toml's, the one place it is written;
- the Qt modules: those ``workbench/`` imports (``PySide6.QtX`` anywhere, lazily too), all
  others excluded, so a new ``from PySide6.QtPrintSupport import …`` lands in the next
  build by itself;
- the other hidden imports: what the Alembic migrations import (Alembic loads them from
  files, so PyInstaller's analysis never sees them) and the optional dependencies of
  pyproject.toml's ``[project] dependencies`` that PyInstaller cannot see either (none
  today; sqlcipher3 is picked up here as soon as it is listed and installed);
- the data: the translations, demo data, icons (resources/ → ``workbench/resources``) and
  the migrations (→ ``workbench/store/migrations``), in the places the installed package
  has them, so ``importlib.resources`` and ``Path(__file__)`` find them unchanged;
- what to leave out of what PyInstaller's Qt hooks collect (:func:`keep`): Qt's own
  translations, plugins the app never loads (QML, EGL, VNC, virtual keyboard, SQL
  drivers …) and the libraries only they need;
- the Windows version resource and the macOS Info.plist.
"""

from __future__ import annotations

import ast
import fnmatch
import re
import shutil
import subprocess
import tomllib
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
APP_NAME = "Voelspriet"
EXECUTABLE = "voelspriet"
BUNDLE_ID = "nl.voelspriet.Voelspriet"
DOCUMENT_EXTENSION = "voelspriet"
DOCUMENT_MIME = "application/x-voelspriet"
DOCUMENT_UTI = "nl.voelspriet.workspace"

#: Modules nothing of Voelspriet needs that PyInstaller would otherwise follow into. Only
#: whole packages no code path imports: the standard library stays whole (pyqtgraph
#: imports pydoc and cProfile when it loads).
EXCLUDES = [
    "tkinter", "_tkinter", "test", "lib2to3", "IPython",
    "PyQt5", "PyQt6", "PySide2",  # pyqtgraph tries every binding; we ship PySide6 only
    "pyqtgraph.opengl", "pyqtgraph.jupyter", "pyqtgraph.examples", "OpenGL", "matplotlib",
    "scipy", "pandas", "h5py", "cupy", "numba", "colorcet", "PIL",
    # the test tools of the dev venv: numpy.testing and sqlalchemy.testing import pytest
    # inside functions the app never calls, mako imports pygments when it is there
    "pytest", "_pytest", "pluggy", "iniconfig", "pygments", "hypothesis", "pypdf", "openpyxl",
]

#: Qt plugin folders and the plugins in them that the app loads (folder → name patterns).
#: platforms: xcb (X11 and XWayland), wayland, offscreen (screenshots, headless), and
#: Windows' and macOS' own; platformthemes: the desktop portal's file dialogs (not GTK's:
#: its plugin needs the system's GTK, and the cairo, pango and glib PyInstaller would
#: bundle beside it clash with that GTK); platforminputcontexts: compose key and IBus
#: (typing é, ë); imageformats/iconengines: SVG (exported maps, icons), JPEG, ICO;
#: printsupport: CUPS, for printing; styles: Windows' and macOS' native look; wayland:
#: the xdg shell and the plain decoration. Not kept: the OpenGL integrations (every view
#: paints with the raster engine, and loading the system's GL driver beside bundled
#: libraries is what breaks bundles on newer systems), EGL/KMS, VNC, the virtual keyboard
#: (QML), SQL drivers, QML tooling, network information and TLS backends.
PLUGINS: dict[str, tuple[str, ...]] = {
    "platforms": ("libqxcb.so", "libqwayland.so", "libqoffscreen.so", "qwindows.dll",
                  "qoffscreen.dll", "libqcocoa.dylib", "libqoffscreen.dylib"),
    "platformthemes": ("libqxdgdesktopportal.so",),
    "platforminputcontexts": ("libcomposeplatforminputcontextplugin.so",
                              "libibusplatforminputcontextplugin.so"),
    "imageformats": ("*qsvg*", "*qjpeg*", "*qico*"),
    "iconengines": ("*",),
    "printsupport": ("*",),
    "styles": ("*",),
    "wayland-shell-integration": ("libxdg-shell.so",),
    "wayland-decoration-client": ("libbradient.so",),
}

#: Libraries of the Qt wheel the kept plugins and modules do not need; PyInstaller's Qt
#: hooks collect some of them for plugins :data:`PLUGINS` drops.
DROP_LIBS = ("libQt6Quick*", "libQt6Qml*", "libQt6VirtualKeyboard*", "libQt6Pdf*",
             "libQt6Network*", "libQt6EglFs*", "libQt6Sql*",
             "libQt6Test*", "libQt6Designer*", "libQt6Lottie*", "libQt6Labs*",
             "libQt6WlShellIntegration*", "libQt6WaylandCompositor*", "libQt6WaylandEgl*")


def pyproject(root: Path = ROOT) -> dict:
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))


def project_version(root: Path = ROOT) -> str:
    """``[project] version`` of pyproject.toml."""
    return str(pyproject(root)["project"]["version"])


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows' version resource holds (``0.1.0rc1`` → ``(0, 1, 0, 0)``)."""
    numbers = [int(m) for m in re.findall(r"\d+", version.split("+")[0])][:3]
    numbers += [0] * (4 - len(numbers))
    return tuple(numbers[:4])  # type: ignore[return-value]


def _imports(source: str) -> set[str]:
    """Every module imported anywhere in *source* (at any depth, absolute names only)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            if node.module == "PySide6":  # from PySide6 import QtSvg
                found |= {f"PySide6.{a.name}" for a in node.names}
    return found


def qt_modules_used(package: Path = ROOT / "workbench") -> list[str]:
    """The PySide6 modules ``workbench/`` imports, as ``["QtCore", "QtGui", …]``."""
    used: set[str] = set()
    for file in package.rglob("*.py"):
        for name in _imports(file.read_text(encoding="utf-8")):
            parts = name.split(".")
            if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                used.add(parts[1])
    return sorted(used)


def migration_imports(root: Path = ROOT) -> list[str]:
    """The modules the Alembic migrations import (hidden from PyInstaller: Alembic loads
    them by path); ``from a import b`` counts as ``a``, which imports what it exports."""
    names: set[str] = set()
    for file in (root / "workbench" / "store" / "migrations").rglob("*.py"):
        names |= {n for n in _imports(file.read_text(encoding="utf-8")) if n != "__future__"
                  and not n.startswith("__future__.")}
    return sorted(names)


#: Dependencies PyInstaller's analysis cannot see (imported by name at run time) and the
#: modules to add for each, when the dependency is listed in pyproject.toml.
OPTIONAL_MODULES: dict[str, tuple[str, ...]] = {
    "sqlcipher3": ("sqlcipher3", "sqlcipher3.dbapi2"),
    "sqlcipher3-binary": ("sqlcipher3", "sqlcipher3.dbapi2"),
    "sqlcipher3-wheels": ("sqlcipher3", "sqlcipher3.dbapi2"),
}


def dependency_names(root: Path = ROOT) -> list[str]:
    """The names of ``[project] dependencies`` (lower case, no version)."""
    return [re.split(r"[\s<>=!~;\[(]", d, maxsplit=1)[0].lower()
            for d in pyproject(root)["project"].get("dependencies", [])]


def hidden_imports(root: Path = ROOT) -> list[str]:
    names = [f"PySide6.{m}" for m in qt_modules_used(root / "workbench")]
    names += migration_imports(root)
    for dependency in dependency_names(root):
        names += OPTIONAL_MODULES.get(dependency, ())
    return sorted(set(names))


#: Qt modules a dependency imports unconditionally although the app never uses them:
#: pyqtgraph imports QtOpenGL and QtOpenGLWidgets with every plot (Qt/OpenGLHelpers.py).
QT_NEEDED_BY_DEPENDENCIES = ("QtOpenGL", "QtOpenGLWidgets")


def qt_excludes(available: list[str], used: list[str]) -> list[str]:
    """``PySide6.QtX`` for every module of the installed PySide6 that neither the app nor
    its dependencies import."""
    return sorted(f"PySide6.{m}" for m in set(available) - set(used) - set(QT_NEEDED_BY_DEPENDENCIES))


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs: what the installed package carries as data
    (pyproject.toml's package-data), in the same places."""
    config = pyproject(root)["tool"]["setuptools"]
    package_dir = config.get("package-dir", {})
    pairs: list[tuple[str, str]] = []
    for package, patterns in config["package-data"].items():
        source = root / package_dir.get(package, package.replace(".", "/"))
        destination = PurePosixPath(*package.split("."))
        for pattern in patterns:
            for file in sorted(source.glob(pattern)):
                relative = file.relative_to(source).parent
                pairs.append((str(file), str(destination / relative.as_posix())))
    # the package of the resources: importlib.resources.files("workbench.resources")
    # imports it (it lives outside workbench/, so the analysis does not find it)
    pairs.append((str(root / "resources" / "__init__.py"), "workbench/resources"))
    # Alembic's template for new revisions is not needed to migrate, the scripts are
    return pairs


def _match(name: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(name, p) for p in patterns)


def keep(dest: str) -> bool:
    """Whether a file PyInstaller collected (its path inside the bundle) stays."""
    path = PurePosixPath(dest.replace("\\", "/"))
    parts = path.parts
    if "translations" in parts and parts[:1] == ("PySide6",):
        return False  # Qt's own translations: the app loads only its own .qm
    if "plugins" in parts and parts[:1] == ("PySide6",):
        at = parts.index("plugins")
        if len(parts) > at + 2:
            folder, name = parts[at + 1], parts[-1]
            return folder in PLUGINS and _match(name, PLUGINS[folder])
    if _match(path.name, DROP_LIBS):
        return False
    return True


def version_resource(version: str) -> str:
    """Windows' version resource in PyInstaller's version-file format (``EXE(version=…)``)."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": APP_NAME, "FileDescription": f"{APP_NAME} — the facilitator's workbench",
        "FileVersion": version, "InternalName": EXECUTABLE, "LegalCopyright": APP_NAME,
        "OriginalFilename": f"{EXECUTABLE}.exe", "ProductName": APP_NAME, "ProductVersion": version,
    }
    entries = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
# Generated by packaging/bundle.py from pyproject.toml's version; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [{entries}])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def info_plist(version: str) -> dict:
    """macOS' Info.plist additions: the ``.voelspriet`` document type (Finder opens it with
    Voelspriet: a QFileOpenEvent, see workbench/ui/file_open.py) and the version."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "LSMinimumSystemVersion": "12.0",
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "Voelspriet workspace",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "CFBundleTypeIconFile": "voelspriet.icns",
            "CFBundleTypeExtensions": [DOCUMENT_EXTENSION],
            "LSItemContentTypes": [DOCUMENT_UTI],
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": DOCUMENT_UTI,
            "UTTypeDescription": "Voelspriet workspace",
            "UTTypeConformsTo": ["public.data", "public.database"],
            "UTTypeIconFile": "voelspriet.icns",
            "UTTypeTagSpecification": {
                "public.filename-extension": [DOCUMENT_EXTENSION],
                "public.mime-type": [DOCUMENT_MIME],
            },
        }],
    }


def is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def strip_binaries(folder: Path) -> int:
    """``strip`` every ELF file in *folder* except those in ``*.libs`` folders (libraries
    auditwheel grafted into a wheel: stripping breaks their patched layout); returns how
    many bytes that saved. Without ``strip`` (binutils) it strips nothing."""
    tool = shutil.which("strip")
    if tool is None:
        print("warning: no `strip` (binutils): the bundle keeps its debug symbols")
        return 0
    saved = 0
    for path in sorted(folder.rglob("*")):
        if (path.is_symlink() or not path.is_file() or any(p.endswith(".libs") for p in path.parts)
                or not is_elf(path)):
            continue
        before = path.stat().st_size
        subprocess.run([tool, "--strip-unneeded", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved
