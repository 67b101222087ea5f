"""Export speed for a full-size trial (20 patients, 3 infusions each with 12
vital-sign sets, corrections, AEs) from synthetic records.
Baseline in the same run: serialising the same versions to JSON once (the floor
of any export). Prints: `export all formats: X ms for N versions, ratio R`.

    python bench/export_bench.py [--patients 20] [--smoke]

``--smoke``: 2 patients, one round (seconds; the suite runs it)."""

from __future__ import annotations

import json
import sys

from _common import best_seconds, closing_line, parser

from bedside.export.builder import build_export
from bedside.export.source import from_dicts


def trial(n_patients: int = 20) -> list[dict]:
    out, n = [], 0

    def add(rtype, pid, content, version=1, record_id=None, reason=""):
        nonlocal n
        n += 1
        out.append({"id": f"e{n}", "record_id": record_id or f"r{n}", "record_type": rtype, "patient_id": pid,
                    "version": version, "content": content, "created_utc": f"2026-10-01T08:{n % 60:02d}:00Z",
                    "author_id": "u1", "author_name": "Nurse", "reason": reason})
        return out[-1]

    for p in range(n_patients):
        pid = f"p{p}"
        add("patient", pid, {"mrn": f"H{p:07d}", "family_name": f"Fam{p}", "given_name": f"Giv{p}",
                             "date_of_birth": "1960-01-01", "sex": "F", "weight_kg": 70.0,
                             "wristband": f"WB{p}", "screening_number": f"S-{p:03d}"}, record_id=pid)
        add("eligibility_assessment", pid, {"eligible": True, "criteria": {"age": True, "ecmo": True}})
        add("consent", pid, {"signer_role": "patient", "decision": "consented"})
        for i in range(3):
            add("infusion", pid, {"number": i + 1, "status": "completed", "dose_per_kg_millions": "3.0"})
            for k in range(12):
                v = add("vital_signs", pid, {"hr": "88", "sbp": "120", "dbp": "70", "rr": "20", "spo2": "95",
                                             "temp": "37.1", "fio2": "40", "measured_at": "2026-10-01T10:00"})
                if k == 0:
                    add("vital_signs", pid, {**v["content"], "hr": "90"}, 2, v["record_id"], "typo")
        add("adverse_event", pid, {"term": "Fever", "serious": False, "severity": "mild"})
    return out


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--patients", type=int, default=20)
    a = ap.parse_args()
    patients, repeat = (2, 1) if a.smoke else (a.patients, 5)
    versions = trial(patients)
    data = from_dicts(versions, site_name="CHU", created_utc="2026-11-25T10:00:00Z")
    baseline = best_seconds(lambda: json.dumps(versions), repeat)
    export = best_seconds(lambda: build_export(data), repeat)
    print(f"baseline json.dumps: {baseline * 1000:.1f} ms")
    return closing_line(f"export all formats: {export * 1000:.0f} ms for {len(versions)} versions",
                        export / baseline)


if __name__ == "__main__":
    sys.exit(main())
