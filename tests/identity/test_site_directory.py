"""One staff directory for the whole site, over a real server on 127.0.0.1:
a PC joins the site, people created on another PC sign in on it offline
after one sync, a two-person check with a nurse from another PC, password
reset and revocation reach it (with key rotation), and a PC that has not
received a change yet behaves as stated in docs/SECURITY.md."""

from __future__ import annotations

import time

import pytest

from bedside.clock import FakeClock
from bedside.crypto.kdf import KdfParams
from bedside.errors import WrongPassword
from bedside.identity.join import join_site
from bedside.roles import Role
from bedside.sync.client import SyncClient
from bedside.sync.enrollment import enroll
from bedside.sync.service import SyncService
from bedside.users import create_user, reset_password, revoke_user
from bedside.vault import Vault
from bedside.verify import verify_vault
from tests.conftest import PASSWORD, make_vault


def _client(url, ca_pem, device_id=None, key=None):
    return SyncClient(url, ca_pem, device_id, key, timeout=10,
                      wall_ms=lambda: int(time.time() * 1000))


def _sync(session):
    return SyncService(session, client_factory=_client).run_once()


def test_person_from_pc_a_signs_in_on_pc_b_offline_and_checks_with_a_nurse(tmp_path,
                                                                           sqlite_server):
    srv = sqlite_server
    a_vault, _ = make_vault(tmp_path / "a", FakeClock())
    a_admin = a_vault.login("admin", PASSWORD)
    enroll(a_admin, srv.url, srv.ca_pem, srv.enrollment_code("A"), "USI-PC-1",
           client_factory=_client)
    assert _sync(a_admin).state == "synced"

    b_vault, code = join_site(tmp_path / "b", workstation_name="USI-PC-2", server_url=srv.url,
                              ca_pem=srv.ca_pem, code=srv.enrollment_code("B"),
                              kdf=KdfParams.for_tests(), clock=FakeClock(),
                              client_factory=_client)
    assert code and not b_vault.is_unlocked
    b_nurse = Vault.open(b_vault.folder).login("nurse", PASSWORD)   # created on A
    b_vault = b_nurse.vault

    # a nurse created on A after B joined: not on B until B syncs
    create_user(a_admin, "nurse3", "Inf. Third Nurse", Role.NURSE, "third nurse pw")
    assert _sync(a_admin).state == "synced"
    with pytest.raises(WrongPassword):
        b_vault.authenticate("nurse3", "third nurse pw")
    assert _sync(b_nurse).state == "synced"
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
    a_vault, _ = make_vault(tmp_path / "a", FakeClock())
    a_admin = a_vault.login("admin", PASSWORD)
    enroll(a_admin, srv.url, srv.ca_pem, srv.enrollment_code("A"), "USI-PC-1",
           client_factory=_client)
    _sync(a_admin)
    b_vault, _ = join_site(tmp_path / "b", workstation_name="USI-PC-2", server_url=srv.url,
                           ca_pem=srv.ca_pem, code=srv.enrollment_code("B"),
                           kdf=KdfParams.for_tests(), clock=FakeClock(), client_factory=_client)
    b_inv = Vault.open(b_vault.folder).login("investigator", PASSWORD)
    b_vault = b_inv.vault
    key_before = bytes(b_vault._key)
    users = {u.username: u for u in __import__("bedside.users", fromlist=["x"]).list_users(a_admin)}
    reset_password(a_admin, users["nurse"].id, "nurse new password")
    revoke_user(a_admin, users["nurse2"].id)
    # not received yet: B still knows them as they were
    assert b_vault.authenticate("nurse", PASSWORD).username == "nurse"
    _sync(a_admin)
    _sync(b_inv)
    assert bytes(b_vault._key) != key_before              # B rotated its data key
    for who, pw in (("nurse", PASSWORD), ("nurse2", PASSWORD)):
        with pytest.raises(WrongPassword):
            b_vault.authenticate(who, pw)
    assert b_vault.authenticate("nurse", "nurse new password").username == "nurse"
    b_vault.lock()
    assert Vault.open(b_vault.folder).login("investigator", PASSWORD)
    assert verify_vault(b_vault.folder, username="investigator", password=PASSWORD).ok
