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

from bedside.storage.ddl import rebuild_audit

revision = "0009_audit_id_unindexed"
down_revision = "0008_save_pages"


def upgrade() -> None:
    bind = op.get_bind()
    mark = bind.execute(sa.text("SELECT seq FROM sqlite_sequence WHERE name = 'audit'")).scalar()
    rebuild_audit(autoincrement=True)
    if mark is not None:                    # the high-water mark as it stood
        bind.execute(sa.text("UPDATE sqlite_sequence SET seq = :mark WHERE name = 'audit'"),
                     {"mark": mark})
