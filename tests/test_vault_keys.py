"""Key slots, wrong passwords, tampering and truncation: each fails with a
named error."""

import json
import os

import pytest

from bedside.crypto.kdf import KdfParams
from bedside.errors import VaultCorrupt, VaultExists, VaultTampered, WrongPassword
from bedside.header import DB_NAME, HEADER_NAME
from bedside.roles import Role
from bedside.users import reset_password, revoke_user, list_users
from bedside.vault import Vault
from bedside.verify import verify_vault

from .conftest import PASSWORD


def test_default_kdf_is_the_strong_one():
    p = KdfParams.default()
    assert (p.memory_kib, p.iterations, p.lanes) == (65536, 3, 4)


def test_files_are_private_and_hold_no_plaintext_header(tmp_vault):
    folder = tmp_vault.folder
    for name in (HEADER_NAME, DB_NAME):
        assert os.stat(folder / name).st_mode & 0o077 == 0
    assert os.stat(folder).st_mode & 0o077 == 0
    header = (folder / HEADER_NAME).read_text()
    for clear in ("admin", "nurse", "CHU", "TEST-PC"):
        assert clear not in header
    with open(folder / DB_NAME, "rb") as f:
        assert not f.read(16).startswith(b"SQLite format 3")


def test_wrong_password_and_unknown_user(tmp_vault):
    tmp_vault.lock()
    v = Vault.open(tmp_vault.folder)
    with pytest.raises(WrongPassword):
        v.login("admin", "not the password")
    with pytest.raises(WrongPassword):
        v.login("nobody", PASSWORD)
    assert not v.is_unlocked
    assert v.login("admin", PASSWORD).user.username == "admin"


def test_wrapped_key_moved_to_another_slot_does_not_unwrap(tmp_vault):
    tmp_vault.lock()
    path = tmp_vault.folder / HEADER_NAME
    h = json.loads(path.read_text())
    admin, nurse = h["slots"][0], next(s for s in h["slots"] if s["lookup"] != h["slots"][0]["lookup"]
                                       and s["user_id"] != "recovery")
    # nurse's slot gets the admin's sealed data key and credential: the AAD names
    # another person, so neither the private keys nor the data key open
    for k in ("credential", "sealed"):
        nurse[k] = admin[k]
    path.write_text(json.dumps(h))
    v = Vault.open(tmp_vault.folder)
    with pytest.raises(WrongPassword):
        v.login(_username_for(v, nurse["lookup"]), PASSWORD)


def _username_for(v, lookup):
    for name in ("nurse", "nurse2", "investigator", "datamanager"):
        if v.lookup(name) == lookup:
            return name
    raise AssertionError


def _flip(db, offset):
    data = bytearray(db.read_bytes())
    data[offset] ^= 0xFF
    db.write_bytes(bytes(data))


def test_tampered_first_page_is_named_at_login(tmp_vault):
    tmp_vault.lock()
    db = tmp_vault.folder / DB_NAME
    assert not (tmp_vault.folder / (DB_NAME + "-wal")).exists()
    _flip(db, 200)
    with pytest.raises(VaultTampered):
        Vault.open(tmp_vault.folder).login("admin", PASSWORD)


def test_tampered_inner_page_is_found_by_verify(tmp_vault, session_as):
    session_as(Role.NURSE).records.create("note", {"text": "x" * 20000})
    tmp_vault.lock()
    db = tmp_vault.folder / DB_NAME
    assert verify_vault(tmp_vault.folder, username="admin", password=PASSWORD).ok
    _flip(db, db.stat().st_size - 4096 + 300)
    result = verify_vault(tmp_vault.folder, username="admin", password=PASSWORD)
    assert not result.ok and "broken" in result.line


def test_truncated_file_is_named(tmp_vault):
    tmp_vault.lock()
    db = tmp_vault.folder / DB_NAME
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 17])
    v = Vault.open(tmp_vault.folder)
    with pytest.raises(VaultCorrupt):
        v.login("admin", PASSWORD)


def test_missing_or_garbled_header(tmp_path, tmp_vault):
    with pytest.raises(Exception) as e:
        Vault.open(tmp_path / "nowhere")
    assert type(e.value).__name__ == "VaultMissing"
    (tmp_vault.folder / HEADER_NAME).write_text("{not json")
    with pytest.raises(VaultCorrupt):
        Vault.open(tmp_vault.folder)


def test_create_refuses_existing_vault(tmp_vault):
    with pytest.raises(VaultExists):
        Vault.create(tmp_vault.folder, site_name="x", workstation_name="y",
                     admin_username="a1", admin_display_name="A", admin_password=PASSWORD,
                     kdf=KdfParams.for_tests())


def test_recovery_code_unwraps_and_verifies(vault_with_code):
    vault, code = vault_with_code
    vault.lock()
    v = Vault.open(vault.folder)
    assert len(v.unlock_with_recovery(code.lower().replace("-", " "))) == 32
    assert verify_vault(vault.folder, recovery_code=code).ok
    with pytest.raises(WrongPassword):
        v.unlock_with_recovery("AAAA-AAAA")


def test_revoke_deletes_slot_and_reset_rewraps(tmp_vault, session_as):
    admin = session_as(Role.ADMINISTRATOR)
    nurse = next(u for u in list_users(admin) if u.username == "nurse")
    slots_before = len(tmp_vault.header.slots)
    reset_password(admin, nurse.id, "a brand new pass")
    assert len(tmp_vault.header.slots) == slots_before
    with pytest.raises(WrongPassword):
        tmp_vault.authenticate("nurse", PASSWORD)
    assert tmp_vault.authenticate("nurse", "a brand new pass").username == "nurse"
    revoke_user(admin, nurse.id)
    assert len(tmp_vault.header.slots) == slots_before - 1
    tmp_vault.lock()
    with pytest.raises(WrongPassword):
        Vault.open(tmp_vault.folder).login("nurse", "a brand new pass")
    actions = [e.action for e in Vault.open(tmp_vault.folder).login("admin", PASSWORD).audit_trail()]
    assert "key_slot_rewrap" in actions and "key_slot_remove" in actions and "user_revoke" in actions
