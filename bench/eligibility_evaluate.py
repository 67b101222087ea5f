"""How long one full TJT2012 evaluation takes (Group B, 7–14 days, all three
inflammation branches with lab series), compared in the same run with a
baseline: a JSON round trip of the same facts (what storing them costs).

    .venv/bin/python bench/eligibility_evaluate.py [--calls 2000] [--smoke]

``--smoke``: 50 calls per round (well under a second; the suite runs it).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bedside.eligibility.evaluator import evaluate  # noqa: E402
from bedside.eligibility.protocol import load_named  # noqa: E402

P = load_named("tjt2012-v1.json")
CET = timezone(timedelta(hours=1))
INCL = datetime(2026, 11, 20, 10, tzinfo=CET)


def series(values):
    return [{"time": (INCL - timedelta(hours=h)).isoformat(), "value": v} for h, v in values]


FACTS = {
    "date_of_birth": "1960-01-01", "sex": "female", "childbearing_potential": "no",
    "inclusion_time": INCL.isoformat(), "ct_date": "2026-11-15", "ct_extensive_interstitial": "yes",
    "covid_tests": [{"date": "2026-11-12", "method": "pcr", "result": "positive"}], "spo2_room_air": 88,
    "oxygen_group": "B", "group_b_tracheal_ventilation": "yes", "inflammation_not_superinfection": "yes",
    "intubation_time": (INCL - timedelta(days=10)).isoformat(),
    "ferritin": series([(72, 900), (48, 950), (25, 980), (1, 990)]),
    "crp": series([(49, 60), (25, 75), (1, 90)]), "lymphocytes": series([(25, 900), (1, 650)]),
    "ldh": series([(1, 280)]), "d_dimer": series([(1, 1200)]),
    **{k: "no" for k in P.inputs if k.startswith("exc_")}, "consent_status": "given",
}


def per_call(fn, n):
    t0 = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t0) / n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=2000)
    ap.add_argument("--smoke", action="store_true", help="tiny sizes, seconds: checks the bench still runs")
    a = ap.parse_args()
    n = 50 if a.smoke else a.calls
    now = datetime(2026, 11, 25, tzinfo=timezone.utc)
    assert evaluate(P, FACTS, now).status == "eligible"
    per_call(lambda: evaluate(P, FACTS, now), max(1, n // 10))  # warm-up
    ev = min(per_call(lambda: evaluate(P, FACTS, now), n) for _ in range(3))
    base = min(per_call(lambda: json.loads(json.dumps(FACTS)), n) for _ in range(3))
    print(f"evaluate (17 criteria, 3 branches, 12 lab values): {ev * 1e6:.0f} µs per call; "
          f"JSON round trip of the same facts: {base * 1e6:.0f} µs")
    print(f"eligibility evaluation {ev * 1e6:.0f} µs/call vs JSON round trip {base * 1e6:.0f} µs: ratio {ev / base:.1f}")


if __name__ == "__main__":
    main()
