"""Device keys and request signatures.

Each workstation holds an Ed25519 key pair made at enrollment.  Every request
carries four headers: the device id, a timestamp (Unix ms), a random nonce and
an Ed25519 signature over

    BEDSIDE-SYNC-1 \\n METHOD \\n PATH?QUERY \\n TIMESTAMP \\n NONCE \\n SHA256(BODY) \\n DEVICE

so a captured request cannot be replayed (the server keeps nonces for the
accepted time window), altered (body hash) or redirected (path).
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (Ed25519PrivateKey,
                                                               Ed25519PublicKey)

H_DEVICE = "X-Bedside-Device"
H_TIMESTAMP = "X-Bedside-Timestamp"
H_NONCE = "X-Bedside-Nonce"
H_SIGNATURE = "X-Bedside-Signature"
H_SERVER_TIME = "X-Bedside-Server-Time"
DOMAIN = "BEDSIDE-SYNC-1"


def signing_message(method: str, path: str, timestamp_ms: int, nonce: str,
                    body: bytes, device_id: str) -> bytes:
    body_hash = hashlib.sha256(body).hexdigest()
    return "\n".join([DOMAIN, method.upper(), path, str(timestamp_ms), nonce,
                      body_hash, device_id]).encode("utf-8")


@dataclass(frozen=True)
class DeviceKey:
    """A workstation's Ed25519 private key (raw 32-byte seed)."""

    private_bytes: bytes

    @classmethod
    def generate(cls) -> "DeviceKey":
        key = Ed25519PrivateKey.generate()
        return cls(key.private_bytes(serialization.Encoding.Raw,
                                     serialization.PrivateFormat.Raw,
                                     serialization.NoEncryption()))

    def _key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.private_bytes)

    @property
    def public_b64(self) -> str:
        pub = self._key().public_key().public_bytes(serialization.Encoding.Raw,
                                                    serialization.PublicFormat.Raw)
        return base64.b64encode(pub).decode("ascii")

    def sign_headers(self, device_id: str, method: str, path: str, body: bytes,
                     timestamp_ms: int, nonce: str | None = None) -> dict[str, str]:
        nonce = nonce or secrets.token_hex(16)
        sig = self._key().sign(signing_message(method, path, timestamp_ms, nonce, body, device_id))
        return {H_DEVICE: device_id, H_TIMESTAMP: str(timestamp_ms), H_NONCE: nonce,
                H_SIGNATURE: base64.b64encode(sig).decode("ascii")}

    def __repr__(self) -> str:          # never print the key
        return "DeviceKey(<secret>)"


def public_key_from_b64(text: str) -> Ed25519PublicKey:
    raw = base64.b64decode(text, validate=True)
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def verify(public_b64: str, signature_b64: str, message: bytes) -> bool:
    try:
        key = public_key_from_b64(public_b64)
        sig = base64.b64decode(signature_b64, validate=True)
        key.verify(sig, message)
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False
