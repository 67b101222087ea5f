"""WAL checkpoints off the save path.

In WAL mode every commit appends its pages to the ``-wal`` file; a
*checkpoint* copies them back into the database file and fsyncs it. By
default SQLite runs one inside whichever commit pushes the WAL past 1,000
pages (``wal_autocheckpoint``): with a save writing ≈ 12 pages, one save in
≈ 80 paid for copying and fsyncing 4 MB -- the p99 of saving an entry
(docs/BENCHMARKS.md, "Saving one clinical entry").

So the vault's writer connection (``VaultDB.write``) runs with
``wal_autocheckpoint = 0`` and this object runs a PASSIVE checkpoint on a
thread of its own, on a pooled connection, every :data:`EVERY_COMMITS`
writes (≈ 750 pages of saves: the WAL stays as short as SQLite's default
keeps it). Durability is unchanged: each commit is still fsynced to the WAL
(``synchronous = FULL``) before it returns, and a checkpoint interrupted by
a crash is redone from the WAL at the next open, as SQLite always does.
PASSIVE never waits for the writer nor makes it wait; frames a reader
still needs stay in the WAL until a later checkpoint. Closing the database
stops the thread; SQLite checkpoints the rest when the last connection
closes.
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from typing import Callable, Iterator

log = logging.getLogger(__name__)

EVERY_COMMITS = 64


class Checkpointer:
    """Counts the writer's commits; every :data:`EVERY_COMMITS` wakes its
    thread, which runs ``PRAGMA wal_checkpoint(PASSIVE)`` on a connection
    from *connect* (called each time: after a rekey it gives the new key's)."""

    def __init__(self, connect: Callable[[], object]) -> None:
        self._connect = connect
        self._since = 0
        self._wake = threading.Event()
        self._lock = threading.Lock()      # held while a checkpoint runs
        self._stopped = False
        self._thread: threading.Thread | None = None
        self.done = 0                      # checkpoints run (for tests and the bench)

    def committed(self) -> None:
        """One more commit on the writer connection (no autocheckpoint there)."""
        self._since += 1
        if self._since >= EVERY_COMMITS:
            self._since = 0
            self.request()

    def request(self) -> None:
        """Wake the thread for one checkpoint (started on first use)."""
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
            with self._lock:
                if self._stopped:
                    return
                self._wake.clear()
                try:
                    self._checkpoint()
                except Exception as exc:      # the next one retries; the WAL keeps every commit
                    log.warning("WAL checkpoint failed: %s", type(exc).__name__)

    def _checkpoint(self) -> None:
        conn = self._connect()
        try:
            conn.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
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
