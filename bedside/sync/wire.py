"""The sync wire format, shared by the workstation and the server.

An *entry* is one record version exactly as the core stores it
(docs/CORE_API.md).  Hashes use the core's canonical JSON (sorted keys,
no whitespace, UTF-8 kept), so a hash computed on any PC or on the server
matches.
"""

from __future__ import annotations

import base64
import json
import re
from typing import Any

from ..canonical import canonical_json, content_hash, sha256_hex  # noqa: F401 - re-exported
from . import hlc

ENTRY_FIELDS = ("id", "record_id", "record_type", "patient_id", "version", "replaces",
                "content", "content_hash", "author_id", "author_name", "created_utc",
                "utc_offset_min", "reason", "workstation_id", "hlc")

# Optional: a version resolving a sync conflict also supersedes the other
# heads of its record (the core's record_merges links); the author's key id
# and Ed25519 signature (absent only on versions made before signing keys,
# which the entry rules refuse from sync).
OPTIONAL_FIELDS = ("supersedes", "author_key_id", "entry_sig")

_STR = (str,)
_OPT_STR = (str, type(None))
_FIELD_TYPES: dict[str, tuple] = {
    "id": _STR, "record_id": _STR, "record_type": _STR, "patient_id": _OPT_STR,
    "version": (int,), "replaces": _OPT_STR, "content_hash": _STR,
    "author_id": _OPT_STR + (int,), "author_name": _OPT_STR, "created_utc": _STR,
    "utc_offset_min": (int,), "reason": _OPT_STR, "workstation_id": _STR, "hlc": _STR,
}


class WireError(ValueError):
    """An entry, blob or audit entry that does not follow the wire format."""


MAX_INT_DIGITS = 40      # far beyond any value the door admits (64-bit columns)


class UnreadableNumber:
    """An integer too long to be any admissible value (e.g. 5,000 digits,
    past Python's int-string conversion limit): kept as its length only,
    so the entry holding it fails the entry rules and is quarantined,
    instead of the whole page (or the server's log) failing to parse.
    Nothing can encode it back: canonical JSON refuses it."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits

    def __repr__(self) -> str:
        return f"<integer of {self.digits} digits>"


def _read_int(text: str) -> "int | UnreadableNumber":
    return UnreadableNumber(len(text)) if len(text) > MAX_INT_DIGITS else int(text)


def loads(data: "bytes | str") -> Any:
    """Parse JSON written by another machine (a pull page, a stored entry):
    an integer too long to mean anything becomes :class:`UnreadableNumber`
    rather than an error for everything around it."""
    return json.loads(data, parse_int=_read_int)


def entry_hash(entry: dict) -> str:
    """Hash of the whole entry (every wire field): two entries with the same
    id are the same entry only if this matches."""
    fields = {k: entry.get(k) for k in ENTRY_FIELDS}
    for k in OPTIONAL_FIELDS:
        if entry.get(k):
            fields[k] = entry[k]
    return sha256_hex(canonical_json(fields))


_HEX64 = re.compile(r"[0-9a-f]{64}")


def _is_hex64(v: Any) -> bool:
    return isinstance(v, str) and _HEX64.fullmatch(v) is not None


def check_entry(entry: Any, content_json: str | None = None) -> dict:
    """Validate an entry's shape and content hash; return it restricted to
    the wire fields.  Raises WireError with a message free of clinical data.
    *content_json*: the canonical JSON of ``entry["content"]`` when the
    caller has just made the content from it (the local write), so it is
    not encoded again."""
    if not isinstance(entry, dict):
        raise WireError("entry is not an object")
    missing = [f for f in ENTRY_FIELDS if f not in entry]
    if missing:
        raise WireError("entry lacks fields: " + ", ".join(missing))
    for name, types in _FIELD_TYPES.items():
        value = entry[name]
        if isinstance(value, bool) or not isinstance(value, types):
            raise WireError(f"entry field {name} has the wrong type")
    if not entry["id"] or len(entry["id"]) > 64 or not entry["record_id"]:
        raise WireError("entry id or record id is empty or too long")
    if not hlc.is_valid(entry["hlc"]):
        raise WireError("hlc is not a hybrid logical clock stamp")
    if entry["version"] < 1:
        raise WireError("entry version must be >= 1")
    if entry["version"] > 1 and not entry["replaces"]:
        raise WireError("a correction must name the entry it replaces")
    if not _is_hex64(entry["content_hash"]):
        raise WireError("content_hash is not a sha256 hex digest")
    try:
        actual = (sha256_hex(content_json) if content_json is not None
                  else content_hash(entry["content"]))
    except (TypeError, ValueError) as exc:
        raise WireError("content is not canonical JSON") from exc
    if actual != entry["content_hash"]:
        raise WireError("content does not match content_hash")
    out = {k: entry[k] for k in ENTRY_FIELDS}
    sup = entry.get("supersedes")
    if sup:
        if not isinstance(sup, list) or len(sup) > 100 or not all(
                isinstance(x, str) and 0 < len(x) <= 64 for x in sup):
            raise WireError("supersedes must be a list of entry ids")
        if entry["version"] < 2:
            raise WireError("only a correction can supersede other versions")
        out["supersedes"] = sorted(set(sup))
    for name in ("author_key_id", "entry_sig"):
        v = entry.get(name)
        if v is not None:
            if not isinstance(v, str) or not 0 < len(v) <= 200:
                raise WireError(f"entry field {name} has the wrong type")
            out[name] = v
    return out


def encode_blob(data: bytes) -> dict:
    return {"sha256": sha256_hex(data), "data": base64.b64encode(data).decode("ascii")}


def decode_blob(blob: Any) -> tuple[str, bytes]:
    if not isinstance(blob, dict) or not _is_hex64(blob.get("sha256")) \
            or not isinstance(blob.get("data"), str):
        raise WireError("blob is not {sha256, data}")
    try:
        data = base64.b64decode(blob["data"], validate=True)
    except (ValueError, TypeError) as exc:
        raise WireError("blob data is not base64") from exc
    if sha256_hex(data) != blob["sha256"]:
        raise WireError("blob data does not match its sha256")
    return blob["sha256"], data


def check_audit(entry: Any) -> dict:
    """An audit entry from a workstation's hash chain: needs seq, id,
    prev_hash, hash; other fields are carried as they are."""
    if not isinstance(entry, dict):
        raise WireError("audit entry is not an object")
    seq = entry.get("seq")
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 0:
        raise WireError("audit seq must be a non-negative integer")
    if not isinstance(entry.get("id"), (str, int)):
        raise WireError("audit id missing")
    if not isinstance(entry.get("hash"), str) or not entry["hash"]:
        raise WireError("audit hash missing")
    if not isinstance(entry.get("prev_hash"), (str, type(None))):
        raise WireError("audit prev_hash has the wrong type")
    try:
        canonical_json(entry)
    except (TypeError, ValueError) as exc:
        raise WireError("audit entry is not JSON") from exc
    return entry
