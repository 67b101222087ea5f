"""Pulled entries refused at the admission door (bad schema, envelope or,
later, signature): kept aside here, inside the encrypted vault, never
applied to the clinical tables; shown to administrators as incidents.

Revision ID: 0006_quarantine
Revises: 0005_signed
"""
import sqlalchemy as sa
from alembic import op

from bedside.storage.ddl import key, optional, required

revision = "0006_quarantine"
down_revision = "0005_signed"


def upgrade() -> None:
    op.create_table(
        "sync_quarantine",
        key("id", sa.Integer, autoincrement=True),
        required("received_utc"),
        optional("server_seq", sa.Integer),
        required("kind"),                    # entry | blob | item
        optional("entry_id"),                # as claimed (bounded)
        optional("workstation_id"),          # as claimed (bounded)
        required("reason", sa.Text),         # the rule broken, no content
        required("raw", sa.Text),            # the item as received (JSON)
    )
