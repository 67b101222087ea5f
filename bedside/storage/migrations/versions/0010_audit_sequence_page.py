"""The audit table without ``AUTOINCREMENT`` (issue 12: saving one entry).

Every save adds one audit entry; with ``AUTOINCREMENT`` SQLite also rewrote
the audit table's row in ``sqlite_sequence`` -- one more encrypted page in
every commit (≈ 30 µs of a save's ≈ 0.9 ms), for a number the code never
uses: ``audit.append`` gives every ``seq`` itself (the chain head's plus
one), and the table is append-only, so no number is ever reused.

What the row did carry is a high-water mark: ``bedside verify`` named
entries deleted from the end of the trail by it ("N entries missing at the
end of the trail"). That check now rests on the vault's seal
(``bedside/seal.py``: the latest audit entry, kept outside the database
under a key derived from the data key), which names the same deletion --
"entries N to M are missing" -- and also a whole database file put back
from an old copy, which the mark inside that file could not. Anyone able
to delete an audit row (they hold the key) could rewrite the mark in the
same breath; the seal is the same key's, outside the file.

A trail already cut short before this upgrade keeps its evidence: when the
mark stood above the last entry, it is kept as ``meta.audit_mark`` and
``verify`` reports it as before (tests/test_migrations.py, on a real
revision-0001 vault).

The table is rebuilt as migration 0009 did, with the same rows, record
index and append-only triggers; every hash, and so the chain and the seal,
is unchanged. ``seq`` stays its integer primary key, SQLite's rowid.

Revision ID: 0010_audit_sequence_page
Revises: 0009_audit_id_unindexed
"""
import sqlalchemy as sa
from alembic import op

from bedside.storage.ddl import rebuild_audit

revision = "0010_audit_sequence_page"
down_revision = "0009_audit_id_unindexed"

MARK_KEY = "audit_mark"


def upgrade() -> None:
    bind = op.get_bind()
    mark = bind.execute(sa.text("SELECT seq FROM sqlite_sequence WHERE name = 'audit'")).scalar()
    top = bind.execute(sa.text("SELECT max(seq) FROM audit")).scalar() or 0
    rebuild_audit(autoincrement=False)      # dropping the old table drops its sequence row
    if mark is not None and mark > top:     # entries deleted from the end before the upgrade
        bind.execute(sa.text("INSERT INTO meta (key, value) VALUES (:k, :v)"),
                     {"k": MARK_KEY, "v": str(mark)})
