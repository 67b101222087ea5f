"""Encryption at rest under the server's own 256-bit key (AES-GCM).  The
associated data binds each ciphertext to its row, so a ciphertext moved to
another row does not decrypt."""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class AtRestKey:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("the at-rest key must be 32 bytes")
        self._aead = AESGCM(key)

    @classmethod
    def generate_file(cls, path: Path) -> "AtRestKey":
        key = AESGCM.generate_key(bit_length=256)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
        return cls(key)

    @classmethod
    def load_file(cls, path: Path) -> "AtRestKey":
        return cls(Path(path).read_bytes())

    def seal(self, plaintext: bytes, aad: str) -> tuple[bytes, bytes]:
        nonce = os.urandom(12)
        return nonce, self._aead.encrypt(nonce, plaintext, aad.encode("utf-8"))

    def open(self, nonce: bytes, ciphertext: bytes, aad: str) -> bytes:
        return self._aead.decrypt(nonce, ciphertext, aad.encode("utf-8"))

    def __repr__(self) -> str:
        return "AtRestKey(<secret>)"
