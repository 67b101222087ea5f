"""Storage upgrades tested on a real vault file written by the first schema
(tests/fixtures/vault_v0001, made by make_vault_v0001.py)."""

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from bedside.errors import VaultTooNew
from bedside.header import DB_NAME
from bedside.storage.database import VaultDB
from bedside.storage.engine import keyed_connection
from bedside.storage.migrate import head_revision
from bedside.roles import Role
from bedside.users import create_user, list_users
from bedside.vault import Vault
from bedside.verify import unlock_key, verify_database, verify_vault
from tests.conftest import PASSWORD

FIXTURE = Path(__file__).parent / "fixtures" / "vault_v0001"


@pytest.fixture
def old_vault(tmp_path):
    dest = tmp_path / "old"
    shutil.copytree(FIXTURE, dest)
    return dest


def test_first_schema_vault_opens_migrated_with_backup_and_intact_chain(old_vault):
    assert verify_vault(old_vault, username="admin", password=PASSWORD).ok
    v = Vault.open(old_vault)
    s = v.login("admin", PASSWORD)
    assert v.db.backup_taken and (old_vault / "backups" / v.db.backup_taken).exists()
    notes = s.records.list_latest("note")
    assert [n.content["text"] for n in notes] == ["written by release 0.0 (schema 0001)",
                                                  "a second note"]
    assert [u.language for u in list_users(s)] == ["fr"]
    create_user(s, "nurse", "Nurse After Upgrade", Role.NURSE, PASSWORD)
    nurse = v.login("nurse", PASSWORD)
    fixed = nurse.records.correct(notes[0].record_id, {"text": "corrected after upgrade"}, "typo")
    assert fixed.version == 2
    # the heads query finds the correction through the partial index (migration 0008)
    assert sorted(n.content["text"] for n in nurse.records.list_latest("note")) == [
        "a second note", "corrected after upgrade"]
    key = bytes(v._key)
    v.lock()
    conn = keyed_connection(old_vault / DB_NAME, key)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert conn.execute("SELECT sql FROM sqlite_master WHERE name = 'ix_records_replaces'"
                        ).fetchone()[0].endswith("WHERE replaces IS NOT NULL")
    # migration 0011: the record-id index holds the versions not named by their own
    # id -- every version from before (found above: the notes' heads, the correction)
    assert conn.execute("SELECT sql FROM sqlite_master WHERE name = 'ix_records_record_id'"
                        ).fetchone()[0].endswith("WHERE record_id <> id")
    assert conn.execute("SELECT count(*) FROM records WHERE record_id = id").fetchone()[0] == 0
    conn.close()
    result = verify_vault(old_vault, username="admin", password=PASSWORD)
    assert result.ok, result.line


def test_vault_from_a_newer_version_is_refused(old_vault):
    v = Vault.open(old_vault)
    v.login("admin", PASSWORD)
    key = bytes(v._key)
    v.lock()
    conn = keyed_connection(old_vault / DB_NAME, key)
    conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(VaultTooNew):
        Vault.open(old_vault).login("admin", PASSWORD)


def test_the_audit_rebuilds_keep_the_mark_of_entries_deleted_from_the_end(old_vault):
    """Migrations 0009 (no index on the audit entry's random id) and 0010
    (no ``AUTOINCREMENT``) rebuild the audit table: a trail whose last entry
    was deleted around the core before the upgrade is still reported by
    ``verify`` afterwards, by the same words -- 0009 carries
    ``AUTOINCREMENT``'s high-water mark over as it stood, 0010 keeps it as
    ``meta.audit_mark`` when it stood above the last entry."""
    key = unlock_key(old_vault, username="admin", password=PASSWORD)
    conn = keyed_connection(old_vault / DB_NAME, key)
    last = conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit WHERE seq = ?", (last,))
    conn.commit()
    conn.close()
    VaultDB(old_vault / DB_NAME, key, datetime.now).close()      # upgraded to the head
    conn = keyed_connection(old_vault / DB_NAME, key)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] \
            == head_revision()
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE tbl_name = 'audit' "
                                "AND type = 'index' AND name LIKE 'sqlite_autoindex%'").fetchall()
        assert {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'")} \
            == {"audit_no_update", "audit_no_delete"}
        assert conn.execute("SELECT value FROM meta WHERE key = 'audit_mark'").fetchone() \
            == (str(last),)
    finally:
        conn.close()
    assert verify_database(old_vault / DB_NAME, key).line == \
        f"broken: audit entry {last}: 1 entries missing at the end of the trail"


def test_an_upgraded_trail_has_no_sequence_row_and_keeps_its_numbers(old_vault):
    """After 0010 the audit table has no ``AUTOINCREMENT`` (a save no longer
    rewrites a ``sqlite_sequence`` page), ``seq`` is still the rowid, every
    entry keeps its number and hash, and new entries follow the last one."""
    key = unlock_key(old_vault, username="admin", password=PASSWORD)
    conn = keyed_connection(old_vault / DB_NAME, key)
    before = conn.execute("SELECT seq, hash FROM audit ORDER BY seq").fetchall()
    conn.close()
    v = Vault.open(old_vault)
    create_user(v.login("admin", PASSWORD), "nurse", "Nurse After Upgrade", Role.NURSE, PASSWORD)
    v.login("nurse", PASSWORD).records.create("note", {"text": "after the upgrade"})
    v.lock()
    conn = keyed_connection(old_vault / DB_NAME, key)
    try:
        ddl = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'audit'").fetchone()[0]
        assert "AUTOINCREMENT" not in ddl.upper()
        assert conn.execute("SELECT count(*) FROM sqlite_sequence WHERE name = 'audit'"
                            ).fetchone()[0] == 0
        after = conn.execute("SELECT seq, hash FROM audit ORDER BY seq").fetchall()
        assert after[:len(before)] == before and len(after) > len(before)
        assert [seq for seq, _ in after] == list(range(1, len(after) + 1))
        assert conn.execute("SELECT count(*) FROM audit WHERE rowid != seq").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM meta WHERE key = 'audit_mark'"
                            ).fetchone()[0] == 0     # nothing was missing: no mark kept
    finally:
        conn.close()
    assert verify_vault(old_vault, username="admin", password=PASSWORD).ok
