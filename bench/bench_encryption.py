"""Encryption at rest: what a passphrase costs, encrypted vs plain, on the same data.

- One undoable edit, durably committed (``Workspace.move_stakeholders``, as bench_edit
  times it): on the demo workspace, plain and encrypted (SQLCipher encrypts each page
  written and its -wal frames). PRODUCT.md's target for an edit holds for both: ≤ 5 ms.
- Opening the 5,000-stakeholder workspace (synthetic, 15,000-odd relations): the store
  and the Workspace with a first read of every stakeholder, and the whole window as
  bench_canvas times it (map opened, fitted and painted; PRODUCT.md: ≤ 3 s), plain and
  encrypted. Encrypted, an open derives the key from the passphrase once, slowly on
  purpose (PBKDF2-HMAC-SHA512, 256,000 rounds; every connection then uses the derived
  key), and the check before opening (``quick_check``) decrypts every page of the file.
- Encrypting that workspace in place (``set_passphrase``: export, check, rename),
  informational.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

from bench.bench_edit import TARGET_MS, WARMUP, _mover, _timed
from bench.common import bench_dir, median, qt_app, spread, tmpfs_note, write_demo_workspace

PASSPHRASE = "a bench passphrase of reasonable length"
N = 5000
MOVES = 200
OPENS = 5
WINDOW_OPENS = 3
OPEN_TARGET_S = 3.0


def _moves(path: Path, passphrase: str | None) -> list[float]:
    from workbench.store import open_store
    from workbench.workspace import Workspace

    ws = Workspace(open_store(path, passphrase=passphrase))
    try:
        _id, move = _mover(ws)
        _timed(WARMUP, move)
        return _timed(MOVES, lambda i: move(WARMUP + i))
    finally:
        ws.close()


def _open_store(path: Path, passphrase: str | None) -> list[float]:
    """Seconds to open the store and the Workspace and read every stakeholder."""
    from workbench.store import open_store
    from workbench.workspace import Workspace

    out = []
    for _ in range(OPENS):
        started = time.perf_counter()
        ws = Workspace(open_store(path, passphrase=passphrase))
        assert len(ws.stakeholders()) >= N
        out.append(time.perf_counter() - started)
        ws.close()
    return out


def _open_window(app: Any, path: Path, passphrase: str | None) -> list[float]:
    """Seconds to open the workspace and show its window with the map painted."""
    from workbench.store import open_store
    from workbench.ui.main_window import MainWindow
    from workbench.workspace import Workspace

    out = []
    for _ in range(WINDOW_OPENS):
        started = time.perf_counter()
        window = MainWindow(Workspace(open_store(path, passphrase=passphrase)))
        window.resize(1600, 1000)
        window.show()
        app.processEvents()
        window.map.view.fit()
        window.map.view.viewport().repaint()
        out.append(time.perf_counter() - started)
        window.close()
        window.deleteLater()
        app.processEvents()
    return out


def run() -> list[dict[str, Any]]:
    from workbench.store.cipher import cipher_version
    from workbench.store.database import set_passphrase

    app = qt_app()
    with bench_dir() as folder:
        note_fs = tmpfs_note(folder)
        demo = write_demo_workspace(folder / "demo.voelspriet")
        demo_encrypted = folder / "demo-encrypted.voelspriet"
        shutil.copyfile(demo, demo_encrypted)
        set_passphrase(demo_encrypted, None, PASSPHRASE)
        edit_plain = _moves(demo, None)
        edit_encrypted = _moves(demo_encrypted, PASSPHRASE)

        big = write_demo_workspace(folder / "big.voelspriet", N)
        big_encrypted = folder / "big-encrypted.voelspriet"
        shutil.copyfile(big, big_encrypted)
        started = time.perf_counter()
        set_passphrase(big_encrypted, None, PASSPHRASE)
        encrypt_s = time.perf_counter() - started
        open_plain = _open_store(big, None)
        open_encrypted = _open_store(big_encrypted, PASSPHRASE)
        window_plain = _open_window(app, big, None)
        window_encrypted = _open_window(app, big_encrypted, PASSPHRASE)
        size_mb = big.stat().st_size / 1e6

    def note(text: str) -> str:
        return "; ".join(x for x in (text, note_fs) if x)

    version = f"SQLCipher {cipher_version()}"
    return [
        {"name": "edit (move), plain, median (ms)", "value": median(edit_plain), "unit": "ms",
         "target": TARGET_MS, "note": note(spread(edit_plain, unit="ms"))},
        {"name": "edit (move), encrypted, median (ms)", "value": median(edit_encrypted), "unit": "ms",
         "target": TARGET_MS, "note": note(f"{version}; " + spread(edit_encrypted, unit="ms"))},
        {"name": "open store + read 5,000 stakeholders, plain (s)", "value": median(open_plain), "unit": "s",
         "target": None, "note": "informational; " + spread(open_plain, unit="s")},
        {"name": "open store + read 5,000 stakeholders, encrypted (s)", "value": median(open_encrypted),
         "unit": "s", "target": None,
         "note": "informational: one key derivation, every page decrypted by the open's check; " + spread(open_encrypted, unit="s")},
        {"name": "open window, 5,000 stakeholders, plain (s)", "value": median(window_plain), "unit": "s",
         "target": OPEN_TARGET_S, "note": spread(window_plain, unit="s")},
        {"name": "open window, 5,000 stakeholders, encrypted (s)", "value": median(window_encrypted),
         "unit": "s", "target": OPEN_TARGET_S, "note": spread(window_encrypted, unit="s")},
        {"name": "encrypt the 5,000-stakeholder workspace in place (s)", "value": encrypt_s, "unit": "s",
         "target": None, "note": f"informational: {size_mb:.1f} MB, exported, checked and renamed"},
    ]
