"""Every record version carries its author's key id and Ed25519 signature
(docs/SECURITY.md, "Per-person keys"). Versions written before this
revision have neither: the highest rowid at upgrade time is kept in
``meta.legacy_rowid_max`` so ``bedside verify`` can tell an entry made
before signing keys (checked by content hash and audit chain) from an
unsigned entry added later (refused).

Revision ID: 0005_signed
Revises: 0004_sync
"""
import sqlalchemy as sa
from alembic import op

from bedside.storage.ddl import optional

revision = "0005_signed"
down_revision = "0004_sync"


def upgrade() -> None:
    op.add_column("records", optional("author_key_id"))
    op.add_column("records", optional("entry_sig"))
    bind = op.get_bind()
    top = bind.execute(sa.text("SELECT COALESCE(MAX(rowid), 0) FROM records")).scalar()
    bind.execute(sa.text("INSERT INTO meta(key, value) VALUES ('legacy_rowid_max', :v)"),
                 {"v": str(top)})
