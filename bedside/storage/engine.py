"""Open the vault database with SQLCipher under a raw 256-bit key.

SQLAlchemy's plain ``sqlite://`` dialect is given a ``creator`` that returns a
``sqlcipher3`` connection keyed with ``PRAGMA key = "x'<hex>'"`` before any
other statement; every pooled connection gets the same pragmas.

Errors are told apart by SQLite's result code, not read as one: a lock held
by another program (busy/locked) waits ``BUSY_TIMEOUT_MS`` and then raises
:class:`VaultInUse`; only a page that fails its authentication check
(``SQLITE_NOTADB``/``SQLITE_CORRUPT`` on a whole-page file) is called tampering.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.pool import QueuePool
from sqlalchemy.engine import Engine

from ..errors import VaultCorrupt, VaultInUse, VaultTampered, VaultUnreadable

PAGE_SIZE = 4096
BUSY_TIMEOUT_MS = 5000
PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA cache_size = -32000",  # 32 MB of decrypted pages: no re-decrypting hot index pages
)
_IN_USE = {sqlcipher3.SQLITE_BUSY, sqlcipher3.SQLITE_LOCKED}
_NOT_AUTHENTIC = {sqlcipher3.SQLITE_NOTADB, sqlcipher3.SQLITE_CORRUPT}


def keyed_connection(db_path: Path, key: bytes | bytearray) -> sqlcipher3.Connection:
    """A raw DB-API connection, keyed and configured (also used by verify).
    The busy timeout is set before the first query touches the file."""
    conn = sqlcipher3.connect(str(db_path), check_same_thread=False,
                              timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in PRAGMAS:
            conn.execute(pragma)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise classify_database_error(db_path, exc) from None
    return conn


def _primary_code(exc: Exception) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_in_use(exc: Exception) -> bool:
    code = _primary_code(exc)
    if code is not None:
        return code in _IN_USE
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def classify_database_error(db_path: Path, exc: Exception) -> Exception:
    """In use (a lock), truncated, failing its page authentication, or
    unreadable for another reason (disk, permissions)."""
    if is_in_use(exc):
        return VaultInUse()
    code = _primary_code(exc)
    authentic_failure = code in _NOT_AUTHENTIC if code is not None else (
        "not a database" in str(exc) or "malformed" in str(exc))
    try:
        size = os.path.getsize(db_path)
    except OSError:
        return VaultCorrupt(detail="database file missing")
    if not authentic_failure:
        return VaultUnreadable(detail=getattr(exc, "sqlite_errorname", None) or type(exc).__name__)
    if size == 0 or size % PAGE_SIZE:
        return VaultCorrupt(detail="database file truncated")
    return VaultTampered(detail="a database page failed its authentication check")


def make_engine(db_path: Path, key: bytes | bytearray) -> Engine:
    key = bytes(key)
    # QueuePool, not the default for a "sqlite://" URL (SingletonThreadPool): that
    # pool keeps one connection per thread and, past five threads, closes the
    # other threads' connections even while they are in use -- every sync attempt
    # runs on a new thread, so after the sixth the database worker's connection
    # was closed under it (tests/test_connections_per_thread.py).  Here a
    # connection serves one thread at a time and is never closed while out.
    engine = create_engine("sqlite://", creator=lambda: keyed_connection(db_path, key),
                           poolclass=QueuePool, pool_size=4, max_overflow=12,
                           pool_timeout=60)
    engine.vault_path = db_path     # for errors raised outside SQLAlchemy (storage/rawsql.py)

    @event.listens_for(engine, "handle_error")
    def _translate(ctx):
        exc = ctx.original_exception
        if isinstance(exc, sqlcipher3.DatabaseError) and (
                is_in_use(exc) or _primary_code(exc) in _NOT_AUTHENTIC
                or "not a database" in str(exc) or "malformed" in str(exc)):
            raise classify_database_error(db_path, exc) from None

    return engine
