"""Demo helper: an entry as if made on another ward PC and received by sync
(for seeders that show what arrives from elsewhere).  Fictitious data."""

from __future__ import annotations

import uuid
from datetime import datetime

from ..canonical import content_hash


def received_entry(when: datetime, workstation: str, *, record_type: str, record_id: str,
                   content: dict, author_id: str, author_name: str,
                   patient_id: str | None = None, version: int = 1,
                   replaces: str | None = None, reason: str | None = None) -> dict:
    return {"id": uuid.uuid4().hex, "record_id": record_id, "record_type": record_type,
            "patient_id": patient_id, "version": version, "replaces": replaces,
            "content": content, "content_hash": content_hash(content),
            "author_id": author_id, "author_name": author_name,
            "created_utc": when.isoformat(), "utc_offset_min": 60, "reason": reason,
            "workstation_id": workstation,
            "hlc": f"{int(when.timestamp() * 1000):015d}-000000-{workstation}"}
