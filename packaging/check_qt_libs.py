"""Before ``make run`` on Linux: are the system libraries Qt's window needs installed?

PySide6's wheel carries Qt itself, but Qt's X11 window plugin (``libqxcb.so``, through
``libQt6XcbQpa``) and Qt's GUI libraries load X11/xcb, OpenGL, font and D-Bus libraries
from the system. On a fresh Debian or Ubuntu several of those are missing, and Qt then
stops with "Could not load the Qt platform plugin "xcb" … no Qt platform plugin could be
initialized" — which names no library and no package. This check asks ``ldd`` which of the
libraries Qt's files need cannot be found, and prints the one command that installs them::

    Voelspriet needs some system libraries for its window: sudo apt-get install -y libxcb-cursor0 …

and exits 1 (``make run`` stops there). It exits 0 when nothing is missing, and checks
nothing (exit 0) when not on Linux or when ``QT_QPA_PLATFORM`` names another platform than
xcb (``offscreen``, ``wayland`` …). Without ``ldd`` it tries to load each library the
plugin needs. Standard library only: it runs before anything of Voelspriet is imported.

``PACKAGES`` maps each library to its Debian/Ubuntu package. It is the direct need of
PySide6 6.11's ``libqxcb.so``, ``libQt6XcbQpa``, ``libQt6Gui``, ``libQt6Core``,
``libQt6DBus``, ``libQt6Widgets`` and ``libQt6Svg`` (``readelf -d``, NEEDED), minus what the
wheel carries and what every system has (libc, libstdc++ …); each package checked with
``dpkg -S`` and ``apt-cache show`` on Debian 12. tests/test_make_run_check.py fails when a
new PySide6 needs a library the table does not name. (On Ubuntu 24.04 ``libglib2.0-0`` is
provided by ``libglib2.0-0t64``; apt-get selects it.)
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable, Mapping, Sequence

#: Library (soname) → Debian/Ubuntu package.
PACKAGES: dict[str, str] = {
    # X11 and xcb: the window, its cursor, keyboard, images, screens
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",  # the GLX integration plugin (OpenGL under X11)
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    # OpenGL (Qt's GUI library links it even when nothing is drawn with it)
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    # fonts, the event loop, D-Bus, compression
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}

#: Qt's files whose needs are checked, relative to the PySide6 package: the X11 window
#: plugin (its ldd covers libQt6XcbQpa, Gui, Core and DBus) and the other Qt libraries the
#: app loads (QtWidgets, QtSvg).
QT_FILES: tuple[str, ...] = (
    "Qt/plugins/platforms/libqxcb.so",
    "Qt/lib/libQt6Widgets.so.6",
    "Qt/lib/libQt6Svg.so.6",
)

HEAD = "Voelspriet needs some system libraries for its window"
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


def should_check(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> bool:
    """Only on Linux, and only when Qt will use its X11 plugin: ``QT_QPA_PLATFORM``
    unset, empty or ``xcb`` (with or without options, ``xcb:…``)."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    return chosen == "" or chosen.split(":")[0].split(";")[0] == "xcb"


def pyside_folder() -> Path | None:
    """Where PySide6 is installed (found without importing it), or None."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def missing_in_ldd(output: str) -> list[str]:
    """The libraries ``ldd`` reports as ``not found``, each once, in order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(output)))


def run_ldd(files: Sequence[Path]) -> str | None:
    """``ldd``'s report on *files*, or None when there is no ``ldd``."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    try:
        done = subprocess.run([ldd, *map(str, files)], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout + done.stderr


def missing_by_loading(libraries: Sequence[str], load: Callable[[str], object] = ctypes.CDLL) -> list[str]:
    """Without ``ldd``: the *libraries* the system's loader cannot load."""
    missing = []
    for name in libraries:
        try:
            load(name)
        except OSError:
            missing.append(name)
    return missing


def message(missing: Sequence[str], *, apt: bool = True, root: bool = False) -> str:
    """The one line for the *missing* libraries: the install command on Debian/Ubuntu
    (``apt``), else the libraries' names."""
    if not apt:
        return f"{HEAD}: {' '.join(missing)} (install them with your system's package manager)"
    packages = sorted({PACKAGES[name] for name in missing if name in PACKAGES})
    unknown = [name for name in missing if name not in PACKAGES]
    if not packages:
        return f"{HEAD}: {' '.join(unknown)} (install the packages that provide them)"
    line = f"{HEAD}: {'' if root else 'sudo '}apt-get install -y {' '.join(packages)}"
    if unknown:
        line += f" (and the packages that provide {' '.join(unknown)})"
    return line


def main(argv: Sequence[str] | None = None, *, platform: str = sys.platform,
         environ: Mapping[str, str] = os.environ, folder: Path | None = None,
         ldd: Callable[[Sequence[Path]], str | None] = run_ldd,
         load: Callable[[str], object] = ctypes.CDLL,
         apt: bool | None = None, root: bool | None = None) -> int:
    """Check, print the line when something is missing; 1 then, else 0."""
    if not should_check(platform, environ):
        return 0
    folder = folder if folder is not None else pyside_folder()
    if folder is None:
        return 0  # no PySide6: the app's own start says so
    files = [folder / name for name in QT_FILES if (folder / name).exists()]
    if not files:
        return 0
    report = ldd(files)
    missing = missing_in_ldd(report) if report is not None else missing_by_loading(list(PACKAGES), load)
    if not missing:
        return 0
    apt = shutil.which("apt-get") is not None if apt is None else apt
    root = (hasattr(os, "geteuid") and os.geteuid() == 0) if root is None else root
    print(message(missing, apt=apt, root=root), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
