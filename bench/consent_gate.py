"""How long does the infusion gate take? `may_infuse` on a patient with a full
deferred-consent history (capacity, representative consent, recovery,
confirmation) and `pending_confirmations` over 20 patients, against a
baseline of one plain record read in the same vault.

    .venv/bin/python bench/consent_gate.py [--patients 20] [--smoke]

``--smoke``: 2 patients, a few samples (seconds; the suite runs it).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bedside.clock import FakeClock  # noqa: E402
from bedside.consent import service  # noqa: E402
from bedside.infusion.gate import may_infuse  # noqa: E402
from bedside.consent.status import pending_confirmations  # noqa: E402
from tests.conftest import PASSWORD, make_vault  # noqa: E402
from tests.consent.data import consent_event, good_signature, new_patient  # noqa: E402


def timeit(fn, n=30) -> float:
    fn()
    samples = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--patients", type=int, default=20)
    ap.add_argument("--smoke", action="store_true", help="tiny sizes, seconds: checks the bench still runs")
    a = ap.parse_args()
    n_patients, n_samples = (2, 3) if a.smoke else (a.patients, 30)
    folder = Path(tempfile.mkdtemp(prefix="bench-consent-"))
    vault, _ = make_vault(folder / "v", FakeClock())
    s = vault.login("investigator", PASSWORD)
    pids = [new_patient(s, f"Pat Ient{i}", f"MRN-{i:03d}") for i in range(n_patients)]
    for i, pid in enumerate(pids):
        service.record_capacity(s, pid, has_capacity=False, reason="sedated", password=PASSWORD)
        service.record_consent(s, pid, consent_event("representative"), signature=good_signature(), password=PASSWORD)
        if i == 0:
            s.clock.advance(days=1)
            service.record_capacity(s, pid, has_capacity=True, reason="awake", password=PASSWORD)
            service.record_consent(s, pid, consent_event(), signature=good_signature(), password=PASSWORD)
    base = timeit(lambda: s.records.latest(pids[0]), n=n_samples)
    gate = timeit(lambda: may_infuse(s, pids[0]), n=n_samples)
    pend = timeit(lambda: pending_confirmations(s), n=max(1, n_samples // 3))
    print(f"baseline records.latest: {base * 1000:.2f} ms")
    print(f"pending_confirmations over {n_patients} patients: {pend * 1000:.1f} ms")
    print(f"may_infuse (4 consent steps): {gate * 1000:.2f} ms, ratio {gate / base:.1f}")
    vault.lock()


if __name__ == "__main__":
    main()
