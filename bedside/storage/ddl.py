"""Building blocks the vault's Alembic revisions share
(``bedside/storage/migrations/versions``): columns by role and the
append-only triggers of the clinical and audit tables.

Old revisions run through these on every upgrade of an old vault: a change
here must keep the SQL they emit byte-identical (tests/test_migrations.py
upgrades a real revision-0001 vault)."""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def key(name: str, type_=sa.String, *args, **kw) -> sa.Column:
    """A primary-key column (*args*: constraints such as a ForeignKey)."""
    return sa.Column(name, type_, *args, primary_key=True, **kw)


def required(name: str, type_=sa.String, *args, **kw) -> sa.Column:
    """A NOT NULL column (*args*: constraints such as a ForeignKey)."""
    return sa.Column(name, type_, *args, nullable=False, **kw)


def optional(name: str, type_=sa.String, *args, **kw) -> sa.Column:
    """A column that may be NULL (*args*: constraints such as a ForeignKey)."""
    return sa.Column(name, type_, *args, nullable=True, **kw)


def append_only(table: str) -> None:
    """Triggers that abort any UPDATE or DELETE on *table*."""
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
