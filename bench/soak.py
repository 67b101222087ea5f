"""A whole simulated ICU shift in the real main window (offscreen), on an
accelerated clock, against a real local ``bedside-server`` (issue 15).

Every simulated hour: readings every 15 minutes in a running infusion's
flowsheet (its countdown timer on screen), an alert acknowledged (or turned
into an adverse event every 4 hours), a patient switch, a sync attempt, the
idle lock and unlock, and every 3 hours a language switch on the lock screen
(tests/shift_soak.py has the details). Measured at the end of each hour:
RSS, ``sys.getrefcount(None)``, live QObjects and widgets, GC-tracked
Python objects.

Baseline in the same run: the RSS of a bare shown ``QMainWindow`` in a fresh
process (what any Qt window costs on this machine).

    QT_QPA_PLATFORM=offscreen python bench/soak.py [--hours 12] [--pace 0.01] [--smoke]

``--pace``: real seconds of event loop per simulated minute (the app's
timers run 50× faster than real, like the clock). ``--smoke``: one hour.

Last line: ``soak N h: RSS A -> B MB, slope S MB/h ...; ratio R`` where
R = RSS at the end / bare window RSS. Exits 1 if any exception reached the
excepthook or None's refcount fell.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bedside_server.localserver import ServerProcess  # noqa: E402
from tests.shift_soak import Shift, bare_window_rss_mb  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hours", type=int, default=12)
    ap.add_argument("--pace", type=float, default=0.01, help="real seconds per simulated minute")
    ap.add_argument("--smoke", action="store_true", help="one simulated hour (the suite runs it)")
    ap.add_argument("--hang-after", type=float, default=600.0,
                    help="dump every thread's stack and exit if one simulated hour takes longer (s)")
    a = ap.parse_args()
    hours = 1 if a.smoke else a.hours
    os.environ.setdefault("BEDSIDE_HOME", tempfile.mkdtemp(prefix="bedside-soak-home-"))
    bare = bare_window_rss_mb()
    print(f"bare QMainWindow RSS: {bare:.1f} MB", flush=True)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bedside-soak-") as tmp:
        srv = ServerProcess(Path(tmp) / "srv").start()
        try:
            shift = Shift(Path(tmp) / "vault", srv, pace_s=a.pace)
            print(f"{'hour':>4} {'RSS MB':>8} {'None refs':>10} {'QObjects':>9} {'widgets':>8} {'py objects':>11}")

            def show(s):
                print(f"{s.hour:>4} {s.rss_mb:>8.1f} {s.none_refs:>10} {s.qobjects:>9} {s.widgets:>8} "
                      f"{s.py_objects:>11}", flush=True)
            log = shift.run(hours, on_hour=show, hang_after_s=a.hang_after)
            shift.close()
        finally:
            srv.kill()
    first, warm, last = log.samples[0], log.samples[min(1, len(log.samples) - 1)], log.samples[-1]
    slope = log.slope_mb_per_hour(skip=1)
    none_ok = min(s.none_refs for s in log.samples) >= first.none_refs
    print(f"shift: {log.readings} readings, {log.alerts_seen} alerts acknowledged, {log.adverse_events} adverse "
          f"events, {log.patient_switches} patient switches, {log.syncs_ok} syncs, {log.locks} idle locks, "
          f"{log.language_switches} language switches; {len(log.exceptions)} exceptions, "
          f"{len(log.message_boxes)} message boxes; "
          f"{time.perf_counter() - t0:.0f} s real")
    print(f"None refcount {first.none_refs} -> {last.none_refs} ({'never fell' if none_ok else 'FELL'}); "
          f"QObjects {warm.qobjects} -> {last.qobjects}, widgets {warm.widgets} -> {last.widgets} "
          f"(after hour 1 -> end)")
    c = shift.collector
    print(f"cycle collections on the GUI thread by its timer (ui/gui_gc.py), generations 0/1/2: "
          f"{'/'.join(str(n) for n in c.collections)}; automatic collection "
          f"{'ON (wrong)' if gc.isenabled() else 'off'}")
    for e in log.exceptions + log.message_boxes:
        print(e, file=sys.stderr)
    print(f"soak {hours} h: RSS {first.rss_mb:.1f} -> {last.rss_mb:.1f} MB, slope {slope:.2f} MB/h after hour 1, "
          f"bare window {bare:.1f} MB; ratio {last.rss_mb / bare:.2f}", flush=True)
    code = 0 if none_ok and not log.exceptions and not log.message_boxes else 1
    sys.stdout.flush()
    os._exit(code)   # the window and its threads are closed; skip interpreter teardown of Qt objects


if __name__ == "__main__":
    main()
