"""Unfinished forms kept against an abnormal end: one row per user and form.
Not a clinical record (not versioned, not audited, never synced or
exported); encrypted like everything in the database, deleted when the form
is saved or cancelled.

Revision ID: 0007_drafts
Revises: 0006_quarantine
"""
import sqlalchemy as sa
from alembic import op

revision = "0007_drafts"
down_revision = "0006_quarantine"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("user_id", sa.String, primary_key=True),
        sa.Column("kind", sa.String, primary_key=True),      # vital_row | adverse_event | consent
        sa.Column("key", sa.String, primary_key=True),       # which form of that kind
        sa.Column("patient_id", sa.String, nullable=True),
        sa.Column("content", sa.Text, nullable=False),       # JSON: where + what was typed
        sa.Column("updated_utc", sa.String, nullable=False),
    )
