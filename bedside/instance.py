"""One running Bedside per vault. The app holds an OS lock on
``<vault>/bedside.lock`` for its whole run; a second start (a double click,
the CLI) finds it taken and steps aside. The OS drops the lock when the
holder dies, so a killed app never leaves the vault blocked.

On Windows the app also owns a named mutex, which the installer's
``AppMutex`` checks so an upgrade never replaces files under a running app.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import VaultAlreadyOpen
from .filelock import FileLock
from .files import atomic_write, private_dir

INSTANCE_LOCK_NAME = "bedside.lock"
# A later start drops this file to ask the running app to come forward.
FORWARD_REQUEST_NAME = "come-forward.request"
# Must match AppMutex in build_scripts/windows/bedside.iss.
APP_MUTEX = "BedsideTJT2012AppMutex"


class VaultInstance:
    """The lock that says "a Bedside is running on this vault"."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._lock = FileLock(self.folder / INSTANCE_LOCK_NAME)

    @property
    def held(self) -> bool:
        return self._lock.held

    def try_claim(self) -> bool:
        private_dir(self.folder)
        return self._lock.try_acquire()

    def claim(self) -> "VaultInstance":
        if not self.try_claim():
            raise VaultAlreadyOpen()
        return self

    def release(self) -> None:
        self._lock.release()


def in_use(folder: Path) -> bool:
    """True if a running Bedside holds *folder* (checked without keeping it)."""
    if not (Path(folder) / INSTANCE_LOCK_NAME).exists():
        return False
    probe = VaultInstance(folder)
    if probe.try_claim():
        probe.release()
        return False
    return True


def request_forward(folder: Path) -> Path:
    """Ask the app running on *folder* to bring its window forward (it
    removes the request when it has done so)."""
    path = Path(folder) / FORWARD_REQUEST_NAME
    atomic_write(path, b"come forward\n")
    return path


def take_forward_request(folder: Path) -> bool:
    """In the running app: True (once) if a later start asked to come forward."""
    try:
        (Path(folder) / FORWARD_REQUEST_NAME).unlink()
        return True
    except FileNotFoundError:
        return False


def own_app_mutex():  # pragma: no cover - Windows only
    """Create the named mutex the installer waits on. Returns its handles
    (kept for the process's life); None off Windows."""
    if os.name != "nt":
        return None
    import ctypes
    kernel32 = ctypes.windll.kernel32
    # both the session-local and the global name, as Inno Setup recommends
    return [kernel32.CreateMutexW(None, False, name)
            for name in (APP_MUTEX, "Global\\" + APP_MUTEX)]
