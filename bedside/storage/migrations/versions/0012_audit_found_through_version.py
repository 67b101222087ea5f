"""A version names the audit entry that logs its writing; the audit trail's
record index no longer holds those entries (issue 12: saving one entry).

Every save wrote its audit entry's record id into ``ix_audit_record`` -- in
a vault filled before time-ordered ids, the middle of that index,
rebalanced with its siblings every few saves: 1.4 encrypted pages and
≈ 30 µs of a save's ≈ 0.55 ms (docs/BENCHMARKS.md, "Sixth pass"). The
index serves one reading: a record's audit trail (the history dialog) and
a user account's (``integrity.check_user_row``).

From now on the version written on this PC carries the sequence number of
its audit entry (``records.audit_seq``, local like the rowid: neither
signed nor sent), and that entry -- an action of ``audit.VERSION_ACTIONS``
-- stays out of the index. A record's trail is read as the entries in the
index plus the entries its versions name (``audit.record_trail``); both
reads use an index (tests/test_audit_trail_of_record.py asks SQLite for the
plans).

Nothing already stored is rewritten: the index keeps every entry up to the
last one at the upgrade (``meta.audit_indexed_through``), whose versions
name none. Received versions keep their "sync_received" entry in the index.
``bedside verify`` checks both directions: a version names an entry that
logs it, and every such entry after the upgrade is named by its version.

Revision ID: 0012_audit_found_through_version
Revises: 0011_record_named_by_first_version
"""
import sqlalchemy as sa
from alembic import op

from bedside.storage.ddl import index_made_partial

revision = "0012_audit_found_through_version"
down_revision = "0011_record_named_by_first_version"

# Frozen here, as a revision's SQL must be: ``audit.in_record_index`` writes the
# same condition for the queries (tests/test_audit_trail_of_record.py holds the
# two together); another list of actions is another revision rebuilding the index.
ACTIONS = ("create", "correct", "staff_change", "resolve_conflict")
INDEXED_THROUGH_KEY = "audit_indexed_through"


def indexed(through: int) -> str:
    actions = ", ".join(f"'{a}'" for a in ACTIONS)
    return f"(action NOT IN ({actions}) OR seq <= {int(through)})"


def upgrade() -> None:
    bind = op.get_bind()
    through = bind.execute(sa.text("SELECT max(seq) FROM audit")).scalar() or 0
    op.add_column("records", sa.Column("audit_seq", sa.Integer, nullable=True))
    index_made_partial("ix_audit_record", "audit", "record_id", indexed(through))
    bind.execute(sa.text("INSERT INTO meta (key, value) VALUES (:k, :v)"),
                 {"k": INDEXED_THROUGH_KEY, "v": str(through)})
