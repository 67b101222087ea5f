"""Rotating a PC's data key after a revocation or a password reset.

A fresh random key replaces the old one (``PRAGMA rekey`` re-encrypts every
page), and every remaining person's slot is sealed to their X25519 public
key again -- no password needed. An old copy of ``vault.json`` then only
yields the old key, which opens nothing in the current database.

Crash safety: before the rekey, every slot also carries the new key
(``extra["next"]``) and the header is saved; after it, the header keeps the
new key only. A crash in between leaves slots that open whichever key the
database has (``Vault`` tries both)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import audit
from ..crypto.keyslots import new_data_key
from .keys import seal
from .recovery import renew_legacy_recovery
from .slots import PersonSlot

if TYPE_CHECKING:  # pragma: no cover
    from ..principal import KeyHolder


def rotate_data_key(vault: "KeyHolder", actor: audit.Actor, reason: str) -> None:
    renew_legacy_recovery(vault, actor)   # an upgraded vault's recovery: a new code, shown
    old = vault._require_key()
    new = new_data_key()
    vid = vault.header.vault_id
    people = [s for s in vault.header.slots if isinstance(s, PersonSlot)]
    dropped = [s.user_id for s in vault.header.slots if not isinstance(s, PersonSlot)]
    for s in people:
        s.extra["next"] = seal(s.credential.box_pub, bytes(new),
                               PersonSlot.aad(vid, s.user_id, s.credential.key_id))
    vault.header.slots = people
    vault.header.save(vault.folder)
    vault.db.rekey(old, new)
    vault.header.slots = [s.resealed(vid, new) for s in people]
    vault.header.save(vault.folder)
    for i in range(len(old)):
        old[i] = 0
    vault._key = new
    with vault.db.write() as orm:
        # the slots of accounts from before personal keys cannot be resealed
        # without their secret: they are dropped (that person needs a reset)
        audit.append(orm, actor, "key_rotated", when=vault.clock.now(),
                     utc_offset_min=vault.clock.utc_offset_minutes(),
                     details={"reason": reason, "slots": len(people),
                              "dropped_legacy_slots": dropped})
