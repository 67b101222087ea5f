"""Bring this PC in line with the site staff directory it holds.

Run after a pull that brought staff entries and at every sign-in: every
person in the directory gets a local account (name, role, active) and, if
active, a key slot sealed to their public key -- so anyone created on
another PC signs in here, offline, once the directory has reached this PC.
A person revoked, or whose password was reset, elsewhere loses their old
slot here and the data key is rotated (bedside.identity.rotation).

Until a change reaches a PC, that PC still knows the person as they were:
a new person cannot sign in there yet, a reset person's old password still
works there, a revoked person can still sign in there (but every entry they
make after the revocation is refused by the server and by every PC that
has the revocation). ``pending_change_note`` says so on the sign-in screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from .. import audit
from ..storage.schema import UserRow
from .rotation import rotate_data_key
from .slots import PersonSlot
from .vault_directory import load_directory

if TYPE_CHECKING:  # pragma: no cover
    from ..principal import KeyHolder


def reconcile(vault: "KeyHolder", actor: audit.Actor) -> dict[str, list[str]]:
    """Apply the directory to accounts and slots. Returns what changed:
    ``{"added": [...], "updated": [...], "removed_slots": [...], "clashes": [...]}``."""
    out: dict[str, list[str]] = {"added": [], "updated": [], "removed_slots": [],
                                 "clashes": []}
    now, off = vault.clock.now(), vault.clock.utc_offset_minutes()
    with vault.db.write() as orm:
        people = list(load_directory(vault.db, orm, private=False).people())
        names = {r.username: r.id for r in orm.scalars(select(UserRow))}
        for p in people:
            row = orm.get(UserRow, p.user_id)
            if row is None:
                if p.username in names:       # another account holds the name here
                    out["clashes"].append(p.user_id)
                    continue
                orm.add(UserRow(id=p.user_id, username=p.username, display_name=p.display_name,
                                role=p.role.value, active=int(p.active), language="fr",
                                created_utc=now.isoformat()))
                names[p.username] = p.user_id
                out["added"].append(p.user_id)
                audit.append(orm, actor, "user_from_directory", when=now, utc_offset_min=off,
                             record_type="user", record_id=p.user_id,
                             details={"username": p.username, "role": p.role.value,
                                      "entry_id": p.entry_id})
                continue
            want = {"display_name": p.display_name, "role": p.role.value,
                    "active": int(p.active)}
            changes = {k: [getattr(row, k), v] for k, v in want.items() if getattr(row, k) != v}
            if changes:
                for k, v in want.items():
                    setattr(row, k, v)
                out["updated"].append(p.user_id)
                audit.append(orm, actor, "user_from_directory", when=now, utc_offset_min=off,
                             record_type="user", record_id=p.user_id,
                             details={"changes": changes, "entry_id": p.entry_id})
    header, vid = vault.header, vault.header.vault_id
    clashes = set(out["clashes"])
    slots_changed = rotate = False
    for p in people:
        if p.user_id in clashes:
            continue
        slot = header.slot_for_user(p.user_id)
        current = isinstance(slot, PersonSlot) and slot.credential.key_id == p.credential.key_id
        if p.active and not current:
            if slot is not None:          # new keys (password reset) made elsewhere
                rotate = True
            header.slots = [s for s in header.slots if s.user_id != p.user_id] + [
                PersonSlot.for_credential(vid, p.user_id, vault.lookup(p.username),
                                          p.credential, vault._require_key())]
            slots_changed = True
        elif not p.active and slot is not None:
            header.slots = [s for s in header.slots if s.user_id != p.user_id]
            out["removed_slots"].append(p.user_id)
            slots_changed = rotate = True
    if slots_changed:
        header.save(vault.folder)
    if rotate:
        rotate_data_key(vault, actor, "directory change")
    return out
