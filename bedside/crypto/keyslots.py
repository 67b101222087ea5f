"""LUKS-like key slots: the vault's random data key wrapped once per user
(and once for the recovery code) with AES-256-GCM under an Argon2id-derived
key. The associated data names vault, user and slot, so a wrapped key copied
into another slot, user or vault does not unwrap."""

from __future__ import annotations

import base64
import os
import secrets
import uuid
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..canonical import sha256_hex
from ..errors import WrongPassword
from .kdf import KdfParams, derive_key

RECOVERY_USER = "recovery"
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"))


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(32))


def new_recovery_code() -> str:
    """32 symbols of a 32-letter alphabet = 160 bits, shown in groups of 4."""
    chars = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(32))
    return "-".join(chars[i:i + 4] for i in range(0, 32, 4))


def normalise_recovery_code(code: str) -> str:
    raw = "".join(c for c in code.upper() if c.isalnum())
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def lookup_tag(vault_id: str, username: str) -> str:
    """Slot lookup without storing the login name in clear in the header."""
    return sha256_hex(f"bedside-user|{vault_id}|{username.strip().lower()}")


@dataclass
class KeySlot:
    slot_id: str
    user_id: str
    lookup: str
    salt: str
    kdf: dict
    nonce: str
    wrapped: str
    extra: dict = field(default_factory=dict)

    def aad(self, vault_id: str) -> bytes:
        return f"bedside-slot|v1|{vault_id}|{self.user_id}|{self.slot_id}".encode()

    @classmethod
    def wrap(cls, vault_id: str, user_id: str, lookup: str, secret: str,
             data_key: bytes | bytearray, params: KdfParams) -> "KeySlot":
        slot = cls(slot_id=uuid.uuid4().hex, user_id=user_id, lookup=lookup,
                   salt=_b64(os.urandom(16)), kdf=params.to_dict(),
                   nonce=_b64(os.urandom(12)), wrapped="")
        kek = derive_key(secret, _unb64(slot.salt), params)
        slot.wrapped = _b64(AESGCM(kek).encrypt(_unb64(slot.nonce), bytes(data_key),
                                                 slot.aad(vault_id)))
        return slot

    def unwrap(self, vault_id: str, secret: str) -> bytearray:
        kek = derive_key(secret, _unb64(self.salt), KdfParams.from_dict(self.kdf))
        try:
            key = AESGCM(kek).decrypt(_unb64(self.nonce), _unb64(self.wrapped),
                                      self.aad(vault_id))
        except InvalidTag:
            raise WrongPassword() from None
        return bytearray(key)

    def to_dict(self) -> dict:
        return {"slot_id": self.slot_id, "user_id": self.user_id, "lookup": self.lookup,
                "salt": self.salt, "kdf": self.kdf, "nonce": self.nonce,
                "wrapped": self.wrapped, "extra": self.extra}

    @classmethod
    def from_dict(cls, d: dict) -> "KeySlot":
        return cls(slot_id=d["slot_id"], user_id=d["user_id"], lookup=d["lookup"],
                   salt=d["salt"], kdf=d["kdf"], nonce=d["nonce"], wrapped=d["wrapped"],
                   extra=dict(d.get("extra", {})))
