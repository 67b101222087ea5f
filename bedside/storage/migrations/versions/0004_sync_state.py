"""Sync bookkeeping kept apart from the clinical tables, which stay
immutable: which entries/blobs the server has acknowledged (or refused),
and the sync state (server, device identity, pull cursor, audit ack).

Revision ID: 0004_sync
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004_sync"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_acks",
        sa.Column("kind", sa.String, primary_key=True),      # entry | blob
        sa.Column("key", sa.String, primary_key=True),       # entry id | sha256
        sa.Column("status", sa.String, nullable=False),      # acked | rejected
        sa.Column("at_utc", sa.String, nullable=False),
        sa.Column("detail", sa.Text, nullable=True),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
