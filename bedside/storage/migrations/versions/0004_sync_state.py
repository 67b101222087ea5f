"""Sync bookkeeping kept apart from the clinical tables, which stay
immutable: which entries/blobs the server has acknowledged (or refused),
and the sync state (server, device identity, pull cursor, audit ack).

Revision ID: 0004_sync
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

from bedside.storage.ddl import key, optional, required

revision = "0004_sync"
down_revision = "0003"


def upgrade() -> None:
    op.create_table(
        "sync_acks",
        key("kind"),                 # entry | blob
        key("key"),                  # entry id | sha256
        required("status"),          # acked | rejected
        required("at_utc"),
        optional("detail", sa.Text),
    )
    op.create_table("sync_state", key("key"), required("value", sa.Text))
