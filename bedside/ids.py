"""Random ids: entry, record and audit-entry ids are the 32 hex digits of a
version-4 UUID."""

from __future__ import annotations

import os


def new_id() -> str:
    """What ``uuid.uuid4().hex`` gives -- 16 random bytes with the version-4
    and RFC 4122 variant bits set, as hex -- without building a ``UUID``
    object (≈ 8 µs each on a ward PC, a save makes three: 1 µs here)."""
    b = bytearray(os.urandom(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    return b.hex()
