"""ui/ops.py ``Op``: the one way screens run background work — on the real
DB worker and real threads, with real widgets (offscreen)."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest

from bedside.changes import Changed, changes_of
from bedside.errors import ValidationError
from bedside.roles import Role
from tests.conftest import make_patient
from ui import ops
from ui.ops import Op
from ui.qt import QMessageBox, QPushButton, QWidget

UI = Path(__file__).resolve().parent.parent / "ui"


@pytest.fixture
def ctx(app_ctx, session_as):
    """The UI's context, a nurse signed in (real vault, real DB worker)."""
    return app_ctx(session_as(Role.NURSE))


def _boxes(parent) -> list:
    return [b for b in parent.findChildren(QMessageBox) if b.objectName() == "errorBox"]


def test_success_runs_on_the_worker_and_busy_widgets_come_back(qtbot, ctx):
    screen = QWidget()
    qtbot.addWidget(screen)
    save, other = QPushButton(parent=screen), QPushButton(parent=screen)
    other.setEnabled(False)                     # was off before: stays off after
    release = threading.Event()
    seen = {}

    def job():
        seen["thread"] = threading.current_thread()
        release.wait(30)
        return 42

    got = []
    Op(ctx, job, parent=screen).busy(save, other).on_success(got.append).run()
    assert not save.isEnabled()                 # busy while it runs
    release.set()
    qtbot.waitUntil(lambda: got == [42], timeout=30000)
    assert save.isEnabled() and not other.isEnabled()
    assert seen["thread"] is not threading.main_thread()
    assert _boxes(screen) == []


def test_failure_is_shown_once_through_the_one_display_and_buttons_come_back(qtbot, ctx):
    screen = QWidget()
    qtbot.addWidget(screen)
    save = QPushButton(parent=screen)
    called = []

    def job():
        raise ValidationError("weight", "Weight must be a number.")

    Op(ctx, job, parent=screen).busy(save).on_success(called.append).run()
    qtbot.waitUntil(lambda: len(_boxes(screen)) == 1, timeout=30000)
    qtbot.waitUntil(lambda: ctx.worker.pending() == 0)
    assert _boxes(screen)[0].text() == "Weight must be a number."
    assert save.isEnabled() and called == []


def test_own_failure_handler_replaces_the_display_and_unexpected_errors_are_logged(qtbot, ctx, caplog):
    screen = QWidget()
    qtbot.addWidget(screen)
    failures = []
    Op(ctx, lambda: 1 / 0, parent=screen).on_failure(failures.append).run()
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=30000)
    assert isinstance(failures[0], ZeroDivisionError)
    assert _boxes(screen) == []
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_progress_reaches_the_gui_thread(qtbot, ctx):
    screen = QWidget()
    qtbot.addWidget(screen)
    steps, threads = [], []

    def relay(step, total):
        steps.append((step, total))
        threads.append(threading.current_thread())

    def job(report):
        for i in range(1, 4):
            report(i, 3)
        return "written"

    done = []
    Op(ctx, job, parent=screen).progress(relay).on_success(done.append).run()
    qtbot.waitUntil(lambda: done == ["written"] and len(steps) == 3, timeout=30000)
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert set(threads) == {threading.main_thread()}


def test_network_op_does_not_hold_up_the_db_worker(qtbot, ctx):
    server_answers = threading.Event()
    net, db = [], []
    Op(ctx, lambda: server_answers.wait(60) and "pulled").network().on_success(net.append).run()
    assert ops.network_pending() >= 1
    Op(ctx, lambda: "saved").on_success(db.append).run()
    qtbot.waitUntil(lambda: db == ["saved"], timeout=30000)
    assert net == []                             # the network is still waiting
    server_answers.set()
    qtbot.waitUntil(lambda: net == ["pulled"], timeout=30000)
    qtbot.waitUntil(lambda: ops.network_pending() == 0, timeout=30000)


def test_a_closed_screen_is_not_called(qtbot, ctx):
    screen = QWidget()
    label_texts = []
    release = threading.Event()
    Op(ctx, lambda: release.wait(30) and "late", parent=screen) \
        .on_success(lambda r: label_texts.append(screen.objectName())).run()
    failing = QWidget()
    Op(ctx, lambda: release.wait(30) and 1 / 0, parent=failing).run()
    screen.deleteLater()
    failing.deleteLater()
    qtbot.waitUntil(lambda: not ops.is_alive(screen) and not ops.is_alive(failing), timeout=30000)
    release.set()
    qtbot.waitUntil(lambda: ctx.worker.pending() == 0, timeout=30000)
    assert label_texts == []                     # no call into the deleted widget, no error box


def test_changes_reach_the_views_after_success_only(qtbot, ctx):
    seen = []
    ctx.data_changed.connect(seen.append)
    Op(ctx, lambda: "v").changes("P-1", "vital_reading").run()
    Op(ctx, lambda: 1 / 0).changes("P-1", "consent_step").on_failure(lambda e: None).run()
    Op(ctx, lambda: Changed.of("P-2", "consent_step")).run()
    qtbot.waitUntil(lambda: ctx.worker.pending() == 0, timeout=30000)
    assert seen == [Changed.of("P-1", "vital_reading"), Changed.of("P-2", "consent_step")]
    assert seen[0].touches({"vital_reading", "infusion"}) and not seen[0].touches({"consent_step"})
    assert seen[0].concerns("P-1") and not seen[0].concerns("P-2")


def test_what_a_job_wrote_reaches_the_views_without_the_screen_naming_it(qtbot, ctx):
    seen, session = [], ctx.session
    ctx.data_changed.connect(seen.append)
    Op(ctx, lambda: make_patient(session)).run()
    Op(ctx, lambda: session.records.list_latest("patient")).run()        # a read: nothing to say
    qtbot.waitUntil(lambda: ctx.worker.pending() == 0, timeout=30000)
    assert len(seen) == 1 and seen[0].record_types == {"patient"} and seen[0].patient_id


def test_changes_of_pulled_entries_group_by_patient():
    pairs = [("P-1", "consent_step"), ("P-1", "signature"), ("P-2", "vital_reading"), (None, "staff")]
    assert set(changes_of(pairs)) == {Changed.of("P-1", "consent_step", "signature"),
                                      Changed.of("P-2", "vital_reading"), Changed.of("", "staff")}
    many = [(f"P-{i}", "vital_reading") for i in range(30)]
    assert changes_of(many) == [Changed.of("", "vital_reading")]


# -- the old runners cannot come back ------------------------------------------

OLD_RUNNERS = ("ctx.run(", "run_now", "_run_inline", "run_in_background", "worker.run(", "run=ctx",
               "run=self.ctx", "common import run")


def _ui_sources():
    return sorted(p for p in UI.rglob("*.py"))


@pytest.mark.parametrize("needle", OLD_RUNNERS)
def test_no_other_runner_in_ui(needle):
    offenders = [f"{p.relative_to(UI.parent)}:{n}" for p in _ui_sources()
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if needle in line]
    assert offenders == [], f"use ui.ops.Op instead of {needle!r}: {offenders}"


def test_no_thread_of_its_own_outside_ops():
    offenders = []
    for p in _ui_sources():
        if p.name == "ops.py" and p.parent == UI:
            continue
        tree = ast.parse(p.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(
                    (isinstance(b, ast.Name) and b.id in ("QThread", "Thread")) or
                    (isinstance(b, ast.Attribute) and b.attr in ("QThread", "Thread")) for b in node.bases):
                offenders.append(f"{p.relative_to(UI.parent)}:{node.lineno} {node.name}")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "Thread" and getattr(node.func.value, "id", "") == "threading":
                offenders.append(f"{p.relative_to(UI.parent)}:{node.lineno} threading.Thread")
    assert offenders == [], f"background work goes through ui.ops.Op (.network() for the network): {offenders}"


def test_widgets_take_the_context_not_a_runner():
    offenders = []
    for p in _ui_sources():
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                names = [a.arg for a in node.args.args + node.args.kwonlyargs]
                if "run" in names:
                    offenders.append(f"{p.relative_to(UI.parent)}:{node.lineno} {node.name}(run=…)")
    assert offenders == [], offenders


# What a write changed is reported by the core (bedside.changes.recorded);
# only the sync status hands on what a pull (entries other PCs wrote) changed.
TOLD_BY_HAND_ALLOWED = {("ui/sync_status.py", "notify")}


def test_no_screen_lists_the_record_types_a_write_changed():
    offenders = []
    for p in _ui_sources():
        where = p.relative_to(UI.parent).as_posix()
        if where in ("ui/ops.py", "ui/context.py"):
            continue
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and (
                    (node.func.attr == "changes" and (node.args or node.keywords))
                    or node.func.attr in ("changes_from", "notify")) \
                    and (where, node.func.attr) not in TOLD_BY_HAND_ALLOWED:
                offenders.append(f"{where}:{node.lineno} .{node.func.attr}(…)")
    assert offenders == [], f"the core reports what a write changed; drop the hand-written list: {offenders}"
