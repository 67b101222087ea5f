"""The monitor/lab feed fetched in its own thread, like sync, so neither
the window nor the vault's worker waits on the network (docs/hl7.md)."""
from __future__ import annotations

import atexit
from typing import Callable

from bedside.hl7feed import feed
from ui.qt import QObject, QThread, QtCore, Signal

POLL_MS = 20_000
_RUNNING: set = set()      # fetch threads alive, whatever happens to the screen that started them


class _Fetch(QThread):
    done = Signal()

    def __init__(self, fn: Callable[[], object]) -> None:
        super().__init__()
        self._fn = fn

    def run(self) -> None:
        try:
            self._fn()
        except Exception:  # noqa: BLE001 - offline or refused: the strip keeps what it has
            pass
        self.done.emit()


@atexit.register
def _wait_for_fetches() -> None:
    for t in list(_RUNNING):
        t.wait(int(feed.FETCH_TIMEOUT_S * 2000))


def _prune() -> None:
    for t in [t for t in _RUNNING if t.isFinished()]:
        _RUNNING.discard(t)


class FeedPoller(QObject):
    """Fetches the feed every POLL_MS while a flowsheet is shown, only on an
    enrolled PC; emits ``fetched`` after each attempt.  The enrollment is
    read on the vault's worker; the thread only talks HTTPS."""
    fetched = Signal()

    def __init__(self, ctx, parent=None) -> None:
        """``ctx``: anything with ``session`` and ``run(fn, ok, fail)``
        (the app's context, or the checklist's adapter)."""
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self.unenrolled = False             # learnt once: this PC has no server, never ask again
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def poll(self) -> None:
        session = self.ctx.session
        if session is None or not session.is_open or self._busy or self.unenrolled:
            return
        self._busy = True
        self.ctx.run(lambda: (feed.enrollment_of(session), feed.cache_for(session)),
                     self._enrolled, lambda _err: setattr(self, "_busy", False))

    def _enrolled(self, found) -> None:
        enr, cache = found
        if enr is None:                     # not enrolled: nothing to fetch, ever
            self._busy = False
            self.unenrolled = True
            self.timer.stop()
            return
        _prune()
        t = _Fetch(lambda: feed.fetch(cache, enr))
        t.done.connect(self._done)
        _RUNNING.add(t)                     # kept until finished, even if this screen goes
        t.start()

    def _done(self) -> None:
        self._busy = False
        self.fetched.emit()
