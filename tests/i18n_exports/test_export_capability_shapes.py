"""Records shaped exactly like the eligibility, consent and infusion capabilities write them."""

from __future__ import annotations

import json

from fhir.resources.R4B.bundle import Bundle

from bedside.export.builder import build_export
from bedside.export.source import from_dicts
from tests.i18n_exports.exported_files import read_csv

N = iter(range(1, 10_000))


def rec(rtype, pid, content, record_id=None, version=1):
    n = next(N)
    return {"id": f"x{n}", "record_id": record_id or f"rx{n}", "record_type": rtype, "patient_id": pid or record_id,
            "version": version, "content": content, "created_utc": f"2026-11-0{1 + n // 30}T09:{n % 60:02d}:00Z",
            "author_id": "u1", "author_name": "Inf. Marie Lambert"}


def shaped():
    pat = lambda mrn, fam, giv, sid=None: {"mrn": mrn, "family_name": fam, "given_name": giv,  # noqa: E731
                                           "date_of_birth": "1970-05-06", "sex": "M", "weight_kg": 80.0,
                                           "height_cm": 180.0, "wristband": "WB-" + mrn, "screening_number": None,
                                           "subject_id": sid}
    out = [rec("patient", None, dict(pat("H1000001", "Verhoeven", "Luc", "TJT-001"), screening_number="S-001"),
               record_id="pa"),
           rec("patient", None, dict(pat("H1000002", "Claessens", "Ines"), screening_number="S-002"), record_id="pb"),
           rec("eligibility_assessment", "pa", {"answers": {}, "facts": {}, "result": {"status": "eligible", "not_met": []}}),
           rec("eligibility_assessment", "pb", {"answers": {}, "facts": {},
                                                "result": {"status": "not_eligible", "not_met": ["exc_ecmo"]}}),
           rec("screening_outcome", "pa", {"outcome": "included", "failed_criteria": [], "note": ""}),
           rec("screening_outcome", "pb", {"outcome": "not_eligible", "failed_criteria": ["exc_ecmo"],
                                           "note": "Claessens on ECMO since Monday"}),
           rec("consent_step", "pa", {"kind": "capacity", "at": "2026-11-01T08:00:00+00:00", "has_capacity": False}),
           rec("consent_step", "pa", {"kind": "consent", "at": "2026-11-01T09:00:00+00:00", "pathway": "representative",
                                      "form_id": "icf-rep", "form_version": "3.1", "language": "fr",
                                      "signer": {"name": "Sophie Verhoeven", "relationship": "spouse",
                                                 "contact": "0471 23 45 67, rue des Prés 4, Liège"},
                                      "signature_sha256": "a" * 64, "obtained_by": "Dr Test Investigator"}),
           ]
    inf1 = rec("infusion", "pa", {"number": 1, "product": {"bag_id": "B1", "donor_id": "D9"}, "weight_kg": "80",
                                  "dose_per_kg_millions": "2.9800",
                                  "override_by": {"id": "u2", "name": "Dr Test Investigator"}})
    inf2 = rec("infusion", "pa", {"number": 2, "product": {"bag_id": "B2", "donor_id": "D9"}, "weight_kg": "80",
                                  "dose_per_kg_millions": "3.0000"})
    out += [inf1, inf2,
            rec("infusion_event", "pa", {"kind": "start", "at_utc": "2026-11-02T10:00:00+00:00",
                                         "infusion_id": inf1["record_id"], "number": 1}),
            rec("infusion_event", "pa", {"kind": "stop", "outcome": "complete", "infusion_id": inf1["record_id"]}),
            rec("vital_reading", "pa", {"infusion_id": inf1["record_id"], "number": 1,
                                        "taken_utc": "2026-11-02T10:15:00+00:00", "timepoint": "during_15",
                                        "values": {"hr": "101", "sbp": "118", "dbp": "64", "rr": "24", "spo2": "92",
                                                   "temp": "38.2", "o2_flow": "4"}, "alerts": []}),
            rec("adverse_event", "pa", {"term": "Pulmonary embolism", "onset_utc": "2026-11-03T04:00:00+00:00",
                                        "grade": 3, "serious": True, "aesi": "thromboembolic", "outcome": None,
                                        "notes": "Seen by Dr Test Investigator; wife Sophie Verhoeven informed"}),
            rec("consent_step", "pa", {"kind": "withdrawal", "at": "2026-11-05T10:00:00+00:00", "by": "patient",
                                       "by_name": "Luc Verhoeven", "scope": ["stop_treatment"]})]
    return out


def test_capability_records_export_pseudonymised_and_counted():
    data = from_dicts(shaped(), site_name="CHU", created_utc="2026-11-25T10:00:00Z")
    files = build_export(data)
    blob = "\n".join(b.decode("utf-8-sig") for b in files.values())
    for ident in ("Verhoeven", "Claessens", "Luc", "Ines", "Sophie", "H1000001", "WB-H1000002", "0471 23 45 67",
                  "rue des Prés", "1970-05-06"):
        assert ident not in blob, ident
    counts = json.loads(files["consort.json"])
    assert counts["screened"] == 2 and counts["included"] == 1 and counts["not_eligible"] == 1
    assert counts["not_eligible_by_criterion"] == {"exc_ecmo": 1}
    assert counts["infused_1"] == 1 and counts["withdrawn"] == 1  # 2 infusion records, only one started
    bundle = Bundle.model_validate(json.loads(files["fhir_r4_bundle.json"]))
    kinds = [e.resource.get_resource_type() for e in bundle.entry]
    assert kinds.count("Consent") == 1 and kinds.count("AdverseEvent") == 1
    consent = next(e.resource for e in bundle.entry if e.resource.get_resource_type() == "Consent")
    assert consent.status == "inactive"  # withdrawn later
    ae = next(e.resource for e in bundle.entry if e.resource.get_resource_type() == "AdverseEvent")
    assert ae.severity.coding[0].code == "severe" and ae.seriousness.coding[0].code == "serious"
    obs = [e.resource for e in bundle.entry if e.resource.get_resource_type() == "Observation"
           and e.resource.category]                        # vital signs; the day-28 vital status has none
    assert {o.code.coding[0].code for o in obs} >= {"8867-4", "2708-6", "3151-8", "85354-9"}
    assert all(str(o.effectiveDateTime).startswith("2026-11-02") for o in obs)
    vitals = read_csv(files["csv/vital_reading.csv"])
    assert vitals[0]["values.hr"] == "101"
    dictionary = read_csv(files["csv/data_dictionary.csv"])
    hr = next(d for d in dictionary if d["form"] == "vital_reading" and d["variable"] == "values.hr")
    assert hr["unit"] == "/min"
