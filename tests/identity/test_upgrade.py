"""Vaults from before per-person keys (tests/fixtures/vault_v0001): the
local account enters the directory at its first sign-in, old entries are
marked (meta.legacy_rowid_max) and checked by hash and audit chain, and an
unsigned entry added after the upgrade is refused by bedside verify."""

import shutil
from pathlib import Path

from sqlalchemy import insert

from bedside import audit
from bedside.canonical import canonical_json, sha256_hex
from bedside.identity.slots import PersonSlot
from bedside.storage.schema import RecordRow
from bedside.vault import Vault
from bedside.verify import verify_vault
from tests.conftest import PASSWORD

FIXTURE = Path(__file__).parent.parent / "fixtures" / "vault_v0001"


def test_upgraded_account_enrols_and_old_entries_stay_verifiable(tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    v = Vault.open(folder)
    s = v.login("admin", PASSWORD)
    assert isinstance(v.header.slot_for_user(s.user.id), PersonSlot)
    staff = s.records.latest(s.user.id)
    assert staff.record_type == "staff" and staff.author_key_id == s.signing_keys().key_id
    notes = s.records.list_latest("note")
    assert notes and all(n.entry_sig is None for n in notes)      # made before signing keys
    assert int(v.meta("legacy_rowid_max")) >= len(notes)
    v.lock()
    assert verify_vault(folder, username="admin", password=PASSWORD).ok
    # the same sign-in works again (person slot now), and an unsigned entry slipped in later
    # by someone with the database key is named by verify
    s = Vault.open(folder).login("admin", PASSWORD)
    content = canonical_json({"text": "slipped in"})
    row = dict(id="f" * 32, record_id="r" * 32, record_type="note", patient_id="P-1",
               version=1, replaces=None, content=content, content_hash=sha256_hex(content),
               author_id=s.user.id, author_name="x", created_utc=s.clock.now().isoformat(),
               utc_offset_min=0, reason=None, workstation_id="w", hlc=s.db.hlc.now())
    with s.db.write() as orm:
        orm.execute(insert(RecordRow), [row])
        audit.append(orm, s.actor, "create", when=s.clock.now(), utc_offset_min=0,
                     record_type="note", record_id=row["record_id"], entry_id=row["id"],
                     version=1, details={"content_hash": row["content_hash"]})
    s.vault.lock()
    result = verify_vault(folder, username="admin", password=PASSWORD)
    assert not result.ok and "f" * 32 in result.line and "not signed" in result.line
