"""Server memory under oversized bodies: the real ``bedside-server`` over
loopback HTTPS receives 4 concurrent 250 MB bodies (anonymous with a declared
length, anonymous chunked, and chunked from an enrolled device that only the
signature check can refuse). Baseline: the same server's RSS at rest, in the
same run.

    python bench/server_body_memory.py [--mb 250] [--smoke]

The last line gives the peak RSS growth and ``ratio R`` = peak RSS / RSS at rest.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bedside.sync.client import SyncClient  # noqa: E402
from bedside.sync.signing import DeviceKey  # noqa: E402
from bedside_server.localserver import ServerProcess  # noqa: E402
from tests.server.rawhttp import reset_peak, rss_kib, send_big_body  # noqa: E402

MB = 1024 * 1024


def run(total_mb: int, senders: list[tuple[str, bool, dict | None]], srv) -> tuple[int, int, list]:
    pid = srv.proc.pid
    rest = rss_kib(pid)["VmRSS"]
    reset_peak(pid)
    results: list = []
    threads = [threading.Thread(target=lambda a=args: results.append(
        send_big_body(srv, a[0], total_mb * MB, a[1], a[2]))) for args in senders]
    for t in threads:
        t.start()
    for t in threads:
        t.join(600)
    return rest, rss_kib(pid)["VmHWM"], results


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=250)
    ap.add_argument("--smoke", action="store_true",
                    help="the enrolled device sends one 70 MB body instead of four")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        srv = ServerProcess(Path(d) / "srv").start()
        try:
            key = DeviceKey.generate()
            with SyncClient(srv.url, srv.ca_pem) as c:
                device = c.enroll(srv.enrollment_code("bench"), "bench", "ws-bench", key)
            signed = key.sign_headers(device, "POST", "/v1/push", b"", int(time.time() * 1000))
            anonymous = [("/v1/push", False, None), ("/v1/push", True, None),
                         ("/v1/enroll", True, None), ("/v1/enroll", False, None)]
            rest, peak, res = run(a.mb, anonymous, srv)
            print(f"anonymous: RSS at rest {rest / 1024:.1f} MB, peak {peak / 1024:.1f} MB "
                  f"(+{(peak - rest) / 1024:.1f} MB); answers {sorted(str(s) for s, _ in res)}")
            signed_senders = [("/v1/push", True, signed)] * (1 if a.smoke else 4)
            rest2, peak2, res2 = run(70 if a.smoke else a.mb, signed_senders, srv)
            print(f"enrolled device, chunked: RSS at rest {rest2 / 1024:.1f} MB, peak "
                  f"{peak2 / 1024:.1f} MB (+{(peak2 - rest2) / 1024:.1f} MB); answers "
                  f"{sorted(str(s) for s, _ in res2)}")
        finally:
            srv.kill()
    worst_growth, worst_rest = max((peak - rest, rest), (peak2 - rest2, rest2))
    print(f"server_body_memory: concurrent {a.mb} MB bodies raise peak RSS by "
          f"{worst_growth / 1024:.1f} MB: ratio {(worst_rest + worst_growth) / worst_rest:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
