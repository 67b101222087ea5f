"""The cursor order of an append-only table (the ``log``, the HL7
``hl7_inbox``) when several server processes write it at once.

``log.seq`` comes from the database's sequence when a row is inserted; on
PostgreSQL pushes run concurrently, so a push that took seq 10 may commit
after one that took seq 11.  A reader that returned 11 and moved its cursor
past it would never see 10.  No lock is taken on the table, and nobody
waits for anybody:

* **A writer announces itself** before it inserts: in one statement it
  reads the sequence's last value ``L`` and takes a *shared* advisory lock
  ``(WRITER_LOCKS, L)`` held until it commits or aborts.  Every seq it gets
  afterwards is greater than ``L``.  Shared advisory locks never wait.
* **A reader computes a barrier**: in one statement, ``max(seq)`` of the
  committed rows (its snapshot) and the smallest ``L`` among the writers
  announced in ``pg_locks`` (read after that snapshot).  The barrier is the
  smaller of the two.  A row at or below it that is not yet visible would
  belong to a writer that took its seq before the snapshot, so was already
  announced with an ``L`` below that seq — impossible.  Pull returns rows
  up to the barrier only (read in a later snapshot); a slow writer holds
  pulls back to just below its own rows, never more, never waiting.

The HL7 inbox does the same with its own lock class (:func:`announce`,
``settled_seq(engine, "hl7_inbox")``): each replica may run an MLLP
listener, and a PC's ``GET /v1/hl7`` cursor must not pass a message that
another replica commits late.

This needs the sequence to hand values out in order (``CACHE 1``, the
default for the ``seq`` columns).  SQLite has one writer at a time and
assigns seq under its write lock, so commit order is seq order there.

Concurrent pushes of the same id (a PC that sends its batch again to
another replica after a cut connection) meet on the ``(kind, key)`` unique
index: ``ON CONFLICT DO NOTHING`` makes the second wait for the first and
then store nothing; the caller answers ``duplicate`` or ``conflict`` from
the hash then stored.
"""

from __future__ import annotations

import time
from typing import Callable, TypeVar

from sqlalchemy import insert, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from .db import Counter, LogItem

WRITER_LOCKS = 0x62656473                # "beds": advisory lock class of announced log writers
# One advisory lock class per table whose ``seq`` a reader's cursor follows.
_LOCK_CLASS = {"log": WRITER_LOCKS, "hl7_inbox": WRITER_LOCKS + 1}


def _last_seq(table: str) -> str:
    return (f"coalesce(pg_sequence_last_value(pg_get_serial_sequence('{table}', 'seq')"
            "::regclass), 0)")


_ANNOUNCE = {t: text(f"SELECT pg_advisory_xact_lock_shared(:cls, ({_last_seq(t)})::int4)")
             for t in _LOCK_CLASS}
_BARRIER = {t: text(
    f"SELECT least((SELECT coalesce(max(seq), 0) FROM {t}), "
    "(SELECT min(objid::bigint) FROM pg_locks WHERE locktype = 'advisory' AND granted "
    " AND classid = :cls AND objsubid = 2 "
    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())))")
    for t in _LOCK_CLASS}
# deadlock detected, serialization failure, unique violation (the same PC's
# batch sent again through another replica while the first is still working:
# both append the same audit links; run again, the second finds them stored)
_RETRY_STATES = {"40P01", "40001", "23505"}
T = TypeVar("T")


def is_postgres(engine_or_session) -> bool:
    bind = engine_or_session.get_bind() if isinstance(engine_or_session, Session) \
        else engine_or_session
    return bind.dialect.name == "postgresql"


def append(s: Session, rows: list[dict]) -> set[tuple[str, str]]:
    """Insert *rows* (in order: seq follows it) into ``log``; returns the
    (kind, key) actually inserted.  On PostgreSQL a row whose key another
    transaction stored meanwhile is skipped, not an error."""
    if not rows:
        return set()
    if not is_postgres(s):
        s.execute(insert(LogItem), rows)
        return {(r["kind"], r["key"]) for r in rows}
    announce(s, "log")
    done: set[tuple[str, str]] = set()
    for i in range(0, len(rows), 1000):      # bind parameters stay well under 65535
        stmt = (postgresql.insert(LogItem).values(rows[i:i + 1000])
                .on_conflict_do_nothing(index_elements=["kind", "key"])
                .returning(LogItem.kind, LogItem.key))
        done.update((k, key) for k, key in s.execute(stmt))
    return done


def announce(s: Session, table: str) -> None:
    """Announce the caller's transaction as a writer of *table* (PostgreSQL;
    call before its insert, in the same transaction).  Never waits."""
    if is_postgres(s):
        s.execute(_ANNOUNCE[table], {"cls": _LOCK_CLASS[table]})


def settled_seq(engine: Engine, table: str = "log") -> int | None:
    """The highest seq of *table* below which nothing can still appear
    (PostgreSQL), or None where commit order is seq order anyway (SQLite)."""
    if not is_postgres(engine):
        return None
    with engine.connect() as c:
        return int(c.execute(_BARRIER[table], {"cls": _LOCK_CLASS[table]}).scalar_one())


def counter(s: Session, name: str) -> int:
    return s.execute(select(Counter.value).where(Counter.name == name)).scalar() or 0


def bump(s: Session, name: str) -> None:
    """Add one to a shared counter, in the caller's transaction."""
    dialect = postgresql if is_postgres(s) else sqlite
    stmt = dialect.insert(Counter).values(name=name, value=1)
    s.execute(stmt.on_conflict_do_update(index_elements=["name"],
                                         set_={"value": Counter.value + 1}))


def retried(work: Callable[[], T], attempts: int = 5) -> T:
    """Run a whole transaction again when it lost a race with a concurrent
    one (deadlock victim, or the same rows inserted meanwhile): it is all or
    nothing, so running it again answers from what the winner stored."""
    for attempt in range(attempts):
        try:
            return work()
        except DBAPIError as exc:
            state = getattr(exc.orig, "sqlstate", None)
            if state not in _RETRY_STATES or attempt == attempts - 1:
                raise
            time.sleep(0.01 * (attempt + 1))
    raise AssertionError("unreachable")
