"""An open, keyed vault database: one engine, serialised writers, the
workstation's identity and hybrid logical clock."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session as OrmSession

from ..hlc import HybridLogicalClock
from .checkpoints import Checkpointer
from .engine import make_engine
from .migrate import upgrade
from .schema import AuditRow, Meta, RecordRow
from .write_tx import WriteTx


class VaultDB:
    def __init__(self, db_path: Path, key: bytes | bytearray, wall: Callable,
                 migrate_to: str = "head") -> None:
        self.path = db_path
        self.engine: Engine = make_engine(db_path, key)
        self.backup_taken = upgrade(self.engine, db_path, migrate_to)
        self._write_lock = threading.RLock()
        self._writer = None         # the connection writes run on, held while open
        self._writing = 0           # write() blocks open on the thread holding the lock
        # the writer connection does not checkpoint inside a commit: this does,
        # on its own thread (storage/checkpoints.py)
        self.checkpoints = Checkpointer(lambda: self.engine.raw_connection())
        # values derived from the database (e.g. the staff directory), dropped
        # by a write that marks them stale (``mark_stale``)
        self.caches: dict[str, object] = {}
        # called with the new audit head (seq, hash) of a write that added
        # audit entries, before its commit; what it returns is called once
        # the commit succeeded (the seal: handed to its own thread, bedside/seal.py)
        self.on_audit_commit: Callable[[int, str], Callable[[], None] | None] | None = None
        self.workstation_id = self.get_meta("workstation_id") or ""
        with self.read() as orm:
            # the latest stamp of any entry, pulled ones included: a PC whose
            # wall clock was set back still stamps after everything it has seen
            last = orm.scalar(select(func.max(RecordRow.hlc)))
        self.hlc = HybridLogicalClock(self.workstation_id or "local", wall, last)

    @contextmanager
    def write(self) -> Iterator[WriteTx]:
        """One transaction, committed durably when the block ends without
        error, on the writer connection this database holds while open
        (``storage/write_tx.py``: no pool checkout, no ORM session unless
        the block uses one). A write opened inside another on the same
        thread runs, as before, on a connection of its own."""
        with self._write_lock:
            if self._writing:
                with self._pooled_write() as orm:
                    yield orm
                return
            if self._writer is None:
                self._writer = self.engine.connect()
                self._writer.connection.dbapi_connection.execute("PRAGMA wal_autocheckpoint = 0")
            tx = WriteTx(self._writer)
            self._writing += 1
            try:
                yield tx
                once_committed = self._before_commit(tx.info)
                tx.commit()
            except BaseException:
                tx.rollback()
                raise
            finally:
                self._writing -= 1
                tx.close()
                self._drop_stale(tx.info)
            if once_committed is not None:
                once_committed()
            self.checkpoints.committed()

    @contextmanager
    def _pooled_write(self) -> Iterator[OrmSession]:
        with OrmSession(self.engine, expire_on_commit=False) as orm:
            try:
                with orm.begin():
                    yield orm
                    once_committed = self._before_commit(orm.info)
            finally:
                self._drop_stale(orm.info)
        if once_committed is not None:
            once_committed()

    def _drop_stale(self, info: dict) -> None:
        """Committed or rolled back: what was built from the data it marked
        stale (``mark_stale``) is dropped."""
        for name in info.get("stale_caches", ()):
            self.caches.pop(name, None)

    def _before_commit(self, info: dict) -> Callable[[], None] | None:
        head = info.get("audit_head")
        if head is not None and self.on_audit_commit is not None:
            return self.on_audit_commit(*head)
        return None

    @contextmanager
    def read(self) -> Iterator[OrmSession]:
        with OrmSession(self.engine, expire_on_commit=False) as orm:
            yield orm

    def mark_stale(self, orm: OrmSession, name: str) -> None:
        """*name* in :attr:`caches` no longer holds once this write ends."""
        orm.info.setdefault("stale_caches", set()).add(name)
        self.caches.pop(name, None)

    def get_meta(self, key: str) -> str | None:
        with self.read() as orm:
            row = orm.get(Meta, key)
            return row.value if row else None

    def set_meta(self, orm: OrmSession, key: str, value: str) -> None:
        row = orm.get(Meta, key)
        if row is None:
            orm.add(Meta(key=key, value=value))
        else:
            row.value = value

    def audit_head(self) -> tuple[int, str] | None:
        with self.read() as orm:
            row = orm.execute(select(AuditRow.seq, AuditRow.hash)
                              .order_by(AuditRow.seq.desc()).limit(1)).first()
            return (row[0], row[1]) if row else None

    def audit_hash_at(self, seq: int) -> str | None:
        with self.read() as orm:
            return orm.scalar(select(AuditRow.hash).where(AuditRow.seq == seq))

    def rekey(self, old_key: bytes | bytearray, new_key: bytes | bytearray) -> None:
        """Re-encrypt every page under *new_key* (``PRAGMA rekey``), in
        rollback-journal mode for the rewrite, then reopen the engine."""
        from .engine import keyed_connection
        with self._write_lock, self.checkpoints.paused():
            self._close_writer()
            self.engine.dispose()
            conn = keyed_connection(self.path, old_key)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute("PRAGMA journal_mode = DELETE")
                conn.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")
                conn.execute("PRAGMA journal_mode = WAL")
            finally:
                conn.close()
            self.engine = make_engine(self.path, new_key)

    def _close_writer(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def close(self) -> None:
        self.checkpoints.stop()
        with self._write_lock:
            self._close_writer()
        self.engine.dispose()
