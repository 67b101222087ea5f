"""Building blocks the vault's Alembic revisions share
(``bedside/storage/migrations/versions``): columns by role and the
append-only triggers of the clinical and audit tables.

Old revisions run through these on every upgrade of an old vault: a change
here must keep the SQL they emit byte-identical (tests/test_migrations.py
upgrades a real revision-0001 vault)."""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def key(name: str, type_=sa.String, *args, **kw) -> sa.Column:
    """A primary-key column (*args*: constraints such as a ForeignKey)."""
    return sa.Column(name, type_, *args, primary_key=True, **kw)


def required(name: str, type_=sa.String, *args, **kw) -> sa.Column:
    """A NOT NULL column (*args*: constraints such as a ForeignKey)."""
    return sa.Column(name, type_, *args, nullable=False, **kw)


def optional(name: str, type_=sa.String, *args, **kw) -> sa.Column:
    """A column that may be NULL (*args*: constraints such as a ForeignKey)."""
    return sa.Column(name, type_, *args, nullable=True, **kw)


def append_only(table: str) -> None:
    """Triggers that abort any UPDATE or DELETE on *table*."""
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")


def index_made_partial(name: str, table: str, column: str, where: str) -> None:
    """Rebuild index *name* on *table*(*column*) to hold only the rows *where*
    holds (a partial index; migrations 0008 and 0011)."""
    op.drop_index(name, table)
    op.create_index(name, table, [column], sqlite_where=sa.text(where))


def audit_table(name: str, *, autoincrement: bool) -> None:
    """Create the audit table's columns under *name* (the table is rebuilt
    by migrations 0009 and 0010): ``seq`` its integer primary key (SQLite's
    rowid), with ``AUTOINCREMENT`` only when *autoincrement*."""
    op.create_table(
        name,
        key("seq", sa.Integer, autoincrement=True),
        required("id"),
        required("ts_utc"),
        required("utc_offset_min", sa.Integer),
        optional("user_id"),
        optional("username"),
        required("workstation_id"),
        required("action"),
        optional("record_type"),
        optional("record_id"),
        optional("entry_id"),
        optional("version", sa.Integer),
        required("details", sa.Text),
        optional("reason", sa.Text),
        required("prev_hash"),
        required("hash"),
        sqlite_autoincrement=autoincrement,
    )


AUDIT_COLUMNS = ("seq", "id", "ts_utc", "utc_offset_min", "user_id", "username",
                 "workstation_id", "action", "record_type", "record_id", "entry_id", "version",
                 "details", "reason", "prev_hash", "hash")


def rebuild_audit(*, autoincrement: bool) -> None:
    """Rebuild the audit table with the same rows in ``seq`` order, its
    record index and its append-only triggers (SQLite changes a table's
    constraints only by rebuilding it). Every hash, and so the chain and
    the seal, is unchanged."""
    audit_table("audit_rebuilt", autoincrement=autoincrement)
    cols = ", ".join(AUDIT_COLUMNS)
    op.execute(f"INSERT INTO audit_rebuilt ({cols}) SELECT {cols} FROM audit ORDER BY seq")
    op.drop_table("audit")                  # its indexes and triggers go with it
    op.rename_table("audit_rebuilt", "audit")
    op.create_index("ix_audit_record", "audit", ["record_id"])
    append_only("audit")
