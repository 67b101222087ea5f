"""First schema: meta, users, append-only records, blobs and audit.

Revision ID: 0001
"""
import sqlalchemy as sa
from alembic import op

from bedside.storage.ddl import append_only

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table("meta", sa.Column("key", sa.String, primary_key=True),
                    sa.Column("value", sa.Text, nullable=False))
    op.create_table(
        "users",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("username", sa.String, nullable=False, unique=True),
        sa.Column("display_name", sa.String, nullable=False),
        sa.Column("role", sa.String, nullable=False),
        sa.Column("active", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_utc", sa.String, nullable=False),
    )
    op.create_table(
        "records",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("record_id", sa.String, nullable=False),
        sa.Column("record_type", sa.String, nullable=False),
        sa.Column("patient_id", sa.String, nullable=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("replaces", sa.String, sa.ForeignKey("records.id"), nullable=True),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String, nullable=False),
        sa.Column("author_id", sa.String, nullable=False),
        sa.Column("author_name", sa.String, nullable=False),
        sa.Column("created_utc", sa.String, nullable=False),
        sa.Column("utc_offset_min", sa.Integer, nullable=False),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("workstation_id", sa.String, nullable=False),
        sa.Column("hlc", sa.String, nullable=False),
    )
    op.create_index("ix_records_record_id", "records", ["record_id"])
    op.create_index("ix_records_type_patient", "records", ["record_type", "patient_id"])
    op.create_index("ix_records_replaces", "records", ["replaces"])
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String, primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("created_utc", sa.String, nullable=False),
    )
    op.create_table(
        "audit",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String, nullable=False, unique=True),
        sa.Column("ts_utc", sa.String, nullable=False),
        sa.Column("utc_offset_min", sa.Integer, nullable=False),
        sa.Column("user_id", sa.String, nullable=True),
        sa.Column("username", sa.String, nullable=True),
        sa.Column("workstation_id", sa.String, nullable=False),
        sa.Column("action", sa.String, nullable=False),
        sa.Column("record_type", sa.String, nullable=True),
        sa.Column("record_id", sa.String, nullable=True),
        sa.Column("entry_id", sa.String, nullable=True),
        sa.Column("version", sa.Integer, nullable=True),
        sa.Column("details", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("prev_hash", sa.String, nullable=False),
        sa.Column("hash", sa.String, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_audit_record", "audit", ["record_id"])
    for table in ("records", "blobs", "audit"):
        append_only(table)
