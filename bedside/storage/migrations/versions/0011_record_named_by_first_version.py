"""A record made from now on is named by its first version; the record-id
index holds only the versions whose record id is not their own id (issue 12:
saving one entry).

A new record's id is now its first version's entry id (``records.py``,
``OF_RECORD_SQL``): that version is found by the primary key, so
``ix_records_record_id`` need not hold it. The index becomes partial --
``WHERE record_id <> id`` -- and the first version of a new record, most
saves, enters one index fewer: one encrypted page less per commit, and the
leaf it went to (in a vault filled before time-ordered ids, the middle of
the index, rebalanced with its siblings every few saves).

Every version already stored keeps its ids: a record named otherwise (from
before, a patient, one per patient, a staff member) has versions whose
record id differs from their own id, all of them in the partial index,
found as before. Lookups by record id read both (``records.of_record``);
``EXPLAIN QUERY PLAN`` of each names an index, never a scan of the table
(tests/test_record_lookup.py).

Revision ID: 0011_record_named_by_first_version
Revises: 0010_audit_sequence_page
"""
from bedside.storage.ddl import index_made_partial

revision = "0011_record_named_by_first_version"
down_revision = "0010_audit_sequence_page"


def upgrade() -> None:
    index_made_partial("ix_records_record_id", "records", "record_id", "record_id <> id")
