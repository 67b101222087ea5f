"""``vault.json`` is written by compare-and-swap: two processes (or two
windows) holding the same vault never lose each other's key slots, throttle
counts or queued audit events."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bedside.crypto.kdf import KdfParams
from bedside.errors import HeaderChanged, WrongPassword
from bedside.header import HEADER_NAME, Header
from bedside.roles import Role
from bedside.users import create_user
from bedside.vault import UNKNOWN_USER_TAG, Vault

from ..conftest import PASSWORD, STAFF

ROOT = Path(__file__).resolve().parents[2]
BASE_SLOTS = 2 + len(STAFF)  # admin, recovery, staff

FAILER = """
import sys, time
from pathlib import Path
from bedside.errors import WrongPassword
from bedside.vault import Vault
v = Vault.open(sys.argv[1])
print("ready", flush=True)
while not Path(sys.argv[3]).exists():
    time.sleep(0.001)
for i in range(int(sys.argv[2])):
    try:
        v.login(f"intruder{i}", "wrong password")
    except WrongPassword:
        pass
print("done", flush=True)
"""

CREATOR = """
import sys, time
from pathlib import Path
from bedside.crypto.kdf import KdfParams
from bedside.errors import WrongPassword
from bedside.vault import Vault
from bedside.users import create_user
v = Vault.open(sys.argv[1])
v.kdf = KdfParams.for_tests()
s = v.login("admin", sys.argv[4])
print("ready", flush=True)
while not Path(sys.argv[3]).exists():
    time.sleep(0.001)
for i in range(int(sys.argv[2])):
    create_user(s, f"newnurse{i}", f"Inf. New {i}", "nurse", sys.argv[4])
    try:
        v.login(f"ghost{i}", "wrong password")
    except WrongPassword:
        pass
print("done", flush=True)
"""


def _spawn(script: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    return proc


def test_two_processes_racing_never_lose_a_slot_or_a_failure(tmp_vault, tmp_path):
    tmp_vault.lock()
    folder = tmp_vault.folder
    go = tmp_path / "go"
    failures, users = 40, 8
    procs = [_spawn(FAILER, str(folder), str(failures), str(go)),
             _spawn(FAILER, str(folder), str(failures), str(go)),
             _spawn(CREATOR, str(folder), str(users), str(go), PASSWORD)]
    go.touch()
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0 and out.strip() == "done", err

    header = Header.load(folder)
    assert len(header.slots) == BASE_SLOTS + users          # no slot lost
    assert header.throttle[UNKNOWN_USER_TAG]["failures"] == 2 * failures + users  # none lost
    queued = [e for e in header.pending_audit if e["action"] == "login_failed"]
    assert len(queued) == 2 * failures                        # the unlocked window audited its own
    v = Vault.open(folder)
    for i in range(users):                                   # every new user can sign in
        assert v.login(f"newnurse{i}", PASSWORD).user.username == f"newnurse{i}"
    assert Header.load(folder).pending_audit == []           # flushed into the audit trail once
    v.lock()


def test_a_stale_window_failing_a_sign_in_keeps_a_user_added_elsewhere(tmp_vault):
    """The reported bug, in one process: window 2 opened before window 1
    added a user; a failed sign-in in window 2 used to write back 3 slots."""
    folder = tmp_vault.folder
    second = Vault.open(folder)
    admin = tmp_vault.login("admin", PASSWORD)
    tmp_vault.kdf = KdfParams.for_tests()
    create_user(admin, "latecomer", "Inf. Late Comer", Role.NURSE, PASSWORD)
    with pytest.raises(WrongPassword):
        second.login("nurse", "not the password")
    assert Header.load(folder).slot_for_lookup(tmp_vault.lookup("latecomer")) is not None
    assert second.login("latecomer", PASSWORD).user.username == "latecomer"  # seen at once
    second.lock()


def test_a_blind_save_over_a_changed_header_is_refused(tmp_vault):
    folder = tmp_vault.folder
    stale = Header.load(folder)
    with pytest.raises(WrongPassword):
        tmp_vault.login("nurse", "not the password")
    before = (folder / HEADER_NAME).read_bytes()
    stale.slots = stale.slots[:1]
    with pytest.raises(HeaderChanged):
        stale.save(folder)
    assert (folder / HEADER_NAME).read_bytes() == before
    assert len(json.loads(before)["slots"]) == BASE_SLOTS


def test_a_header_swapped_or_damaged_on_disk_is_refused_not_adopted(tmp_vault):
    from bedside.errors import VaultCorrupt
    folder = tmp_vault.folder
    good = (folder / HEADER_NAME).read_bytes()
    other = json.loads(good)
    other["vault_id"] = "0" * 32                      # another vault's header dropped in
    (folder / HEADER_NAME).write_text(json.dumps(other))
    with pytest.raises(VaultCorrupt):
        tmp_vault.login("nurse", PASSWORD)
    (folder / HEADER_NAME).write_bytes(good[: len(good) // 2])   # torn by an editor
    with pytest.raises(VaultCorrupt):
        tmp_vault.login("nurse", PASSWORD)
    (folder / HEADER_NAME).write_bytes(good)
    assert tmp_vault.login("nurse", PASSWORD).user.username == "nurse"
