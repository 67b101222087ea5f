"""Operating-system file locks (``flock`` on POSIX, ``LockFileEx`` through
``msvcrt.locking`` on Windows). The OS drops them when the holder dies, so a
killed process never leaves a vault locked. Used for the short lock around a
``vault.json`` compare-and-swap and the long lock that marks a vault as open
in a running Bedside."""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

if os.name == "nt":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FileLock:
    """An exclusive lock on *path* (created owner-only if missing)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; False (at once) otherwise."""
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if _try_lock(fd):
            self._fd = fd
            return True
        os.close(fd)
        return False

    def acquire(self, timeout_s: float) -> bool:
        """Wait up to *timeout_s* for the lock, with a short back-off."""
        deadline = time.monotonic() + timeout_s
        pause = 0.002
        while not self.try_acquire():
            if time.monotonic() >= deadline:
                return False
            time.sleep(pause)
            pause = min(pause * 2, 0.05)
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)


@contextmanager
def locked(path: Path, timeout_s: float, on_timeout: Exception) -> Iterator[None]:
    """Hold the lock on *path* for the block; raise *on_timeout* if another
    process keeps it longer than *timeout_s*."""
    lock = FileLock(path)
    if not lock.acquire(timeout_s):
        raise on_timeout
    try:
        yield
    finally:
        lock.release()
