"""The vault's plaintext header (``vault.json``): the key slots, login
throttling state, and failed-login events waiting to enter the (encrypted)
audit trail. It holds no patient data and no login names in clear (slots
are found by a salted hash of the user name)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .crypto.keyslots import KeySlot
from .identity.slots import PersonSlot
from .errors import VaultCorrupt, VaultMissing, VaultTooNew
from .files import atomic_write

HEADER_NAME = "vault.json"
DB_NAME = "vault.db"
FORMAT = "bedside-vault"
HEADER_VERSION = 2        # 2: person slots (data key sealed to each person's X25519 key)


def _slot_from_dict(d: dict) -> "KeySlot | PersonSlot":
    return PersonSlot.from_dict(d) if d.get("kind") == PersonSlot.kind else KeySlot.from_dict(d)


@dataclass
class Header:
    vault_id: str
    slots: list["KeySlot | PersonSlot"] = field(default_factory=list)
    throttle: dict[str, dict] = field(default_factory=dict)  # lookup tag -> state
    pending_audit: list[dict] = field(default_factory=list)

    @classmethod
    def load(cls, folder: Path) -> "Header":
        path = folder / HEADER_NAME
        if not path.exists():
            raise VaultMissing(path=str(folder))
        try:
            raw = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            raise VaultCorrupt(detail="vault header unreadable") from None
        if raw.get("format") != FORMAT:
            raise VaultCorrupt(detail="not a Bedside vault header")
        if int(raw.get("header_version", 0)) > HEADER_VERSION:
            raise VaultTooNew(found=f"header {raw.get('header_version')}")
        try:
            return cls(vault_id=raw["vault_id"],
                       slots=[_slot_from_dict(s) for s in raw["slots"]],
                       throttle=dict(raw.get("throttle", {})),
                       pending_audit=list(raw.get("pending_audit", [])))
        except (KeyError, TypeError, ValueError):
            raise VaultCorrupt(detail="vault header incomplete") from None

    def save(self, folder: Path) -> None:
        data = {"format": FORMAT, "header_version": HEADER_VERSION, "vault_id": self.vault_id,
                "slots": [s.to_dict() for s in self.slots], "throttle": self.throttle,
                "pending_audit": self.pending_audit}
        atomic_write(folder / HEADER_NAME, json.dumps(data, indent=1).encode("utf-8"))

    def slot_for_lookup(self, lookup: str) -> "KeySlot | PersonSlot | None":
        return next((s for s in self.slots if s.lookup == lookup), None)

    def slot_for_user(self, user_id: str) -> "KeySlot | PersonSlot | None":
        return next((s for s in self.slots if s.user_id == user_id), None)
