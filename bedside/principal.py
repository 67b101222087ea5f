"""Who acts, and the open vault, as the modules below them see them.

``Vault.login`` builds a ``Session`` (bedside/session.py), which builds the
``RecordStore`` (bedside/records.py) and ``SiteSettings``
(bedside/settings.py) over itself. Those lower modules, and the key
operations of bedside/identity (rotation, recovery, reconciliation,
upgrade) that the vault calls, need only a few attributes of the higher
object: they name these protocols instead of the higher class, so the
imports point one way (docs/ARCHITECTURE.md "Layers"). A leaf: it imports
nothing that imports it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # pragma: no cover  (types only: importing this module loads nothing)
    from pathlib import Path

    from .account import User
    from .audit import Actor
    from .clock import Clock
    from .crypto.kdf import KdfParams
    from .header import Header
    from .identity.keys import PersonKeys
    from .identity.slots import Credential
    from .roles import Permission
    from .storage.database import VaultDB


class KeyHolder(Protocol):
    """The vault holding the data key (``bedside.vault.Vault``)."""
    folder: Path
    header: Header
    clock: Clock
    kdf: KdfParams
    db: VaultDB | None
    _key: bytearray | None

    @property
    def workstation_id(self) -> str: ...
    def lookup(self, username: str) -> str: ...
    def check_password(self, user_id: str, password: str) -> None: ...
    def authenticate(self, username: str, password: str) -> User: ...
    def remove_slot(self, user_id: str, *, actor: Actor) -> None: ...
    def replace_slot(self, user_id: str, username: str, credential: Credential, *,
                     actor: Actor) -> None: ...
    def _require_key(self) -> bytearray: ...


class Principal(Protocol):
    """The signed-in person acting on the open database
    (``bedside.session.Session``)."""
    user: User
    clock: Clock

    @property
    def db(self) -> VaultDB: ...
    @property
    def actor(self) -> Actor: ...
    def can(self, permission: Permission) -> bool: ...
    def require(self, permission: Permission, orm=None) -> None: ...
    def signing_keys(self) -> PersonKeys: ...
