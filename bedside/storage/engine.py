"""Open the vault database with SQLCipher under a raw 256-bit key.

SQLAlchemy's plain ``sqlite://`` dialect is given a ``creator`` that returns a
``sqlcipher3`` connection keyed with ``PRAGMA key = "x'<hex>'"`` before any
other statement; every pooled connection gets the same pragmas.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from ..errors import VaultCorrupt, VaultTampered

PAGE_SIZE = 4096
PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA cache_size = -32000",  # 32 MB of decrypted pages: no re-decrypting hot index pages
)


def keyed_connection(db_path: Path, key: bytes | bytearray) -> sqlcipher3.Connection:
    """A raw DB-API connection, keyed and configured (also used by verify)."""
    conn = sqlcipher3.connect(str(db_path), check_same_thread=False)
    conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise classify_database_error(db_path, exc) from None
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


def classify_database_error(db_path: Path, exc: Exception) -> Exception:
    """Tell a truncated file from one whose pages fail their HMAC."""
    try:
        size = os.path.getsize(db_path)
    except OSError:
        return VaultCorrupt(detail="database file missing")
    if size == 0 or size % PAGE_SIZE:
        return VaultCorrupt(detail="database file truncated")
    return VaultTampered(detail="a database page failed its authentication check")


def make_engine(db_path: Path, key: bytes | bytearray) -> Engine:
    key = bytes(key)
    engine = create_engine("sqlite://", creator=lambda: keyed_connection(db_path, key))

    @event.listens_for(engine, "handle_error")
    def _translate(ctx):
        exc = ctx.original_exception
        if isinstance(exc, sqlcipher3.DatabaseError) and (
                "not a database" in str(exc) or "malformed" in str(exc)):
            raise classify_database_error(db_path, exc) from None

    return engine
