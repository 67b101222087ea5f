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
from .engine import make_engine
from .migrate import upgrade
from .schema import AuditRow, Meta, RecordRow


class VaultDB:
    def __init__(self, db_path: Path, key: bytes | bytearray, wall: Callable,
                 migrate_to: str = "head") -> None:
        self.path = db_path
        self.engine: Engine = make_engine(db_path, key)
        self.backup_taken = upgrade(self.engine, db_path, migrate_to)
        self._write_lock = threading.RLock()
        # called with (seq, hash) after a commit that added audit entries
        self.on_audit_commit: Callable[[int, str], None] | None = None
        self.workstation_id = self.get_meta("workstation_id") or ""
        with self.read() as orm:
            # the latest stamp of any entry, pulled ones included: a PC whose
            # wall clock was set back still stamps after everything it has seen
            last = orm.scalar(select(func.max(RecordRow.hlc)))
        self.hlc = HybridLogicalClock(self.workstation_id or "local", wall, last)

    @contextmanager
    def write(self) -> Iterator[OrmSession]:
        """One transaction, committed durably when the block ends without error."""
        with self._write_lock:
            with OrmSession(self.engine, expire_on_commit=False) as orm:
                with orm.begin():
                    yield orm
                head = orm.info.get("audit_head")
                if head is not None and self.on_audit_commit is not None:
                    self.on_audit_commit(*head)

    @contextmanager
    def read(self) -> Iterator[OrmSession]:
        with OrmSession(self.engine, expire_on_commit=False) as orm:
            yield orm

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
        with self._write_lock:
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

    def close(self) -> None:
        self.engine.dispose()
