"""One stored version of a record as the core reads it. A leaf: the record
store (bedside/records.py), which also reads damaged versions aside, and
the staff directory built from the ``staff`` versions
(bedside/identity/vault_directory.py) both use it."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from .storage.schema import RecordRow
from bedside.names import PatientId, RecordId


@dataclass(frozen=True)
class RecordVersion:
    id: str
    record_id: RecordId
    record_type: str
    patient_id: PatientId | None
    version: int
    replaces: str | None
    content: dict
    content_hash: str
    author_id: str
    author_name: str
    created_utc: datetime
    utc_offset_min: int
    reason: str | None
    workstation_id: str
    hlc: str
    author_key_id: str | None = None     # None: made before signing keys (migration 0005)
    entry_sig: str | None = None

    @classmethod
    def from_fields(cls, f: dict, content: dict | None = None) -> "RecordVersion":
        """*content*: ``f["content"]`` decoded, when the caller holds it (a
        write returning what it stored: the same fields, decoded from that JSON
        by the caller or equal to it)."""
        return cls(id=f["id"], record_id=f["record_id"], record_type=f["record_type"],
                   patient_id=f["patient_id"], version=f["version"], replaces=f["replaces"],
                   content=json.loads(f["content"]) if content is None else content,
                   content_hash=f["content_hash"],
                   author_id=f["author_id"], author_name=f["author_name"],
                   created_utc=datetime.fromisoformat(f["created_utc"]),
                   utc_offset_min=f["utc_offset_min"], reason=f["reason"],
                   workstation_id=f["workstation_id"], hlc=f["hlc"],
                   author_key_id=f.get("author_key_id"), entry_sig=f.get("entry_sig"))

    @classmethod
    def from_row(cls, row: RecordRow, decode=json.loads) -> "RecordVersion":
        """*decode* reads the content (``frozen_json.loads`` for a shared, read-only one)."""
        return cls(id=row.id, record_id=row.record_id, record_type=row.record_type,
                   patient_id=row.patient_id, version=row.version, replaces=row.replaces,
                   content=decode(row.content), content_hash=row.content_hash,
                   author_id=row.author_id, author_name=row.author_name,
                   created_utc=datetime.fromisoformat(row.created_utc),
                   utc_offset_min=row.utc_offset_min, reason=row.reason,
                   workstation_id=row.workstation_id, hlc=row.hlc,
                   author_key_id=row.author_key_id, entry_sig=row.entry_sig)

    def to_wire(self) -> dict[str, Any]:
        """The entry as exchanged with other workstations (sync, export)."""
        return {"id": self.id, "record_id": self.record_id, "record_type": self.record_type,
                "patient_id": self.patient_id, "version": self.version,
                "replaces": self.replaces, "content": self.content,
                "content_hash": self.content_hash, "author_id": self.author_id,
                "author_name": self.author_name, "created_utc": self.created_utc.isoformat(),
                "utc_offset_min": self.utc_offset_min, "reason": self.reason,
                "workstation_id": self.workstation_id, "hlc": self.hlc,
                **({"author_key_id": self.author_key_id, "entry_sig": self.entry_sig}
                   if self.entry_sig else {})}


FIELDS = tuple(f.name for f in fields(RecordVersion))


def assembled(values: dict) -> RecordVersion:
    """A RecordVersion from *values*, a dict holding exactly its fields, set
    at once: the frozen dataclass's ``__init__`` sets its 17 fields one
    ``object.__setattr__`` at a time, a third of decoding a stored version
    (``records.readable``, hundreds at a patient's first opening). The
    result is the same frozen object (equality, hash, repr, read-only)."""
    v = object.__new__(RecordVersion)
    object.__setattr__(v, "__dict__", values)
    return v
