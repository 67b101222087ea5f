"""End to end between two real vaults: entries made on PC A are pushed by
the sync engine, pulled and applied on PC B (verified, inserted as they are,
audited), against the bare protocol moving the same entries in the same run.

    python bench/sync_vaults.py [--entries 3000] [--smoke]

``--smoke``: 40 entries (seconds; the suite runs it).

Last line: vault-to-vault entries/s and ``ratio R`` = engine time / protocol time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bedside_server.localserver import ServerProcess  # noqa: E402
from bedside.identity.entry_signing import sign_entry  # noqa: E402
from bedside.names import RecordType
from tests.sync.workstations import Workstation  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=3000)
    ap.add_argument("--smoke", action="store_true", help="tiny sizes, seconds: checks the bench still runs")
    a = ap.parse_args()
    n = 40 if a.smoke else a.entries
    with tempfile.TemporaryDirectory(prefix="bedside-bench-") as tmp:
        d = Path(tmp)
        srv = ServerProcess(d / "srv").start()
        try:
            a = Workstation(d / "a", srv, "A", batch_size=500)
            b = Workstation(d / "b", srv, "B", batch_size=500, site=a)   # joins A's site
            a.sync(), b.sync(), a.sync()    # staff directory exchanged first (not timed)
            for i in range(n):
                a.nurse.records.create(RecordType.LAB_VALUE, {"lab": "crp", "value": float(i % 300),
                                                     "unit": "mg/L", "entered": str(i % 300),
                                                     "time": "2026-11-25T03:15:00+00:00"},
                                       patient_id="P-B")
            t0 = time.perf_counter()
            assert a.sync().pushed == n
            t_push = time.perf_counter() - t0
            t0 = time.perf_counter()
            assert b.sync().pulled == n
            t_pull = time.perf_counter() - t0
            assert a.entries() == b.entries()
            # baseline: the same entries through the bare protocol
            raw_p = srv.enrolled_client("raw-push", "ws-raw")
            raw_q = srv.enrolled_client("raw-pull", "ws-raw2")
            # re-signed by the site's nurse, whose directory entry the server has
            moved = [sign_entry(dict(e, id=e["id"][::-1], workstation_id="ws-raw",
                                     author_id=a.nurse.user.id), a.nurse.signing_keys())
                     for e in _all(b, srv) if e["record_type"] != RecordType.STAFF]
            t0 = time.perf_counter()
            for i in range(0, len(moved), 500):
                raw_p.push(moved[i:i + 500])
            cursor = 0
            while True:
                page = raw_q.pull(cursor, 500)
                cursor = page["cursor"]
                if not page["more"]:
                    break
            t_raw = time.perf_counter() - t0
            a.close(), b.close()
        finally:
            srv.kill()
    t_sync = t_push + t_pull
    print(f"vault A push {n}: {t_push:.2f} s ({n / t_push:.0f}/s); "
          f"vault B pull+verify+apply {n}: {t_pull:.2f} s ({n / t_pull:.0f}/s)")
    print(f"bare protocol push+pull of the same entries: {t_raw:.2f} s")
    print(f"vault to vault {n / t_sync:.0f} entries/s ratio {t_sync / t_raw:.1f}")
    return 0


def _ident(ws):
    enr = ws.service.state.enrollment()
    return enr.device_id, enr.key


def _all(ws, srv):
    client = ws._client(srv.url, srv.ca_pem, *_ident(ws))
    out, cursor = [], 0
    while True:
        page = client.pull(cursor, 1000)
        out += [i["entry"] for i in page["items"] if i["kind"] == "entry"]
        cursor = page["cursor"]
        if not page["more"]:
            return out


if __name__ == "__main__":
    sys.exit(main())
