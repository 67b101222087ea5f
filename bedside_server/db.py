"""Server schema.  ``log`` (entries and blobs, in one global sequence that is
the pull cursor) and ``audit`` are append-only: triggers refuse UPDATE and
DELETE on both SQLite and PostgreSQL.  ``counters`` holds what replicas of
the server share besides the rows themselves (the staff directory's
version, so a replica knows when its cached directory is stale)."""

from __future__ import annotations

from sqlalchemy import (DDL, BigInteger, Integer, LargeBinary, String, Text, UniqueConstraint,
                        create_engine, event)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    workstation_id: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[str] = mapped_column(String(40))
    revoked_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    last_seen: Mapped[str | None] = mapped_column(String(40), nullable=True)


class SiteValue(Base):
    """What the server pins for the whole site; ``site_root`` is the site's
    administrator root key (bedside/identity/site_root.py), pinned at the
    site's first enrollment and replaced only by ``bedside-server site-root
    --replace`` (docs/SECURITY.md)."""
    __tablename__ = "site"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Station(Base):
    """The site-wide PC number a device numbers its patients with
    (S-03-007, TJT-03-001).  Given at enrollment, never given again: a
    replacement PC gets a new number, so numbers from the old PC that never
    reached the server can still not collide with the new one's."""
    __tablename__ = "stations"
    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(32), unique=True)
    assigned_at: Mapped[str] = mapped_column(String(40))


class EnrollmentCode(Base):
    __tablename__ = "enrollment_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))
    expires_ms: Mapped[int] = mapped_column(BigInteger)
    used_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    device_id: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Nonce(Base):
    __tablename__ = "nonces"
    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    ts_ms: Mapped[int] = mapped_column(BigInteger, index=True)


class LogItem(Base):
    """One received entry or blob, encrypted at rest; ``seq`` is the cursor."""
    __tablename__ = "log"
    __table_args__ = (UniqueConstraint("kind", "key", name="uq_log_kind_key"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(8))          # "entry" | "blob"
    key: Mapped[str] = mapped_column(String(64))          # entry id | blob sha256
    device_id: Mapped[str] = mapped_column(String(32), index=True)
    hash: Mapped[str] = mapped_column(String(64))         # entry_hash | sha256
    received_at: Mapped[str] = mapped_column(String(40))
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)


class AuditItem(Base):
    """One link of a workstation's audit chain, encrypted at rest."""
    __tablename__ = "audit"
    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    prev_hash: Mapped[str | None] = mapped_column(String(128), nullable=True)
    hash: Mapped[str] = mapped_column(String(128))
    received_at: Mapped[str] = mapped_column(String(40))
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)


class Counter(Base):
    """A named number every server replica reads: ``staff_version`` goes up
    in the same transaction that stores a staff entry."""
    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class Incident(Base):
    """Something an administrator must look at (rewritten or rolled-back
    history, id collisions).  Details never contain clinical data."""
    __tablename__ = "incidents"
    __table_args__ = (UniqueConstraint("device_id", "kind", "detail", name="uq_incident"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(32), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(40))


class Hl7Item(Base):
    """One HL7 v2 message from the monitor gateway or the lab system, kept
    (encrypted at rest) before it is acknowledged.  ``sender`` + ``control_id``
    is unique: a message sent again is recognised, never kept twice.
    ``hold`` is '' or why the message must be reviewed by a person before
    anyone may use it (e.g. the name or birth date disagree with the app)."""
    __tablename__ = "hl7_inbox"
    __table_args__ = (UniqueConstraint("sender", "control_id", name="uq_hl7_sender_control"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sender: Mapped[str] = mapped_column(String(120))
    control_id: Mapped[str] = mapped_column(String(64))
    digest: Mapped[str] = mapped_column(String(64))       # SHA-256 of the message bytes
    received_at: Mapped[str] = mapped_column(String(40))
    hold: Mapped[str] = mapped_column(String(40))
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)


_APPEND_ONLY = ("log", "audit", "hl7_inbox")

for _table in _APPEND_ONLY:
    tbl = Base.metadata.tables[_table]
    for _op in ("UPDATE", "DELETE"):
        event.listen(tbl, "after_create", DDL(
            f"CREATE TRIGGER {_table}_no_{_op.lower()} BEFORE {_op} ON {_table} "
            f"BEGIN SELECT RAISE(ABORT, '{_table} is append-only'); END"
        ).execute_if(dialect="sqlite"))
    event.listen(tbl, "after_create", DDL(
        "CREATE OR REPLACE FUNCTION bedside_append_only() RETURNS trigger AS $$ "
        "BEGIN RAISE EXCEPTION '%% is append-only', TG_TABLE_NAME; END $$ LANGUAGE plpgsql"
    ).execute_if(dialect="postgresql"))
    event.listen(tbl, "after_create", DDL(
        f"CREATE TRIGGER {_table}_append_only BEFORE UPDATE OR DELETE ON {_table} "
        f"FOR EACH ROW EXECUTE FUNCTION bedside_append_only()"
    ).execute_if(dialect="postgresql"))


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def create_schema(engine: Engine) -> None:
    Base.metadata.create_all(engine)
