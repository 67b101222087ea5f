"""Let a resolving version supersede every concurrent head of a record
(sync conflicts), not only the one it names in ``replaces``.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_merges",
        sa.Column("entry_id", sa.String, sa.ForeignKey("records.id"), primary_key=True),
        sa.Column("supersedes", sa.String, sa.ForeignKey("records.id"), primary_key=True),
    )
    op.create_index("ix_record_merges_supersedes", "record_merges", ["supersedes"])
    for verb in ("UPDATE", "DELETE"):
        op.execute(f"CREATE TRIGGER record_merges_no_{verb.lower()} BEFORE {verb} ON "
                   f"record_merges BEGIN SELECT RAISE(ABORT, 'record_merges is append-only'); END")
