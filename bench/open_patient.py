"""Benchmark: open a patient's infusion screen, in a vault holding a year of
a ward's data, next to reading the same rows with bare SQL.

The patient opened has a full course -- 3 infusions x 40 readings, 30 adverse
events each corrected once and signed off -- and is made infusable the real
way (signed eligibility, a real consent with strokes and e-signature,
inclusion), so the consent gate the screen consults is the real one. The
vault around it holds a year of a ward (``--versions``, default 100,000
record versions, and at least 100 patients): other patients with the same
course, copied by bulk SQL with fresh ids (their signatures are not
re-made: nothing on this path verifies them; ``bedside verify`` would).

The figures, the same run, interleaved, medians (wall clock; the same
again in CPU time of this process, which other programs on a shared
machine inflate less):

* **data**: what the screen asks the vault for (``snapshot.load``: the
  heads-of-records query for the patient's record types, the plan, the
  follow-up visits, the sign-offs, the SAE clocks, the settings), when the
  patient was opened before in this sign-in (versions already decoded are
  given again for rows identical on disk: ``records.readable``);
* **first opening**: the same after ``records.forget_decoded()`` (as at the
  first opening of that patient after sign-in: every version decoded, its
  SHA-256 checked); **cold**: also with the content-validity memory emptied
  (the first opening since the program started: every content validated
  against its declaration too). Emptying the memories is done before the
  clock starts (at a real first opening it was emptied at the lock, not
  while the nurse waits);
* **painted**: data plus ``InfusionTab._show`` plus ``grab()`` of the
  flowsheet tab (state and actions, next-due banner, alert bar, monitor
  strip, entry row, readings table, trend chart): everything on screen when
  a patient's infusion screen opens, when the same infusion was on that
  patient's screen before (the patient opened again: the table and the
  chart's picture are kept when what they show is the same);
  **painted from another infusion**: the same opening of infusion 2 when
  infusion 3 was on screen before (opened, untimed, just before): the table
  rebuilt and the chart drawn again, nothing of the last picture reused.
  The adverse-event list is on the other
  inner tab, not visible then: it is filled and painted when that tab is
  shown, measured as **AE tab opened** (switch to the tab, ``grab()`` of
  the list, switch back);
* **bare SQL**: one ``SELECT`` of every version of those record types for
  the patient, all columns, on a raw keyed SQLCipher connection.

    QT_QPA_PLATFORM=offscreen python bench/open_patient.py [repeats] [--versions N] [--profile] [--smoke]

``--profile``: the cProfile top lines of both painted figures, data and first opening. ``--smoke``: 3
infusions x 4 readings, 3 AEs, a vault of 2,000 versions, 2 repeats (seconds;
the suite runs it).

Last line: ``open patient: data X ms (first opening F ms, cold C ms), painted Y ms (from another infusion O ms) (bare SQL Z ms) ratio R``
with R = data / bare SQL."""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import re
import statistics
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bedside import records  # noqa: E402
from bedside.canonical import sha256_hex  # noqa: E402
from bedside.clock import FakeClock  # noqa: E402
from bedside.crypto.kdf import KdfParams  # noqa: E402
from bedside.infusion import snapshot  # noqa: E402
from bedside.infusion.store import SCREEN_TYPES, InfusionStore  # noqa: E402
from bedside.patients import register_patient  # noqa: E402
from bedside.roles import Role  # noqa: E402
from bedside.users import create_user  # noqa: E402
from bedside.vault import Vault  # noqa: E402
from tests.clinical_states import make_infusable  # noqa: E402

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


COLUMNS = ("id", "record_id", "record_type", "patient_id", "version", "replaces", "content",
           "content_hash", "author_id", "author_name", "created_utc", "utc_offset_min", "reason",
           "workstation_id", "hlc", "author_key_id", "entry_sig")
HEX_ID = re.compile(r"\b[0-9a-f]{32}\b")


def ward_year(session, pid: str, versions: int, min_patients: int = 100) -> tuple[int, int]:
    """Fill the vault around patient *pid* with other patients of the same
    course (every version of *pid*, copied with fresh entry, record and
    patient ids, ids inside contents remapped) until it holds *versions*
    record versions and at least *min_patients* patients."""
    conn = session.db.engine.raw_connection()
    try:
        rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM records WHERE patient_id = ? "
                            "ORDER BY hlc", (pid,)).fetchall()
        have = conn.execute("SELECT count(*) FROM records").fetchone()[0]
        copies = max(min_patients - 1, -(-(versions - have) // len(rows)))
        ids = {pid} | {r[0] for r in rows} | {r[1] for r in rows}
        for _ in range(copies):
            new = {old: uuid.uuid4().hex for old in ids}
            out = []
            for r in rows:
                f = dict(zip(COLUMNS, r))
                content = HEX_ID.sub(lambda m: new.get(m.group(0), m.group(0)), f["content"])
                f.update(id=new[f["id"]], record_id=new[f["record_id"]],
                         patient_id=new[f["patient_id"]],
                         replaces=new.get(f["replaces"]) if f["replaces"] else None,
                         content=content, content_hash=sha256_hex(content),
                         hlc=session.db.hlc.now())
                out.append(tuple(f[c] for c in COLUMNS))
            conn.execute("BEGIN")
            conn.executemany(f"INSERT INTO records ({', '.join(COLUMNS)}) VALUES "
                             f"({', '.join('?' * len(COLUMNS))})", out)
            conn.execute("COMMIT")
        total = conn.execute("SELECT count(*) FROM records").fetchone()[0]
        patients = conn.execute("SELECT count(*) FROM records WHERE record_type = 'patient' "
                                "AND version = 1").fetchone()[0]
    finally:
        conn.close()
    return total, patients


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("repeats", nargs="?", type=int, default=15)
    ap.add_argument("--versions", type=int, default=100_000)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--smoke", action="store_true")
    a = ap.parse_args()
    repeats = 2 if a.smoke else a.repeats
    from ui import style
    from ui.qt import QtWidgets
    from ui.infusion.tab import InfusionTab
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    style.apply(app)    # the application style sheet the app runs with (ui/app.py make_app)
    folder = Path(tempfile.mkdtemp(prefix="bedside-bench-")) / "vault"
    t = time.perf_counter()
    vault, nurse, pid = build(folder, *((4, 3) if a.smoke else ()))
    total, patients = ward_year(nurse, pid, 2_000 if a.smoke else a.versions,
                                3 if a.smoke else 100)
    print(f"built vault in {time.perf_counter() - t:.1f} s: {total:,} record versions, "
          f"{patients} patients")

    from ui.context import AppContext
    ctx = AppContext(vault, nurse.clock)   # the app's context: the tab's first load runs on its worker
    ctx.signed_in(nurse)
    store = InfusionStore(nurse)
    tab = InfusionTab(ctx, pid)
    tab.resize(1180, 640)
    tab.show()
    while ctx.worker.pending():            # that first load is not measured: data() and painted() below are
        app.processEvents()
    app.processEvents()
    rows = sum(len(store.reading_versions(pid, i.record_id)) for i in store.infusions(pid))
    print(f"patient: {len(store.infusions(pid))} infusions, {rows} readings, "
          f"{len(store.adverse_events(pid))} AEs")

    def data(n=2):
        return snapshot.load(store, pid, n)

    def forget_decoded():        # (untimed) as at the first opening after sign-in: nothing decoded yet
        records.forget_decoded()

    def forget_valid():          # (untimed) as at the first opening since the program started
        records.forget_decoded()
        records._VALID.clear()

    def painted(parts=None, n=2):
        t = [time.perf_counter()]
        snap = data(n)
        t.append(time.perf_counter())
        tab._show(snap)
        t.append(time.perf_counter())
        tab.panel.grab()          # paints the flowsheet tab: state, banner, entry row, table, chart
        t.append(time.perf_counter())
        if parts is not None:
            parts.append([b - a for a, b in zip(t, t[1:])])
        return snap

    def show_other():            # (untimed) infusion 3 on screen: nothing of infusion 2's picture is kept
        painted(n=3)

    def show_same():             # (untimed) infusion 2 on screen, as when the patient is opened again
        painted(n=2)

    def ae_tab():                # the nurse then opens the AE tab: its list is filled and painted
        tab.inner.setCurrentIndex(1)
        tab.aes.grab()
        tab.inner.setCurrentIndex(0)

    raw = nurse.db.engine.raw_connection()
    types = (*SCREEN_TYPES, "patient")
    bare_query = (f"SELECT {', '.join(COLUMNS)} FROM records WHERE patient_id = ? AND record_type "
                  f"IN ({', '.join('?' * len(types))})")

    def bare_sql():
        return raw.execute(bare_query, (pid, *types)).fetchall()

    painted()
    n_rows = len(bare_sql())
    import shiboken6                       # the C++ widget, not its Python wrapper (made afresh per call)
    before = {shiboken6.getCppPointer(w)[0] for w in app.allWidgets()}
    tab._show(data())
    created = sum(1 for w in app.allWidgets() if shiboken6.getCppPointer(w)[0] not in before)
    t_parts, o_parts = [], []
    # name: (untimed setup, what is timed); the setups put the machine where the figure starts from
    figures = {"cold": (forget_valid, data), "first": (forget_decoded, data), "data": (None, data),
               "painted": (show_same, lambda: painted(t_parts)),
               "painted_other": (show_other, lambda: painted(o_parts)),
               "ae_tab": (None, ae_tab), "sql": (None, bare_sql)}
    wall = {k: [] for k in figures}
    cpu = {k: [] for k in figures}
    for _ in range(repeats):     # interleaved: each round sees the same machine
        for k, (setup, fn) in figures.items():
            if setup:
                setup()
            t, c = time.perf_counter(), time.process_time()
            fn()
            wall[k].append(time.perf_counter() - t)
            cpu[k].append(time.process_time() - c)
    med = {k: statistics.median(v) * 1000 for k, v in wall.items()}
    cmed = {k: statistics.median(v) * 1000 for k, v in cpu.items()}
    c, f, d, p, po, s = (med[k] for k in ("cold", "first", "data", "painted", "painted_other", "sql"))
    print(f"bare SQL returns {n_rows} rows (every version of the screen's record types)")
    print(f"median of {repeats}, wall clock: data {d:.1f} ms, first opening after sign-in (nothing decoded "
          f"yet) {f:.1f} ms (ratio {f / s:.1f}), cold (first since start) {c:.1f} ms (ratio {c / s:.1f}), "
          f"painted {p:.1f} ms (from another infusion on screen {po:.1f} ms), AE tab opened then "
          f"{med['ae_tab']:.1f} ms, bare SQL {s:.2f} ms")
    print("same, CPU time of this process (what other programs on the machine do not inflate): " +
          ", ".join(f"{k} {v:.1f} ms" for k, v in cmed.items()))
    for title, parts in (("painted", t_parts), ("painted from another infusion", o_parts)):
        show, grab_panel = (statistics.median(r[i] for r in parts) * 1000 for i in (1, 2))
        print(f"{title}, its parts (medians): data, then _show {show:.1f} ms (QWidgets created: {created}), "
              f"grab of the flowsheet tab {grab_panel:.1f} ms")
    if a.profile:                # the setups are not profiled either
        for title, (setup, fn), order, lines in (
                ("painted (data + _show + grab of the flowsheet tab)", figures["painted"], "tottime", 20),
                ("painted from another infusion", figures["painted_other"], "tottime", 20),
                ("data", figures["data"], "cumulative", 25),
                ("the first opening after sign-in", figures["first"], "tottime", 20)):
            prof = cProfile.Profile()
            for _ in range(repeats):
                if setup:
                    setup()
                prof.enable()
                fn()
                prof.disable()
            print(f"profile of {title}:")
            pstats.Stats(prof, stream=sys.stdout).sort_stats(order).print_stats(lines)
    raw.close()
    ctx.worker.stop()
    vault.lock()
    print(f"open patient: data {d:.1f} ms (first opening {f:.1f} ms, cold {c:.1f} ms), painted {p:.1f} ms "
          f"(from another infusion {po:.1f} ms) (bare SQL {s:.2f} ms) ratio {d / s:.1f}", flush=True)
    sys.stderr.flush()
    os._exit(0)   # skip PySide teardown of the live widgets (crashes at interpreter exit)


if __name__ == "__main__":
    main()
