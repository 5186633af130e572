"""Encryption on the command line, as a user runs it: real processes, the passphrase from
VOELSPRIET_PASSPHRASE or typed on a terminal (a pty that is the process's controlling
terminal, so getpass reads it without echo), one ``error:`` line otherwise."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import select
import shutil
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from tests.test_cli import ROOT, assert_one_error_line, run
from workbench.store import cipher

pytestmark = pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed here "
                                                                "(its wheels are for Linux only)")

PASS = "appelboom onder de lindes"
VARIABLE = "VOELSPRIET_PASSPHRASE"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("encryption") / "demo.voelspriet"
    result = run("demo", path, "--language", "en")
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def ws(demo: Path, tmp_path: Path) -> Path:
    path = tmp_path / "ws.voelspriet"
    shutil.copyfile(demo, path)
    return path


@pytest.fixture
def encrypted(ws: Path) -> Path:
    result = run("encrypt", ws, env={VARIABLE: PASS})
    assert result.returncode == 0, result.stderr
    return ws


def without_passphrase(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run with no terminal (stdin not a tty) and no passphrase in the environment."""
    env = {k: v for k, v in os.environ.items() if k != VARIABLE}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, timeout=120)


def test_encrypt_with_the_variable_then_every_reader_needs_it(encrypted: Path, tmp_path: Path, demo: Path) -> None:
    data = encrypted.read_bytes()
    assert b"SQLite format 3" not in data and cipher.is_encrypted(encrypted)
    assert run("export", demo, "--to", tmp_path / "plain.json").returncode == 0
    name = json.loads((tmp_path / "plain.json").read_text(encoding="utf-8"))["stakeholders"][1]["name"]
    assert name.encode() in demo.read_bytes() and name.encode() not in data
    for args in (("check", encrypted), ("export", encrypted, "--to", tmp_path / "x.json"),
                 ("radar", encrypted), ("screenshot", encrypted, "--out", tmp_path / "x.png"),
                 ("import", tmp_path / "plain.json", "--into", encrypted), ("decrypt", encrypted)):
        result = without_passphrase(*args)
        assert_one_error_line(result, "error: this workspace is encrypted; set VOELSPRIET_PASSPHRASE")
    assert encrypted.read_bytes() == data
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "x.png").exists()
    with_it = {VARIABLE: PASS}
    assert run("check", encrypted, env=with_it).returncode == 0
    assert run("export", encrypted, "--to", tmp_path / "x.json", env=with_it).returncode == 0
    assert json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["stakeholders"][1]["name"] == name
    assert run("radar", encrypted, env=with_it).returncode == 0
    assert run("screenshot", encrypted, "--out", tmp_path / "x.png", env=with_it).returncode == 0
    imported = run("import", tmp_path / "plain.json", "--into", encrypted, env=with_it)
    assert imported.returncode == 0, imported.stderr
    assert cipher.is_encrypted(encrypted) and name.encode() not in encrypted.read_bytes()


def test_a_wrong_passphrase_is_one_plain_error_and_changes_nothing(encrypted: Path) -> None:
    data = encrypted.read_bytes()
    folder = sorted(os.listdir(encrypted.parent))
    for command in ("check", "radar", "decrypt"):
        result = run(command, encrypted, env={VARIABLE: "the wrong one"})
        assert_one_error_line(result, "wrong passphrase")
        assert "ERROR CORE" not in result.stderr
    assert encrypted.read_bytes() == data
    assert sorted(os.listdir(encrypted.parent)) == folder


def test_decrypt_gives_back_a_plain_workspace(encrypted: Path) -> None:
    result = run("decrypt", encrypted, env={VARIABLE: PASS})
    assert result.returncode == 0, result.stderr
    assert encrypted.read_bytes().startswith(b"SQLite format 3\x00")
    assert without_passphrase("check", encrypted).returncode == 0


def test_encrypt_and_decrypt_refuse_what_does_not_fit(ws: Path) -> None:
    data = ws.read_bytes()
    assert_one_error_line(without_passphrase("encrypt", ws), "give the new passphrase in VOELSPRIET_PASSPHRASE")
    assert_one_error_line(run("decrypt", ws, env={VARIABLE: PASS}), "is not encrypted")
    assert_one_error_line(run("encrypt", ws.with_name("missing.voelspriet"), env={VARIABLE: PASS}),
                          "does not exist")
    assert ws.read_bytes() == data
    assert run("encrypt", ws, env={VARIABLE: PASS}).returncode == 0
    assert_one_error_line(run("encrypt", ws, env={VARIABLE: PASS}), "is already encrypted")


def test_a_workspace_open_in_a_window_is_not_encrypted(ws: Path) -> None:
    from workbench.store.lock import FileLock

    data = ws.read_bytes()
    lock = FileLock(ws)
    lock.acquire()
    try:
        assert_one_error_line(run("encrypt", ws, env={VARIABLE: PASS}), "already open")
    finally:
        lock.release()
    assert ws.read_bytes() == data


#: What the command line asks on a terminal.
PROMPTS = (b"New passphrase:", b"The same passphrase again:", b"Passphrase for ws.voelspriet:")


def on_terminal(*args: str | Path, answers: tuple[str, ...], timeout: float = 90) -> tuple[int, str]:
    """Run the command line with a pty as its controlling terminal (as in a terminal
    window), typing *answers* at each prompt (``PROMPTS``); no passphrase in the
    environment."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != VARIABLE}
    env["QT_QPA_PLATFORM"] = "offscreen"

    def controlling_terminal() -> None:  # in the child: a session of its own on the pty
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *map(str, args)], stdin=slave,
                            stdout=slave, stderr=slave, cwd=ROOT, env=env, close_fds=True,
                            preexec_fn=controlling_terminal)
    os.close(slave)
    seen = b""
    pending = list(answers)
    answered = 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
                if pending and seen[answered:].rstrip().endswith(PROMPTS):  # a new prompt
                    os.write(master, (pending.pop(0) + "\n").encode())
                    answered = len(seen)
            elif proc.poll() is not None:
                break
        if proc.poll() is None:  # still waiting for something: say what it showed
            proc.kill()
        return proc.wait(timeout=30), seen.decode("utf-8", "replace")
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()


def test_on_a_terminal_the_passphrase_is_asked_without_echo(ws: Path) -> None:
    code, said = on_terminal("encrypt", ws, answers=(PASS, PASS))
    assert code == 0, said
    assert said.index("without it nobody can open") < said.index("New passphrase:")  # warned first
    assert PASS not in said  # never echoed
    assert cipher.is_encrypted(ws)
    code, said = on_terminal("check", ws, answers=(PASS,))
    assert code == 0 and "healthy" in said, said
    assert PASS not in said
    code, said = on_terminal("check", ws, answers=("not it",))
    assert code == 1 and "wrong passphrase" in said, said


def test_two_different_passphrases_on_a_terminal_change_nothing(ws: Path) -> None:
    data = ws.read_bytes()
    code, said = on_terminal("encrypt", ws, answers=(PASS, PASS + "!"))
    assert code == 1 and "the two passphrases differ; nothing was changed" in said, said
    assert ws.read_bytes() == data
