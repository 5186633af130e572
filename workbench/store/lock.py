"""A per-workspace lock so that one file is open in one instance only.

An advisory lock on ``<workspace>.lock``; the operating system releases it when the
process dies, so a crash leaves no stale lock behind.
"""

from __future__ import annotations

import os
from pathlib import Path

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class LockHeld(Exception):
    """Another Voelspriet holds the lock.

    ``pid`` is the process id the holder wrote into the lock file (for a developer who
    looks); no message shows it: to the user it is "another Voelspriet window".
    """

    def __init__(self, pid: str) -> None:
        super().__init__("the workspace is open in another Voelspriet window")
        self.pid = pid


class FileLock:
    """An exclusive, non-blocking lock on ``<path>.lock``."""

    def __init__(self, path: Path) -> None:
        self.lock_path = path.with_name(path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise ``LockHeld``."""
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            try:
                pid = os.read(fd, 32).decode("ascii", "replace").strip()
            finally:
                os.close(fd)
            raise LockHeld(pid)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._fd = fd

    def release(self) -> None:
        """Release the lock and remove the lock file."""
        if self._fd is None:
            return
        try:
            self.lock_path.unlink(missing_ok=True)
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None
