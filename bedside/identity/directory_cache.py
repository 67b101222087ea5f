"""The staff directory cached on the open database (built by
:mod:`.vault_directory`) and its one invalidation rule: a write of a staff
version, the site root (:mod:`.site_root`) or a vouched enrolment drops it.
A leaf, so the writers of the site root need not import the directory."""
from __future__ import annotations

from sqlalchemy.orm import Session as OrmSession

CACHE = "staff_directory"


def directory_changed(db, orm: OrmSession) -> None:
    """A staff version, the site root or a vouched enrolment is written in
    this transaction: the cached directory is dropped now and when it ends."""
    db.mark_stale(orm, CACHE)
