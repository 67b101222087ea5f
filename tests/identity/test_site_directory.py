"""One staff directory for the whole site, over a real server on 127.0.0.1:
a PC joins the site, people created on another PC sign in on it offline
after one sync, a two-person check with a nurse from another PC, password
reset and revocation reach it (with key rotation), and a PC that has not
received a change yet behaves as stated in docs/SECURITY.md."""

from __future__ import annotations


import pytest

from bedside.errors import WrongPassword
from bedside.roles import Role
from bedside.users import create_user, reset_password, revoke_user
from bedside.vault import Vault
from bedside.verify import verify_vault
from tests.conftest import PASSWORD
from tests.identity.site import client, enroll_first_pc, join_second_pc, sync


def test_person_from_pc_a_signs_in_on_pc_b_offline_and_checks_with_a_nurse(tmp_path,
                                                                           sqlite_server):
    srv = sqlite_server
    a_vault, a_admin = enroll_first_pc(tmp_path, srv)
    assert sync(a_admin).state == "synced"

    b_vault, code = join_second_pc(tmp_path, srv)
    assert code and not b_vault.is_unlocked
    b_nurse = Vault.open(b_vault.folder).login("nurse", PASSWORD)   # created on A
    b_vault = b_nurse.vault

    # a nurse created on A after B joined: not on B until B syncs
    create_user(a_admin, "nurse3", "Inf. Third Nurse", Role.NURSE, "third nurse pw")
    assert sync(a_admin).state == "synced"
    with pytest.raises(WrongPassword):
        b_vault.authenticate("nurse3", "third nurse pw")
    assert sync(b_nurse).state == "synced"
    srv.kill()                                           # B is offline from now on
    b_vault.lock()
    nurse3 = Vault.open(b_vault.folder).login("nurse3", "third nurse pw")
    b_vault = nurse3.vault
    b_nurse = b_vault.login("nurse", PASSWORD)
    assert b_nurse.authenticate_other("nurse3", "third nurse pw").username == "nurse3"
    note = nurse3.records.create("note", {"text": "written on B by a nurse from A"},
                                 patient_id="P-1")
    assert note.author_key_id == nurse3.signing_keys().key_id
    assert verify_vault(b_vault.folder, username="nurse3", password="third nurse pw").ok


def test_reset_and_revocation_reach_a_joined_pc_which_rotates(tmp_path, sqlite_server):
    srv = sqlite_server
    a_vault, a_admin = enroll_first_pc(tmp_path, srv)
    sync(a_admin)
    b_vault, _ = join_second_pc(tmp_path, srv)
    b_inv = Vault.open(b_vault.folder).login("investigator", PASSWORD)
    b_vault = b_inv.vault
    key_before = bytes(b_vault._key)
    users = {u.username: u for u in __import__("bedside.users", fromlist=["x"]).list_users(a_admin)}
    reset_password(a_admin, users["nurse"].id, "nurse new password")
    revoke_user(a_admin, users["nurse2"].id)
    # not received yet: B still knows them as they were
    assert b_vault.authenticate("nurse", PASSWORD).username == "nurse"
    sync(a_admin)
    sync(b_inv)
    assert bytes(b_vault._key) != key_before              # B rotated its data key
    for who, pw in (("nurse", PASSWORD), ("nurse2", PASSWORD)):
        with pytest.raises(WrongPassword):
            b_vault.authenticate(who, pw)
    assert b_vault.authenticate("nurse", "nurse new password").username == "nurse"
    b_vault.lock()
    assert Vault.open(b_vault.folder).login("investigator", PASSWORD)
    assert verify_vault(b_vault.folder, username="investigator", password=PASSWORD).ok
