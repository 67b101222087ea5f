"""Canonical JSON and content hashes: one encoding for hashing, signing,
audit chaining and sync, so a hash computed anywhere matches."""

from __future__ import annotations

import hashlib
import json
from typing import Any


# One encoder, built once: ``json.dumps`` with these options builds a new
# ``JSONEncoder`` at every call, and a save encodes five times (its content,
# the signed fields, the audit details and entry, the seal).
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"),
                            ensure_ascii=False, allow_nan=False)


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no whitespace, UTF-8 kept, no NaN
    (what ``json.dumps(value, sort_keys=True, separators=(",", ":"),
    ensure_ascii=False, allow_nan=False)`` gives)."""
    return _ENCODER.encode(value)


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def content_hash(value: Any) -> str:
    return sha256_hex(canonical_json(value))
