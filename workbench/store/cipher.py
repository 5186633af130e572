"""Encryption at rest: the connections behind an encrypted workspace.

An encrypted workspace is an SQLCipher 4 database (AES-256 pages with an HMAC each, the
key drawn from the passphrase with PBKDF2-HMAC-SHA512 and a random salt that opens the
file). The ``sqlcipher3-binary`` wheel carries SQLCipher; SQLAlchemy reaches it through
its ``sqlite+pysqlcipher`` dialect, which sets the key on every new connection
(``database._make_engine``). A plain workspace keeps Python's own ``sqlite3``.

The passphrase lives in memory only, for as long as the workspace is open (new pooled
connections, copies and backups need it): it is never written to a file, a setting, a
log or an error message.

An encrypted file has no "SQLite format 3" header: from its first byte it looks like
random data (the salt, then the encrypted first page). ``is_encrypted`` tells such a file
from one that is not a workspace at all, without a passphrase; a wrong passphrase shows
only when the first page is read (``WRONG_KEY`` in the driver's error).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

#: The header of a plain SQLite file (an encrypted one has a random salt there instead).
SQLITE_HEADER = b"SQLite format 3\x00"
#: What SQLite says when a page cannot be read as a database page: with a key, the
#: key is wrong (or the first page is damaged: SQLCipher cannot tell the two apart).
WRONG_KEY = "file is not a database"
#: Bytes that open files of other kinds which look random further on (zip and so .xlsx,
#: gzip, PDF, PNG, JPEG): never taken for an encrypted workspace.
OTHER_MAGIC = (b"PK\x03\x04", b"\x1f\x8b", b"%PDF", b"\x89PNG", b"\xff\xd8\xff")
#: SQLCipher 4's key derivation (its defaults, pinned process-wide by ``driver``):
#: PBKDF2-HMAC-SHA512 over the passphrase's UTF-8 bytes and the file's 16-byte salt.
KDF_ITERATIONS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16
#: How much of the file ``is_encrypted`` looks at, and how many different byte values
#: random data shows in that much (1,024 random bytes show ~251 of the 256).
SAMPLE = 1024
MIN_DISTINCT = 200

_driver_module: ModuleType | None = None


class Unavailable(Exception):
    """SQLCipher is not installed (its wheels exist for Linux only)."""


def available() -> bool:
    """True when encrypted workspaces can be opened and made here."""
    try:
        driver()
    except Unavailable:
        return False
    return True


def installed() -> bool:
    """True when SQLCipher is installed here, found without loading it (what a window
    asks to enable its encryption actions: loading it costs a cold start ~10 ms; a
    broken install is still told when a passphrase is used, as ``no_encryption``)."""
    if _driver_module is not None:
        return True
    import importlib.util

    return importlib.util.find_spec("sqlcipher3") is not None


def driver() -> ModuleType:
    """The SQLCipher DB-API module (``sqlcipher3.dbapi2``), imported when first needed,
    with SQLCipher's own log lines (it writes "ERROR CORE …" to stderr on a wrong key)
    silenced for the whole process. Raises ``Unavailable`` without SQLCipher."""
    global _driver_module
    if _driver_module is None:
        try:
            import sqlcipher3.dbapi2 as module
        except ImportError:
            raise Unavailable("SQLCipher is not installed") from None

        con = module.connect(":memory:")
        try:
            con.execute("PRAGMA cipher_log_level = NONE")  # process-wide in SQLCipher 4.x
            # SQLCipher 4's file format and key derivation for every connection, whatever
            # a later SQLCipher's defaults (``file_key`` derives keys the same way).
            con.execute("PRAGMA cipher_default_compatibility = 4")
        finally:
            con.close()
        _driver_module = module
    return _driver_module


def errors() -> tuple[type[Exception], ...]:
    """The DB-API error classes a connection here may raise (``sqlite3``'s, and
    SQLCipher's once it is loaded: they are not subclasses of each other)."""
    if _driver_module is None:
        return (sqlite3.Error,)
    return (sqlite3.Error, _driver_module.Error)


def quoted(passphrase: str) -> str:
    """*passphrase* as ``PRAGMA key`` takes it: a double-quoted name, exactly as the
    ``sqlite+pysqlcipher`` dialect quotes it, so both open a file the same way."""
    return '"' + passphrase.replace('"', '""') + '"'


def problem(passphrase: str) -> str | None:
    """Why *passphrase* cannot be used (in English, for the command line), or None."""
    if not passphrase:
        return "a passphrase cannot be empty"
    if "\x00" in passphrase:
        return "a passphrase cannot hold a NUL character"
    return None


def connect(database: str, passphrase: str | None, *, uri: bool = False,
            check_same_thread: bool = True) -> Any:
    """A DB-API connection to *database* (a path, or a ``file:`` URI with *uri*): with a
    *passphrase* through SQLCipher, keyed before anything is read; else ``sqlite3``."""
    if passphrase is None:
        return sqlite3.connect(database, uri=uri, check_same_thread=check_same_thread)
    module = driver()
    con = module.connect(database, uri=uri, check_same_thread=check_same_thread)
    try:
        con.execute(f"PRAGMA key = {quoted(passphrase)}")
    except BaseException:
        con.close()
        raise
    return con


def file_key(path: str | os.PathLike[str], passphrase: str) -> str | None:
    """The key of the encrypted file at *path* as SQLCipher derives it from *passphrase*
    and the salt the file begins with, in SQLCipher's raw form ``x'<key><salt>'``: a
    connection keyed with it skips the deliberately slow derivation, so that opening a
    workspace derives its key once, not once per connection. A new file keyed with it
    (a copy, a backup) gets the same salt, so the passphrase opens it too. None when the
    file is too short to hold a salt."""
    try:
        with open(path, "rb") as f:
            salt = f.read(SALT_BYTES)
    except OSError:
        return None
    if len(salt) < SALT_BYTES:
        return None
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)
    return f"x'{key.hex().upper()}{salt.hex().upper()}'"


def is_encrypted(path: str | os.PathLike[str]) -> bool:
    """True when the file at *path* looks like an encrypted workspace: no SQLite header,
    a size in whole pages (of 512 bytes or a multiple) and bytes that look random from
    the first on. Reads at most ``SAMPLE`` bytes; False for anything it cannot read."""
    try:
        with open(path, "rb") as f:
            head = f.read(SAMPLE)
            size = os.fstat(f.fileno()).st_size
    except OSError:
        return False
    if len(head) < SAMPLE or size % 512 or head.startswith(SQLITE_HEADER):
        return False
    if head.startswith(OTHER_MAGIC):
        return False
    return len(set(head)) >= MIN_DISTINCT


def wrong_key(exc: BaseException) -> bool:
    """True when *exc*, reading a keyed file's first page, means the key is wrong."""
    return WRONG_KEY in str(exc)


def cipher_version() -> str:
    """SQLCipher's version, e.g. "4.12.0 community" (for the benchmarks' notes)."""
    con = driver().connect(":memory:")
    try:
        return str(con.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        con.close()

