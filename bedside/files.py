"""Durable, private file writes: temp → fsync → replace, owner-only modes."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

# Windows refuses to replace a file another program has open without
# FILE_SHARE_DELETE (antivirus, the search indexer, a backup agent) with
# "access denied" (winerror 5) or "in use" (32), usually for milliseconds.
# Such a replace is retried with a bounded back-off instead of losing the write.
_IN_USE_WINERRORS = (5, 32, 33)
REPLACE_ATTEMPTS = 8
REPLACE_FIRST_PAUSE_S = 0.01  # doubles each time: at most ~2.5 s in all


def _replace(src: str, dst: Path) -> None:
    """The OS call behind every atomic write (the one place tests inject failures)."""
    os.replace(src, dst)


def _in_use(err: OSError) -> bool:
    return isinstance(err, PermissionError) or getattr(err, "winerror", None) in _IN_USE_WINERRORS


def replace_retrying(src: str, dst: Path) -> None:
    pause = REPLACE_FIRST_PAUSE_S
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            _replace(src, dst)
            return
        except OSError as err:
            if not _in_use(err) or attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(pause)
            pause *= 2


def private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path, 0o700)
    except OSError:  # pragma: no cover - e.g. Windows ACLs
        pass
    return path


def atomic_write(path: Path, data: bytes, durable: bool = True) -> None:
    """Write *data* so that *path* holds either the old or the new bytes,
    never a mixture, even if the machine dies mid-write. ``durable=False``
    skips the fsyncs (the rename is still atomic; after a power cut the old
    bytes may come back)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            if durable:
                f.flush()
                os.fsync(f.fileno())
        replace_retrying(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    if durable:
        fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (before SQLite opens it,
    so the -wal and -shm files inherit the mode)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
