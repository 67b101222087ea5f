"""The monitor's latest values above the flowsheet's entry row: where they
come from and when, how to accept (Enter, the row is pre-filled), change
(type over a value) or not chart them (F10, with a reason).  The feed is
fetched in its own thread, like sync, so neither the window nor the
vault's worker waits on the network (docs/hl7.md)."""
from __future__ import annotations

import atexit
from typing import Callable

from bedside.hl7feed import feed
from bedside.hl7feed.proposals import VitalProposal
from bedside.infusion.messages import label
from ui.infusion.common import local_time
from ui.qt import QObject, QThread, QtCore, QtWidgets, Signal, Qt

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
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def poll(self) -> None:
        session = self.ctx.session
        if session is None or not session.is_open or self._busy:
            return
        self._busy = True
        self.ctx.run(lambda: (feed.enrollment_of(session), feed.cache_for(session)),
                     self._enrolled, lambda _err: setattr(self, "_busy", False))

    def _enrolled(self, found) -> None:
        enr, cache = found
        if enr is None:                     # not enrolled: nothing to fetch, ever
            self._busy = False
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


class MonitorStrip(QtWidgets.QFrame):
    reject_requested = Signal()

    def __init__(self, protocol, language: str, parent=None) -> None:
        super().__init__(parent)
        self.protocol = protocol
        self.language = language
        self.setObjectName("monitorStrip")
        self.setStyleSheet("#monitorStrip { background: #e3f2fd; border: 2px solid #1e88e5;"
                           " border-radius: 8px; } QLabel { font-size: 13pt; color: #0d47a1; }")
        lay = QtWidgets.QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        self.text = QtWidgets.QLabel()
        self.text.setObjectName("monitorText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.PlainText)
        lay.addWidget(self.text, 1)
        self.reject = QtWidgets.QPushButton(self.tr("Do not chart… F10"))
        self.reject.setObjectName("monitorReject")
        self.reject.setFocusPolicy(Qt.NoFocus)        # Tab stays in the entry row
        self.reject.setMinimumHeight(40)
        self.reject.clicked.connect(self.reject_requested)
        lay.addWidget(self.reject)
        self.held = QtWidgets.QLabel()
        self.held.setObjectName("monitorHeld")
        self.held.setWordWrap(True)
        self.held.setStyleSheet("color: #bf360c; font-weight: bold;")
        lay.addWidget(self.held)
        self.hide()

    def show_offer(self, prop: VitalProposal | None, held: int) -> None:
        if prop is not None:
            signs = "  ·  ".join(f"{label(self.protocol.sign(s).short, self.language)} {v}"
                                 for s, v in prop.values.items())
            self.text.setText(self.tr("From the monitor at {time} (values in blue): check them, "
                                      "change any, Enter saves.").format(time=local_time(prop.observed_utc)))
            self.text.setToolTip(signs.replace(".", ",") if self.language == "fr" else signs)
        self.text.setVisible(prop is not None)
        self.reject.setVisible(prop is not None)
        self.held.setText(self.tr("Held for review: {n} monitor message(s) whose name or birth "
                                  "date differ from this patient's.").format(n=held) if held else "")
        self.held.setVisible(bool(held))
        self.setVisible(prop is not None or bool(held))
