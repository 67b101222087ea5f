"""Accounts from before per-person keys (header format 1, schema <= 0004).

At the person's first sign-in after the upgrade -- the only moment their
password is at hand -- they get their key pairs, enrol in the staff
directory with a first version signed by their own new key, and their key
slot is replaced by a person slot. Record versions written before the
upgrade stay unsigned and are told apart by ``meta.legacy_rowid_max``
(migration 0005); see docs/SECURITY.md."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from bedside.names import RecordType
from .. import audit
from ..crypto.kdf import KdfParams
from ..errors import WrongPassword
from ..storage.schema import RecordRow
from .directory import staff_content
from .keys import PersonKeys
from .slots import Credential, PersonSlot

if TYPE_CHECKING:  # pragma: no cover
    from ..account import User
    from ..principal import KeyHolder


def upgrade_account(vault: "KeyHolder", user: "User", password: str) -> PersonKeys:
    from ..records import of_record_clause
    from ..session import Session
    old = vault.header.slot_for_user(user.id)
    with vault.db.read() as orm:
        enrolled = orm.scalar(select(RecordRow.id).where(
            RecordRow.record_type == RecordType.STAFF, of_record_clause(user.id)).limit(1))
    if enrolled:   # an old header copy put back over an upgraded vault
        raise WrongPassword()
    keys = PersonKeys.generate()
    credential = Credential.make(user.id, password, keys, KdfParams.from_dict(old.kdf))
    session = Session(vault, user, vault.clock, keys)
    session.records._create(RecordType.STAFF, staff_content(user.username, user.display_name,
                                                      user.role, True, credential),
                            record_id=user.id, reason="account upgraded to personal keys",
                            self_enrol=True)
    vault.header.slots = [s for s in vault.header.slots if s.user_id != user.id] + [
        PersonSlot.for_credential(vault.header.vault_id, user.id, old.lookup, credential,
                                  vault._require_key())]
    vault.header.save(vault.folder)
    with vault.db.write() as orm:
        audit.append(orm, session.actor, "key_slot_rewrap", when=vault.clock.now(),
                      utc_offset_min=vault.clock.utc_offset_minutes(), record_type="user",
                      record_id=user.id, details={"upgrade": "personal keys"})
    return keys
