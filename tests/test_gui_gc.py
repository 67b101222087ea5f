"""Qt objects Python owns are destroyed on the GUI thread only, whatever thread
drops or collects them last (ui/gui_gc.py, ui/ops.py). A checklist's widgets
destroyed by a cycle collection started on the database worker segfaulted the
suite; these tests drop real widgets while real worker threads run."""
from __future__ import annotations

import gc
import sys
import threading
import weakref
from pathlib import Path

import pytest

from bedside.errors import ValidationError
from bedside.roles import Role
from ui import gui_gc
from ui.ops import Op
from ui.qt import QWidget


_WATCHES: list = []


def _watched(on: list) -> QWidget:
    """A parentless widget (Python owns it: its wrapper's end deletes the C++
    widget, on the thread where that happens) noting that thread in ``on``."""
    w = QWidget()
    _WATCHES.append(weakref.ref(w, lambda _ref: on.append(threading.get_ident())))
    return w


def _make_cycles(n: int) -> None:
    for _ in range(n):
        a: list = []
        a.append(a)


def test_the_app_collects_cycles_on_its_own_thread_only(qapp):
    from ui.app import make_app
    assert make_app() is qapp
    collector = gui_gc.installed()
    assert collector is not None and collector.thread_id == threading.get_ident()
    assert not gc.isenabled()                      # no collection starts on a worker
    assert collector.timer.isActive()
    done: list = []
    t = threading.Thread(target=lambda: done.append(pytest.raises(RuntimeError, collector.collect_due)))
    t.start()
    t.join()
    assert done                                    # refused off the GUI thread


def test_a_widget_in_a_cycle_dropped_while_a_worker_allocates_dies_on_the_gui_thread(qtbot, qapp):
    gui_gc.install(qapp)
    on: list = []
    w = _watched(on)
    w.me = w                                       # a cycle: only a collection frees it
    del w
    worker = threading.Thread(target=_make_cycles, args=(200_000,))   # would collect many times
    worker.start()
    worker.join()
    assert on == []                                # nothing collected on the worker
    qtbot.waitUntil(lambda: bool(on), timeout=30000)     # the GUI thread's tick collects it
    assert on == [threading.get_ident()]


def test_the_collector_collects_as_often_as_python_would(qapp):
    collector = gui_gc.install(qapp)
    before = list(collector.collections)
    _make_cycles(collector.thresholds[0] * 3)
    assert collector.collect_due() in (0, 1, 2)
    assert sum(collector.collections) == sum(before) + 1
    assert gc.get_count()[0] <= collector.thresholds[0]


def test_a_screen_dropped_while_its_job_runs_dies_on_the_gui_thread(qtbot, app_ctx, session_as):
    ctx = app_ctx(session_as(Role.NURSE))
    on: list = []
    gate = threading.Event()
    screen = _watched(on)

    def job(held=screen):                          # a job that closes over its screen
        return gate.wait(30)
    Op(ctx, job, parent=screen).on_success(lambda _r: None).run()
    del screen, job                                # closed: only its job still refers to it
    gate.set()
    qtbot.waitUntil(lambda: ctx.worker.pending() == 0, timeout=30000)
    Op(ctx, lambda: None).run()                    # the worker moves on to its next job
    qtbot.waitUntil(lambda: ctx.worker.pending() == 0, timeout=30000)
    ctx.worker.drain()
    assert on == [threading.get_ident()]


def test_a_screen_dropped_while_its_job_fails_dies_on_the_gui_thread(qtbot, app_ctx, session_as):
    """The error's traceback holds the job's frames: it is dropped on the GUI
    thread too. (A refusal in the user's words: nothing logs it and keeps it.)"""
    ctx = app_ctx(session_as(Role.NURSE))
    on: list = []
    gate = threading.Event()
    screen = _watched(on)
    failures: list = []

    def job(held=screen):
        gate.wait(30)
        raise ValidationError("weight", "Weight must be a number.")
    Op(ctx, job, parent=screen).on_failure(lambda err: failures.append(type(err))).run()
    del screen, job
    gate.set()
    qtbot.waitUntil(lambda: ctx.worker.pending() == 0, timeout=30000)
    Op(ctx, lambda: None).run()
    qtbot.waitUntil(lambda: ctx.worker.pending() == 0, timeout=30000)
    ctx.worker.drain()
    assert failures == [ValidationError]
    assert on == [threading.get_ident()]


def test_a_network_job_drops_its_screen_on_the_gui_thread(qtbot):
    from ui import ops
    on: list = []
    gate = threading.Event()
    screen = _watched(on)
    Op(None, lambda: gate.wait(30), parent=screen).on_success(lambda _r: None).run()
    del screen
    gate.set()
    qtbot.waitUntil(lambda: ops.network_pending() == 0, timeout=30000)
    ops.wait_for_network()
    qtbot.waitUntil(lambda: bool(on), timeout=30000)
    assert on == [threading.get_ident()]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="thread names read from /proc")
def test_worker_threads_start_under_their_own_name(qtbot, app_ctx, session_as):
    """Named before start, so Qt does not ask the Python subclass's
    meta-object on the new thread (a race with the GUI thread: a segfault at a
    DB worker's start). The name the kernel shows proves which way Qt went."""
    from ui import ops

    def names() -> list[str]:
        return [p.read_text().strip() for p in Path("/proc/self/task").glob("*/comm")]
    ctx = app_ctx(session_as(Role.NURSE))
    qtbot.waitUntil(lambda: "bedside-db" in names(), timeout=30000)
    gate = threading.Event()
    Op(None, lambda: gate.wait(30)).run()
    qtbot.waitUntil(lambda: "bedside-net" in names(), timeout=30000)
    gate.set()
    qtbot.waitUntil(lambda: ops.network_pending() == 0, timeout=30000)
    assert ctx.worker.running()
