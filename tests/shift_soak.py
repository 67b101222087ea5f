"""A simulated ICU shift in the real main window (offscreen), on an
accelerated clock — shared by the short soak in the suite
(tests/test_shift_soak.py) and the full 12-hour run (bench/soak.py).

What happens, every simulated hour (issue 15):

* the flowsheet of a **running infusion** stays on screen with its timers —
  the one-second countdown and the idle-lock check run on the app's own
  QTimers, sped up by the same factor as the clock;
* a **reading** is typed every 15 minutes in the one-row entry (keyboard,
  Enter saves); the :30 reading is abnormal, raises the **alert bar**, and
  the nurse acknowledges it ("Seen"); at the first hour (and every 4 hours)
  the alert becomes an **adverse event** through the AE form instead;
* the nurse **switches patient** (another patient's screen, then back);
* a **sync attempt** against a real ``bedside-server`` process over HTTPS;
* the nurse walks away: the app's **idle lock** fires (site setting 10 min)
  and she **unlocks** by typing her password; every 3rd hour she picks the
  other **language** on the lock screen (French ↔ English), as the ward does.

Measured at the end of each hour, after deferred deletes and a GC: resident
memory (RSS), ``sys.getrefcount(None)``, live QObjects under the window,
all live widgets, and Python objects tracked by the GC. Any exception that
reaches ``sys.excepthook`` is recorded.

The clock is the core's injectable ``FakeClock``: the vault, the idle lock,
the flowsheet schedule and the alerts all read it, so a shift of 12 hours
runs in about a minute of real time.
"""

from __future__ import annotations

import faulthandler
import gc
import os
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from PySide6.QtTest import QTest

from bedside.clock import FakeClock
from bedside.infusion.store import InfusionStore
from bedside.patients import register_patient
from bedside.sync.enrollment import enroll
from bedside.sync.service import SYNCED
from tests.conftest import PASSWORD, make_vault
from tests.clinical_states import make_infusable
from ui.app import apply_language
from ui.context import AppContext
from ui.infusion.tab import InfusionTab
from ui.main_window import MainWindow
from ui.qt import QApplication, QMessageBox, QObject, QtCore, Qt

IDLE_LOCK_MINUTES = 10
TIMER_SPEEDUP = 50          # app timers: the 1 s countdown every 20 ms, the 5 s idle check every 100 ms
WAIT_S = 20.0

PATIENTS = [
    {"mrn": "H7300101", "family_name": "Lambert", "given_name": "Henri", "date_of_birth": "1958-04-02",
     "sex": "M", "weight_kg": 74, "height_cm": 172, "wristband": "WB-H7300101"},
    {"mrn": "H7300102", "family_name": "Dumont", "given_name": "Marc", "date_of_birth": "1966-09-17",
     "sex": "M", "weight_kg": 82, "height_cm": 179, "wristband": "WB-H7300102"},
    {"mrn": "H7300103", "family_name": "Peeters", "given_name": "Anne", "date_of_birth": "1949-12-30",
     "sex": "F", "weight_kg": 58, "height_cm": 160, "wristband": "WB-H7300103"},
]
NORMAL = ["84", "122", "71", "18", "96", "37.0", "40"]          # hr sbp dbp rr spo2 temp fio2
ABNORMAL = ["124", "94", "58", "26", "93", "38.4", "40"]       # fever, tachycardia, SBP drop > 20 %


def rss_mb() -> float:
    """Resident set size of this process, MB (Linux /proc; elsewhere peak RSS)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


class SoakFailure(AssertionError):
    pass


@dataclass
class Sample:
    hour: float
    rss_mb: float
    none_refs: int
    qobjects: int
    widgets: int
    py_objects: int


@dataclass
class ShiftLog:
    samples: list[Sample] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    message_boxes: list[str] = field(default_factory=list)   # unexpected modal messages
    readings: int = 0
    alerts_seen: int = 0
    adverse_events: int = 0
    locks: int = 0
    language_switches: int = 0
    patient_switches: int = 0
    syncs_ok: int = 0

    def slope_mb_per_hour(self, skip: int = 1) -> float:
        """Least-squares RSS slope over the samples after the warm-up hour(s)."""
        pts = self.samples[skip:]
        if len(pts) < 2:
            return 0.0
        return statistics.linear_regression([p.hour for p in pts], [p.rss_mb for p in pts]).slope


def wait_until(pred, timeout: float = WAIT_S, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > deadline:
            raise SoakFailure(f"timed out waiting for {what or pred}")
        QApplication.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)


def pump(seconds: float) -> None:
    """Let the event loop run (timers fire, paints happen) for `seconds`."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 10)
        time.sleep(0.001)


class Shift:
    """One ward PC: a vault enrolled with `server`, three patients, the first
    one's infusion 1 running; the real main window, signed in as the nurse."""

    def __init__(self, folder: Path, server, pace_s: float = 0.01) -> None:
        self.pace_s = pace_s                  # real seconds of event loop per simulated minute
        self.log = ShiftLog()
        self.clock = FakeClock()
        self.hour = 0
        self.language = "fr"
        self.app = QApplication.instance() or QApplication(["bedside-soak"])
        from ui import gui_gc
        self.collector = gui_gc.install(self.app)     # as the app: cycles collected on the GUI thread only
        self._prepare_vault(Path(folder), server)
        self._hook_exceptions()
        self._modal_watch = QtCore.QTimer(interval=100)
        self._modal_watch.timeout.connect(self._close_message_box)
        self._modal_watch.start()
        self.ctx = AppContext(self.vault)
        self.win = MainWindow(self.ctx)
        self.win.language_chosen.connect(lambda code: apply_language(self.app, code))
        self.win._idle_timer.setInterval(5000 // TIMER_SPEEDUP)
        self.win.resize(1366, 768)
        self.win.show()
        apply_language(self.app, self.language)
        self.sign_in()
        for pid in self.pids[1:]:      # the nurse's round: every patient's screen opened once
            self.click_patient(pid)
        self.click_patient(self.pids[0])
        self.tab = self.open_infusion(self.pids[0])

    # ------------------------------------------------------------ set-up (core)
    def _prepare_vault(self, folder: Path, server) -> None:
        self.vault, _ = make_vault(folder, self.clock)
        admin = self.vault.login("admin", PASSWORD)
        admin.settings.update({"idle_lock_minutes": IDLE_LOCK_MINUTES}, "soak: a nurse away for 10 minutes")
        enroll(admin, server.url, server.ca_pem, server.enrollment_code("SOAK-PC"), "SOAK-PC")
        nurse = self.vault.login("nurse", PASSWORD)
        inv = self.vault.login("investigator", PASSWORD)
        self.pids = [register_patient(nurse, p).id for p in PATIENTS]
        make_infusable(nurse, inv, self.pids[0])     # the others are screened, not included
        store = InfusionStore(nurse)
        v = store.prepare(self.pids[0], 1, {"bag_id": "BAG-5501", "donor_id": "D-0042",
                                            "viable_cells_millions": "200", "volume_ml": "100",
                                            "expiry_utc": self.clock.now() + timedelta(hours=4)},
                          PATIENTS[0]["weight_kg"], self.clock.now())
        store.two_person_check(v.record_id, "nurse2", PASSWORD, PATIENTS[0]["wristband"], True)
        store.add_reading(v.record_id, dict(zip(("hr", "sbp", "dbp", "rr", "spo2", "temp", "fio2"), NORMAL)))
        self.clock.advance(minutes=5)
        store.event(v.record_id, "start")
        self.vault.lock()

    def _hook_exceptions(self) -> None:
        previous = sys.excepthook

        def hook(kind, value, tb):
            import traceback
            self.log.exceptions.append("".join(traceback.format_exception(kind, value, tb))[-3000:])
            previous(kind, value, tb)
        sys.excepthook = hook
        self._previous_hook = previous

    def _close_message_box(self) -> None:
        """A message box in the middle of a shift is a finding: record its
        text and close it (offscreen, nobody could, and the shift would hang)."""
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.log.message_boxes.append(f"hour {self.hour}: {box.windowTitle()}: {box.text()}")
            box.done(QMessageBox.StandardButton.Ok)

    # ------------------------------------------------------------ the window, as a nurse uses it
    def sign_in(self, language: str | None = None) -> None:
        login = self.win.login
        if language is not None:
            login.language.setCurrentIndex(login.language.findData(language))
        if not login.username.text():
            QTest.keyClicks(login.username, "nurse")
        login.password.clear()
        QTest.keyClicks(login.password, PASSWORD)
        QTest.keyClick(login.password, Qt.Key_Return)
        wait_until(lambda: self.win.workspace is not None and self.win.stack.currentWidget() is self.win.workspace,
                   what="sign-in")
        self.idle()

    def idle(self) -> None:
        wait_until(lambda: self.ctx.worker.pending() == 0, what="the database worker")

    def open_infusion(self, pid: str) -> InfusionTab:
        self.win.workspace.open_patient(pid)
        view = self.win.workspace.views[pid]
        tab = next(p for p in view.pages if isinstance(p, InfusionTab))
        view.tabs.setCurrentIndex(view.pages.index(tab))
        wait_until(lambda: tab.snap is not None and not tab.loading, what="the infusion screen")
        tab.panel.timer.setInterval(1000 // TIMER_SPEEDUP)
        return tab

    def minutes(self, n: int) -> None:
        """Time passes: the clock moves one minute at a time while the app's timers run."""
        for _ in range(n):
            self.clock.advance(minutes=1)
            pump(self.pace_s)

    def reading(self, values: list[str]) -> None:
        panel = self.tab.panel
        n = len(panel.snap.readings)
        fields = [f for k, f in panel.entry.fields.items() if k != "time"]
        for f, v in zip(fields, values):
            f.clear()
            QTest.keyClicks(f, v)
        QTest.keyClick(fields[-1], Qt.Key_Return)
        wait_until(lambda: len(panel.snap.readings) == n + 1 or panel.entry.message.isVisible(),
                   what="the reading to be saved")
        if panel.entry.message.isVisible():
            raise SoakFailure(f"reading refused: {panel.entry.message.text()}")
        self.log.readings += 1
        self.idle()

    def acknowledge_alert(self) -> None:
        alerts = self.tab.panel.alerts
        wait_until(alerts.isVisible, what="the alert bar")
        QTest.mouseClick(alerts.ok, Qt.MouseButton.LeftButton)
        wait_until(lambda: not alerts.isVisible(), what="the alert to be acknowledged")
        self.log.alerts_seen += 1

    def adverse_event_from_alert(self) -> None:
        tab = self.tab
        wait_until(tab.panel.alerts.isVisible, what="the alert bar")
        QTest.mouseClick(tab.panel.alerts.ae, Qt.MouseButton.LeftButton)
        wait_until(lambda: tab.dialog is not None, what="the adverse-event form")
        dlg = tab.dialog
        dlg.term.clear()
        QTest.keyClicks(dlg.term, "Fever during infusion")
        for combo in (dlg.grade, dlg.relation, dlg.expected, dlg.action):
            combo.setCurrentIndex(1)
        QTest.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
        wait_until(lambda: tab.dialog is None and not tab.loading, what="the adverse event to be saved")
        if tab.panel.alerts.isVisible():
            raise SoakFailure("the alert stayed up after its adverse event was recorded")
        self.log.adverse_events += 1
        self.idle()

    def glance(self) -> None:
        """A touch on the flowsheet (the nurse checks the trend): resets the idle clock."""
        QTest.mouseClick(self.tab.panel.chart, Qt.MouseButton.LeftButton)

    def click_patient(self, pid: str) -> None:
        """A tap on the patient's row in the list (as the nurse does)."""
        patients = self.win.workspace.patients
        table, model = patients.table, patients.model
        row = next(r for r in range(model.rowCount()) if model.patient_at(r).id == pid)
        rect = table.visualRect(model.index(row, 0))
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        wait_until(lambda: pid in self.win.workspace.views
                   and self.win.workspace.right.currentWidget() is self.win.workspace.views[pid],
                   what="the patient's screen")
        self.idle()

    def switch_patient(self) -> None:
        """To another patient's screen for a minute, then back to the flowsheet."""
        self.click_patient(self.pids[1 + self.hour % 2])
        self.minutes(1)
        self.click_patient(self.pids[0])
        wait_until(lambda: self.tab.isVisible() and not self.tab.loading, what="the flowsheet again")
        self.log.patient_switches += 1

    def sync(self) -> None:
        ctrl = self.win.sync
        wait_until(lambda: not ctrl.running, what="a sync attempt in flight")
        ctrl.sync_now()
        wait_until(lambda: not ctrl.running, timeout=60, what="the sync attempt")
        if ctrl.status.state != SYNCED:
            raise SoakFailure(f"sync ended {ctrl.status.state} {getattr(ctrl.status, 'detail', '')}")
        self.log.syncs_ok += 1

    def walk_away_and_unlock(self) -> None:
        self.minutes(IDLE_LOCK_MINUTES + 1)
        wait_until(lambda: self.win.stack.currentWidget() is self.win.login, what="the idle lock")
        if self.win.ctx.session.is_open:
            raise SoakFailure("locked screen but the vault key is still open")
        self.log.locks += 1
        language = None
        if self.hour % 3 == 1:
            language = "en" if self.language == "fr" else "fr"
        self.sign_in(language)
        if language is not None:
            self.language = language
            self.log.language_switches += 1
        wait_until(lambda: not self.tab.loading, what="the flowsheet after unlock")

    # ------------------------------------------------------------ one hour
    def run_hour(self) -> None:
        h = self.hour
        self.reading(NORMAL)                                  # :00
        self.minutes(7)
        self.glance()                                         # :07
        self.minutes(8)
        self.reading(NORMAL)                                  # :15
        self.minutes(7)
        self.switch_patient()                                 # :22 (+1 min on the other patient)
        self.minutes(7)
        self.reading(ABNORMAL)                                # :30 alert
        if h % 4 == 0:
            self.adverse_event_from_alert()
        else:
            self.acknowledge_alert()
        self.minutes(7)
        self.sync()                                           # :37
        self.glance()
        self.minutes(8)
        self.reading(NORMAL)                                  # :45
        self.walk_away_and_unlock()                           # locked at :55, back at :56
        self.minutes(4)                                       # :60
        self.hour += 1

    def measure(self) -> Sample:
        QApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        gc.collect()
        s = Sample(hour=self.hour, rss_mb=rss_mb(), none_refs=sys.getrefcount(None),
                   qobjects=len(self.win.findChildren(QObject)) + len(QApplication.topLevelWidgets()),
                   widgets=len(QApplication.allWidgets()), py_objects=len(gc.get_objects()))
        self.log.samples.append(s)
        return s

    def run(self, hours: int, on_hour=None, hang_after_s: float = 600.0) -> ShiftLog:
        """``hang_after_s``: a simulated hour that takes longer than this in
        real time is a hang (e.g. a modal message box nobody can close
        offscreen): every thread's stack is dumped and the process exits,
        rather than CI waiting forever."""
        self.measure()
        try:
            for _ in range(hours):
                faulthandler.dump_traceback_later(hang_after_s, exit=True)
                self.run_hour()
                s = self.measure()
                if on_hour:
                    on_hour(s)
        finally:
            faulthandler.cancel_dump_traceback_later()
        return self.log

    def close(self) -> None:
        self._modal_watch.stop()
        self.win.sync.wait()
        self.win.close()
        self.ctx.close()
        self.win.deleteLater()
        QApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
        sys.excepthook = self._previous_hook


def bare_window_rss_mb() -> float:
    """RSS of a bare shown QMainWindow in a fresh process that imports Qt
    and nothing of Bedside: the floor of any Qt window on this machine (the
    soak's baseline, measured in the same run)."""
    import inspect
    import subprocess
    code = (inspect.getsource(rss_mb) +
            "from PySide6.QtWidgets import QApplication, QMainWindow\n"
            "import os, time\n"
            "app = QApplication(['bare']); w = QMainWindow(); w.resize(1366, 768); w.show()\n"
            "end = time.monotonic() + 0.5\n"
            "while time.monotonic() < end: app.processEvents()\n"
            "print(rss_mb())\n")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    if out.returncode != 0:
        raise SoakFailure(out.stderr[-2000:])
    return float(out.stdout.strip().splitlines()[-1])
