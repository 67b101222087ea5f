"""A child process writing entries is SIGKILLed at random moments. Every
entry whose commit returned is present afterwards, the vault opens, and
``verify`` passes.

Each round's writer is its own process, killed by the kernel mid-write; it
is forked from one parent that loaded ``bedside`` once (as a fork server
does: it signed in and locked the vault again before the first round), so a
round costs a fork, not a Python start and its imports (50 interpreter
starts made this the suite's longest test, issue 12). Each writer opens the
vault and signs in itself, after the fork: no connection or session is
shared between rounds."""

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

# Reads a round number per line on stdin; forks that round's writer, which
# prints "ready <pid>" once signed in, then "<round>:<i>" after each commit
# returned; once the writer is dead, prints "done <round> <wait status>".
FORK_SERVER = """
import os, sys
from bedside.vault import Vault
folder, password = sys.argv[1], sys.argv[2]
Vault.open(folder).login("nurse", password).vault.lock()   # loads the code a writer runs, once
print("up", flush=True)
for line in sys.stdin:
    round_no = line.strip()
    pid = os.fork()
    if pid == 0:
        try:
            s = Vault.open(folder).login("nurse", password)
            print(f"ready {os.getpid()}", flush=True)
            i = 0
            while True:
                s.records.create("note", {"text": f"{round_no}/{i}"})
                print(f"{round_no}:{i}", flush=True)   # only after the commit returned
                i += 1
        finally:
            os._exit(1)                                # only if the writer failed
    _, status = os.waitpid(pid, 0)
    print(f"done {round_no} {status}", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL") or not hasattr(os, "fork"), reason="POSIX only")
def test_sigkill_never_loses_a_committed_entry(tmp_path):
    vault, _ = make_vault(tmp_path / "vault")
    vault.lock()
    rng = random.Random(2012)
    committed: set[tuple[str, int]] = set()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    forks = subprocess.Popen([sys.executable, "-c", FORK_SERVER, str(vault.folder), PASSWORD],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        assert forks.stdout.readline().strip() == "up"
        for rnd in range(ROUNDS):
            forks.stdin.write(f"{rnd}\n")
            forks.stdin.flush()
            ready = forks.stdout.readline().split()
            assert ready[:1] == ["ready"], ready
            lines = []
            if rnd % 2 == 0:  # every other round waits for one commit, so the check does not hang on load
                lines.append(forks.stdout.readline().strip())
            time.sleep(rng.uniform(0.0, 0.05))
            os.kill(int(ready[1]), signal.SIGKILL)
            while not (line := forks.stdout.readline()).startswith("done "):
                assert line, "the fork server ended"
                lines.append(line.strip())
            status = int(line.split()[2])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, line  # killed mid-write
            for line in lines:
                r, i = line.split(":")
                committed.add((r, int(i)))
    finally:
        forks.stdin.close()
        forks.wait(60)
    assert len(committed) >= ROUNDS // 2  # the writers did get work done (at least the waited-for commits)
    v = Vault.open(vault.folder)
    s = v.login("admin", PASSWORD)
    stored = {(r, int(i)) for r, i in (n.content["text"].split("/")
                                        for n in s.records.list_latest("note"))}
    assert committed <= stored
    v.lock()
    result = verify_vault(vault.folder, username="admin", password=PASSWORD)
    assert result.ok, result.line
