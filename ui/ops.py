"""The one way a screen runs work off the GUI thread: ``Op``, in the spirit
of Anki's ``CollectionOp``/``QueryOp`` (``qt/aqt/operations``).

    Op(ctx, lambda: save_reading(session, pid, raw), parent=self) \\
        .busy(self.save_button) \\
        .on_success(self._saved) \\
        .run()

- Vault work runs on the application's one database worker (``DbWorker``,
  ``ctx.worker``): the GUI thread never waits on the vault, and reads and
  writes keep their order.
- ``.network()`` runs the job on a thread of its own instead (sync, the
  monitor/lab feed, enrolment): a slow server never holds up a save. Read
  what the request needs in a DB op first where you can; a network job that
  also stores what it received (a sync attempt) relies on the database
  layer's own locking, as the sync service always has.
- Before sign-in there is no ``AppContext`` (the first-run wizard creating
  or joining the vault): ``Op(None, fn, parent=…)`` runs the job on a
  thread of its own, like ``.network()``, under the same contract; there is
  no view yet to tell what it changed.
- ``.busy(widget, …)`` disables those widgets while the job runs and puts
  each back as it was on both paths, before any callback (a callback may
  disable one again). Screens do not re-enable their own buttons.
- ``.progress(relay)``: the job is called as ``fn(report)``; ``report(*args)``
  from the worker reaches ``relay(*args)`` on the GUI thread.
- What changed: after a success, ``ctx.data_changed`` carries one
  ``Changed(patient_id, record_types)`` (``bedside/changes.py``) per patient
  whose records the job wrote — the core reports every version it stores
  (``bedside.changes.recorded``), so a screen never lists record types for a
  write — and each view refreshes only if it shows one of those types. A job
  that returns a ``Changed`` (or a list of them: a sync pull's) adds those;
  ``.changes(patient_id, *record_types)`` adds one by hand, only for what is
  not a record write. ``.initiator(view)``: that view shows the result
  itself (its ``on_success`` did it), so it is not reloaded; the others are.

Error contract (docs/CORE_API.md):
- *Caught*: any exception the job raises (``Exception`` and the rest of
  ``BaseException``) is caught on the worker and delivered once, on the GUI
  thread, to the failure handler. Nothing is retried, nothing is lost.
- *Shown*: by default ``ui.errors.show_error(parent, err)`` — the one error
  display: a ``BedsideError`` in the user's words, anything else as "An
  unexpected error occurred…". ``.on_failure(fn)`` replaces that display
  (e.g. a message in place beside the field); it is then the only one.
- *Logged*: an error that is not a ``BedsideError`` is logged once with its
  class and stack (never its message: it may hold patient data), whichever
  handler shows it. A ``BedsideError`` is the user's to read, not logged.
- Exceptions raised by ``on_success``/``on_failure`` themselves go to the
  application's excepthook (``ui/errors.py``) like any GUI-thread error.
- If ``parent`` (or a busy widget) was deleted while the job ran — its
  screen closed — no callback runs for it: nothing calls into a dead widget.
"""

from __future__ import annotations

import atexit
import queue
import threading
from typing import Any, Callable

from bedside import logs
from bedside.changes import Changed, merged, recorded
from bedside.errors import BedsideError
from bedside.names import RecordType

from .qt import QObject, QThread, QWidget, Signal, is_alive

_log = logs.get("ops")


class _Box:
    """A job's result or error on its way to the GUI thread, which takes it
    out (:meth:`take`): a worker drops only an emptied box, never the last
    reference to something the job's screen owned (a widget destroyed off
    the GUI thread crashes Qt)."""
    __slots__ = ("result", "error")

    def __init__(self) -> None:
        self.result: Any = None
        self.error: BaseException | None = None

    def take(self) -> tuple[Any, BaseException | None]:
        result, error = self.result, self.error
        self.result = self.error = None
        return result, error


def _outcome(job: list) -> _Box:
    """Run the job taken out of ``job`` (a one-item list) on a worker thread.
    The worker keeps no reference to it once it returns: what the job closed
    over (an ``Op``, its screen) is still held by the GUI thread's callback,
    which drops it there."""
    fn = job.pop()
    box = _Box()
    try:
        box.result = fn()
    except BaseException as exc:  # delivered to the failure handler, never lost
        box.error = exc
    del fn                        # also out of this frame, which the error's traceback keeps
    return box


def _named(thread: QThread, name: str) -> None:
    """Named before it starts. An unnamed QThread (Linux, macOS) asks its own
    ``metaObject()`` for a name on the new thread, before any Python runs
    there; for a Python subclass PySide builds that meta-object lazily, and the
    build raced the GUI thread's: a segfault at a DB worker's start (core dump:
    the new thread in ``PySide::MetaObjectBuilder::update``). With a name,
    Qt takes it instead. It is also what a debugger and ``top -H`` show."""
    thread.setObjectName(name)


class _Worker(QThread):
    done = Signal(object, object)  # job id, _Box

    def __init__(self) -> None:
        super().__init__()
        _named(self, "bedside-db")
        self.jobs: queue.Queue = queue.Queue()

    def run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            if isinstance(job, threading.Event):   # a barrier: every job queued before it has run
                job.set()
                continue
            job_id = job[0]
            box, job = _outcome(job[1]), None
            self.done.emit(job_id, box)
            box = None


class DbWorker(QObject):
    """The application's one database thread (``ctx.worker``). Screens do not
    call it: they build an ``Op``. ``pending()`` counts jobs whose answer has
    not been delivered (tests wait for 0)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = _Worker()
        _DB_THREADS.add(self._thread)
        self._thread.done.connect(self._deliver)
        self._callbacks: dict[int, Callable[[Any, BaseException | None], None]] = {}
        self._next = 0
        self._thread.start()

    def submit(self, fn: Callable[[], Any], deliver: Callable[[Any, BaseException | None], None]) -> None:
        """Queue ``fn``; ``deliver(result, error)`` runs on the GUI thread."""
        self._next += 1
        self._callbacks[self._next] = deliver
        self._thread.jobs.put((self._next, [fn]))

    def pending(self) -> int:
        return len(self._callbacks)

    def running(self) -> bool:
        """Still taking jobs (not stopped)."""
        return self._thread.isRunning()

    def _deliver(self, job_id: int, box: _Box) -> None:
        result, error = box.take()
        deliver = self._callbacks.pop(job_id, None)
        if deliver is not None:          # None: stopped with discard, its screen is gone
            deliver(result, error)

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
        _DB_THREADS.discard(self._thread)
        if discard:
            self._callbacks.clear()


_DB_THREADS: set[_Worker] = set()     # every worker thread, even one whose context is gone


@atexit.register
def _stop_db_threads() -> None:
    """A tool or test that never stopped its context (a render script) must
    not end in "QThread: Destroyed while thread is still running" (an abort)."""
    for t in list(_DB_THREADS):
        if t.isRunning():
            t.jobs.put(None)
            t.wait(5000)


class _NetworkThread(QThread):
    """One network job. Kept in ``_NETWORK`` until it ends, whatever happens
    to the screen that started it."""
    done = Signal(object)                 # _Box

    def __init__(self, fn: Callable[[], Any], deliver: Callable[[Any, BaseException | None], None]) -> None:
        super().__init__()
        _named(self, "bedside-net")
        self._job = [fn]                  # taken out when it runs (_outcome)
        self._deliver = deliver           # held here: the Op lives as long as its thread
        self.done.connect(self._hand_over)   # this object lives on the GUI thread: queued there
        self.finished.connect(lambda: _THREADS.discard(self))

    def run(self) -> None:
        box = _outcome(self._job)
        self.done.emit(box)
        box = None

    def _hand_over(self, box: _Box) -> None:
        _NETWORK.discard(self)
        deliver, self._deliver = self._deliver, None
        deliver(*box.take())


_NETWORK: set[_NetworkThread] = set()     # answer not yet delivered
_THREADS: set[_NetworkThread] = set()     # kept until the thread has ended (never destroyed running)
NETWORK_WAIT_MS = 30_000


def network_pending() -> int:
    """Network jobs still running (their answers not yet delivered)."""
    return len(_NETWORK)


def wait_for_network(ms: int = NETWORK_WAIT_MS) -> None:
    """Let every network thread end (closing the window, tests)."""
    for t in list(_THREADS):
        t.wait(ms)


atexit.register(wait_for_network)


class _Relay(QObject):
    """Lives on the GUI thread: a signal emitted from a worker is queued to it."""
    reported = Signal(tuple)

    def report(self, *args) -> None:
        self.reported.emit(args)


class Op:
    """One background job of a screen: build it, chain the options, ``run()``."""

    def __init__(self, ctx, fn: Callable[..., Any], parent: QObject | None = None) -> None:
        self.ctx = ctx
        self.fn = fn
        self.parent = parent
        self._busy: list = []
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._relay: _Relay | None = None
        self._network = False
        self._changes: Changed | None = None
        self._initiator: QObject | None = None

    # -- options ----------------------------------------------------------
    def busy(self, *widgets) -> "Op":
        self._busy.extend(w for w in widgets if w is not None)
        return self

    def on_success(self, fn: Callable[[Any], None]) -> "Op":
        self._success = fn
        return self

    def on_failure(self, fn: Callable[[BaseException], None]) -> "Op":
        self._failure = fn
        return self

    def progress(self, relay: Callable[..., None]) -> "Op":
        self._relay = _Relay(self.parent if self.parent is not None and is_alive(self.parent) else None)
        self._relay.reported.connect(lambda args: self._alive() and relay(*args))
        return self

    def network(self) -> "Op":
        self._network = True
        return self

    def changes(self, patient_id: str | None, *record_types: RecordType) -> "Op":
        self._changes = Changed.of(patient_id, *record_types)
        return self

    def initiator(self, view: QObject) -> "Op":
        """``view`` shows what the job changed by itself (in its success
        handler): the views that reload on the change leave it alone."""
        self._initiator = view
        return self

    # -- running ----------------------------------------------------------
    def run(self) -> None:
        held = [(w, w.isEnabled()) for w in self._busy]
        for w, _ in held:
            w.setEnabled(False)
        self._held = held
        job = self.fn
        if self._relay is not None:
            report = self._relay.report
            job = lambda: self.fn(report)     # noqa: E731
        fn = lambda: recorded(job)            # noqa: E731  (result, what its writes changed)
        if self._network or self.ctx is None:     # no context: before sign-in, no DB worker yet
            thread = _NetworkThread(fn, self._deliver)
            _NETWORK.add(thread)
            _THREADS.add(thread)
            thread.start()
        else:
            self.ctx.worker.submit(fn, self._deliver)

    def _alive(self) -> bool:
        return self.parent is None or is_alive(self.parent)

    def _deliver(self, outcome: Any, error: BaseException | None) -> None:
        result, written = outcome if error is None else (None, [])
        for w, enabled in self._held:
            if is_alive(w):
                w.setEnabled(enabled)
        if error is not None and not isinstance(error, BedsideError) and self._failure is not None:
            _log.error("background job failed", exc_info=error)   # show_error logs the default path
        if not self._alive():
            if error is not None and self._failure is None and not isinstance(error, BedsideError):
                _log.error("background job failed after its screen closed", exc_info=error)
            return
        if error is not None:
            if self._failure is not None:
                self._failure(error)
            else:
                from .errors import show_error
                show_error(self.parent if isinstance(self.parent, QWidget) else None, error)
            return
        try:
            if self._success is not None:
                self._success(result)
        finally:                          # the screen's own answer first, then every view that shows it
            for changed in self._changed(result, written) if self.ctx is not None else ():
                self.ctx.notify(changed)

    def _changed(self, result: Any, written: list[Changed]) -> list[Changed]:
        """What the job's writes changed (``bedside.changes.recorded``), then
        whatever the screen or the result adds (a sync pull's, say)."""
        told: list[Changed] = []
        if isinstance(result, Changed):
            told = [result]
        elif isinstance(result, list) and result and all(isinstance(c, Changed) for c in result):
            told = result
        elif self._changes is not None:
            told = [self._changes]
        return [c.made_by(self._initiator) for c in merged([*written, *told])]
