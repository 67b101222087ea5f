"""How long does the infusion gate take? `may_infuse` on a patient with a full
deferred-consent history (capacity, representative consent, recovery,
confirmation) and `pending_confirmations` over 20 patients, against a
baseline of one plain record read in the same vault.

    .venv/bin/python bench/consent_gate.py [--patients 20] [--smoke]

``--smoke``: 2 patients, a few samples (seconds; the suite runs it).
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _common import closing_line, median_seconds, parser

from bedside.clock import FakeClock
from bedside.consent import service
from bedside.infusion.gate import may_infuse
from bedside.consent.status import pending_confirmations
from tests.conftest import PASSWORD, make_vault
from tests.consent.data import consent_event, good_signature, new_patient


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--patients", type=int, default=20)
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
    base = median_seconds(lambda: s.records.latest(pids[0]), n_samples)
    gate = median_seconds(lambda: may_infuse(s, pids[0]), n_samples)
    pend = median_seconds(lambda: pending_confirmations(s), max(1, n_samples // 3))
    print(f"baseline records.latest: {base * 1000:.2f} ms")
    print(f"pending_confirmations over {n_patients} patients: {pend * 1000:.1f} ms")
    vault.lock()
    return closing_line(f"may_infuse (4 consent steps): {gate * 1000:.2f} ms", gate / base)


if __name__ == "__main__":
    sys.exit(main())
