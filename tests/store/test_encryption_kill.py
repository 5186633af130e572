"""Killed at any moment (SIGKILL) while encrypting, changing the passphrase, decrypting
or editing an encrypted workspace, Voelspriet leaves a whole workspace: after each kill
it opens with exactly the old or the new passphrase (or none, when plain), passes
``check``, holds every row it held (and every acknowledged edit), and rewriting it again
works and leaves nothing of the killed rewrite beside it.

A warm helper process forks one child per round and the test kills it at a random
moment of the operation (between 0 and 1.3 times as long as it takes unkilled); seeded,
at least 20 kills, bounded in time.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import textwrap
import time
from pathlib import Path
from typing import Iterator

import pytest

from tests.store import test_kill
from tests.store.test_kill import Helper
from workbench.store import check_workspace, cipher, open_store, queries
from workbench.store.database import REWRITING, set_passphrase

PASS = "oude sleutel van de schuur"
NEW = "nieuwe sleutel, ander slot"
KILLS_PER_KIND = 5  # 4 kinds: the 20 kills the module promises
KINDS = ("encrypt", "change", "decrypt", "edits")
TIME_LIMIT_S = 120

pytestmark = [pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"),
                                 reason="needs fork and SIGKILL (POSIX)"),
              pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed here")]

HELPER = textwrap.dedent("""
    import json, os, sys, time
    from workbench.model import Stakeholder
    from workbench.store import open_store, cipher
    from workbench.store.database import set_passphrase
    from workbench.workspace import Workspace
    cipher.driver()  # warm

    def edits(path, passphrase, acks, start):
        ws = Workspace(open_store(path, passphrase=passphrase))
        fd = os.open(acks, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        n = start
        while True:
            ws.add_stakeholder(Stakeholder(id=f"k{n}", name=f"Kees {n}"))
            os.write(fd, f"k{n}\\n".encode())  # acknowledged: the edit returned, it is committed
            n += 1

    def run(job):
        if job["do"] == "rekey":
            set_passphrase(job["target"], job["old"], job["new"])
            return 0
        edits(job["target"], job["old"], job["acks"], job["start"])

    print("ready", flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        started = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            sys.stdout = open(os.devnull, "w")
            sys.stderr = open(job["log"], "w")
            os._exit(run(job) or 0)
        print(json.dumps({"pid": pid}), flush=True)
        _pid, status = os.waitpid(pid, 0)
        print(json.dumps({"killed": os.WIFSIGNALED(status),
                          "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
                          "seconds": time.perf_counter() - started}), flush=True)
""")

#: Which passphrases a file may have after a killed rewrite: (before, after).
STATES = {"encrypt": (None, PASS), "change": (PASS, NEW), "decrypt": (PASS, None)}


@pytest.fixture
def helper(monkeypatch: pytest.MonkeyPatch) -> Iterator[Helper]:
    monkeypatch.setattr(test_kill, "HELPER", HELPER)
    h = Helper()
    yield h
    h.close()


def _rows(path: Path, passphrase: str | None) -> tuple[dict[str, int], set[str]]:
    store = open_store(path, read_only=True, passphrase=passphrase)
    try:
        with store.session() as s:
            return queries.counts(s), {p.id for p in queries.stakeholders(s)}
    finally:
        store.close()


def _which(path: Path, kind: str) -> str | None:
    """The passphrase *path* opens with after a killed *kind*: its old or its new one."""
    before, after = STATES[kind]
    for passphrase in (before, after):
        if (passphrase is not None) == cipher.is_encrypted(path) and check_workspace(path, passphrase) == []:
            return passphrase
    raise AssertionError(f"{path} opens with neither passphrase after a killed {kind}: "
                         f"{check_workspace(path, before)} / {check_workspace(path, after)}")


def test_killed_while_rewriting_or_editing_an_encrypted_workspace(tmp_path: Path, helper: Helper,
                                                                  make_store, dataset) -> None:
    began = time.monotonic()
    rng = random.Random(12)
    log = str(tmp_path / "child.log")
    store = make_store(data=dataset)
    plain = store.path
    store.close()
    encrypted = tmp_path / "encrypted.voelspriet"
    shutil.copyfile(plain, encrypted)
    set_passphrase(encrypted, None, PASS)
    expected, _ids = _rows(plain, None)

    def fresh(kind: str, n: int) -> Path:
        folder = tmp_path / f"{kind}-{n}"
        folder.mkdir()
        target = folder / "ws.voelspriet"
        shutil.copyfile(plain if kind == "encrypt" else encrypted, target)
        return target

    def rekey(kind: str, target: Path) -> dict[str, object]:
        before, after = STATES[kind]
        return {"do": "rekey", "target": str(target), "old": before, "new": after, "log": log}

    duration: dict[str, float] = {}
    for kind in STATES:  # one of each without a kill: how long it takes
        target = fresh(kind, 0)
        ended = helper.run(rekey(kind, target))
        assert ended["code"] == 0, Path(log).read_text()
        assert _which(target, kind) == STATES[kind][1]
        duration[kind] = float(ended["seconds"])

    edited = fresh("edits", 0)
    acks = tmp_path / "acks.txt"
    acks.touch()
    kills = {kind: 0 for kind in KINDS}
    rounds = 0
    while min(kills.values()) < KILLS_PER_KIND:
        rounds += 1
        assert rounds < 20 * KILLS_PER_KIND, kills
        assert time.monotonic() - began < TIME_LIMIT_S, f"too slow: {kills} kills so far"
        for kind in KINDS:
            if kills[kind] >= KILLS_PER_KIND:
                continue
            if kind == "edits":
                ended = helper.run({"do": "edits", "target": str(edited), "old": PASS, "acks": str(acks),
                                    "start": 1_000_000 * rounds, "log": log},  # ids of their own
                                   kill_after=rng.uniform(0.5, 1.5))  # opening takes a key derivation
                assert ended["killed"], Path(log).read_text()
                kills[kind] += 1
                assert check_workspace(edited, PASS) == []
                _counts, ids = _rows(edited, PASS)
                missing = set(acks.read_text().split()) - ids
                assert not missing, f"acknowledged edits lost: {sorted(missing)[:5]}"
                continue
            target = fresh(kind, rounds)
            ended = helper.run(rekey(kind, target), kill_after=rng.uniform(0, 1.3 * duration[kind]))
            if not ended["killed"]:
                assert ended["code"] == 0, Path(log).read_text()
                continue
            kills[kind] += 1
            now = _which(target, kind)
            assert _rows(target, now)[0] == expected, f"rows lost by a killed {kind}"
            # the next rewrite works and removes what the killed one left beside the file
            set_passphrase(target, now, STATES[kind][1] if now == STATES[kind][0] else STATES[kind][0])
            left = [p.name for p in target.parent.iterdir() if p.name.endswith((REWRITING, REWRITING + "-journal"))]
            assert left == []
    assert sum(kills.values()) >= 20
    assert len(acks.read_text().split()) > 0, "no edit was acknowledged before a kill"
