"""A new ward PC joins an existing site (instead of creating one).

The PC makes its own vault (fresh data key, its own recovery code),
enrolls with the site's server using the one-time code -- the code is the
authority here, as nobody can sign in on a PC that has no directory yet --
and pulls. The staff directory arrives with the first pull, every entry
through the entry rules; every active person then has a key slot sealed
to their public key and signs in with their usual password, even when the
PC is offline afterwards."""

from __future__ import annotations

from pathlib import Path

from .. import audit
from ..clock import Clock
from ..crypto.kdf import KdfParams
from ..crypto.keyslots import RECOVERY_USER, new_recovery_code, normalise_recovery_code
from ..errors import VaultExists
from ..header import DB_NAME
from ..sync.client import SyncClient
from ..sync.engine import SyncEngine
from ..sync.enrollment import enroll
from ..sync.local import VaultLocal
from ..account import check_display_name
from .keys import PersonKeys
from .reconcile import reconcile
from .slots import Credential, PersonSlot

INSTALLER = "installer"


class _Installer:
    """Who acts while a PC joins: no person yet, the enrollment code vouches."""

    def __init__(self, vault, actor: audit.Actor) -> None:
        self.vault, self.actor, self.clock = vault, actor, vault.clock

    @property
    def db(self):
        return self.vault.db

    def require(self, _permission) -> None:
        return None


def join_site(folder: Path, *, workstation_name: str, server_url: str, ca_pem: str, code: str,
              kdf: KdfParams | None = None, clock: Clock | None = None,
              client_factory=SyncClient):
    """Returns the new vault (locked) and its recovery code (shown once).
    Raises ValidationError for bad input, SyncError subclasses when the
    server cannot be reached or refuses the code (the folder is then left
    without a header, so the wizard can try again)."""
    from ..vault import Vault
    folder = Path(folder)
    if Vault.exists(folder):
        raise VaultExists(path=str(folder))
    workstation_name = check_display_name(workstation_name)
    vault = Vault.fresh(folder, clock, kdf, workstation_name=workstation_name)
    key, workstation_id = vault._key, vault.db.workstation_id
    actor = audit.Actor(None, INSTALLER, workstation_id)
    installer = _Installer(vault, actor)
    joined = False
    try:
        enroll(installer, server_url, ca_pem, code, workstation_name, client_factory)
        enr = VaultLocal(installer).state.enrollment()
        with client_factory(enr.server_url, enr.ca_pem, enr.device_id, enr.key) as client:
            SyncEngine(VaultLocal(installer), client).pull()
        recovery_code = new_recovery_code()
        vault.header.slots.append(PersonSlot.for_credential(
            vault.header.vault_id, RECOVERY_USER, vault.lookup(RECOVERY_USER),
            Credential.make(RECOVERY_USER, normalise_recovery_code(recovery_code),
                            PersonKeys.generate(), vault.kdf), key))
        reconcile(vault, actor)
        vault.header.save(folder)
        with vault.db.write() as orm:
            audit.append(orm, actor, "vault_join", when=vault.clock.now(),
                         utc_offset_min=vault.clock.utc_offset_minutes(),
                         details={"workstation_name": workstation_name,
                                  "server_url": enr.server_url})
        joined = True
    finally:
        vault.lock()
        if not joined:   # nothing but this attempt's empty vault: gone, so the wizard can retry
            for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", "vault.json"):
                (folder / name).unlink(missing_ok=True)
    return vault, recovery_code
