"""Latency of saving one clinical entry (record version + audit entry, one
durable commit) with 1,000 and with 100,000 entries already stored, next to
a bare ``sqlite3`` WAL ``synchronous=FULL`` insert-and-commit of the same
bytes, measured in the same run.

    python bench/save_entry.py [--samples 300] [--sizes 1000,100000] [--smoke]

Entries are written by a nurse (clinical records are a nurse's or an
investigator's to write; the administrator manages users only).
``--smoke`` runs tiny sizes in seconds (the suite runs it so the bench never rots).

The last line gives the worst ratio (p50 or p99, either size) to the baseline.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bedside import audit  # noqa: E402
from bedside.canonical import canonical_json, sha256_hex  # noqa: E402
from bedside.crypto.kdf import KdfParams  # noqa: E402
from bedside.roles import Role  # noqa: E402
from bedside.storage.schema import RecordRow  # noqa: E402
from bedside.users import create_user  # noqa: E402
from bedside.vault import Vault  # noqa: E402

PASSWORD = "bench password 1"
CONTENT = {"infusion_id": "inf-bench", "number": 1, "timepoint": "T+15",
           "taken_utc": "2026-11-25T10:15:00+00:00", "alerts": [],
           "values": {"hr": "96", "spo2": "94"}}


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def fill(session, n: int) -> None:
    """Bulk-load n entries (with their audit entries) in batches."""
    done = 0
    while done < n:
        batch = min(5000, n - done)
        with session.db.write() as orm:
            for i in range(batch):
                enc = canonical_json({**CONTENT, "values": {"hr": str(i % 200)}})
                rid = uuid.uuid4().hex
                row = RecordRow(id=uuid.uuid4().hex, record_id=rid, record_type="vital_reading",
                                patient_id="p%d" % (i % 20), version=1, replaces=None,
                                content=enc, content_hash=sha256_hex(enc), author_id=session.user.id,
                                author_name=session.user.display_name,
                                created_utc=session.clock.now().isoformat(), utc_offset_min=60,
                                reason=None, workstation_id=session.db.workstation_id,
                                hlc=session.db.hlc.now())
                orm.add(row)
                audit.append(orm, session.actor, "create", when=session.clock.now(),
                             utc_offset_min=60, record_type="vital_reading", record_id=rid,
                             entry_id=row.id, version=1,
                             details={"content_hash": row.content_hash})
        done += batch


def bedside_latencies(folder: Path, preload: int, samples: int) -> list[float]:
    vault, _ = Vault.create(folder, site_name="Bench", workstation_name="PC",
                            admin_username="admin", admin_display_name="Admin",
                            admin_password=PASSWORD, kdf=KdfParams.for_tests())
    create_user(vault.login("admin", PASSWORD), "nurse", "Bench Nurse", Role.NURSE, PASSWORD)
    s = vault.login("nurse", PASSWORD)
    fill(s, preload)
    out = []
    for i in range(samples):
        t = time.perf_counter()
        s.records.create("vital_reading", {**CONTENT, "values": {"hr": str(i)}}, patient_id="p1")
        out.append(time.perf_counter() - t)
    vault.lock()
    return out


def baseline_latencies(folder: Path, preload: int, samples: int) -> list[float]:
    conn = sqlite3.connect(folder / "plain.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, content TEXT)")
    conn.execute("BEGIN")
    for i in range(preload):
        conn.execute("INSERT INTO t VALUES (?, ?)", (uuid.uuid4().hex,
                                                       canonical_json({**CONTENT, "values": {"hr": str(i)}})))
    conn.execute("COMMIT")
    out = []
    for i in range(samples):
        data = canonical_json({**CONTENT, "values": {"hr": str(i)}})
        t = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t VALUES (?, ?)", (uuid.uuid4().hex, data))
        conn.execute("COMMIT")
        out.append(time.perf_counter() - t)
    conn.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=int, default=300)
    ap.add_argument("--sizes", default="1000,100000")
    ap.add_argument("--smoke", action="store_true", help="tiny sizes, seconds: checks the bench still runs")
    a = ap.parse_args()
    if a.smoke:
        a.samples, a.sizes = 20, "50"
    worst = 0.0
    for size in [int(x) for x in a.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as d:
            base = baseline_latencies(Path(d), size, a.samples)
            ours = bedside_latencies(Path(d) / "vault", size, a.samples)
        for name, p in (("p50", 50), ("p99", 99)):
            b, o = pct(base, p) * 1000, pct(ours, p) * 1000
            ratio = o / b
            worst = max(worst, ratio)
            print(f"{size:>7} stored  {name}: bedside {o:7.2f} ms   bare sqlite3 {b:7.2f} ms   "
                  f"ratio {ratio:.2f}")
        print(f"{size:>7} stored  mean: bedside {statistics.mean(ours) * 1000:.2f} ms")
    print(f"save_entry: worst p50/p99 latency vs bare sqlite3 WAL FULL commit: ratio {worst:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
