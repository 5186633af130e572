"""The installable app (packaging/): its rules, its desktop files, and the bundle itself.

The first tests read the rules and files without building anything. ``test_the_bundle…``
builds the real bundle with ``make package`` into its own temporary folders (a few
minutes: it runs in CI, where ``CI`` is set, or with ``VOELSPRIET_PACKAGE_TEST=1``),
unpacks the archive elsewhere and runs the app from there in a clean environment
(``env -i``: no venv, no PYTHONPATH, PATH=/usr/bin:/bin): ``--version``, ``demo``,
``check``, ``screenshot`` in English and Dutch, an older workspace migrated by the
bundle's Alembic scripts, and ``install.sh`` into a scratch home.
"""

from __future__ import annotations

import configparser
import json
import os
import plistlib
import shutil
import subprocess
import sys
import tarfile
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle  # noqa: E402
import make_package  # noqa: E402

LINUX = ROOT / "packaging" / "linux"
VERSION = bundle.project_version()


# --------------------------------------------------------------------------- the rules


def test_the_qt_modules_are_those_the_code_imports(tmp_path: Path) -> None:
    used = bundle.qt_modules_used()
    assert {"QtCore", "QtGui", "QtWidgets"} <= set(used)
    assert "QtWebEngineCore" not in used and "QtQml" not in used
    # a new import anywhere (lazily too) lands in the next build by itself
    package = tmp_path / "workbench"
    (package / "brief").mkdir(parents=True)
    (package / "brief" / "x.py").write_text(
        "def f():\n    from PySide6.QtPrintSupport import QPrinter\n    from PySide6 import QtSvg\n")
    assert bundle.qt_modules_used(package) == ["QtPrintSupport", "QtSvg"]
    excluded = bundle.qt_excludes(["QtCore", "QtQml", "QtOpenGL", "QtSvg"], ["QtCore", "QtSvg"])
    assert excluded == ["PySide6.QtQml"]  # pyqtgraph imports QtOpenGL: kept


def test_hidden_imports_follow_the_migrations_and_the_dependencies() -> None:
    hidden = bundle.hidden_imports()
    assert {"alembic", "sqlalchemy", "workbench.store.schema"} <= set(hidden)
    assert not any(name.endswith(".Base") or name.endswith(".op") for name in hidden)
    if "sqlcipher3-binary" in bundle.dependency_names():
        assert "sqlcipher3.dbapi2" in hidden


def test_the_data_is_placed_where_the_installed_package_has_it() -> None:
    pairs = {(Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in bundle.datas()}
    assert ("resources/translations/voelspriet_nl.qm", "workbench/resources/translations") in pairs
    assert ("resources/demo/demo.json", "workbench/resources/demo") in pairs
    assert ("resources/icons/voelspriet-256.png", "workbench/resources/icons") in pairs
    assert ("resources/__init__.py", "workbench/resources") in pairs
    versions = sorted(p.name for p in (ROOT / "workbench/store/migrations/versions").glob("*.py"))
    assert versions and all(
        (f"workbench/store/migrations/versions/{v}", "workbench/store/migrations/versions") in pairs
        for v in versions)
    assert not any(src.endswith(("make_demo.py", "dutch.py", ".ts")) for src, _ in pairs)


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/translations/qtbase_nl.qm", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("workbench/resources/translations/voelspriet_nl.qm", True),
    ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
])
def test_keep(dest: str, kept: bool) -> None:
    assert bundle.keep(dest) is kept


def test_version_numbers_for_windows() -> None:
    assert bundle.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert bundle.version_tuple("1.2") == (1, 2, 0, 0)
    assert bundle.version_tuple("2.10.3rc1") == (2, 10, 3, 0)


def test_the_windows_version_resource_carries_the_project_version(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Read by PyInstaller's own loader and packed into the binary resource it writes."""
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the `package` extra only "
                                              "(make package installs it)")
    # the loader's module imports pefile and win32api (there with PyInstaller on Windows
    # only) for functions this test does not call
    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32 import versioninfo

    path = tmp_path / "version_info.txt"
    path.write_text(bundle.version_resource(VERSION), encoding="utf-8")
    info = versioninfo.load_version_info_from_text_file(str(path))
    major, minor, patch, build = bundle.version_tuple(VERSION)
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == (major << 16 | minor, patch << 16 | build)
    raw = info.toRaw()
    assert VERSION.encode("utf-16-le") in raw
    assert "voelspriet.exe".encode("utf-16-le") in raw


def test_the_macos_info_plist_declares_the_document_type() -> None:
    plist = bundle.info_plist(VERSION)
    plistlib.loads(plistlib.dumps(plist))  # a valid property list
    assert plist["CFBundleShortVersionString"] == VERSION
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["CFBundleTypeExtensions"] == ["voelspriet"]
    assert document["LSItemContentTypes"] == [bundle.DOCUMENT_UTI]
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert exported["UTTypeIdentifier"] == bundle.DOCUMENT_UTI
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["voelspriet"]


def test_the_archive_is_named_after_the_version_and_the_platform() -> None:
    name = make_package.archive_name(VERSION)
    if sys.platform.startswith("linux") and os.uname().machine == "x86_64":
        assert name == f"Voelspriet-{VERSION}-linux-x86_64.tar.gz"
    assert VERSION in name


# --------------------------------------------------------------------------- Linux files


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / "voelspriet.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_the_mime_type_and_the_metainfo_agree() -> None:
    entry = _desktop_entry()
    mime = ET.parse(LINUX / "voelspriet-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = mime.find("m:mime-type", ns)
    assert mime_type is not None
    assert mime_type.get("type") == bundle.DOCUMENT_MIME
    assert [g.get("pattern") for g in mime_type.findall("m:glob", ns)] == ["*.voelspriet"]
    assert entry["MimeType"] == bundle.DOCUMENT_MIME + ";"
    assert entry["Exec"] == "voelspriet %f"  # install.sh makes it absolute
    assert entry["Icon"] == "voelspriet"
    assert entry["StartupWMClass"] == "voelspriet"  # = the app's desktop file name (ui/app.py)
    meta = ET.parse(LINUX / "nl.voelspriet.Voelspriet.metainfo.xml").getroot()
    assert meta.findtext("launchable") == "voelspriet.desktop"
    assert meta.findtext("provides/mediatype") == bundle.DOCUMENT_MIME
    releases = [r.get("version") for r in meta.findall("releases/release")]
    assert releases[0] == VERSION, "add a <release> for pyproject.toml's version to the metainfo"


@pytest.mark.parametrize(("tool", "args", "file"), [
    ("desktop-file-validate", [], "voelspriet.desktop"),
    ("appstreamcli", ["validate", "--no-net"], "nl.voelspriet.Voelspriet.metainfo.xml"),
    ("xmllint", ["--noout"], "voelspriet-mime.xml"),
])
def test_the_linux_files_pass_their_validators(tool: str, args: list[str], file: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (apt-get install desktop-file-utils appstream libxml2-utils)")
    result = subprocess.run([tool, *args, str(LINUX / file)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


# --------------------------------------------------------------------------- the bundle

CLEAN_PATH = "/usr/bin:/bin"


def _run_clean(args: list[str | Path], home: Path, extra: dict[str, str] | None = None,
               ok: bool = True) -> subprocess.CompletedProcess[str]:
    """Run *args* as a user's shell would with nothing of ours around: ``env -i``."""
    env = {"HOME": str(home), "PATH": CLEAN_PATH, **(extra or {})}
    result = subprocess.run(["env", "-i", *(f"{k}={v}" for k, v in env.items()), *map(str, args)],
                            cwd=home, capture_output=True, text=True, timeout=300)
    if ok:
        assert result.returncode == 0, f"{args} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def _distinct_colours(path: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    step = max(1, image.width() // 200)
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def _should_build() -> str | None:
    if os.environ.get("VOELSPRIET_PACKAGE_TEST") == "1" or os.environ.get("CI"):
        return None
    return ("builds the package with PyInstaller (a few minutes): runs in CI (CI set) or with "
            "VOELSPRIET_PACKAGE_TEST=1")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle is built and tested here")
@pytest.mark.skipif(_should_build() is not None, reason=_should_build() or "")
def test_the_bundle_runs_the_command_line_in_a_clean_environment(qapp, tmp_path: Path) -> None:
    venv = Path(sys.prefix)
    make = ["make", "-C", str(ROOT), f"VENV={venv}"]
    # the tools first: when PyInstaller cannot be installed (no registry), say so and skip
    tools = subprocess.run([*make, str(venv / ".installed-package")], capture_output=True, text=True,
                           timeout=900)
    if tools.returncode != 0:
        pytest.skip(f"the package extra (PyInstaller) could not be installed:\n{tools.stdout}\n{tools.stderr}")
    dist, work = tmp_path / "dist", tmp_path / "work"
    built = subprocess.run([*make, "package", f"DIST={dist}", f"WORK={work}"], capture_output=True,
                           text=True, timeout=1800)
    assert built.returncode == 0, built.stdout[-5000:] + built.stderr[-5000:]
    print(built.stdout[-300:])  # the sizes (pytest -s shows them)
    shutil.rmtree(work)  # PyInstaller's intermediate files: hundreds of MiB

    # what is inside: only the Qt the app uses; the data in place
    app_dir = dist / "Voelspriet"
    inside = {p.relative_to(app_dir / "_internal").as_posix() for p in (app_dir / "_internal").rglob("*")}
    for unwanted in ("WebEngine", "Qt6Qml", "Qt6Quick", "Qt63D", "Multimedia", "qgtk3", "libqeglfs",
                     "Qt/translations", "sqldrivers", "_pytest", "pygments"):
        assert not [p for p in inside if unwanted in p], f"{unwanted} is in the bundle"
    for needed in ("workbench/resources/translations/voelspriet_nl.qm",
                   "workbench/resources/demo/demo.json", "workbench/resources/demo/demo_nl.json",
                   "workbench/resources/icons/voelspriet-256.png",
                   "workbench/store/migrations/env.py",
                   "PySide6/Qt/plugins/platforms/libqxcb.so",
                   "PySide6/Qt/plugins/platforms/libqoffscreen.so"):
        assert needed in inside, f"{needed} is missing from the bundle"

    # the archive, unpacked elsewhere: that copy is what a user runs
    archive = dist / f"Voelspriet-{VERSION}-linux-x86_64.tar.gz"
    assert archive.is_file()
    opt = tmp_path / "opt"
    with tarfile.open(archive) as tar:
        tar.extractall(opt, filter="tar")
    program = opt / "Voelspriet" / "voelspriet"
    shutil.rmtree(dist)  # nothing of the build left to lean on
    home = tmp_path / "home"
    home.mkdir()

    # the version from the package metadata the bundle carries (no pyproject.toml beside it)
    assert _run_clean([program, "--version"], home).stdout == f"Voelspriet {VERSION}\n"

    # English: demo, check, screenshot with a stakeholder selected (the timeline loads pyqtgraph)
    english = home / "demo.voelspriet"
    _run_clean([program, "demo", english, "--language", "en"], home)
    assert _run_clean([program, "check", english], home).stdout == f"{english}: healthy\n"
    shot = home / "en.png"
    result = _run_clean([program, "screenshot", english, "--out", shot, "--select", "s-koers",
                         "--size", "1366x768"], home, {"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"})
    assert result.stdout == f"wrote {shot}\n"
    assert _png_size(shot) == (1366, 768)
    assert _distinct_colours(shot) > 50, "the screenshot is blank"

    # Dutch from the locale: the demo in Dutch, and the window too (same workspace, same
    # size: only the language of the window differs from the English screenshot of it)
    dutch = home / "nl.voelspriet"
    _run_clean([program, "demo", dutch], home, {"LANG": "nl_NL.UTF-8"})
    exported = home / "nl.json"
    _run_clean([program, "export", dutch, "--to", exported], home)

    roles = {s["role"] for s in json.loads(exported.read_text(encoding="utf-8"))["stakeholders"]}
    demo_nl = json.loads((ROOT / "resources/demo/demo_nl.json").read_text(encoding="utf-8"))
    demo_en = json.loads((ROOT / "resources/demo/demo.json").read_text(encoding="utf-8"))
    assert roles == {s["role"] for s in demo_nl["stakeholders"]}  # "Communityfacilitator" …
    assert roles != {s["role"] for s in demo_en["stakeholders"]}
    shots = {}
    for lang in ("nl_NL.UTF-8", "C.UTF-8"):
        shots[lang] = home / f"nl-{lang}.png"
        _run_clean([program, "screenshot", dutch, "--out", shots[lang], "--select", "s-koers",
                    "--size", "1366x768"], home, {"QT_QPA_PLATFORM": "offscreen", "LANG": lang})
    assert shots["nl_NL.UTF-8"].read_bytes() != shots["C.UTF-8"].read_bytes(), \
        "the Dutch window looks like the English one: the translation was not loaded"

    # the migrations: a workspace of the first schema, upgraded by the bundle's Alembic
    from tests.store.test_store import _old_workspace

    old = home / "old.voelspriet"
    _old_workspace(old)
    refused = _run_clean([program, "check", old], home, ok=False)
    assert refused.returncode == 1 and refused.stderr.startswith("error: ")  # check only reads
    tiny = home / "one.json"
    tiny.write_text('{"format": "voelspriet", "version": 1, '
                    '"stakeholders": [{"id": "z", "name": "Zoë", "kind": "person"}]}', encoding="utf-8")
    _run_clean([program, "import", tiny, "--into", old], home)
    assert _run_clean([program, "check", old], home).stdout == f"{old}: healthy\n"
    assert list(home.glob("old.backup-0001_initial-*.voelspriet"))

    # bad input stays one line
    missing = _run_clean([program, "check", home / "nope.voelspriet"], home, ok=False)
    assert missing.returncode == 1 and missing.stderr.startswith("error: ")
    assert len(missing.stderr.strip().splitlines()) == 1

    # install.sh: the menu entry (absolute Exec), the file type, the icon, ~/.local/bin
    _run_clean(["sh", opt / "Voelspriet" / "install.sh"], home)
    data = home / ".local" / "share"
    desktop = (data / "applications" / "voelspriet.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}" %f' in desktop and f"TryExec={program}\n" in desktop
    assert (data / "mime" / "packages" / "voelspriet.xml").is_file()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "voelspriet.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "voelspriet.svg").is_file()
    assert (home / ".local" / "bin" / "voelspriet").resolve() == program.resolve()
    if shutil.which("update-mime-database"):
        globs = (data / "mime" / "globs2").read_text(encoding="utf-8")
        assert f"{bundle.DOCUMENT_MIME}:*.voelspriet" in globs
    assert _run_clean([home / ".local" / "bin" / "voelspriet", "--version"], home).stdout.startswith("Voelspriet ")
    _run_clean(["sh", opt / "Voelspriet" / "install.sh", "--uninstall"], home)
    assert not (data / "applications" / "voelspriet.desktop").exists()
    assert not (home / ".local" / "bin" / "voelspriet").exists()
    assert program.is_file()  # the app itself stays
