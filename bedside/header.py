"""The vault's plaintext header (``vault.json``): the key slots, login
throttling state, and failed-login events waiting to enter the (encrypted)
audit trail. It holds no patient data and no login names in clear (slots
are found by a salted hash of the user name).

Several processes may hold the same vault open (a second Bedside window, the
CLI, a self-test), each with the header it read in memory. Every change is
therefore a **compare-and-swap** (:meth:`Header.update`): under an OS lock on
``vault.json.lock`` the file is re-read; if its bytes differ from what this
process last read or wrote, the fresh header is adopted and the change is
re-applied to it before writing. A change can never overwrite one made
elsewhere (the bug this prevents: a failed sign-in in a second window wrote
back its stale header and a newer user's key slot was lost). The compare is
over the whole file, so it holds whatever the header comes to contain."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TypeVar

from .crypto.keyslots import KeySlot
from .identity.slots import PersonSlot
from .errors import HeaderChanged, VaultBusy, VaultCorrupt, VaultExists, VaultMissing, VaultTooNew
from .files import atomic_write
from .filelock import locked

HEADER_NAME = "vault.json"
HEADER_LOCK_NAME = "vault.json.lock"
DB_NAME = "vault.db"
FORMAT = "bedside-vault"
HEADER_VERSION = 2        # 2: person slots (data key sealed to each person's X25519 key)
LOCK_TIMEOUT_S = 10.0

T = TypeVar("T")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _slot_from_dict(d: dict) -> "KeySlot | PersonSlot":
    return PersonSlot.from_dict(d) if d.get("kind") == PersonSlot.kind else KeySlot.from_dict(d)


@dataclass
class Header:
    vault_id: str
    slots: list["KeySlot | PersonSlot"] = field(default_factory=list)
    throttle: dict[str, dict] = field(default_factory=dict)  # lookup tag -> state
    pending_audit: list[dict] = field(default_factory=list)
    # sha256 of the file bytes this object was last read from or written as
    seen: str = field(default="", repr=False, compare=False)
    # every failed sign-in ever, never reset (None: the field was removed);
    # compared with the seal (bedside/seal.py) at the next successful sign-in
    failures_total: int | None = 0

    # -- reading ---------------------------------------------------------------
    @classmethod
    def load(cls, folder: Path) -> "Header":
        return cls.parse(cls._read_bytes(Path(folder)))

    @staticmethod
    def _read_bytes(folder: Path) -> bytes:
        path = folder / HEADER_NAME
        if not path.exists():
            raise VaultMissing(path=str(folder))
        try:
            return path.read_bytes()
        except OSError:
            raise VaultCorrupt(detail="vault header unreadable") from None

    @classmethod
    def parse(cls, data: bytes) -> "Header":
        try:
            raw = json.loads(data.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise VaultCorrupt(detail="vault header unreadable") from None
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise VaultCorrupt(detail="not a Bedside vault header")
        if int(raw.get("header_version", 0)) > HEADER_VERSION:
            raise VaultTooNew(found=f"header {raw.get('header_version')}")
        try:
            return cls(vault_id=raw["vault_id"],
                       slots=[_slot_from_dict(s) for s in raw["slots"]],
                       throttle=dict(raw.get("throttle", {})),
                       pending_audit=list(raw.get("pending_audit", [])),
                       seen=_digest(data),
                       failures_total=_count(raw.get("failures_total")))
        except (KeyError, TypeError, ValueError):
            raise VaultCorrupt(detail="vault header incomplete") from None

    def encode(self) -> bytes:
        data = {"format": FORMAT, "header_version": HEADER_VERSION, "vault_id": self.vault_id,
                "slots": [s.to_dict() for s in self.slots], "throttle": self.throttle,
                "pending_audit": self.pending_audit, "failures_total": self.failures_total}
        return json.dumps(data, indent=1).encode("utf-8")

    def refresh(self, folder: Path) -> bool:
        """Adopt the header on disk if another process changed it (a user
        created or a lockout set in another window). True if it changed."""
        data = self._read_bytes(Path(folder))
        if _digest(data) == self.seen:
            return False
        self._adopt(self.parse(data))
        return True

    def _adopt(self, other: "Header") -> None:
        if other.vault_id != self.vault_id:
            raise VaultCorrupt(detail="vault header replaced by another vault's")
        self.slots, self.throttle = other.slots, other.throttle
        self.pending_audit, self.seen = other.pending_audit, other.seen
        self.failures_total = other.failures_total

    # -- writing -----------------------------------------------------------------
    def update(self, folder: Path, change: Callable[["Header"], T]) -> T:
        """Compare-and-swap: apply *change* (a function that edits the header
        it is given and may raise to refuse) to the header as it is on disk
        now, and write the result. Returns what *change* returned."""
        folder = Path(folder)
        with self._locked(folder):
            self.refresh(folder)
            result = change(self)
            self._write(folder)
        return result

    def save(self, folder: Path) -> None:
        """Write this header as it is in memory, only if the file still holds
        what was last read; otherwise refuse with :class:`HeaderChanged`
        (nothing is overwritten). Prefer :meth:`update`."""
        folder = Path(folder)
        with self._locked(folder):
            if not (folder / HEADER_NAME).exists():
                if self.seen:            # it was there when read: removed meanwhile
                    raise HeaderChanged()
            elif _digest(self._read_bytes(folder)) != self.seen:
                raise HeaderChanged()
            self._write(folder)

    def create(self, folder: Path) -> None:
        """Write the first header of a new vault; never replaces one."""
        folder = Path(folder)
        with self._locked(folder):
            if (folder / HEADER_NAME).exists():
                raise VaultExists(path=str(folder))
            self._write(folder)

    def _write(self, folder: Path) -> None:
        data = self.encode()
        atomic_write(folder / HEADER_NAME, data)
        self.seen = _digest(data)

    @staticmethod
    def _locked(folder: Path):
        return locked(folder / HEADER_LOCK_NAME, LOCK_TIMEOUT_S, VaultBusy())


    def failures_held(self) -> int:
        """Failed sign-ins the throttle state still holds (since each name's
        last success)."""
        return sum(_count(s.get("failures")) or 0 for s in self.throttle.values()
                   if isinstance(s, dict))

    # -- lookups -------------------------------------------------------------------
    def slot_for_lookup(self, lookup: str) -> "KeySlot | PersonSlot | None":
        return next((s for s in self.slots if s.lookup == lookup), None)

    def slot_for_user(self, user_id: str) -> "KeySlot | PersonSlot | None":
        return next((s for s in self.slots if s.user_id == user_id), None)


def _count(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None
