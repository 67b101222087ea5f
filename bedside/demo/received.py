"""Demo helper: an entry as if made on another ward PC by a member of the
site's staff and received by sync (for seeders that show what arrives from
elsewhere). It is signed with that person's key, as their PC would sign
it, so it passes the admission door like a real one. Fictitious data."""

from __future__ import annotations

import uuid
from datetime import datetime

from ..canonical import content_hash
from ..identity.entry_signing import sign_entry
from bedside.names import PatientId, RecordId


def received_entry(when: datetime, workstation: str, *, record_type: str, record_id: RecordId,
                   content: dict, author, patient_id: PatientId | None = None, version: int = 1,
                   replaces: str | None = None, reason: str | None = None) -> dict:
    """*author*: a signed-in session of the person who made it elsewhere."""
    entry = {"id": uuid.uuid4().hex, "record_id": record_id, "record_type": record_type,
             "patient_id": patient_id, "version": version, "replaces": replaces,
             "content": content, "content_hash": content_hash(content),
             "author_id": author.user.id, "author_name": author.user.display_name,
             "created_utc": when.isoformat(), "utc_offset_min": 60, "reason": reason,
             "workstation_id": workstation,
             "hlc": f"{int(when.timestamp() * 1000):015d}-000000-{workstation}"}
    return sign_entry(entry, author.signing_keys())
