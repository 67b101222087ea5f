"""The directory as this vault holds it: rebuilt from its ``staff`` record
versions, with this PC's pinned site root and vouched enrolments, and
cached on the open database until a write changes any of them
(:func:`.directory_cache.directory_changed`)."""

from __future__ import annotations

import copy

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from ..record_version import RecordVersion
from ..storage.schema import Meta, RecordRow
from .directory import STAFF_TYPE, Directory, state_from_entry
from .directory_cache import CACHE
from .site_root import ROOT_META, VOUCHED_META

def wire_of(row: RecordRow) -> dict:
    return RecordVersion.from_row(row).to_wire()


def load_directory(db, orm: OrmSession, private: bool = True) -> Directory:
    """The directory of every staff version stored here: a private copy the
    caller may extend, or (``private=False``) the shared cache, read-only."""
    cached = db.caches.get(CACHE)
    if cached is None:
        import json
        root = orm.get(Meta, ROOT_META)
        vouched = orm.get(Meta, VOUCHED_META)
        cached = Directory(root=root.value if root else None,
                           vouched=frozenset(json.loads(vouched.value)) if vouched
                           else frozenset())
        for row in orm.scalars(select(RecordRow).where(RecordRow.record_type == STAFF_TYPE)
                               .order_by(RecordRow.hlc)):
            cached.add(state_from_entry(wire_of(row)))
        db.caches[CACHE] = cached
    return copy.deepcopy(cached) if private else cached
