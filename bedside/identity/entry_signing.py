"""The signature every record version carries: its author's Ed25519 key
over the canonical entry (content hash, ids, record type, version, what it
replaces or supersedes, time, workstation, clock and the author's key id).
Changing any of these, or claiming another author or key, breaks it."""

from __future__ import annotations

from dataclasses import dataclass

from ..canonical import canonical_json
from .keys import PersonKeys, verify

SIGNED_FIELDS = ("id", "record_id", "record_type", "patient_id", "version", "replaces",
                 "content_hash", "author_id", "author_name", "created_utc", "utc_offset_min",
                 "reason", "workstation_id", "hlc", "author_key_id")
_DOMAIN = b"bedside-entry|v1|"


def _signed_fields(entry: dict) -> dict:
    fields = {k: entry.get(k) for k in SIGNED_FIELDS}
    fields["supersedes"] = sorted(entry.get("supersedes") or [])
    return fields


def _message(fields: dict) -> bytes:
    return _DOMAIN + canonical_json(fields).encode("utf-8")


def _typed(fields: dict) -> tuple:
    """The signed values and, beside them, their types: equal pairs encode to
    the same JSON (ids, names and times are text, version and offset
    integers, supersedes a list of text), without encoding either. (Two
    flat tuples: a tuple of (type, value) pairs built by a generator cost
    three times as much, twice per save.)"""
    values = tuple(fields.values())
    return values, tuple(map(type, values))


def signing_message(entry: dict) -> bytes:
    return _message(_signed_fields(entry))


@dataclass(frozen=True)
class SignedHere:
    """A signature this process has just made: the signature, the public half
    of the private key that made it (derived from that private key, never
    read from a record), and the values it signed with their types."""
    signature: str
    sign_pub: str
    values: tuple = ()      # the signed fields' values with their types (``_typed``)


def sign_entry(entry: dict, keys: PersonKeys) -> dict:
    """Add ``author_key_id`` and ``entry_sig`` to *entry* (in place) and return it."""
    sign_entry_here(entry, keys)
    return entry


def sign_entry_here(entry: dict, keys: PersonKeys) -> SignedHere:
    """Sign *entry* (in place, as :func:`sign_entry`) and say what was signed,
    so the local write's entry rule need not verify its own signature again."""
    entry["author_key_id"] = keys.key_id
    fields = _signed_fields(entry)
    message = _message(fields)
    entry["entry_sig"] = keys.sign(message)
    return SignedHere(entry["entry_sig"], keys.public.sign_pub, _typed(fields))


def signature_ok(entry: dict, sign_pub: str, signed_here: SignedHere | None = None) -> bool:
    """Does *entry*'s signature verify under *sign_pub*? When *signed_here*
    is the signature this process just made with the private half of
    *sign_pub* over exactly the bytes *entry* signs now, it does (an Ed25519
    signature made with a private key verifies under its public key), and
    the verification is not run a second time; any other case is verified."""
    sig = entry.get("entry_sig")
    if not isinstance(sig, str):
        return False
    fields = _signed_fields(entry)
    if (signed_here is not None and signed_here.sign_pub == sign_pub
            and signed_here.signature == sig and signed_here.values
            and _typed(fields) == signed_here.values):
        return True     # the very values signed here: the same bytes, not encoded again
    return verify(sign_pub, sig, _message(fields))
