"""Pulled entries refused at the admission door (bad schema, envelope or,
later, signature): kept aside here, inside the encrypted vault, never
applied to the clinical tables; shown to administrators as incidents.

Revision ID: 0006_quarantine
Revises: 0005_signed
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_quarantine"
down_revision = "0005_signed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_quarantine",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("received_utc", sa.String, nullable=False),
        sa.Column("server_seq", sa.Integer, nullable=True),
        sa.Column("kind", sa.String, nullable=False),          # entry | blob | item
        sa.Column("entry_id", sa.String, nullable=True),       # as claimed (bounded)
        sa.Column("workstation_id", sa.String, nullable=True),  # as claimed (bounded)
        sa.Column("reason", sa.Text, nullable=False),          # the rule broken, no content
        sa.Column("raw", sa.Text, nullable=False),             # the item as received (JSON)
    )
