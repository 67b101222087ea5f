"""Remember each user's interface language (French by default in Liège).

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.add_column("users", sa.Column("language", sa.String, nullable=False,
                                     server_default="fr"))
