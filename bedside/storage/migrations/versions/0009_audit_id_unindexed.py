"""The audit table without a unique index on its random ``id`` (issue 12:
saving one entry).

Each save adds one audit entry; its ``id`` is 128 random bits, so the unique
index on it took each insert to a random leaf page -- one more encrypted
page in every commit, a page that grows colder as the trail grows -- and
nothing ever reads an audit entry by its id (entries are read by ``seq``,
by record or by action). The id is still stored, still covered by the
entry's hash, and still sent with it.

SQLite drops a table constraint only by rebuilding the table: the same
columns, the same rows in ``seq`` order, its record index and append-only
triggers, and ``AUTOINCREMENT`` with the high-water mark carried over as it
stood (``bedside verify`` names entries deleted from the end of the trail
by it, so the rebuild must not lower it to the highest row left). Every
hash, and so the chain and the seal, is unchanged.

Revision ID: 0009_audit_id_unindexed
Revises: 0008_save_pages
"""
import sqlalchemy as sa
from alembic import op

from bedside.storage.ddl import append_only, key, optional, required

revision = "0009_audit_id_unindexed"
down_revision = "0008_save_pages"

COLUMNS = ("seq", "id", "ts_utc", "utc_offset_min", "user_id", "username", "workstation_id",
           "action", "record_type", "record_id", "entry_id", "version", "details", "reason",
           "prev_hash", "hash")


def upgrade() -> None:
    bind = op.get_bind()
    mark = bind.execute(sa.text("SELECT seq FROM sqlite_sequence WHERE name = 'audit'")).scalar()
    op.create_table(
        "audit_rebuilt",
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
        sqlite_autoincrement=True,
    )
    cols = ", ".join(COLUMNS)
    op.execute(f"INSERT INTO audit_rebuilt ({cols}) SELECT {cols} FROM audit ORDER BY seq")
    op.drop_table("audit")                  # its indexes and triggers go with it
    op.rename_table("audit_rebuilt", "audit")
    if mark is not None:                    # the high-water mark as it stood
        bind.execute(sa.text("UPDATE sqlite_sequence SET seq = :mark WHERE name = 'audit'"),
                     {"mark": mark})
    op.create_index("ix_audit_record", "audit", ["record_id"])
    append_only("audit")
