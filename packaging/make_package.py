"""Build the one-folder Voelspriet for this machine and its archive (``make package``).

    python packaging/make_package.py [--dist DIR] [--work DIR]

1. the Windows .ico and macOS .icns from the icon's SVG (make_icons.py, into WORK);
2. PyInstaller on packaging/voelspriet.spec → DIST/Voelspriet/ (DIST/Voelspriet.app on macOS);
3. on Linux: the desktop entry, the icons, the .voelspriet file type and the AppStream
   metainfo under DIST/Voelspriet/share/, with install.sh beside the program;
4. the archive: DIST/Voelspriet-VERSION-linux-x86_64.tar.gz (a .zip on Windows and macOS),
   VERSION from pyproject.toml;
5. the sizes, printed.

Defaults: DIST = dist/, WORK = build/ (both ignored by git). tests/test_packaging.py builds
into its own temporary folders.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle  # noqa: E402
import make_icons  # noqa: E402

ROOT = bundle.ROOT
LINUX = ROOT / "packaging" / "linux"


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def archive_name(version: str) -> str:
    suffix = ".tar.gz" if sys.platform.startswith("linux") else ".zip"
    return f"{bundle.APP_NAME}-{version}-{platform_tag()}{suffix}"


def add_linux_desktop_files(app: Path) -> None:
    """share/ (the freedesktop layout) and install.sh into the bundle's folder."""
    share = app / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(LINUX / "voelspriet.desktop", share / "applications" / "voelspriet.desktop")
    (share / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    shutil.copy2(LINUX / "voelspriet-mime.xml", share / "mime" / "packages" / "voelspriet.xml")
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(LINUX / "nl.voelspriet.Voelspriet.metainfo.xml", share / "metainfo")
    for size in make_icons.PNG_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(make_icons.ICONS / make_icons.png_name(size), folder / "voelspriet.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(make_icons.SOURCE, scalable / "voelspriet.svg")
    shutil.copy2(LINUX / "install.sh", app / "install.sh")


def make_archive(folder: Path, out: Path) -> None:
    """*folder* as one top-level folder in *out* (symbolic links kept as links)."""
    if out.suffix == ".zip":
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            for path in sorted(folder.rglob("*")):
                z.write(path, path.relative_to(folder.parent))
        return
    with tarfile.open(out, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB"


def build(dist: Path, work: Path) -> Path:
    version = bundle.project_version()
    work.mkdir(parents=True, exist_ok=True)
    dist.mkdir(parents=True, exist_ok=True)
    icons = work / "icons"
    icons.mkdir(exist_ok=True)
    make_icons.write_ico(icons / "voelspriet.ico")
    make_icons.write_icns(icons / "voelspriet.icns")
    app = dist / bundle.APP_NAME
    for old in (app, dist / f"{bundle.APP_NAME}.app"):
        if old.exists():
            shutil.rmtree(old)
    # PyInstaller as a module of this interpreter (the venv with the `package` extra);
    # its cache under the work folder, so parallel builds share nothing
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "pyinstaller-cache")}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work),
                    str(ROOT / "packaging" / "voelspriet.spec"), "--", "--icons", str(icons)],
                   check=True, cwd=ROOT, env=env)
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(app)
    archive = dist / archive_name(version)
    make_archive(dist / f"{bundle.APP_NAME}.app" if sys.platform == "darwin" else app, archive)
    print(f"{app}: {mib(folder_size(app))}")
    print(f"{archive}: {mib(archive.stat().st_size)}")
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args(argv)
    build(args.dist.resolve(), args.work.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
