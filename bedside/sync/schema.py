"""ORM rows of the sync bookkeeping tables (migration 0004_sync), on the
vault's one declarative base (they live in the same database)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bedside.storage.schema import Base, KeyValue


class SyncAck(Base):
    __tablename__ = "sync_acks"
    kind: Mapped[str] = mapped_column(String, primary_key=True)
    key: Mapped[str] = mapped_column(String, primary_key=True)
    status: Mapped[str] = mapped_column(String)
    at_utc: Mapped[str] = mapped_column(String)
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)


class SyncStateRow(KeyValue, Base):
    __tablename__ = "sync_state"


class QuarantineRow(Base):
    """A pulled item refused by the entry rules (migration 0006)."""
    __tablename__ = "sync_quarantine"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    received_utc: Mapped[str] = mapped_column(String)
    server_seq: Mapped[int | None] = mapped_column(nullable=True)
    kind: Mapped[str] = mapped_column(String)
    entry_id: Mapped[str | None] = mapped_column(String, nullable=True)
    workstation_id: Mapped[str | None] = mapped_column(String, nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)
