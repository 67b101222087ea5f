"""Build wire entries for tests and the benchmark (no vault needed)."""

from __future__ import annotations

import uuid

from bedside import audit
from bedside.sync import wire


def make_entry(workstation_id: str, content: dict | None = None, record_id: str | None = None,
               version: int = 1, replaces: str | None = None, hlc: str | None = None) -> dict:
    content = content if content is not None else {"text": uuid.uuid4().hex}
    return {"id": uuid.uuid4().hex, "record_id": record_id or uuid.uuid4().hex,
            "record_type": "note", "patient_id": "P-TEST", "version": version,
            "replaces": replaces, "content": content, "content_hash": wire.content_hash(content),
            "author_id": "u-nurse", "author_name": "Test Nurse",
            "created_utc": "2026-11-25T03:00:00+00:00", "utc_offset_min": 60,
            "reason": "fix" if version > 1 else None, "workstation_id": workstation_id,
            "hlc": hlc or f"{1795600000000:015d}-000000-{workstation_id}"}


def audit_chain(n: int, start: int = 1, prev: str = audit.GENESIS, salt: str = "",
                workstation_id: str = "ws-a", reason: str | None = None) -> list[dict]:
    """Audit entries exactly as the core chains them (bedside.audit)."""
    out = []
    for seq in range(start, start + n):
        fields = {"seq": seq, "id": f"a{seq}{salt}", "ts_utc": "2026-11-25T03:00:00+00:00",
                  "utc_offset_min": 60, "user_id": "u1", "username": "nurse",
                  "workstation_id": workstation_id, "action": "create",
                  "record_type": "note", "record_id": f"r{seq}", "entry_id": f"e{seq}",
                  "version": 1, "details": "{}", "reason": reason, "prev_hash": prev}
        fields["hash"] = audit.entry_hash(fields)
        out.append(fields)
        prev = fields["hash"]
    return out
