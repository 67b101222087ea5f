"""One person's key pairs: Ed25519 to sign what they write, X25519 to
receive wrapped secrets. The private halves exist in clear only in memory;
at rest they are sealed with AES-256-GCM under a key derived from the
person's password (Argon2id, the same derivation as the vault key slots).

All primitives come from the ``cryptography`` package."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..canonical import sha256_hex
from ..errors import WrongPassword

_RAW = dict(encoding=serialization.Encoding.Raw, format=serialization.PublicFormat.Raw)
_RAW_PRIV = dict(encoding=serialization.Encoding.Raw, format=serialization.PrivateFormat.Raw,
                 encryption_algorithm=serialization.NoEncryption())


def b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"), validate=True)


def key_id_of(sign_pub_b64: str) -> str:
    """A short, stable name for a signing key (first 128 bits of its SHA-256)."""
    return sha256_hex(unb64(sign_pub_b64))[:32]


def _wrap_aad(user_id: str, key_id: str) -> bytes:
    return f"bedside-person-keys|v1|{user_id}|{key_id}".encode()


@dataclass(frozen=True)
class PublicKeys:
    key_id: str
    sign_pub: str     # Ed25519, raw 32 bytes, base64
    box_pub: str      # X25519, raw 32 bytes, base64


class PersonKeys:
    """A person's private keys, unwrapped (in memory only)."""

    def __init__(self, sign: Ed25519PrivateKey, box: X25519PrivateKey) -> None:
        self._sign = sign
        self._box = box
        self.public = PublicKeys(
            key_id=key_id_of(b64(sign.public_key().public_bytes(**_RAW))),
            sign_pub=b64(sign.public_key().public_bytes(**_RAW)),
            box_pub=b64(box.public_key().public_bytes(**_RAW)))

    @property
    def key_id(self) -> str:
        return self.public.key_id

    @classmethod
    def generate(cls) -> "PersonKeys":
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    def sign(self, message: bytes) -> str:
        return b64(self._sign.sign(message))

    def wrap_with_kek(self, kek: bytes, user_id: str) -> dict:
        """Seal both private halves under a password-derived key."""
        nonce = os.urandom(12)
        secret = self._sign.private_bytes(**_RAW_PRIV) + self._box.private_bytes(**_RAW_PRIV)
        ct = AESGCM(kek).encrypt(nonce, secret, _wrap_aad(user_id, self.key_id))
        return {"key_id": self.key_id, "nonce": b64(nonce), "ct": b64(ct)}

    @classmethod
    def unwrap_with_kek(cls, kek: bytes, user_id: str, wrapped: dict) -> "PersonKeys":
        try:
            raw = AESGCM(kek).decrypt(unb64(wrapped["nonce"]), unb64(wrapped["ct"]),
                                      _wrap_aad(user_id, wrapped["key_id"]))
        except (InvalidTag, KeyError, ValueError):
            raise WrongPassword() from None
        keys = cls(Ed25519PrivateKey.from_private_bytes(raw[:32]),
                   X25519PrivateKey.from_private_bytes(raw[32:64]))
        if keys.key_id != wrapped["key_id"]:
            raise WrongPassword()
        return keys

    def open_sealed(self, sealed: dict, aad: bytes) -> bytearray:
        return open_sealed(self._box, sealed, aad)


def verify(sign_pub_b64: str, signature_b64: str, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(unb64(sign_pub_b64)).verify(unb64(signature_b64),
                                                                      message)
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


def _box_kek(shared: bytes, eph_pub: bytes, recipient_pub: bytes, aad: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_pub + recipient_pub,
                info=b"bedside-seal|v1|" + aad).derive(shared)


def seal(box_pub_b64: str, secret: bytes, aad: bytes) -> dict:
    """Wrap *secret* to an X25519 public key (ephemeral ECDH, HKDF-SHA256,
    AES-256-GCM): anyone can seal, only the private key's holder opens."""
    recipient = unb64(box_pub_b64)
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(**_RAW)
    kek = _box_kek(eph.exchange(X25519PublicKey.from_public_bytes(recipient)), eph_pub,
                   recipient, aad)
    nonce = os.urandom(12)
    return {"eph": b64(eph_pub), "nonce": b64(nonce),
            "ct": b64(AESGCM(kek).encrypt(nonce, bytes(secret), aad))}


def open_sealed(box: X25519PrivateKey, sealed: dict, aad: bytes) -> bytearray:
    try:
        eph_pub = unb64(sealed["eph"])
        mine = box.public_key().public_bytes(**_RAW)
        kek = _box_kek(box.exchange(X25519PublicKey.from_public_bytes(eph_pub)), eph_pub,
                       mine, aad)
        return bytearray(AESGCM(kek).decrypt(unb64(sealed["nonce"]), unb64(sealed["ct"]), aad))
    except (InvalidTag, KeyError, ValueError):
        raise WrongPassword() from None
