"""Synthetic records shaped like the capabilities' RecordVersions (phase A)."""

from __future__ import annotations

import itertools

import pytest

from bedside.export.source import from_dicts

PATIENTS = [
    {"first_name": "Amélie", "last_name": "Dewandre", "mrn": "MRN-884213", "dob": "1961-03-14",
     "wristband_id": "WB-55021", "sex": "F"},
    {"first_name": "Jean-Luc", "last_name": "Vanderbeken", "mrn": "MRN-771002", "dob": "1975-11-02",
     "wristband_id": "WB-55022", "sex": "M"},
    {"first_name": "Fatima", "last_name": "Benali", "mrn": "MRN-660914", "dob": "1948-07-30",
     "wristband_id": "WB-55023", "sex": "F"},
]


def make_versions():
    seq = itertools.count(1)
    out = []

    def add(rtype, pid, content, *, record_id=None, version=1, reason="", day="2026-10-0", hour=8):
        n = next(seq)
        rid = record_id or f"r{n:04d}"
        out.append({
            "id": f"e{n:04d}", "record_id": rid, "record_type": rtype, "patient_id": pid or rid,
            "version": version, "content": content, "created_utc": f"{day}{1 + n // 20}T{hour:02d}:{n % 60:02d}:00Z",
            "author_id": "u-nurse", "author_name": "Nurse N. Night", "reason": reason,
            "content_hash": f"h{n}",
        })
        return out[-1]

    p1 = add("patient", None, dict(PATIENTS[0], comment="Mme Dewandre arrived from ER"), record_id="p1")
    p2 = add("patient", None, dict(PATIENTS[1]), record_id="p2")
    p3 = add("patient", None, dict(PATIENTS[2]), record_id="p3")
    add("patient", "p1", dict(PATIENTS[0], comment="Mme Dewandre arrived from ER", subject_id="TJT-001"),
        record_id="p1", version=2, reason="subject id assigned at inclusion")
    add("eligibility_assessment", "p1", {"eligible": True, "group": "A",
                                         "criteria": {"age_18_70": True, "no_ecmo": True}})
    add("eligibility_assessment", "p2", {"eligible": False, "group": "B",
                                         "criteria": [{"id": "no_ecmo", "met": False},
                                                      {"id": "age_18_70", "met": True}]})
    add("eligibility_assessment", "p3", {"eligible": False, "failed_criteria": ["age_18_70"]})
    add("inclusion", "p1", {"included_on": "2026-10-02", "group": "A"})
    add("consent", "p1", {"signer_role": "representative", "decision": "consented",
                          "representative_name": "Marc Dewandre", "signed_at": "2026-10-01T09:30:00Z",
                          "document_version": "v3.1", "language": "fr"})
    add("consent_confirmation", "p1", {"decision": "consented", "signed_at": "2026-10-09T10:00:00Z"})
    for i in (1, 2):
        add("infusion", "p1", {"number": i, "status": "completed", "dose_per_kg_millions": "2.9",
                               "weight_kg": "71.5"})
    add("infusion", "p1", {"number": 3, "status": "planned"})
    vs = add("vital_signs", "p1", {"hr": "88", "sbp": "124", "dbp": "71", "rr": "22", "spo2": "93",
                                   "temp": "37.8", "fio2": "40", "measured_at": "2026-10-02T10:15",
                                   "timepoint": "during+15"})
    add("vital_signs", "p1", {"hr": "95", "sbp": "118", "dbp": "69", "rr": "24", "spo2": "94",
                              "temp": "38.1", "o2_flow": "6.5", "measured_at": "2026-10-02T10:15",
                              "timepoint": "during+15"},
        record_id=vs["record_id"], version=2, reason="wrong patient monitor read; Dewandre bed 4")
    add("adverse_event", "p1", {"term": "Fever after infusion", "onset": "2026-10-02T12:00", "serious": False,
                                "severity": "mild", "special_interest": False})
    add("adverse_event", "p1", {"term": "Deep vein thrombosis", "onset": "2026-10-06", "serious": True,
                                "severity": "moderate", "special_interest": True})
    add("withdrawal", "p1", {"withdrawn_at": "2026-10-20", "reason": "patient decision at recovery"})
    add("lab_value", "p2", {"analyte": "ferritin", "value": "2150", "unit": "µg/L",
                            "sampled_at": "2026-10-01T06:00Z"})
    signatures = [{"signed_entry_id": out[4]["id"], "signer_id": "u-inv", "signer_name": "Dr I. Investigator",
                   "meaning": "eligibility confirmed", "signed_utc": "2026-10-02T08:00:00Z"}]
    return out, signatures


@pytest.fixture
def synthetic():
    versions, signatures = make_versions()
    return from_dicts(versions, signatures=signatures, site_name="CHU de Liège",
                      created_utc="2026-11-25T10:00:00Z")


@pytest.fixture
def identifiers():
    """Direct identifiers that must never leave in a pseudonymised export."""
    out = []
    for p in PATIENTS:
        out += [p["first_name"], p["last_name"], p["mrn"], p["dob"], p["wristband_id"]]
    out += ["Marc Dewandre", "14/03/1961"]
    return out
