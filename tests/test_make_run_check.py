"""``make run``'s check of the system libraries Qt's window needs (packaging/check_qt_libs.py):
the one install command when some are missing, silence otherwise, and a table that names
every library the installed PySide6 needs from the system."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("check_qt_libs", ROOT / "packaging" / "check_qt_libs.py")
assert _spec is not None and _spec.loader is not None
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)

LDD_MISSING = """\
/x/PySide6/Qt/plugins/platforms/libqxcb.so:
\tlinux-vdso.so.1 (0x00007ffd5a3f2000)
\tlibQt6XcbQpa.so.6 => /x/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f0c1c000000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f0c1be00000)
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
/x/PySide6/Qt/lib/libQt6Widgets.so.6:
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0c1b800000)
"""
LDD_COMPLETE = "\n".join(line for line in LDD_MISSING.splitlines() if "not found" not in line)
COMMAND = ("Voelspriet needs some system libraries for its window: "
           "sudo apt-get install -y libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0")


@pytest.fixture
def pyside(tmp_path: Path) -> Path:
    """A folder shaped like PySide6's, holding the plugin the check looks at."""
    plugin = tmp_path / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    plugin.parent.mkdir(parents=True)
    plugin.write_bytes(b"\x7fELF")
    return tmp_path / "PySide6"


def run(pyside: Path, ldd_output: str | None, **options) -> int:  # type: ignore[no-untyped-def]
    seen: list[list[Path]] = []

    def ldd(files):  # type: ignore[no-untyped-def]
        seen.append(list(files))
        return ldd_output

    options.setdefault("platform", "linux")
    options.setdefault("environ", {})
    options.setdefault("apt", True)
    options.setdefault("root", False)
    code = check.main([], folder=pyside, ldd=ldd, **options)
    if seen:
        assert seen[0] == [pyside / "Qt" / "plugins" / "platforms" / "libqxcb.so"]
    return code


def test_missing_libraries_give_the_one_install_command(pyside: Path, capsys) -> None:
    assert run(pyside, LDD_MISSING) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == COMMAND + "\n"


def test_nothing_missing_says_nothing(pyside: Path, capsys) -> None:
    assert run(pyside, LDD_COMPLETE) == 0
    assert capsys.readouterr() == ("", "")


def test_as_root_the_command_needs_no_sudo(pyside: Path, capsys) -> None:
    assert run(pyside, LDD_MISSING, root=True) == 1
    assert capsys.readouterr().err == COMMAND.replace("sudo ", "") + "\n"


def test_a_library_the_table_does_not_know_is_named(pyside: Path, capsys) -> None:
    assert run(pyside, LDD_MISSING + "\tlibxcb-future.so.7 => not found\n") == 1
    assert capsys.readouterr().err == COMMAND + " (and the packages that provide libxcb-future.so.7)\n"


def test_without_apt_the_libraries_are_named(pyside: Path, capsys) -> None:
    assert run(pyside, LDD_MISSING, apt=False) == 1
    assert capsys.readouterr().err == (
        "Voelspriet needs some system libraries for its window: libxcb-cursor.so.0 libxcb-icccm.so.4 "
        "libxcb-keysyms.so.1 libxkbcommon-x11.so.0 (install them with your system's package manager)\n")


def test_without_ldd_each_library_is_loaded(pyside: Path, capsys) -> None:
    tried: list[str] = []

    def load(name: str) -> object:
        tried.append(name)
        if name in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
            raise OSError(f"{name}: cannot open shared object file")
        return object()

    assert run(pyside, None, load=load) == 1
    assert set(tried) == set(check.PACKAGES)
    assert capsys.readouterr().err.endswith("sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1\n")


@pytest.mark.parametrize(("platform", "qpa", "checked"), [
    ("linux", None, True),
    ("linux", "", True),
    ("linux", "xcb", True),
    ("linux", "xcb:display=:1", True),
    ("linux", "offscreen", False),
    ("linux", "wayland", False),
    ("darwin", None, False),
    ("win32", None, False),
])
def test_only_linux_with_the_x11_plugin_is_checked(pyside: Path, capsys, platform: str, qpa: str | None,
                                                   checked: bool) -> None:
    environ = {} if qpa is None else {"QT_QPA_PLATFORM": qpa}
    assert run(pyside, LDD_MISSING, platform=platform, environ=environ) == (1 if checked else 0)
    assert bool(capsys.readouterr().err) == checked


def test_the_real_check_runs_without_importing_the_app() -> None:
    """As ``make run`` runs it: here, headless, it checks nothing; with xcb asked for it
    either passes or prints exactly the one line (this machine may lack the libraries)."""
    script = str(ROOT / "packaging" / "check_qt_libs.py")
    skipped = subprocess.run([sys.executable, script], capture_output=True, text=True,
                             env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert (skipped.returncode, skipped.stdout, skipped.stderr) == (0, "", "")
    real = subprocess.run([sys.executable, script], capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "xcb", "PATH": "/usr/bin:/bin"})
    assert real.stdout == ""
    if real.returncode:
        assert real.returncode == 1 and real.stderr.startswith(check.HEAD + ": ")
        assert real.stderr.count("\n") == 1
    else:
        assert real.stderr == ""


def _needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line]


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("readelf") is None,
                    reason="reads Linux ELF files with readelf")
def test_the_table_names_every_library_qt_needs_from_the_system() -> None:
    """What the checked Qt files need (and the Qt libraries they pull in, which the wheel
    carries) from outside the wheel is in PACKAGES, apart from the C and C++ runtimes
    every system has. A PySide6 upgrade that needs more fails here."""
    folder = check.pyside_folder()
    assert folder is not None
    qt_lib = folder / "Qt" / "lib"
    base = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libpthread.so.0", "libdl.so.2",
            "librt.so.1", "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1"}
    todo = [folder / name for name in check.QT_FILES]
    seen: set[Path] = set()
    from_system: set[str] = set()
    while todo:
        path = todo.pop()
        if path in seen or not path.exists():
            continue
        seen.add(path)
        for name in _needed(path):
            if (qt_lib / name).exists():
                todo.append(qt_lib / name)
            elif name not in base:
                from_system.add(name)
    assert from_system, "readelf found nothing: the check reads the wrong files"
    assert sorted(from_system - set(check.PACKAGES)) == []


def test_the_readme_lists_the_packages() -> None:
    """The set-up section's apt-get line names every package of the table, apart from those
    every system has (zlib1g, libzstd1) and those libgl1 brings (libglx0, libglvnd0)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("sudo apt-get install -y ")
    listed = set(readme[start:readme.index("```", start)].replace("\\", " ").split()[4:])
    expected = set(check.PACKAGES.values()) - {"zlib1g", "libzstd1", "libglx0", "libglvnd0"}
    assert listed == expected
