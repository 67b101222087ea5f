"""The recovery slot across key rotations.

A recovery slot made since per-person keys is a person slot of its own
(``RECOVERY_USER``, sealed to a key pair whose private half is sealed under
the recovery code): a rotation reseals it like any other, and the code
keeps working. A vault upgraded from before per-person keys still has the
old kind (the code wraps the data key directly), which cannot be resealed
without the code. So the first rotation of such a vault replaces it by a
new recovery code in a person slot, keeps that code (inside the encrypted
database, which it could open anyway) until an administrator has seen it,
and the app shows it to the next administrator who signs in
(``ui/recovery_dialog.py``), once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import audit
from ..crypto.keyslots import RECOVERY_USER, new_recovery_code, normalise_recovery_code
from ..roles import Permission
from ..storage.schema import Meta
from .keys import PersonKeys
from .slots import Credential, PersonSlot

if TYPE_CHECKING:  # pragma: no cover
    from ..principal import KeyHolder, Principal

PENDING_META = "pending_recovery_code"


def renew_legacy_recovery(vault: "KeyHolder", actor: audit.Actor) -> bool:
    """Before a rotation: replace an old-kind recovery slot by a new code in
    a person slot (sealed to the current key; the rotation reseals it).
    Returns True when a new code now waits for an administrator."""
    old = vault.header.slot_for_user(RECOVERY_USER)
    if old is None or isinstance(old, PersonSlot):
        return False
    code = new_recovery_code()
    credential = Credential.make(RECOVERY_USER, normalise_recovery_code(code),
                                 PersonKeys.generate(), vault.kdf)
    vault.header.slots = [s for s in vault.header.slots if s.user_id != RECOVERY_USER] + [
        PersonSlot.for_credential(vault.header.vault_id, RECOVERY_USER,
                                  vault.lookup(RECOVERY_USER), credential,
                                  vault._require_key())]
    with vault.db.write() as orm:
        vault.db.set_meta(orm, PENDING_META, code)
        audit.append(orm, actor, "recovery_code_renewed", when=vault.clock.now(),
                     utc_offset_min=vault.clock.utc_offset_minutes(),
                     details={"why": "key rotation of a vault upgraded from before "
                                     "per-person keys"})
    return True


def pending_code(session: "Principal") -> str | None:
    """The new recovery code an administrator must write down, if any."""
    if not session.can(Permission.MANAGE_USERS):
        return None
    return session.db.get_meta(PENDING_META)


def code_written_down(session: "Principal") -> None:
    """The administrator saw the code and wrote it down: it is not kept."""
    session.require(Permission.MANAGE_USERS)
    with session.db.write() as orm:
        row = orm.get(Meta, PENDING_META)
        if row is None:
            return
        orm.delete(row)
        audit.append(orm, session.actor, "recovery_code_shown", when=session.clock.now(),
                     utc_offset_min=session.clock.utc_offset_minutes())
