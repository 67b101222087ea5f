"""Fewer pages written per save (issue 12: saving one entry).

Every save writes one record version and one audit entry; each B-tree it
touches is one more encrypted page in the commit. ``ix_records_replaces``
held every version, first versions included, whose ``replaces`` is NULL --
yet it is only ever searched for a given version id (``later.replaces =
records.id``: is this version replaced?). It now holds the corrections
only (a partial index, ``WHERE replaces IS NOT NULL``, which SQLite uses for
those equality lookups: ``EXPLAIN QUERY PLAN`` of the heads query names
it), so a first version -- most saves -- no longer touches it.

(The audit table's ``AUTOINCREMENT`` costs a ``sqlite_sequence`` page per
save too, but it is kept: ``bedside verify`` reads its high-water mark to
name entries deleted from the end of the trail.)

Revision ID: 0008_save_pages
Revises: 0007_drafts
"""
from bedside.storage.ddl import index_made_partial

revision = "0008_save_pages"
down_revision = "0007_drafts"


def upgrade() -> None:
    index_made_partial("ix_records_replaces", "records", "replaces", "replaces IS NOT NULL")
