"""Argon2id password-based key derivation with parameters stored per slot."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. ``memory_kib`` is in KiB (65536 = 64 MiB)."""

    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4

    @classmethod
    def default(cls) -> "KdfParams":
        return cls()

    @classmethod
    def for_tests(cls) -> "KdfParams":
        """Deliberately weak parameters; only tests and the throwaway demo use
        them, always by passing them explicitly."""
        return cls(memory_kib=1024, iterations=1, lanes=1)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "KdfParams":
        return cls(memory_kib=int(d["memory_kib"]), iterations=int(d["iterations"]),
                   lanes=int(d["lanes"]))


def derive_key(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """32-byte key-encryption key from a password or recovery code."""
    kdf = Argon2id(salt=salt, length=32, iterations=params.iterations,
                   lanes=params.lanes, memory_cost=params.memory_kib)
    return kdf.derive(secret.encode("utf-8"))
