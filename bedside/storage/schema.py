"""Typed ORM schema of a vault database.

``records``, ``blobs`` and ``audit`` are append-only: SQL triggers (created by
the first migration) refuse UPDATE and DELETE. ``users`` and ``meta`` hold
mutable configuration whose every change is audited.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class KeyValue:
    """Columns of a key → text table (the vault's ``meta``, the ``sync_state``)."""
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Meta(KeyValue, Base):
    __tablename__ = "meta"


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    username: Mapped[str] = mapped_column(String, unique=True)
    display_name: Mapped[str] = mapped_column(String)
    role: Mapped[str] = mapped_column(String)
    active: Mapped[int] = mapped_column(Integer, default=1)
    created_utc: Mapped[str] = mapped_column(String)
    language: Mapped[str] = mapped_column(String, default="fr", server_default="fr")


class RecordRow(Base):
    """One version of one clinical record. Never updated, never deleted."""

    __tablename__ = "records"
    id: Mapped[str] = mapped_column(String, primary_key=True)  # entry id, UUID hex (ids.py)
    record_id: Mapped[str] = mapped_column(String)
    record_type: Mapped[str] = mapped_column(String)
    patient_id: Mapped[str | None] = mapped_column(String, nullable=True)
    version: Mapped[int] = mapped_column(Integer)
    replaces: Mapped[str | None] = mapped_column(String, ForeignKey("records.id"), nullable=True)
    content: Mapped[str] = mapped_column(Text)  # canonical JSON
    content_hash: Mapped[str] = mapped_column(String)
    author_id: Mapped[str] = mapped_column(String)
    author_name: Mapped[str] = mapped_column(String)
    created_utc: Mapped[str] = mapped_column(String)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    workstation_id: Mapped[str] = mapped_column(String)
    hlc: Mapped[str] = mapped_column(String)
    # the author's key id and Ed25519 signature (NULL only for versions made
    # before signing keys, see migration 0005)
    author_key_id: Mapped[str | None] = mapped_column(String, nullable=True)
    entry_sig: Mapped[str | None] = mapped_column(String, nullable=True)
    # the audit entry that logs this version's writing on this PC (its seq);
    # NULL for a version received by sync or written before migration 0012.
    # Local, like the rowid: neither signed nor sent (audit.VERSION_ACTIONS)
    audit_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = (
        # versions not named by their own id (migration 0011): a record made now
        # is named by its first version, which the primary key finds
        Index("ix_records_record_id", "record_id", sqlite_where=text("record_id <> id")),
        Index("ix_records_type_patient", "record_type", "patient_id"),
        # corrections only (migration 0008): a first version replaces nothing
        Index("ix_records_replaces", "replaces", sqlite_where=text("replaces IS NOT NULL")),
    )


class MergeRow(Base):
    """A resolving version also supersedes these other heads. Append-only."""

    __tablename__ = "record_merges"
    entry_id: Mapped[str] = mapped_column(String, ForeignKey("records.id"), primary_key=True)
    supersedes: Mapped[str] = mapped_column(String, ForeignKey("records.id"), primary_key=True)


class BlobRow(Base):
    """Content-addressed bytes (signature strokes, PDFs). Append-only."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_utc: Mapped[str] = mapped_column(String)


class AuditRow(Base):
    """One hash-chained audit entry. Never updated, never deleted."""

    __tablename__ = "audit"
    # given by audit.append (the chain head's + 1); no AUTOINCREMENT (migration 0010)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String)   # random; not indexed (migration 0009)
    ts_utc: Mapped[str] = mapped_column(String)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    user_id: Mapped[str | None] = mapped_column(String, nullable=True)
    username: Mapped[str | None] = mapped_column(String, nullable=True)
    workstation_id: Mapped[str] = mapped_column(String)
    action: Mapped[str] = mapped_column(String)
    record_type: Mapped[str | None] = mapped_column(String, nullable=True)
    record_id: Mapped[str | None] = mapped_column(String, nullable=True)
    entry_id: Mapped[str | None] = mapped_column(String, nullable=True)
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    details: Mapped[str] = mapped_column(Text)  # canonical JSON (field changes etc.)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    prev_hash: Mapped[str] = mapped_column(String)
    hash: Mapped[str] = mapped_column(String)

    # ix_audit_record (record_id) is partial since migration 0012: it holds
    # what ``audit.in_record_index`` says, a condition with the vault's own
    # upgrade point in it; the entries it leaves out are named by their versions


APPEND_ONLY_TABLES = ("records", "record_merges", "blobs", "audit")


class DraftRow(Base):
    """A form someone was filling in (bedside.drafts): not a clinical record,
    overwritten while typing and deleted once the form is saved or cancelled."""

    __tablename__ = "drafts"
    user_id: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String, primary_key=True)
    key: Mapped[str] = mapped_column(String, primary_key=True)
    patient_id: Mapped[str | None] = mapped_column(String, nullable=True)
    content: Mapped[str] = mapped_column(Text)
    updated_utc: Mapped[str] = mapped_column(String)
