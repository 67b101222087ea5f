"""Ids of entries, records and audit entries: 32 hex digits of a UUID.

Entry, audit-entry and record ids are version-7 UUIDs (RFC 9562): the
Unix time in milliseconds, then 74 random bits. A record made now is named
by its first version: its record id is that version's entry id
(``records.OF_RECORD_SQL``, migration 0011). Why time-ordered: each of
them is a key of an index that every save inserts into (the entry id, the
record id of the version and of its audit entry). With random ids each
insert lands on a random leaf of those indexes; in a vault just opened
(at sign-in, the page cache empty) that leaf is read from disk, its page
authenticated and decrypted -- 3.2 page reads per save at 100,000 stored,
4.8 at a million, and on a ward PC's disk a cold read is a seek. Ids made
one after the other land on the same leaves, which stay in the cache:
0.04 page reads per save (docs/BENCHMARKS.md, "Fourth pass").

What such an id tells is when it was made, to the millisecond: every
version already carries its creation time (``created_utc``, ``hlc``) and
every audit entry its ``ts_utc``, beside the id, to everyone who can read
the id. A patient's id is different: other records name it, and the
patient record's id is the patient id -- it stays random
(:func:`new_random_id`), so it says nothing of when the patient was
registered.
"""

from __future__ import annotations

import os
import threading
import time


def new_id() -> str:
    """A version-7 UUID as hex: 48 bits of Unix milliseconds, the version,
    12 + 62 random bits with the RFC 4122 variant (no ``UUID`` object:
    ≈ 8 µs each on a ward PC, a save makes two)."""
    return _uuid_hex((time.time_ns() // 1_000_000).to_bytes(6, "big") + _random(10), 7)


def new_random_id() -> str:
    """What ``uuid.uuid4().hex`` gives -- 16 random bytes with the version-4
    and RFC 4122 variant bits set, as hex: an id that tells nothing (a
    patient's)."""
    return _uuid_hex(_random(16), 4)


class _RandomBytes:
    """The operating system's random bytes (``os.urandom``), read 4 KiB at a
    time and handed out in order, each byte once: ``os.urandom`` is one
    ``getrandom`` system call per call, ≈ 5 µs of a save's two ids where it
    runs (after the commit's fsync, with the caches cold), against one call
    per ≈ 300 ids. An id's random bits are not a secret -- they keep ids
    apart and say nothing -- but they are never reused: a forked child
    starts a fresh pool (it would otherwise hand out its parent's next
    bytes), and the threads of a process take theirs under a lock."""

    SIZE = 4096

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool = b""
        self._at = 0

    def take(self, n: int) -> bytes:
        with self._lock:
            at = self._at
            if at + n > len(self._pool):
                self._pool, at = os.urandom(self.SIZE), 0
            self._at = at + n
            return self._pool[at:at + n]

    def forget(self) -> None:
        """In a forked child: a fresh pool, and a fresh lock (another thread
        of the parent may have held it at the fork)."""
        self._lock = threading.Lock()
        self._pool, self._at = b"", 0


_POOL = _RandomBytes()
_random = _POOL.take
if hasattr(os, "register_at_fork"):     # not on Windows, which does not fork
    os.register_at_fork(after_in_child=_POOL.forget)


def _uuid_hex(raw: bytes, version: int) -> str:
    """16 bytes with the UUID *version* and the RFC 4122 variant bits set, as hex."""
    b = bytearray(raw)
    b[6] = (b[6] & 0x0F) | (version << 4)
    b[8] = (b[8] & 0x3F) | 0x80
    return b.hex()
