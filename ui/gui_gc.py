"""Python's cycle collector runs only on the GUI thread.

Left to itself, CPython collects reference cycles on whichever thread
happens to allocate past the threshold -- often the database worker
(``ui/ops.py``) or a sync thread. A cycle holding a Qt object Python owns (a
closed screen, a dialog made without a parent) is then destroyed there: Qt
widgets deleted off the GUI thread while the GUI thread paints. The suite
caught it as a segfault (a checklist's ``QLabel`` destroyed by a collection
started inside the eligibility evaluator on the worker, the GUI thread
collecting at the same moment).

So, as Anki and calibre do: automatic collection is off and the GUI thread
collects what is due, by Python's own thresholds, on a timer
(:meth:`GuiThreadCollector.start`) -- a generation is collected as often as
it would have been, only never on another thread. Objects without cycles are
still freed at once by reference counting; only cyclic garbage waits, at
most one tick.
"""
from __future__ import annotations

import gc
import threading

from bedside.cycle_collector import collect_due

from .qt import QObject, QTimer

TICK_MS = 1000


class GuiThreadCollector(QObject):
    """Made once, on the GUI thread (:func:`install`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread_id = threading.get_ident()
        self.thresholds = gc.get_threshold()
        self.collections = [0, 0, 0]       # how many of each generation this collector ran
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        gc.disable()

    def start(self, tick_ms: int = TICK_MS) -> None:
        self.timer.start(tick_ms)

    def collect_due(self) -> int | None:
        """Collect the oldest generation whose count passed its threshold, as
        the interpreter would (None: nothing due). Only on the GUI thread."""
        if threading.get_ident() != self.thread_id:
            raise RuntimeError("the cycle collector runs on the GUI thread only")
        generation = collect_due(self.thresholds)
        if generation is not None:
            self.collections[generation] += 1
        return generation


_installed: GuiThreadCollector | None = None


def install(app: QObject) -> GuiThreadCollector:
    """Turn automatic collection off and collect on ``app``'s thread from now
    on (idempotent: the application, a tool or the test harness)."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(app)
        _installed.start()
    return _installed


def installed() -> GuiThreadCollector | None:
    return _installed
