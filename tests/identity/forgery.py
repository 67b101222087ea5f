"""Forged entries as a rogue insider or a rogue enrolled device would build
them with the public core API and their own (valid) keys, and poison stored
as a server without the entry rules would have kept it: helpers shared by
the forgery, rogue-device and every-door tests."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from bedside.canonical import canonical_json, content_hash, sha256_hex
from bedside.crypto.kdf import KdfParams
from bedside.identity.directory import staff_content
from bedside.identity.entry_signing import sign_entry
from bedside.identity.keys import PersonKeys
from bedside.identity.slots import Credential
from bedside.roles import Role
from bedside.sync import wire

ROGUE_WS = "ws-rogue"        # the rogue device's workstation id


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


def signed_as(entry: dict, record_type: str, content: dict, keys) -> dict:
    """*entry* carrying *record_type* and *content* instead, signed with *keys*."""
    e = dict(entry, record_type=record_type, content=content,
             content_hash=wire.content_hash(content))
    return sign_entry(e, keys)


def invented(role: Role, workstation_id: str, hlc: str) -> tuple[dict, PersonKeys, str]:
    """A person the rogue device makes up: a first staff version signed by
    the person's own new key (self-enrolment), as a rogue would build it."""
    keys, uid = PersonKeys.generate(), uuid.uuid4().hex
    content = staff_content(f"rogue-{role.value}", "Dr Rogue", role, True,
                            Credential.make(uid, "rogue password", keys, KdfParams.for_tests()))
    e = {"id": uuid.uuid4().hex, "record_id": uid, "record_type": "staff", "patient_id": None,
         "version": 1, "replaces": None, "content": content,
         "content_hash": wire.content_hash(content), "author_id": uid, "author_name": "Dr Rogue",
         "created_utc": "2026-11-25T01:00:00+00:00", "utc_offset_min": 60, "reason": None,
         "workstation_id": workstation_id, "hlc": hlc}
    return sign_entry(e, keys), keys, uid


def store_as_an_older_server_did(server, entries: list[dict]) -> None:
    """Insert entries straight into the server's log, as a server without the
    entry rules would have stored them."""
    st = server.store()
    try:
        dev = next(d for d in st.status()["devices"] if d["workstation_id"] == ROGUE_WS)
        now = datetime.now(timezone.utc).isoformat()
        with st._sessions.begin() as s:
            st._insert_new(s, [st._row("entry", e["id"], wire.entry_hash(e),
                                       wire.canonical_json(e).encode("utf-8"), dev["id"], now)
                               for e in entries])
    finally:
        st.engine.dispose()
