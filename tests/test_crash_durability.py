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
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bedside.vault import Vault
from bedside.verify import verify_vault

from .conftest import PASSWORD, make_vault

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("BEDSIDE_CRASH_ROUNDS", "50"))

# Reads a round number per line on stdin; forks that round's writer, which
# says "ready <pid>" once signed in, then "<round>:<i>" after each commit
# returned; once the writer is dead, says "done <round> <wait status>". Each
# line is one write(2) to the pipe, so a kill never leaves half a line that
# the next one would be glued to (print() may write a line in two).
FORK_SERVER = """
import os, sys
from bedside.vault import Vault
folder, password = sys.argv[1], sys.argv[2]

def say(line):
    os.write(1, (line + chr(10)).encode())

Vault.open(folder).login("nurse", password).vault.lock()   # loads the code a writer runs, once
say("up")
for line in sys.stdin:
    round_no = line.strip()
    pid = os.fork()
    if pid == 0:
        try:
            s = Vault.open(folder).login("nurse", password)
            say(f"ready {os.getpid()}")
            i = 0
            while True:
                s.records.create("note", {"text": f"{round_no}/{i}"})
                say(f"{round_no}:{i}")                 # only after the commit returned
                i += 1
        except BaseException:                          # only if the writer failed
            import traceback
            say("failed " + traceback.format_exc().replace(chr(10), " | "))
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    say(f"done {round_no} {status}")
"""


class _ForkServerOutput:
    """The fork server's lines, read by a thread so that no read can hang
    the suite: a line that does not come within WAIT_S fails the test."""
    WAIT_S = 120

    def __init__(self, stream) -> None:
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            self._lines.put(line.strip())
        self._lines.put("")

    def next(self) -> str:
        """The next line; a writer that failed on its own (not killed) fails
        the test with its traceback."""
        try:
            line = self._lines.get(timeout=self.WAIT_S)
        except queue.Empty:
            pytest.fail(f"the fork server said nothing for {self.WAIT_S} s")
        assert line, "the fork server ended"
        assert not line.startswith("failed "), line
        return line


@pytest.mark.skipif(not hasattr(signal, "SIGKILL") or not hasattr(os, "fork"), reason="POSIX only")
def test_sigkill_never_loses_a_committed_entry(tmp_path):
    vault, _ = make_vault(tmp_path / "vault")
    vault.lock()
    rng = random.Random(2012)
    committed: set[tuple[str, int]] = set()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    forks = subprocess.Popen([sys.executable, "-c", FORK_SERVER, str(vault.folder), PASSWORD],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    out = _ForkServerOutput(forks.stdout)
    try:
        assert out.next() == "up"
        for rnd in range(ROUNDS):
            forks.stdin.write(f"{rnd}\n")
            forks.stdin.flush()
            ready = out.next().split()
            assert ready[:1] == ["ready"], ready
            lines = []
            if rnd % 2 == 0:  # every other round waits for one commit, so the check does not hang on load
                lines.append(out.next())
                assert not lines[0].startswith("done "), f"round {rnd}: the writer ended before a commit: {lines[0]}"
            time.sleep(rng.uniform(0.0, 0.05))
            os.kill(int(ready[1]), signal.SIGKILL)
            while not (line := out.next()).startswith("done "):
                lines.append(line)
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
