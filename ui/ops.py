"""Background work in the style of Anki's QueryOp: the vault is used from one
worker thread; results come back on the GUI thread through signals. The UI
thread never waits on the database."""

from __future__ import annotations

import queue
import threading
from typing import Any, Callable

from bedside import logs

from .qt import QObject, QThread, Signal

_log = logs.get("ops")


class _Worker(QThread):
    done = Signal(object, object, object)  # job id, result, error

    def __init__(self) -> None:
        super().__init__()
        self.jobs: queue.Queue = queue.Queue()

    def run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            if isinstance(job, threading.Event):   # a barrier: every job queued before it has run
                job.set()
                continue
            job_id, fn = job
            try:
                self.done.emit(job_id, fn(), None)
            except BaseException as exc:  # delivered to on_failure, never lost
                self.done.emit(job_id, None, exc)


class DbWorker(QObject):
    """One per application. ``run(fn, on_success, on_failure)``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = _Worker()
        self._thread.done.connect(self._deliver)
        self._callbacks: dict[int, tuple[Callable, Callable | None]] = {}
        self._next = 0
        self._thread.start()

    def run(self, fn: Callable[[], Any], on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None] | None = None) -> None:
        self._next += 1
        self._callbacks[self._next] = (on_success, on_failure)
        self._thread.jobs.put((self._next, fn))

    def pending(self) -> int:
        return len(self._callbacks)

    def running(self) -> bool:
        """Still taking jobs (not stopped)."""
        return self._thread.isRunning()

    def _deliver(self, job_id: int, result: Any, error: BaseException | None) -> None:
        callbacks = self._callbacks.pop(job_id, None)
        if callbacks is None:            # stopped with discard: its screen is gone
            return
        on_success, on_failure = callbacks
        if error is None:
            on_success(result)
        elif on_failure is not None:
            on_failure(error)
        else:
            _log.error("background job failed", exc_info=error)
            from .errors import show_error
            show_error(None, error)

    def drain(self, timeout_s: float = 5.0) -> bool:
        """Wait until every job queued so far has run. Called before the vault
        closes its database (lock, switch user): closing it under a running
        query aborts the process. Jobs take milliseconds; this waits that long."""
        if not self._thread.isRunning():
            return True
        barrier = threading.Event()
        self._thread.jobs.put(barrier)
        return barrier.wait(timeout_s)

    def stop(self, discard: bool = False) -> None:
        """Finish the queued jobs and end the thread; ``discard``: their
        answers are not delivered (the widgets waiting for them are gone)."""
        self._thread.jobs.put(None)
        self._thread.wait(5000)
        if discard:
            self._callbacks.clear()


def run_in_background(ctx, fn, on_success, on_failure=None) -> None:
    """Run *fn* on the application's database worker (``ctx.worker``)."""
    ctx.worker.run(fn, on_success, on_failure)


def run_now(fn: Callable[[], Any], on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None] | None = None) -> None:
    """The worker's contract, run synchronously (tests, tools, the render
    script): the result goes to ``on_success``, an error to ``on_failure``."""
    try:
        result = fn()
    except Exception as exc:  # noqa: BLE001 - delivered like the DB worker does
        if on_failure is None:
            raise
        on_failure(exc)
        return
    on_success(result)
