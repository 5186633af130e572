"""A per-workspace lock so that one file is open in one instance only.

An advisory lock on ``<workspace>.lock``; the operating system releases it when the
process dies, so a crash leaves no stale lock behind.

The lock file is removed when the lock is released, so a folder keeps no stray files.
That makes a race: another process may have opened the old file just before it was
removed, and lock it once it is unlocked — while a third creates and locks a new file
under the same name. So a lock counts only when the file locked is still the one at the
path (same device and inode) after locking; otherwise it is let go and taken again. The
holder removes the file *while* holding it (on Windows, where an open file cannot be
removed, after closing it, and only when no one else has it open).
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
        while True:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _try_lock(fd):
                try:
                    pid = os.read(fd, 32).decode("ascii", "replace").strip()
                finally:
                    os.close(fd)
                raise LockHeld(pid)
            if self._is_current(fd):
                break
            os.close(fd)  # a file its holder removed on release: not the lock any more
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._fd = fd

    def _is_current(self, fd: int) -> bool:
        """True when *fd* is the file now at the lock's path."""
        try:
            there = os.stat(self.lock_path)
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)

    def release(self) -> None:
        """Release the lock and remove the lock file."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if os.name == "nt":  # pragma: no cover - exercised on Windows only
            try:
                _unlock(fd)
            finally:
                os.close(fd)
            try:
                self.lock_path.unlink(missing_ok=True)
            except PermissionError:
                pass  # open in another process, which now checks and takes it
            return
        try:
            self.lock_path.unlink(missing_ok=True)  # still ours: we hold it
        finally:
            try:
                _unlock(fd)
            finally:
                os.close(fd)
