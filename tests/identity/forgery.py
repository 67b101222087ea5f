"""Forged entries as a rogue insider would build them with the public core
API and their own (valid) keys: helpers shared by the forgery tests."""

from __future__ import annotations

import uuid

from bedside.canonical import canonical_json, content_hash, sha256_hex
from bedside.identity.entry_signing import sign_entry


def entry(session, record_type: str, content: dict, *, author=None, record_id=None,
          patient_id="P-1", version=1, replaces=None, hlc=None, sign_as=None) -> dict:
    """A wire entry written "by" *author* (default: the session's user) and
    signed with *sign_as*'s keys (default: the session's own)."""
    author = author or session.user
    e = {"id": uuid.uuid4().hex, "record_id": record_id or uuid.uuid4().hex,
         "record_type": record_type, "patient_id": patient_id, "version": version,
         "replaces": replaces, "content": content, "content_hash": content_hash(content),
         "author_id": author.id, "author_name": author.display_name,
         "created_utc": session.clock.now().isoformat(), "utc_offset_min": 0,
         "reason": "x" if version > 1 else None, "workstation_id": "rogue-pc",
         "hlc": hlc or session.db.hlc.now()}
    return sign_entry(e, (sign_as or session).signing_keys())


def door_reason(session, e: dict) -> str | None:
    """Why the entry rules refuse *e* on *session*'s PC (its staff
    directory and stored versions, as a pull or ``bedside verify`` there
    would see them), or None when they admit it."""
    from bedside import entry_rules
    from bedside.sync.local import VaultLocal
    local = VaultLocal(session)
    with session.db.read() as orm:
        return entry_rules.reason_of(e, local.door(orm, private=False))


def signature_content(signer, version) -> dict:
    c = {"meaning": "eligibility confirmed", "signer_id": signer.id,
         "signer_username": signer.username, "signer_name": signer.display_name,
         "signed_utc": "2026-11-25T08:00:00+00:00", "target_entry_id": version.id,
         "target_record_id": version.record_id, "target_record_type": version.record_type,
         "target_content_hash": version.content_hash}
    c["binding"] = sha256_hex(canonical_json(c))
    return c
