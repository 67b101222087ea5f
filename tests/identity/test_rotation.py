"""Revocation and password reset rotate the data key: an old copy of
vault.json opens nothing in the current database; a refused sign-in never
leaves the vault unlocked."""

from __future__ import annotations

import shutil

import pytest

from bedside.errors import VaultTampered, WrongPassword
from bedside.header import HEADER_NAME
from bedside.patients import list_patients
from bedside.roles import Role
from bedside.users import reset_password, revoke_user
from bedside.vault import Vault
from bedside.verify import verify_vault
from tests.conftest import PASSWORD, PATIENT, make_patient


def _with_old_header(folder, old_header, tmp_path):
    """The current database next to an old copy of vault.json."""
    mixed = tmp_path / "mixed"
    shutil.copytree(folder, mixed)
    shutil.copy(old_header, mixed / HEADER_NAME)
    return mixed


def test_old_header_copy_after_revocation_opens_nothing(tmp_vault, session_as, tmp_path):
    admin, nurse = session_as(Role.ADMINISTRATOR), session_as(Role.NURSE)
    old = tmp_path / "old-vault.json"
    shutil.copy(tmp_vault.folder / HEADER_NAME, old)
    revoke_user(admin, nurse.user.id)
    make_patient(admin.vault.login("investigator", PASSWORD))   # after revocation
    mixed = _with_old_header(tmp_vault.folder, old, tmp_path)
    with pytest.raises(VaultTampered):        # the leaver's old slot yields the old key only
        Vault.open(mixed).login("nurse", PASSWORD)
    assert not Vault.open(mixed).is_unlocked
    assert not verify_vault(tmp_vault.folder, username="nurse", password=PASSWORD).ok
    # everyone else still signs in, and the data is intact
    inv = Vault.open(tmp_vault.folder).login("investigator", PASSWORD)
    assert [p.mrn for p in list_patients(inv)] == [PATIENT["mrn"]]
    assert verify_vault(tmp_vault.folder, username="admin", password=PASSWORD).ok


def test_password_reset_rotates_and_the_old_password_opens_nothing(tmp_vault, session_as,
                                                                    tmp_path):
    admin, nurse = session_as(Role.ADMINISTRATOR), session_as(Role.NURSE)
    before = nurse.records.create("note", {"text": "before reset"}, patient_id="P-1")
    old = tmp_path / "old-vault.json"
    shutil.copy(tmp_vault.folder / HEADER_NAME, old)
    reset_password(admin, nurse.user.id, "a brand new pass")
    with pytest.raises(WrongPassword):
        Vault.open(tmp_vault.folder).login("nurse", PASSWORD)
    mixed = _with_old_header(tmp_vault.folder, old, tmp_path)
    with pytest.raises(VaultTampered):
        Vault.open(mixed).login("nurse", PASSWORD)
    again = Vault.open(tmp_vault.folder).login("nurse", "a brand new pass")
    after = again.records.create("note", {"text": "after reset"}, patient_id="P-1")
    assert before.author_key_id != after.author_key_id     # new keys; the old one still verifies
    assert verify_vault(tmp_vault.folder, username="admin", password=PASSWORD).ok


def test_refused_sign_in_of_a_revoked_account_leaves_the_vault_locked(tmp_vault, session_as):
    admin = session_as(Role.ADMINISTRATOR)
    from bedside.users import list_users
    nurse2 = next(u for u in list_users(admin) if u.username == "nurse2")
    # revoke in the database only, as if the slot were still in an old header
    from bedside.users import _change
    _change(admin, nurse2.id, "user_revoke", active=0)
    tmp_vault.lock()
    v = Vault.open(tmp_vault.folder)
    with pytest.raises(WrongPassword):
        v.login("nurse2", PASSWORD)
    assert not v.is_unlocked and v._key is None


def test_interrupted_rotation_is_finished_at_the_next_sign_in(tmp_vault, session_as,
                                                               monkeypatch):
    admin, nurse = session_as(Role.ADMINISTRATOR), session_as(Role.NURSE)
    from bedside.storage.database import VaultDB
    saves = []
    real_write = type(tmp_vault.header)._write   # every header write (save and update) ends here

    def crash_after_rekey(self, folder):
        saves.append(1)
        if len(saves) == 3:       # slot removal, "both keys", then this one: the crash
            raise KeyboardInterrupt
        real_write(self, folder)
    monkeypatch.setattr(type(tmp_vault.header), "_write", crash_after_rekey)
    with pytest.raises(KeyboardInterrupt):
        revoke_user(admin, nurse.user.id)
    monkeypatch.undo()
    tmp_vault.lock()
    v = Vault.open(tmp_vault.folder)
    assert any(s.extra.get("next") for s in v.header.slots if hasattr(s, "credential"))
    s = v.login("admin", PASSWORD)
    assert not any(x.extra.get("next") for x in v.header.slots if hasattr(x, "credential"))
    assert s.records.create("site_settings", {"site_name": "After the rotation"}) and isinstance(v.db, VaultDB)
    assert verify_vault(tmp_vault.folder, username="admin", password=PASSWORD).ok
