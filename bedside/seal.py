"""The vault's seal: its latest audit entry (sequence + hash) and its
failed sign-in count, kept in ``vault.seal`` next to the database and
authenticated with HMAC-SHA256 under a subkey derived (HKDF-SHA256) from
the data key.

Why: a database rolled back without the key (an old copy restored, the
``-wal`` file deleted, truncated or damaged after an unclean exit) is a
shorter chain that is consistent in itself; the seal remembers how far the
chain had reached. The failed sign-in count lives in the plaintext header
(it must work before the key is known), so clearing it there resets the
lockout; the seal keeps the count as of the last time the key was in
memory, so a count that went backwards is noticed at the next sign-in.

The seal is rewritten after every commit that added audit entries, in
place (one write of a fixed-size block, no fsync: the database's own commit
is already durable, a seal older than the database is harmless and a seal is
never newer), through a handle the open vault keeps (``SealWriter``: a
file replaced or cut short under it is written whole again), on a thread of
its own once the commit has returned: the save does not wait for the HMAC
and the write. Not temp file + rename: on ext4 a rename over a file whose
data was not flushed starts that flush (``auto_da_alloc``), which cost more
than the encrypted commit itself on every save. The block is padded JSON, so
the file reads as before; a file of another size (a seal from before, or one
edited) is first replaced whole by the atomic temp-file write."""

from __future__ import annotations

import json
import logging
import os
import threading
from collections import deque
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .canonical import canonical_json
from .errors import BedsideError
from .files import atomic_write
from .i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SEAL_NAME = "vault.seal"
SEAL_SIZE = 512      # one disk sector: written whole, in place
_INFO = b"bedside-seal|v1|"


@dataclass(frozen=True)
class Seal:
    audit_seq: int
    audit_hash: str
    failures_total: int


class SealMissing(Exception):
    """No seal file, or one that cannot be parsed."""


class SealForged(Exception):
    """A seal whose authentication tag does not verify (edited or copied
    from another vault)."""


def subkey(data_key: bytes | bytearray, vault_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=_INFO + vault_id.encode("utf-8")).derive(bytes(data_key))


def _mac(key: bytes, payload: bytes) -> hmac.HMAC:
    h = hmac.HMAC(key, hashes.SHA256())
    h.update(payload)
    return h


class SealWriter:
    """Seals one open vault: the HMAC keyed once (each seal copies it), the
    file kept open between saves (each seal is one positioned write), a
    save's seal written on a thread of its own.

    Why: a save seals once; opening the file, checking its size and closing
    it again, and keying a new HMAC, cost ≈ 0.1 ms of each save on a ward PC
    (docs/BENCHMARKS.md); the HMAC and the write left after that, ≈ 30 µs,
    were still the saving thread's, after its fsync. What is written is
    unchanged -- the same block, in place -- and so is what is checked
    first: the file still there under its name (not replaced: the open file
    has a link) and of exactly the block's size; otherwise it is written
    whole by the atomic temp-file write and opened again at the next seal.

    A save hands its seal over once committed (:meth:`soon`); the
    ``bedside-seal`` thread writes the newest one handed over (an older one
    not yet written is skipped). :meth:`write` seals at once (sign-in),
    :meth:`flush` writes what is waiting, :meth:`close` (lock, key change)
    writes it and stops the thread. A seal never goes back: one older than
    the last written (a lower sequence or failure count) is not written. So
    the seal lags the database by the saves of the last moment at most --
    as when a process dies between a commit and its seal: a seal older than
    the database is harmless, and a database behind it is what it tells."""

    def __init__(self, folder: Path, key: bytes) -> None:
        self._key_mac = hmac.HMAC(key, hashes.SHA256())
        self._path = os.path.join(folder, SEAL_NAME)
        self._fd: int | None = None
        self._lock = threading.Lock()                  # one writer of the file at a time
        self._waiting: deque[Seal] = deque(maxlen=1)   # the newest seal handed over
        self._last: Seal | None = None                 # the last one written
        # a binary semaphore: released by a save (one C call), taken by the thread
        # (threading.Event.set() cost a save ≈ 15 µs of Python around the same wake-up)
        self._wake = threading.Lock()
        self._wake.acquire()
        self._thread: threading.Thread | None = None
        self._closed = False

    def soon(self, seal: Seal) -> None:
        """Write *seal* on the seal thread (its commit has returned)."""
        self._waiting.append(seal)      # atomic; the thread takes it with pop()
        if self._thread is None and not self._closed:
            self._thread = threading.Thread(target=self._run, name="bedside-seal", daemon=True)
            self._thread.start()
        self._signal()

    def _signal(self) -> None:
        try:
            self._wake.release()
        except RuntimeError:            # already signalled, not yet taken
            pass

    def write(self, seal: Seal) -> None:
        """Write *seal* now."""
        with self._lock:
            self._write(seal)

    def flush(self) -> None:
        """Write the seal handed over and not written yet, if any."""
        with self._lock:
            try:
                seal = self._waiting.pop()
            except IndexError:
                return
            self._write(seal)

    def _write(self, seal: Seal) -> None:
        last = self._last
        if last is not None and (seal.audit_seq < last.audit_seq
                                 or seal.failures_total < last.failures_total):
            return                      # a seal never goes back
        self.store(self.sealed(seal))
        self._last = seal

    def _run(self) -> None:
        while not self._closed:
            self._wake.acquire()
            self._flush_or_log()

    def _flush_or_log(self) -> None:
        """:meth:`flush`, a failure logged (the file could not be written --
        disk full, folder gone): the next seal, or :meth:`close`, tries again."""
        try:
            self.flush()
        except OSError as exc:
            log.warning("vault seal not written: %s", type(exc).__name__)

    def sealed(self, seal: Seal) -> bytes:
        """The seal file's bytes: the body once, as the canonical JSON its
        tag covers."""
        body = canonical_json({"audit_seq": seal.audit_seq, "audit_hash": seal.audit_hash,
                               "failures_total": seal.failures_total})
        mac = self._key_mac.copy()
        mac.update(body.encode("utf-8"))
        tag = mac.finalize().hex()
        return f'{{"seal": {body}, "tag": "{tag}"}}'.encode("utf-8").ljust(SEAL_SIZE)

    def store(self, data: bytes) -> None:
        if len(data) != SEAL_SIZE or not self._overwrite(data):
            self._close_file()
            atomic_write(Path(self._path), data, durable=False)

    def _overwrite(self, data: bytes) -> bool:
        """Write *data* over the seal file, in place, when it is still the
        file of that name (not replaced, not truncated); False otherwise."""
        try:
            if self._fd is None:
                self._fd = os.open(self._path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
            found = os.fstat(self._fd)
            if found.st_nlink == 0 or found.st_size != len(data):
                self._close_file()
                return False
            if _PWRITE is not None:
                written = _PWRITE(self._fd, data, 0)
            else:                                   # Windows has no pwrite
                os.lseek(self._fd, 0, os.SEEK_SET)
                written = os.write(self._fd, data)
            return written == len(data)
        except OSError:
            self._close_file()
            return False

    def close(self) -> None:
        """Write what is waiting, stop the thread, close the file."""
        self._closed = True
        self._signal()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
        try:
            self._flush_or_log()
        finally:
            self._close_file()

    def _close_file(self) -> None:
        if self._fd is not None:
            try:
                os.close(self._fd)
            except OSError:
                pass
            self._fd = None


_PWRITE = getattr(os, "pwrite", None)


def read(folder: Path, key: bytes) -> Seal:
    try:
        raw = json.loads((Path(folder) / SEAL_NAME).read_bytes())
        body, tag = raw["seal"], bytes.fromhex(raw["tag"])
        seal = Seal(int(body["audit_seq"]), str(body["audit_hash"]),
                    int(body["failures_total"]))
    except (OSError, ValueError, KeyError, TypeError):
        raise SealMissing() from None
    try:
        _mac(key, canonical_json(asdict(seal)).encode("utf-8")).verify(tag)
    except InvalidSignature:
        raise SealForged() from None
    return seal


class RollbackNoticed(BedsideError):
    template = QT_TRANSLATE_NOOP(
        "core", "The vault's database is behind its last recorded audit entry: entries "
        "{first} to {last} are missing (an old copy was restored, or its journal was lost "
        "after an unclean exit). Entries already sent to the server can be recovered from it; "
        "tell the site administrator.")


class HistoryRewritten(BedsideError):
    template = QT_TRANSLATE_NOOP(
        "core", "Audit entry {seq} differs from the one recorded outside the database: the "
        "history was rewritten. Tell the site administrator.")


class SealAbsent(BedsideError):
    template = QT_TRANSLATE_NOOP(
        "core", "The record of the latest audit entry kept outside the database is missing "
        "or unreadable: a rollback cannot be ruled out. Tell the site administrator.")


class SealEdited(BedsideError):
    template = QT_TRANSLATE_NOOP(
        "core", "The record of the latest audit entry kept outside the database fails its "
        "authentication check (edited). Tell the site administrator.")


class LockoutReset(BedsideError):
    template = QT_TRANSLATE_NOOP(
        "core", "The failed sign-in counter in vault.json was reset by editing the file "
        "({missing} failed sign-ins are no longer counted). Someone may have been guessing "
        "passwords: tell the site administrator.")


NOTICES = {c.__name__: c for c in (RollbackNoticed, HistoryRewritten, SealAbsent, SealEdited,
                                   LockoutReset)}


def problems(folder: Path, key: bytes, db_head: tuple[int, str] | None,
             hash_at: Callable[[int], str | None], failures_total: int | None,
             failures_held: int | None = None) -> list[BedsideError]:
    """What the seal says is wrong with the database and the header as they
    are now. *hash_at(seq)* gives the database's hash of that audit entry.
    *failures_held* (the throttle state's count, before this sign-in clears
    its own) is checked at sign-in: failures since the seal must be there."""
    try:
        seal = read(folder, key)
    except SealMissing:
        return [SealAbsent()]
    except SealForged:
        return [SealEdited()]
    out: list[BedsideError] = []
    db_seq = db_head[0] if db_head else 0
    if db_seq < seal.audit_seq:
        out.append(RollbackNoticed(first=db_seq + 1, last=seal.audit_seq))
    elif seal.audit_seq and hash_at(seal.audit_seq) != seal.audit_hash:
        out.append(HistoryRewritten(seq=seal.audit_seq))
    if failures_total is None or failures_total < seal.failures_total:
        out.append(LockoutReset(missing=max(1, seal.failures_total - (failures_total or 0))))
    elif failures_held is not None and failures_total - seal.failures_total > failures_held:
        out.append(LockoutReset(missing=failures_total - seal.failures_total - failures_held))
    return out
