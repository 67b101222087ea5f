"""Monitor messages per second from the socket to a stored (encrypted,
committed, acknowledged) message in the real ``bedside-server`` MLLP
listener, next to a bare parse of the same messages (``hl7.parse``) in the
same run.

    python bench/hl7_feed.py [--messages 2000] [--smoke]

``--smoke``: 60 messages (seconds; the suite runs it).

One sender, one connection, each message waits for its ACK (as gateways
send).  Before the timing, a real ward PC vault registers the patient and
syncs it (the listener refuses unknown patients).  The last line gives the
stored rate, the headroom over a ward's load (20 beds × 1 message a
minute) and ``ratio R`` = bare parse rate / stored rate.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from _common import closing_line, parser

import hl7

from bedside.hl7feed.ack import ack_code_of
from bedside.hl7feed.sender import MllpSender
from bedside.hl7feed.simulator import SimPatient, monitor_message, vitals_at
from bedside.patients import register_patient
from bedside_server.localserver import ServerProcess
from tests.sync.workstations import Workstation

WARD_PER_S = 20 / 60          # 20 beds, one message a minute each


def main() -> int:
    ap = parser(__doc__, smoke_help="60 messages (seconds; the suite runs it)")
    ap.add_argument("--messages", type=int, default=2000)
    a = ap.parse_args()
    n = 60 if a.smoke else a.messages
    p = SimPatient("H7700001", "Bench", "Anne", date(1959, 5, 17), "1^1")
    import random
    rng = random.Random(1)
    start = datetime(2026, 12, 2, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    msgs = [monitor_message(p, start + timedelta(minutes=i), vitals_at(rng, i), cid=f"B{i:08d}")
            for i in range(n)]
    with tempfile.TemporaryDirectory() as tmp:
        srv = ServerProcess(Path(tmp) / "srv", hl7=True).start()
        try:
            ws = Workstation(Path(tmp) / "ws", srv, "BENCH-PC")
            register_patient(ws.nurse, {"mrn": p.mrn, "family_name": p.family_name,
                                        "given_name": p.given_name, "sex": "F",
                                        "date_of_birth": p.date_of_birth.isoformat(),
                                        "weight_kg": 70, "height_cm": 165,
                                        "wristband": "WB-" + p.mrn})
            ws.sync()
            ws.close()
            # bare parse of the same messages (the library alone)
            t0 = time.perf_counter()
            for m in msgs:
                hl7.parse(m.decode("ascii"))
            bare = time.perf_counter() - t0
            with MllpSender("127.0.0.1", srv.hl7_port, timeout=60) as s:
                s.send(monitor_message(p, start, vitals_at(rng, 0), cid="WARMUP"))
                t0 = time.perf_counter()
                codes = [ack_code_of(s.send(m))[0] for m in msgs]
                stored = time.perf_counter() - t0
        finally:
            srv.kill()
    if set(codes) != {"AA"}:
        print(f"unexpected answers: {sorted(set(codes))}", file=sys.stderr)
        return 1
    rate, bare_rate = n / stored, n / bare
    print(f"messages: {n}; bare parse {bare_rate:,.0f} msg/s; socket → stored {rate:,.0f} msg/s")
    return closing_line(f"hl7 feed: {rate:,.0f} msg/s stored and acknowledged = {rate / WARD_PER_S:,.0f}× a "
                        f"ward's load (20 beds × 1/min); bare parse {bare_rate:,.0f} msg/s", bare_rate / rate)


if __name__ == "__main__":
    sys.exit(main())
