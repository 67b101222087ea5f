"""The directory as this vault holds it: rebuilt from its ``staff`` record
versions and cached on the open database until a staff version is added."""

from __future__ import annotations

import copy

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from ..storage.schema import RecordRow
from .directory import STAFF_TYPE, Directory, state_from_entry


def wire_of(row: RecordRow) -> dict:
    from ..records import RecordVersion
    return RecordVersion.from_row(row).to_wire()


def load_directory(db, orm: OrmSession, private: bool = True) -> Directory:
    """The directory of every staff version stored here: a private copy the
    caller may extend, or (``private=False``) the shared cache, read-only."""
    n = orm.scalar(select(func.count()).select_from(RecordRow)
                   .where(RecordRow.record_type == STAFF_TYPE)) or 0
    cached: Directory | None = getattr(db, "_directory_cache", None)
    if cached is None or cached.size != n:
        cached = Directory()
        for row in orm.scalars(select(RecordRow).where(RecordRow.record_type == STAFF_TYPE)
                               .order_by(RecordRow.hlc)):
            cached.add(state_from_entry(wire_of(row)))
        db._directory_cache = cached
    return copy.deepcopy(cached) if private else cached


def previous_content(orm: OrmSession):
    """``previous(entry_id) -> content`` over the stored versions."""
    import json

    def look(entry_id: str) -> dict | None:
        row = orm.get(RecordRow, entry_id)
        return json.loads(row.content) if row is not None else None
    return look
