"""One write transaction on the vault's writer connection.

``VaultDB.write()`` yields a :class:`WriteTx`. The statements on the path a
nurse waits on -- saving an entry -- run on its DB-API connection directly
(``storage/rawsql.py``); an ORM session is opened over the same connection,
in the same transaction, only when the block uses one (``tx.add``,
``tx.get``, ``tx.scalars``… reach it as they would an ``OrmSession``).

Why: building a SQLAlchemy ``Session``, checking a connection out of the
pool, and the session's commit and close bookkeeping cost ≈ 250 µs per write
on a ward PC -- a third of a bare durable SQLCipher commit -- while a save
runs four plain statements (docs/BENCHMARKS.md, "Saving one clinical
entry"). The transaction itself is unchanged: the same implicit (deferred)
SQLite transaction, begun by the first statement that writes, committed
durably once when the block ends, rolled back when it raises.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session as OrmSession


class WriteTx:
    """The open write transaction: ``dbapi`` for plain statements, the rest
    of an ``OrmSession``'s interface on a session opened when first used."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self.dbapi = connection.connection.dbapi_connection
        self.info: dict[str, Any] = {}     # what the writers note for after the commit
        self._orm: OrmSession | None = None

    @property
    def orm(self) -> OrmSession:
        """The ORM session of this transaction (opened on first use)."""
        if self._orm is None:
            self._orm = OrmSession(bind=self._connection, expire_on_commit=False)
            self._orm.begin()
        return self._orm

    def __getattr__(self, name: str) -> Any:  # orm.add, orm.get, orm.scalars, …
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.orm, name)

    def get_bind(self):
        return self._connection.engine

    def commit(self) -> None:
        if self._orm is not None:
            self._orm.commit()          # flushes, then commits the DB-API transaction
        elif self.dbapi.in_transaction:
            self.dbapi.commit()

    def rollback(self) -> None:
        try:
            if self._orm is not None:
                self._orm.rollback()
        finally:
            if self.dbapi.in_transaction:
                self.dbapi.rollback()

    def close(self) -> None:
        if self._orm is not None:
            self._orm.close()
            self._orm = None
