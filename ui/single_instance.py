"""The second start of Bedside on a vault that is already open brings the
first window forward and exits. The core's instance lock (bedside.instance)
decides who is first; the second start drops a request file in the vault
folder, which the running app notices within a second, removes, and answers
by raising its window. (A file rather than a local socket: the bundle ships
without QtNetwork, and nothing here listens on any socket.)"""

from __future__ import annotations

import time
from pathlib import Path

from bedside import logs
from bedside.instance import FORWARD_REQUEST_NAME, request_forward, take_forward_request

from .qt import QObject, Qt, QTimer, QWidget

_log = logs.get("instance")
POLL_MS = 500


def ask_running_to_come_forward(folder: Path, timeout_s: float = 4.0) -> bool:
    """Ask the Bedside running on *folder* to show its window; True once it
    has taken the request, False if it did not within *timeout_s* (then the
    caller says in words that Bedside is already open)."""
    path = request_forward(folder)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not path.exists():
            return True
        time.sleep(0.05)
    take_forward_request(folder)  # nobody answered: leave no stale request behind
    return False


class ForwardRequests(QObject):
    """In the running app: answers later starts on the same vault."""

    def __init__(self, folder: Path, window: QWidget) -> None:
        super().__init__(window)
        self.folder = Path(folder)
        self.window = window
        take_forward_request(self.folder)  # one left by a start that gave up
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> bool:
        if not (self.folder / FORWARD_REQUEST_NAME).exists():
            return False
        if take_forward_request(self.folder):
            bring_forward(self.window)
            _log.info("brought forward by a second start")
            return True
        return False


def bring_forward(window: QWidget) -> None:
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized)
                          | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
