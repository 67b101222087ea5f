"""The statements on the paths people wait on, on the transaction's own
DB-API connection: saving an entry and opening a patient.

Through the ORM each statement pays for compiling, cache keys, result and
bulk-insert bookkeeping: a save runs four statements (the author's account,
the audit chain's head, the record version, the audit entry) and the ORM's
share was larger than the encrypted commit itself; opening a patient ran
dozens (docs/BENCHMARKS.md). These run in the same transaction as the ORM
session they are given, and a database error is told apart exactly as the
engine's own handler does (in use, tampered).
"""

from __future__ import annotations

from typing import Any, Sequence

import sqlcipher3
from sqlalchemy.orm import Session as OrmSession

from .write_tx import WriteTx
from .engine import _NOT_AUTHENTIC, _primary_code, classify_database_error, is_in_use

_INSERTS: dict[tuple[str, tuple[str, ...]], str] = {}


def _cursor(orm: OrmSession | WriteTx):
    """A cursor on the DB-API connection of *orm* (a write transaction's own,
    or an ORM session's, looked up once per session)."""
    if isinstance(orm, WriteTx):
        return orm.dbapi.cursor()
    conn = orm.info.get("dbapi")
    if conn is None:
        conn = orm.info["dbapi"] = orm.connection().connection
    return conn.cursor()


def _translated(orm: OrmSession, exc: sqlcipher3.DatabaseError) -> Exception:
    if is_in_use(exc) or _primary_code(exc) in _NOT_AUTHENTIC \
            or "not a database" in str(exc) or "malformed" in str(exc):
        return classify_database_error(orm.get_bind().vault_path, exc)
    return exc


def fetch_one(orm: OrmSession, sql: str, params: Sequence[Any] = ()) -> tuple | None:
    try:
        return _cursor(orm).execute(sql, tuple(params)).fetchone()
    except sqlcipher3.DatabaseError as exc:
        raise _translated(orm, exc) from None


def fetch_all(orm: OrmSession, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
    try:
        return _cursor(orm).execute(sql, tuple(params)).fetchall()
    except sqlcipher3.DatabaseError as exc:
        raise _translated(orm, exc) from None


def marks(n: int) -> str:
    """``?, ?, …`` for an IN list of *n* values."""
    return ", ".join("?" * n)


def insert(orm: OrmSession, table: str, row: dict[str, Any]) -> None:
    """INSERT one row (column names from *row*'s keys, written in code)."""
    cols = tuple(row)
    sql = _INSERTS.get((table, cols))
    if sql is None:
        sql = _INSERTS[(table, cols)] = (f"INSERT INTO {table} ({', '.join(cols)}) "
                                        f"VALUES ({', '.join('?' * len(cols))})")
    try:
        _cursor(orm).execute(sql, tuple(row.values()))
    except sqlcipher3.DatabaseError as exc:
        raise _translated(orm, exc) from None
