"""Vault key slots bound to a person's keys (header format 2).

A slot holds the person's *credential* -- their private keys sealed under
their password (Argon2id salt and cost, AES-GCM) and their public keys --
and the PC's data key sealed to their X25519 public key. Signing in derives
the password key once, opens the private keys, and with them the data key.
Because the data key is sealed to a *public* key, the PC adds a slot for a
person from the directory, or reseals every slot after a key rotation,
without anyone's password."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field

from ..crypto.kdf import KdfParams, derive_key
from ..errors import WrongPassword
from .keys import PersonKeys, b64, seal, unb64


@dataclass(frozen=True)
class Credential:
    """What the directory publishes about a person's keys: public halves and
    private halves sealed under the password."""

    key_id: str
    sign_pub: str
    box_pub: str
    salt: str
    kdf: dict
    wrapped: dict     # {key_id, nonce, ct}

    @classmethod
    def make(cls, user_id: str, password: str, keys: PersonKeys,
             params: KdfParams) -> "Credential":
        salt = os.urandom(16)
        kek = derive_key(password, salt, params)
        return cls(key_id=keys.key_id, sign_pub=keys.public.sign_pub,
                   box_pub=keys.public.box_pub, salt=b64(salt), kdf=params.to_dict(),
                   wrapped=keys.wrap_with_kek(kek, user_id))

    def open(self, user_id: str, password: str) -> PersonKeys:
        kek = derive_key(password or "", unb64(self.salt), KdfParams.from_dict(self.kdf))
        keys = PersonKeys.unwrap_with_kek(kek, user_id, self.wrapped)
        if keys.public.box_pub != self.box_pub or keys.public.sign_pub != self.sign_pub:
            raise WrongPassword()
        return keys

    def to_dict(self) -> dict:
        return {"key_id": self.key_id, "sign_pub": self.sign_pub, "box_pub": self.box_pub,
                "salt": self.salt, "kdf": self.kdf, "wrapped": self.wrapped}

    @classmethod
    def from_dict(cls, d: dict) -> "Credential":
        return cls(key_id=d["key_id"], sign_pub=d["sign_pub"], box_pub=d["box_pub"],
                   salt=d["salt"], kdf=dict(d["kdf"]), wrapped=dict(d["wrapped"]))


@dataclass
class PersonSlot:
    slot_id: str
    user_id: str
    lookup: str
    credential: Credential
    sealed: dict
    extra: dict = field(default_factory=dict)
    kind = "person"

    @staticmethod
    def aad(vault_id: str, user_id: str, key_id: str) -> bytes:
        return f"bedside-slot|v2|{vault_id}|{user_id}|{key_id}".encode()

    @classmethod
    def for_credential(cls, vault_id: str, user_id: str, lookup: str, credential: Credential,
                       data_key: bytes | bytearray) -> "PersonSlot":
        return cls(slot_id=uuid.uuid4().hex, user_id=user_id, lookup=lookup,
                   credential=credential,
                   sealed=seal(credential.box_pub, bytes(data_key),
                               cls.aad(vault_id, user_id, credential.key_id)))

    def resealed(self, vault_id: str, data_key: bytes | bytearray) -> "PersonSlot":
        return PersonSlot.for_credential(vault_id, self.user_id, self.lookup, self.credential,
                                         data_key)

    def unlock(self, vault_id: str, secret: str) -> tuple[PersonKeys, bytearray]:
        keys = self.credential.open(self.user_id, secret)
        return keys, keys.open_sealed(self.sealed, self.aad(vault_id, self.user_id,
                                                             self.credential.key_id))

    def next_key(self, vault_id: str, keys: PersonKeys) -> bytearray | None:
        """The key of a rotation that a crash interrupted (see rotation.py)."""
        sealed = self.extra.get("next")
        if not sealed:
            return None
        return keys.open_sealed(sealed, self.aad(vault_id, self.user_id,
                                                 self.credential.key_id))

    def to_dict(self) -> dict:
        return {"kind": self.kind, "slot_id": self.slot_id, "user_id": self.user_id,
                "lookup": self.lookup, "credential": self.credential.to_dict(),
                "sealed": self.sealed, "extra": self.extra}

    @classmethod
    def from_dict(cls, d: dict) -> "PersonSlot":
        return cls(slot_id=d["slot_id"], user_id=d["user_id"], lookup=d["lookup"],
                   credential=Credential.from_dict(d["credential"]), sealed=dict(d["sealed"]),
                   extra=dict(d.get("extra", {})))
