"""Build wire entries for tests and the benchmark (no vault needed)."""

from __future__ import annotations

import uuid

from bedside.sync import wire


def make_entry(workstation_id: str, content: dict | None = None, record_id: str | None = None,
               version: int = 1, replaces: str | None = None, hlc: str | None = None) -> dict:
    content = content if content is not None else {"note": uuid.uuid4().hex}
    return {"id": uuid.uuid4().hex, "record_id": record_id or uuid.uuid4().hex,
            "record_type": "test_note", "patient_id": "P-TEST", "version": version,
            "replaces": replaces, "content": content, "content_hash": wire.content_hash(content),
            "author_id": "u-nurse", "author_name": "Test Nurse",
            "created_utc": "2026-11-25T03:00:00+00:00", "utc_offset_min": 60,
            "reason": "fix" if version > 1 else None, "workstation_id": workstation_id,
            "hlc": hlc or f"{1795600000000:015d}.000000.{workstation_id}"}


def audit_chain(n: int, start: int = 1, prev: str = "0" * 64, salt: str = "") -> list[dict]:
    out = []
    for seq in range(start, start + n):
        h = wire.sha256_hex(f"{prev}{seq}{salt}")
        out.append({"seq": seq, "id": f"a{seq}", "prev_hash": prev, "hash": h,
                    "action": "create"})
        prev = h
    return out
