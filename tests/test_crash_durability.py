"""A child process writing entries is SIGKILLed at random moments. Every
entry whose commit returned is present afterwards, the vault opens, and
``verify`` passes."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bedside.vault import Vault
from bedside.verify import verify_vault

from .conftest import PASSWORD, make_vault

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("BEDSIDE_CRASH_ROUNDS", "50"))

WRITER = """
import sys
from bedside.vault import Vault
v = Vault.open(sys.argv[1])
s = v.login("nurse", sys.argv[2])
round_no = sys.argv[3]
print("ready", flush=True)
i = 0
while True:
    s.records.create("note", {"text": f"{round_no}/{i}"})
    print(f"{round_no}:{i}", flush=True)   # only after the commit returned
    i += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_sigkill_never_loses_a_committed_entry(tmp_path):
    vault, _ = make_vault(tmp_path / "vault")
    vault.lock()
    rng = random.Random(2012)
    committed: set[tuple[str, int]] = set()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for rnd in range(ROUNDS):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(vault.folder), PASSWORD,
                                 str(rnd)], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        assert proc.stdout.readline().strip() == "ready"
        first = ""
        if rnd % 2 == 0:  # every other round waits for one commit, so the check does not hang on load
            first = proc.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.05))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        for line in (first + out).splitlines():
            r, i = line.split(":")
            committed.add((r, int(i)))
    assert len(committed) >= ROUNDS // 2  # the writers did get work done (at least the waited-for commits)
    v = Vault.open(vault.folder)
    s = v.login("admin", PASSWORD)
    stored = {(r, int(i)) for r, i in (n.content["text"].split("/")
                                        for n in s.records.list_latest("note"))}
    assert committed <= stored
    v.lock()
    result = verify_vault(vault.folder, username="admin", password=PASSWORD)
    assert result.ok, result.line
