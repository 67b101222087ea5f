"""Push then pull 10,000 entries over loopback HTTPS through the real sync
server, next to a plain HTTPS POST/GET of the same bytes in the same run.

    python bench/sync.py [--entries 10000] [--batch 500] [--db URL] [--smoke]

``--smoke``: 200 entries in batches of 100 (seconds; the suite runs it).

The last line gives the sync throughput and ``ratio R`` = plain / sync time,
i.e. how many times slower the sync protocol is than moving the bytes.
Entries are signed by the bench site's nurse (Ed25519, before timing, as a
PC signs at save time); the server verifies every signature and the
author's authority on push (the entry rules), so that cost is included.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, closing_line, parser

import httpx

from bedside.identity.entry_signing import sign_entry
from bedside.sync import wire
from bedside.sync.client import pinned_ssl_context
from bedside_server.localserver import ServerProcess, free_port
from tests.server.entries import NURSE_ID, NURSE_KEYS, SITE_ROOT, site_directory


def make_entries(n: int, ws: str) -> list[dict]:
    import uuid
    out = []
    for i in range(n):
        content = {"infusion_id": "inf-bench", "number": 1, "timepoint": "during+15",
                   "taken_utc": "2026-11-25T03:15:00+00:00", "alerts": [],
                   "values": {"hr": str(80 + i % 40), "sbp": "120", "dbp": "70", "rr": "18",
                              "spo2": "94", "temp": "37.2", "fio2": "40"}}
        out.append({"id": uuid.uuid4().hex, "record_id": uuid.uuid4().hex,
                    "record_type": "vital_reading", "patient_id": "P-BENCH", "version": 1,
                    "replaces": None, "content": content,
                    "content_hash": wire.content_hash(content), "author_id": NURSE_ID,
                    "author_name": "Bench Nurse", "created_utc": "2026-11-25T03:15:00+00:00",
                    "utc_offset_min": 60, "reason": None, "workstation_id": ws,
                    "hlc": f"{1795600000000 + i:015d}-000000-{ws}"})
        sign_entry(out[-1], NURSE_KEYS)
    return out


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--db", default=None)
    args = ap.parse_args()
    if args.smoke:
        args.entries, args.batch = 200, 100

    with tempfile.TemporaryDirectory(prefix="bedside-bench-") as tmp:
        srv = ServerProcess(Path(tmp) / "srv", args.db).start()
        try:
            pusher = srv.enrolled_client("bench-push", "ws-bench", site_root=SITE_ROOT)
            puller = srv.enrolled_client("bench-pull", "ws-other")
            staff = site_directory("ws-bench")      # the signers, known to the server first
            assert all(v == "stored" for v in pusher.push(staff)["entries"].values())
            entries = make_entries(args.entries, "ws-bench")
            batches = [entries[i:i + args.batch] for i in range(0, len(entries), args.batch)]

            t0 = time.perf_counter()
            for b in batches:
                r = pusher.push(b)
                assert all(v == "stored" for v in r["entries"].values())
            t_push = time.perf_counter() - t0
            t0 = time.perf_counter()
            cursor, pulled = 0, 0
            while True:
                page = puller.pull(cursor, args.batch)
                pulled += sum(1 for i in page["items"] if i["kind"] == "entry")
                cursor = page["cursor"]
                if not page["more"]:
                    break
            t_pull = time.perf_counter() - t0
            assert pulled == args.entries + len(staff), pulled
        finally:
            srv.kill()

        # baseline: same bytes, same TLS/uvicorn stack, no protocol
        port = free_port()
        plain = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "_plain_https:app", "--app-dir", str(ROOT / "bench"),
             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
             "--ssl-certfile", str(srv.cfg.server_cert), "--ssl-keyfile", str(srv.cfg.server_key)],
            cwd=str(ROOT))
        try:
            ctx = pinned_ssl_context(srv.ca_pem)
            base = f"https://127.0.0.1:{port}"
            with httpx.Client(verify=ctx, timeout=60) as http:
                for _ in range(200):
                    try:
                        http.post(base + "/sink", content=b"{}")
                        break
                    except httpx.TransportError:
                        time.sleep(0.05)
                bodies = [json.dumps({"entries": b, "blobs": [], "audit": [],
                                      "audit_head": None}, separators=(",", ":"),
                                     ensure_ascii=False).encode() for b in batches]
                t0 = time.perf_counter()
                ids = [http.post(base + "/sink", content=body,
                                 headers={"Content-Type": "application/json"}).json()["n"]
                       for body in bodies]
                t_plain_up = time.perf_counter() - t0
                t0 = time.perf_counter()
                size = sum(len(http.get(f"{base}/back/{i}").content) for i in ids)
                t_plain_down = time.perf_counter() - t0
                assert size == sum(len(b) for b in bodies)
        finally:
            plain.send_signal(signal.SIGTERM)
            plain.wait(10)

    n = args.entries
    t_sync, t_plain = t_push + t_pull, t_plain_up + t_plain_down
    print(f"push  {n} entries: {t_push:7.2f} s  {n / t_push:9.0f} entries/s")
    print(f"pull  {n} entries: {t_pull:7.2f} s  {n / t_pull:9.0f} entries/s")
    print(f"plain HTTPS POST same bytes: {t_plain_up:7.2f} s  GET back: {t_plain_down:7.2f} s "
          f"({size / 1e6:.1f} MB each way)")
    return closing_line(f"sync push+pull {2 * n / t_sync:.0f} entries/s vs plain HTTPS "
                        f"{2 * n / t_plain:.0f} entries/s", t_sync / t_plain)


if __name__ == "__main__":
    sys.exit(main())
