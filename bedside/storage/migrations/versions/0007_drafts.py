"""Unfinished forms kept against an abnormal end: one row per user and form.
Not a clinical record (not versioned, not audited, never synced or
exported); encrypted like everything in the database, deleted when the form
is saved or cancelled.

Revision ID: 0007_drafts
Revises: 0006_quarantine
"""
import sqlalchemy as sa
from alembic import op

from bedside.storage.ddl import key, optional, required

revision = "0007_drafts"
down_revision = "0006_quarantine"


def upgrade() -> None:
    op.create_table(
        "drafts",
        key("user_id"),
        key("kind"),                         # vital_row | adverse_event | consent
        key("key"),                          # which form of that kind
        optional("patient_id"),
        required("content", sa.Text),        # JSON: where + what was typed
        required("updated_utc"),
    )
