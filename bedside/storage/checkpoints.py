"""WAL checkpoints off the save path.

In WAL mode every commit appends its pages to the ``-wal`` file; a
*checkpoint* copies them back into the database file and fsyncs it. By
default SQLite runs one inside whichever commit pushes the WAL past 1,000
pages (``wal_autocheckpoint``): with a save writing ≈ 10 pages, one save in
≈ 90 paid for copying and fsyncing 4 MB -- the p99 of saving an entry
(docs/BENCHMARKS.md, "Saving one clinical entry").

So the vault's writer connection (``VaultDB.write``) runs with
``wal_autocheckpoint = 0`` and this object runs a PASSIVE checkpoint on a
thread of its own, on a pooled connection:

* in a pause: once no write has committed for :data:`IDLE_SECONDS` -- at the
  bedside, between one entry and the next, so a checkpoint's own writes and
  fsync do not meet a save's;
* or, when writes never pause (a sync pull, a bench), at the latest every
  :data:`MAX_COMMITS` commits, followed by a RESTART checkpoint that lets
  the WAL start over, which bounds it (≈ 256 saves ≈ 6 MB; see
  :meth:`Checkpointer._checkpoint`).

Durability is unchanged: each commit is still fsynced to the WAL
(``synchronous = FULL``) before it returns, and a checkpoint interrupted by
a crash is redone from the WAL at the next open, as SQLite always does.
PASSIVE never waits for the writer nor makes it wait; frames a reader still
needs stay in the WAL until a later checkpoint. Closing the database stops
the thread; SQLite checkpoints the rest when the last connection closes.
"""

from __future__ import annotations

import logging
import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator

log = logging.getLogger(__name__)

IDLE_SECONDS = 0.5
MAX_COMMITS = 256
RESTART_WAIT_MS = 100


class Checkpointer:
    """Told of each commit on the writer connection (which does not
    checkpoint); runs ``PRAGMA wal_checkpoint(PASSIVE)`` on a connection from
    *connect* (called each time: after a rekey it gives the new key's) in
    the next pause, or at once after :data:`MAX_COMMITS` commits.

    The saving thread only counts (``_commits``, ``_last``) and the
    checkpoint thread only notes what it took (``_taken``): neither writes
    what the other writes, and a save wakes the thread only for the first
    commit after a checkpoint (and at the bound), not at every commit."""

    def __init__(self, connect: Callable[[], object]) -> None:
        self._connect = connect
        self._commits = 0                  # commits on the writer (saving thread)
        self._taken = 0                    # of them, checkpointed (checkpoint thread)
        self._last = 0.0                   # monotonic time of the last commit
        self._wake = threading.Event()     # a commit to checkpoint, or stop
        self._lock = threading.Lock()      # held while a checkpoint runs
        self._stopped = False
        self._thread: threading.Thread | None = None
        self.done = 0                      # checkpoints run (for tests and the bench)

    def committed(self) -> None:
        """One more commit on the writer connection."""
        self._last = time.monotonic()
        self._commits += 1
        pending = self._commits - self._taken
        if pending == 1 or pending >= MAX_COMMITS:
            self._request()

    def _request(self) -> None:
        if self._stopped:
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="bedside-wal-checkpoint",
                                            daemon=True)
            self._thread.start()
        self._wake.set()

    def _run(self) -> None:
        while True:
            self._wake.wait()
            self._wake.clear()
            while not self._stopped and self._commits - self._taken < MAX_COMMITS:
                quiet = time.monotonic() - self._last
                if quiet >= IDLE_SECONDS:
                    break
                self._wake.wait(IDLE_SECONDS - quiet)     # a pause, the bound, or stop
                self._wake.clear()
            with self._lock:
                if self._stopped:
                    return
                if self._commits == self._taken:
                    continue                  # nothing since the last one
                bound = self._commits - self._taken >= MAX_COMMITS
                self._taken = self._commits
                try:
                    self._checkpoint(restart=bound)
                except Exception as exc:      # the next one retries; the WAL keeps every commit
                    log.warning("WAL checkpoint failed: %s", type(exc).__name__)

    def _checkpoint(self, restart: bool = False) -> None:
        """A PASSIVE checkpoint; with *restart* (writes that never pause),
        then a RESTART one, so the WAL starts over from its beginning.

        The WAL starts over only when a write begins with every frame copied
        back -- in a pause, the write after the checkpoint. Under writes that
        never pause a frame is always newer than the last checkpoint, and the
        file grew by every commit (20 MB after 1,000 saves, with no end).
        RESTART waits for the write under way to commit and holds the next
        one while it copies what the PASSIVE pass left (the last commits'
        frames: ≈ 1 ms) -- at most :data:`RESTART_WAIT_MS`, else it gives up
        and the next bound tries again."""
        conn = self._connect()
        try:
            cur = conn.cursor()
            cur.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            if restart:
                waits = cur.execute("PRAGMA busy_timeout").fetchone()[0]
                cur.execute(f"PRAGMA busy_timeout = {RESTART_WAIT_MS}")
                try:
                    cur.execute("PRAGMA wal_checkpoint(RESTART)").fetchall()
                finally:
                    cur.execute(f"PRAGMA busy_timeout = {int(waits)}")
        finally:
            conn.close()
        self.done += 1

    @contextmanager
    def paused(self) -> Iterator[None]:
        """No checkpoint runs inside the block (the engine is being replaced)."""
        with self._lock:
            yield

    def stop(self) -> None:
        """End the thread (the database closes); waits for a running checkpoint."""
        with self._lock:
            self._stopped = True
            self._wake.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
