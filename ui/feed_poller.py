"""The monitor/lab feed fetched as a network ``Op`` (ui/ops.py), like sync,
so neither the window nor the vault's worker waits on the network (docs/hl7.md)."""
from __future__ import annotations

from bedside.hl7feed import feed
from ui.ops import Op
from ui.qt import QObject, QtCore, Signal

POLL_MS = 20_000


class FeedPoller(QObject):
    """Fetches the feed every POLL_MS while a flowsheet is shown, only on an
    enrolled PC; emits ``fetched`` after each attempt.  The enrollment is
    read on the vault's worker; the thread only talks HTTPS."""
    fetched = Signal()

    def __init__(self, ctx, parent=None) -> None:
        """``ctx``: the app's context."""
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
        Op(self.ctx, lambda: (feed.enrollment_of(session), feed.cache_for(session)), parent=self) \
            .on_success(self._enrolled).on_failure(lambda _err: setattr(self, "_busy", False)).run()

    def _enrolled(self, found) -> None:
        enr, cache = found
        if enr is None:                     # not enrolled: nothing to fetch, ever
            self._busy = False
            self.unenrolled = True
            self.timer.stop()
            return
        # offline or refused: the strip keeps what it has, no dialog every 20 s
        Op(self.ctx, lambda: feed.fetch(cache, enr), parent=self).network() \
            .on_success(self._done).on_failure(self._done).run()

    def _done(self, _result_or_error=None) -> None:
        self._busy = False
        self.fetched.emit()
