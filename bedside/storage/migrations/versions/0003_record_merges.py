"""Let a resolving version supersede every concurrent head of a record
(sync conflicts), not only the one it names in ``replaces``.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

from bedside.storage.ddl import append_only, key

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "record_merges",
        key("entry_id", sa.String, sa.ForeignKey("records.id")),
        key("supersedes", sa.String, sa.ForeignKey("records.id")),
    )
    op.create_index("ix_record_merges_supersedes", "record_merges", ["supersedes"])
    append_only("record_merges")
