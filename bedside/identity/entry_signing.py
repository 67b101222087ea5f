"""The signature every record version carries: its author's Ed25519 key
over the canonical entry (content hash, ids, record type, version, what it
replaces or supersedes, time, workstation, clock and the author's key id).
Changing any of these, or claiming another author or key, breaks it."""

from __future__ import annotations

from ..canonical import canonical_json
from .keys import PersonKeys, verify

SIGNED_FIELDS = ("id", "record_id", "record_type", "patient_id", "version", "replaces",
                 "content_hash", "author_id", "author_name", "created_utc", "utc_offset_min",
                 "reason", "workstation_id", "hlc", "author_key_id")
_DOMAIN = b"bedside-entry|v1|"


def signing_message(entry: dict) -> bytes:
    fields = {k: entry.get(k) for k in SIGNED_FIELDS}
    fields["supersedes"] = sorted(entry.get("supersedes") or [])
    return _DOMAIN + canonical_json(fields).encode("utf-8")


def sign_entry(entry: dict, keys: PersonKeys) -> dict:
    """Add ``author_key_id`` and ``entry_sig`` to *entry* (in place) and return it."""
    entry["author_key_id"] = keys.key_id
    entry["entry_sig"] = keys.sign(signing_message(entry))
    return entry


def signature_ok(entry: dict, sign_pub: str) -> bool:
    sig = entry.get("entry_sig")
    return isinstance(sig, str) and verify(sign_pub, sig, signing_message(entry))
