"""Benchmark: open a patient with 3 infusions × 40 readings and 30 adverse
events with their history, from the vault to a rendered flowsheet, next to
reading the same rows with bare SQL on the same encrypted connection.
The patient is made infusable the real way (signed eligibility, a real
consent with strokes and e-signature, inclusion), so the consent gate the
screen consults on opening is the real one, not a stub.

    QT_QPA_PLATFORM=offscreen python bench/open_patient.py [repeats] [--smoke]

``--smoke``: 3 infusions × 4 readings, 3 AEs, 2 repeats (seconds; the suite runs it).

Last line: ``open patient: X ms (bare SQL Y ms) ratio R``."""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from bedside.clock import FakeClock  # noqa: E402
from bedside.crypto.kdf import KdfParams  # noqa: E402
from bedside.infusion import snapshot  # noqa: E402
from bedside.infusion.store import AE, CHECK, EVENT, INFUSION, READING, REPORT, InfusionStore  # noqa: E402
from bedside.patients import register_patient  # noqa: E402
from bedside.roles import Role  # noqa: E402
from bedside.users import create_user  # noqa: E402
from bedside.vault import Vault  # noqa: E402
from tests.journey_helpers import make_infusable  # noqa: E402

PW = "bench password 1"
NORMAL = {"hr": "84", "sbp": "124", "dbp": "72", "rr": "19", "spo2": "95", "temp": "37.1", "fio2": "40"}


def build(folder: Path, readings: int = 40, n_aes: int = 30):
    clock = FakeClock()
    vault, _ = Vault.create(folder, site_name="bench", workstation_name="BENCH", admin_username="admin",
                            admin_display_name="Admin", admin_password=PW, kdf=KdfParams.for_tests(), clock=clock)
    admin = vault.login("admin", PW)
    for u, r in (("nurse", Role.NURSE), ("nurse2", Role.NURSE), ("investigator", Role.INVESTIGATOR)):
        create_user(admin, u, u.title(), r, PW)
    nurse, inv = vault.login("nurse", PW), vault.login("investigator", PW)
    p = register_patient(nurse, {"mrn": "H9990001", "family_name": "Bench", "given_name": "Patient",
                                 "date_of_birth": "1970-01-01", "sex": "M", "weight_kg": 80, "height_cm": 180,
                                 "wristband": "WB-BENCH"})
    # the real path to an infusable patient: signed eligibility, a real consent
    # (strokes + e-signature), inclusion -- the gate at open time reads them
    make_infusable(nurse, inv, p.id, PW)
    store = InfusionStore(nurse)
    for n in (1, 2, 3):
        v = store.prepare(p.id, n, {"bag_id": f"BAG-{n}", "donor_id": "D-1", "viable_cells_millions": "230",
                                    "volume_ml": "100", "expiry_utc": clock.now() + timedelta(hours=4)},
                          "80", clock.now(), window_reason="bench")
        store.two_person_check(v.record_id, "nurse2", PW, "WB-BENCH", True)
        store.add_reading(v.record_id, NORMAL)
        clock.advance(minutes=5)
        store.event(v.record_id, "start")
        for i in range(readings - 1):
            clock.advance(minutes=4)
            vals = dict(NORMAL, hr=str(80 + i % 30), temp="38.1" if i % 9 == 0 else "37.2")
            store.add_reading(v.record_id, vals)
            if i == min(12, readings - 2):
                store.event(v.record_id, "stop", outcome="complete")
        clock.advance(days=3)
    for i in range(n_aes):
        serious = i % 5 == 0
        ae = store.add_ae(p.id, {"term": f"Event {i}", "onset_utc": clock.now(), "grade": 3 if serious else 1,
                                 "serious": serious, "seriousness": ["hospitalisation"] if serious else [],
                                 "relation": "possible", "expected": False, "action": "none", "outcome": "ongoing",
                                 "infusion": 1 + i % 3})
        store.correct_ae(ae.record_id, {"outcome": "recovered", "end_utc": clock.now()}, "resolved")
        InfusionStore(inv).sign_off(ae.record_id, PW)
        clock.advance(minutes=30)
    return vault, nurse, p.id


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--smoke"]
    smoke = "--smoke" in sys.argv[1:]
    repeats = 2 if smoke else int(args[0]) if args else 15
    from ui.qt import QtWidgets
    from ui.infusion.tab import InfusionTab
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bedside-bench-")) / "vault"
    t = time.perf_counter()
    vault, nurse, pid = build(folder, *((4, 3) if smoke else ()))
    print(f"built vault in {time.perf_counter() - t:.1f} s")

    class SyncCtx:   # measure the work itself, not the worker hand-off
        session = nurse

        @staticmethod
        def run(fn, ok, fail=None):
            ok(fn())

    store = InfusionStore(nurse)
    tab = InfusionTab(SyncCtx, pid)
    tab.resize(1180, 640)
    tab.show()
    app.processEvents()
    rows = sum(len(store.reading_versions(pid, i.record_id)) for i in store.infusions(pid))
    print(f"patient: {len(store.infusions(pid))} infusions, {rows} readings, {len(store.adverse_events(pid))} AEs")

    def open_patient():
        snap = snapshot.load(store, pid, 2)
        tab._show(snap)
        tab.panel.grab()          # paints table, chart and banner
        tab.aes.grab()
        return snap

    def bare_sql():
        with nurse.db.read() as orm:
            return orm.execute(text(
                "SELECT id, record_id, record_type, version, content FROM records WHERE patient_id = :p "
                "AND record_type IN (:a, :b, :c, :d, :e, :f, 'patient', 'signature')"),
                {"p": pid, "a": INFUSION, "b": CHECK, "c": EVENT, "d": READING, "e": AE, "f": REPORT}).fetchall()

    open_patient()
    n_rows = len(bare_sql())
    t_open, t_sql = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        open_patient()
        t_open.append(time.perf_counter() - t)
        t = time.perf_counter()
        bare_sql()
        t_sql.append(time.perf_counter() - t)
    o, s = statistics.median(t_open) * 1000, statistics.median(t_sql) * 1000
    print(f"bare SQL returns {n_rows} rows (all versions, incl. signatures)")
    print(f"median of {repeats}: open patient {o:.1f} ms, bare SQL {s:.2f} ms")
    vault.lock()
    print(f"open patient: {o:.1f} ms (bare SQL {s:.2f} ms) ratio {o / s:.1f}", flush=True)
    sys.stderr.flush()
    os._exit(0)   # skip PySide teardown of the live widgets (crashes at interpreter exit)


if __name__ == "__main__":
    main()
