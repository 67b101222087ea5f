"""Rollback is noticed. A writer subprocess saves entries and is SIGKILLed
after 150 acknowledged saves (an unclean exit); the database's ``-wal`` file
is then deleted, truncated or damaged without the key. The vault's seal
(latest audit entry, authenticated under the data key, outside the database)
makes sign-in say so in words, audited, and ``bedside verify`` report it.
An untouched crash raises no alarm. A lockout counter cleared in
``vault.json`` is noticed at the next successful sign-in."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bedside.errors import BedsideError, VaultCorrupt, VaultTampered, WrongPassword, LockedOut
from bedside.header import DB_NAME, HEADER_NAME
from bedside.roles import Role
from bedside import seal
from bedside.seal import SEAL_NAME
from bedside.vault import Vault
from bedside.verify import verify_vault

from .conftest import PASSWORD

ROOT = Path(__file__).resolve().parent.parent
ACKED = 150
WAL_HEADER, FRAME = 32, 24 + 4096     # SQLite WAL header; frame header + one page

WRITER = """
import sys
from bedside.vault import Vault
s = Vault.open(sys.argv[1]).login("nurse", sys.argv[2])
i = 0
while True:
    s.records.create("note", {"text": f"note {i}"})
    print(i, flush=True)          # only after the commit returned
    i += 1
"""


@pytest.fixture
def crashed(tmp_vault):
    """A vault whose writer was SIGKILLed after ACKED acknowledged saves."""
    tmp_vault.lock()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_vault.folder), PASSWORD],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    for _ in range(ACKED):
        assert proc.stdout.readline().strip() != ""
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    # read the rest through the same text stream: readline() may already hold
    # lines it read ahead (communicate() with a timeout reads the raw pipe and
    # would miss them, so a save could look unacknowledged and "extra")
    rest = proc.stdout.read()
    proc.stdout.close()
    wal = tmp_vault.folder / (DB_NAME + "-wal")
    assert wal.exists() and wal.stat().st_size > WAL_HEADER + 3 * FRAME
    return tmp_vault.folder, ACKED + len(rest.split())


def _notes(session) -> int:
    return len(session.records.list_latest("note"))


def test_untouched_crash_raises_no_alarm(crashed):
    crashed, acked = crashed
    session = Vault.open(crashed).login("admin", PASSWORD)
    # every acknowledged save is there; one more may be too: the kill can land
    # after a commit returned and before its line was printed (durable, not lost)
    assert session.notices == [] and _notes(session) in (acked, acked + 1)
    session.vault.lock()
    assert verify_vault(crashed, username="admin", password=PASSWORD).ok


@pytest.mark.parametrize("damage", ["delete", "truncate", "flip"])
def test_wal_damage_after_an_unclean_exit_is_noticed(crashed, damage):
    crashed, acked = crashed
    wal = crashed / (DB_NAME + "-wal")
    if damage == "delete":
        wal.unlink()
        (crashed / (DB_NAME + "-shm")).unlink(missing_ok=True)
    elif damage == "truncate":
        with open(wal, "r+b") as f:
            f.truncate(WAL_HEADER + 3 * FRAME)      # the newest frames come later
    else:
        data = bytearray(wal.read_bytes())
        data[WAL_HEADER + 2 * FRAME + 100] ^= 0x01   # frame 3: it and all later ones are dropped
        wal.write_bytes(bytes(data))
    try:
        session = Vault.open(crashed).login("admin", PASSWORD)
    except (VaultTampered, VaultCorrupt) as err:   # the damage itself was caught: said in words
        assert str(err)
        return
    lost = acked - _notes(session)
    assert lost > 0, "the damage dropped nothing: the test did not damage acknowledged saves"
    assert any("behind" in str(n) for n in session.notices), session.notices
    session.vault.lock()
    result = verify_vault(crashed, username="admin", password=PASSWORD)
    assert not result.ok and "behind" in result.line, result.line
    # said once, in the audit trail; the next sign-in is not alarmed again
    again = Vault.open(crashed).login("admin", PASSWORD)
    assert again.notices == []
    again.vault.lock()


def test_deleted_seal_is_reported(tmp_vault):
    tmp_vault.lock()
    crashed = tmp_vault.folder
    (crashed / SEAL_NAME).unlink()
    result = verify_vault(crashed, username="admin", password=PASSWORD)
    assert not result.ok and "rollback cannot be ruled out" in result.line
    session = Vault.open(crashed).login("admin", PASSWORD)
    assert any("cannot be ruled out" in str(n) for n in session.notices)
    session.vault.lock()


def test_seal_edited_without_the_key_is_reported(tmp_vault):
    tmp_vault.lock()
    crashed = tmp_vault.folder
    path = crashed / SEAL_NAME
    raw = json.loads(path.read_text())
    raw["seal"]["audit_seq"] = 1
    path.write_text(json.dumps(raw))
    # the same under a guessed key: HMAC needs the data key
    assert raw["tag"] != "00" * 32
    result = verify_vault(crashed, username="admin", password=PASSWORD)
    assert not result.ok and "fails its authentication check" in result.line


def test_a_seal_replaced_or_truncated_while_open_is_written_again_by_the_next_save(session_as):
    """The open vault keeps its seal file open between saves: a file put in
    its place (an old copy restored over it) or cut short is not written
    through the old handle -- the next save seals the file of that name
    again, so the next sign-in finds nothing wrong."""
    nurse = session_as(Role.NURSE)
    vault = nurse.vault
    folder = vault.folder
    nurse.records.create("note", {"text": "sealed"})
    vault.settle_seal()
    old = (folder / SEAL_NAME).read_bytes()
    nurse.records.create("note", {"text": "sealed again"})
    vault.settle_seal()
    restored = folder / "restored.seal"
    restored.write_bytes(old)
    os.replace(restored, folder / SEAL_NAME)      # an old copy put in its place
    nurse.records.create("note", {"text": "after the copy"})
    vault.settle_seal()
    assert (folder / SEAL_NAME).read_bytes() != old
    with open(folder / SEAL_NAME, "r+b") as f:     # then cut short
        f.truncate(10)
    nurse.records.create("note", {"text": "after the cut"})
    vault.settle_seal()
    assert len((folder / SEAL_NAME).read_bytes()) == 512
    vault.lock()
    assert verify_vault(folder, username="admin", password=PASSWORD).ok
    again = Vault.open(folder).login("admin", PASSWORD)
    assert again.notices == []
    again.vault.lock()


def _sealed_seq(vault) -> int:
    return seal.read(vault.folder, vault._seal_key).audit_seq


def test_a_save_is_sealed_on_the_seal_thread_and_the_seal_catches_up(session_as, monkeypatch):
    """A save hands its seal to the ``bedside-seal`` thread once committed
    (it does not wait for the HMAC and the write): the seal file catches up
    with the database by itself, and at once when the vault locks."""
    nurse = session_as(Role.NURSE)
    vault = nurse.vault
    writers = []
    real_store = seal.SealWriter.store

    def store(self, data):
        writers.append(threading.current_thread().name)
        real_store(self, data)
    monkeypatch.setattr(seal.SealWriter, "store", store)
    for i in range(20):
        nurse.records.create("note", {"text": f"note {i}"})
    head = vault.db.audit_head()[0]
    deadline = time.monotonic() + 10
    while _sealed_seq(vault) != head and time.monotonic() < deadline:
        time.sleep(0.01)
    assert _sealed_seq(vault) == head
    assert writers and set(writers) == {"bedside-seal"}
    nurse.records.create("note", {"text": "then the vault locks at once"})
    key = bytes(vault._seal_key)
    head = vault.db.audit_head()[0]
    thread = vault._sealer._thread
    vault.lock()                       # writes the seal still waiting, then stops the thread
    assert seal.read(vault.folder, key).audit_seq == head
    assert thread.name == "bedside-seal" and not thread.is_alive()


def test_a_seal_never_goes_back(tmp_path):
    """Seals handed over out of order (a save's, then sign-in's newer one):
    the file keeps the newest sequence and failure count."""
    key = bytes(32)
    (tmp_path / SEAL_NAME).write_bytes(b"")
    writer = seal.SealWriter(tmp_path, key)
    writer.write(seal.Seal(7, "b" * 64, 2))
    writer.soon(seal.Seal(6, "a" * 64, 2))       # older sequence
    writer.soon(seal.Seal(7, "b" * 64, 1))       # older failure count
    writer.close()
    assert seal.read(tmp_path, key) == seal.Seal(7, "b" * 64, 2)
    writer = seal.SealWriter(tmp_path, key)
    writer.soon(seal.Seal(8, "c" * 64, 2))
    writer.close()
    assert seal.read(tmp_path, key) == seal.Seal(8, "c" * 64, 2)
