"""A lock is not tampering. Another process (a second Bedside, a backup
agent, an antivirus scan) holding the database locked makes sign-in and
``bedside verify`` wait, then say "in use" with its own exit code; a lock
released within the wait is not noticed at all. Real page tampering is
still called tampering (tests/test_vault_keys.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bedside.errors import VaultInUse
from bedside.header import DB_NAME
from bedside.vault import Vault
from bedside.verify import EXIT_IN_USE, verify_vault

from tests import fork_server
from .conftest import PASSWORD

ROOT = Path(__file__).resolve().parent.parent

# A second process that takes an exclusive lock on the real database with the
# real key, says "locked", and keeps it until told to release on stdin.
HOLDER = r"""
import sys, sqlcipher3
conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA key = \"x'%s'\"" % sys.argv[2])
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('lock_holder', '1')")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
conn.close()
print("released", flush=True)
"""


class LockHolder:
    def __init__(self, folder: Path, key: bytes) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(folder / DB_NAME), key.hex()],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert self.proc.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.write("go\n")
            self.proc.stdin.flush()
            self.proc.stdout.readline()
            self.proc.wait(10)


@pytest.fixture
def closed_vault(tmp_vault):
    key = bytes(tmp_vault._key)
    tmp_vault.lock()
    return tmp_vault.folder, key


def _cli_verify(folder: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "BEDSIDE_PASSWORD": PASSWORD, "PYTHONPATH": str(ROOT)}
    return fork_server.run([sys.executable, "-m", "bedside", "verify", str(folder),
                           "--user", "admin"], capture_output=True, text=True, env=env,
                           cwd=ROOT, timeout=120)


def test_sign_in_and_verify_say_in_use_while_another_process_holds_the_lock(closed_vault):
    folder, key = closed_vault
    holder = LockHolder(folder, key)
    try:
        with pytest.raises(VaultInUse) as err:
            Vault.open(folder).login("admin", PASSWORD)
        assert "tamper" not in str(err.value) and "in use" in str(err.value)
        result = verify_vault(folder, username="admin", password=PASSWORD)
        assert result.in_use and result.exit_code == EXIT_IN_USE
        assert "tamper" not in result.line
        cli = _cli_verify(folder)
        assert cli.returncode == EXIT_IN_USE, cli.stdout + cli.stderr
        assert cli.stdout.startswith("in use:") and "tamper" not in cli.stdout
        assert "Traceback" not in cli.stderr
    finally:
        holder.release()
    # released: the same vault opens and verifies, nothing was wrong with it
    Vault.open(folder).login("admin", PASSWORD).vault.lock()
    cli = _cli_verify(folder)
    assert cli.returncode == 0 and cli.stdout.startswith("ok: ")


def test_lock_released_during_the_wait_is_not_an_error(closed_vault):
    folder, key = closed_vault
    holder = LockHolder(folder, key)
    # released from another thread while sign-in is waiting on the lock
    import threading
    timer = threading.Timer(0.5, holder.release)
    timer.start()
    try:
        session = Vault.open(folder).login("admin", PASSWORD)
        assert session.user.username == "admin"
        session.vault.lock()
    finally:
        timer.join()
        holder.release()
