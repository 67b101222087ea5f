"""Exports on synthetic records: pseudonymisation, CSV + dictionary, ODM, FHIR, CONSORT."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import re

from hypothesis import HealthCheck, assume, given, settings, strategies as st

from bedside.export.builder import build_export, export_name
from bedside.export.source import from_dicts
from tests.i18n_exports.conftest import make_versions
from tests.i18n_exports.exported_files import O, odm_final_state, read_csv

def test_pseudonymised_export_has_no_direct_identifier(synthetic, identifiers):
    files = build_export(synthetic)
    blob = b"\n".join(files.values()).decode("utf-8").lower()
    for ident in identifiers:
        assert ident.lower() not in blob, ident
    assert "tjt-001" in blob  # subject id kept
    assert "[redacted]" in blob  # name typed in a free-text comment / reason was scrubbed


def test_patient_form_has_age_instead_of_birth_date(synthetic):
    rows = read_csv(build_export(synthetic, ["csv"])["csv/patient.csv"])
    by_subject = {r["subject_id"]: r for r in rows}
    assert set(by_subject) == {"TJT-001", "SCR-001", "SCR-002"}
    assert by_subject["TJT-001"]["age_years"] == "65"
    assert by_subject["SCR-002"]["age_years"] == "78"
    header = rows[0].keys()
    assert not any(h in header for h in ("dob", "mrn", "first_name", "last_name", "wristband_id"))


def test_identified_export_keeps_identity_and_says_so(synthetic):
    files = build_export(synthetic, ["csv", "fhir"], identified=True)
    assert "Dewandre" in files["csv/patient.csv"].decode("utf-8-sig")
    assert "IDENTIFIED" in export_name(synthetic.created_utc, True)
    assert "IDENTIFIED" not in export_name(synthetic.created_utc, False)


def test_csv_per_form_and_dictionary_describe_every_column(synthetic):
    files = build_export(synthetic, ["csv"])
    forms = {name[4:-4] for name in files if name != "csv/data_dictionary.csv"}
    assert forms == {"patient", "eligibility_assessment", "inclusion", "consent", "consent_confirmation",
                     "infusion", "vital_signs", "adverse_event", "withdrawal", "lab_value",
                     "endpoint_day28"}                     # derived: one row per included patient
    dictionary = read_csv(files["csv/data_dictionary.csv"])
    described = {(d["form"], d["variable"]) for d in dictionary}
    for form in forms:
        header = read_csv(files[f"csv/{form}.csv"])[0].keys()
        for col in header:
            assert (form, col) in described, (form, col)
    hr = next(d for d in dictionary if d["form"] == "vital_signs" and d["variable"] == "hr")
    assert (hr["label"], hr["label_fr"], hr["type"], hr["unit"]) == ("Heart rate", "Fréquence cardiaque", "float", "/min")
    # a registered type is described by its declaration (bedside/record_types.py)
    term = next(d for d in dictionary if d["form"] == "adverse_event" and d["variable"] == "term")
    assert (term["label"], term["label_fr"]) == ("Adverse event", "Événement indésirable")
    serious = next(d for d in dictionary if d["form"] == "adverse_event" and d["variable"] == "serious")
    assert serious["type"] == "boolean"
    # the latest version only in CSV
    vs = read_csv(files["csv/vital_signs.csv"])
    assert [r["hr"] for r in vs] == ["95"] and vs[0]["version"] == "2"


def test_odm_is_well_formed_and_consistent_with_csv(synthetic):
    files = build_export(synthetic, ["csv", "odm"])
    root = ET.fromstring(files["clinical_data_odm.xml"])
    assert root.tag == O + "ODM" and root.get("ODMVersion") == "1.3.2"
    assert root.get("FileType") == "Transactional"
    from tests.i18n_exports.reference_schemas import odm_schema_errors, odm_value_errors
    assert odm_schema_errors(files["clinical_data_odm.xml"]) == []  # CDISC's own XSD
    assert odm_value_errors(files["clinical_data_odm.xml"]) == []
    # one audited FormData per stored version, and the derived day-28 endpoints of the included patient
    form_data = list(root.iter(O + "FormData"))
    assert len(form_data) == len(synthetic.versions) + 1
    assert sum(fd.get("FormOID") == "F.ENDPOINT_DAY28" for fd in form_data) == 1
    for fd in form_data:
        ar = fd.find(O + "AuditRecord")
        assert ar is not None and ar.find(O + "UserRef") is not None and ar.find(O + "DateTimeStamp").text
    updates = [fd for fd in form_data if fd.get("TransactionType") == "Update"]
    assert {fd.find(O + "AuditRecord").find(O + "ReasonForChange").text for fd in updates} == {
        "subject id assigned at inclusion", "wrong patient monitor read; [redacted] bed 4"}
    sigs = list(root.iter(O + "Signature"))
    assert len(sigs) == 1
    sig_oid = sigs[0].find(O + "SignatureRef").get("SignatureOID")
    sd = root.find(f"{O}AdminData/{O}SignatureDef[@OID='{sig_oid}']")
    assert sd.find(O + "Meaning").text == "eligibility confirmed"
    # every ItemOID used is defined
    defined = {i.get("OID") for i in root.iter(O + "ItemDef")}
    assert {i.get("ItemOID") for i in root.iter(O + "ItemData")} <= defined
    # consistent with the CSV
    state = odm_final_state(root)
    for name, data in files.items():
        if not name.startswith("csv/") or name.endswith("data_dictionary.csv"):
            continue
        form = name[4:-4]
        form_oid = "F." + form.upper()
        for row in read_csv(data):
            odm_values = state[(row["subject_id"], form_oid, row["record_id"])]
            csv_values = {f"I.{form.upper()}.{k}": v for k, v in row.items()
                          if k not in ("subject_id", "record_id", "version", "recorded_utc", "recorded_by") and v != ""}
            assert odm_values == csv_values, (form, row["record_id"])


def test_fhir_bundle_validates_with_fhir_resources(synthetic):
    from fhir.resources.R4B.bundle import Bundle

    files = build_export(synthetic, ["fhir"])
    bundle_json = json.loads(files["fhir_r4_bundle.json"])
    bundle = Bundle.model_validate(bundle_json)
    types = [e.resource.get_resource_type() for e in bundle.entry]
    assert types.count("Patient") == 3
    assert types.count("Consent") == 2 and types.count("AdverseEvent") == 2
    patients = [e.resource for e in bundle.entry if e.resource.get_resource_type() == "Patient"]
    assert all(p.name is None and p.birthDate is None for p in patients)
    obs = [e.resource for e in bundle.entry if e.resource.get_resource_type() == "Observation"
           and e.resource.category]                        # vital signs; the day-28 vital status has none
    codes = {c.code for o in obs for c in o.code.coding}
    assert {"8867-4", "9279-1", "59408-5", "8310-5", "3151-8", "85354-9"} <= codes
    bp = next(o for o in obs if o.code.coding[0].code == "85354-9")
    assert {c.code.coding[0].code for c in bp.component} == {"8480-6", "8462-4"}
    assert all(o.category[0].coding[0].code == "vital-signs" for o in obs)
    # references resolve inside the bundle
    urls = {e.fullUrl for e in bundle.entry}
    for e in bundle_json["entry"]:
        for key in ("subject", "patient"):
            if key in e["resource"]:
                assert e["resource"][key]["reference"] in urls


def test_consort_counts_and_screening_log(synthetic):
    files = build_export(synthetic, ["consort"])
    counts = json.loads(files["consort.json"])
    assert counts["screened"] == 3
    assert counts["not_eligible"] == 2
    assert counts["not_eligible_by_criterion"] == {"age_18_70": 1, "no_ecmo": 1}
    assert counts["included"] == 1
    assert (counts["infused_1"], counts["infused_2"], counts["infused_3"]) == (0, 1, 0)
    assert counts["withdrawn"] == 1
    log = read_csv(files["screening_log.csv"])
    assert [r["subject_id"] for r in log] == ["TJT-001", "SCR-001", "SCR-002"]
    assert log[1]["failed_criteria"] == "no_ecmo"


def test_progress_is_reported_for_each_format(synthetic):
    seen = []
    build_export(synthetic, progress=lambda i, n, label: seen.append((i, n, label)))
    assert [s[0] for s in seen] == [1, 2, 3, 4, 5, 6] and all(s[1] == 6 for s in seen)
    assert [s[2] for s in seen] == ["prepare", "csv", "odm", "fhir", "redcap", "consort"]


name_text = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=3, max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=name_text, last=name_text, mrn=st.from_regex(r"[0-9]{6,9}", fullmatch=True),
       band=st.from_regex(r"WB[0-9]{4,6}", fullmatch=True))
def test_any_identifier_is_kept_out(first, last, mrn, band):
    versions, sigs = make_versions()
    baseline = "\n".join(b.decode("utf-8-sig") for b in build_export(
        from_dicts(versions, signatures=sigs, site_name="CHU", created_utc="2026-11-25T10:00:00Z")).values())
    for ident in (first, last, mrn, band):  # a name that is also a column name or code says nothing
        assume(not re.search(rf"(?<!\w){re.escape(ident)}(?!\w)", baseline, re.IGNORECASE))
    versions[0]["content"].update(first_name=first, last_name=last, mrn=mrn, wristband_id=band,
                                  comment=f"{first} {last} ({mrn}) band {band}")
    versions[-1]["content"]["note"] = f"called {last} about {mrn}"
    data = from_dicts(versions, signatures=sigs, site_name="CHU", created_utc="2026-11-25T10:00:00Z")
    files = build_export(data)
    for name, blob in files.items():
        text = blob.decode("utf-8-sig")
        for ident in (first, last, mrn, band):
            # the identifier must not appear as a word of its own
            assert not re.search(rf"(?<!\w){re.escape(ident)}(?!\w)", text, re.IGNORECASE), (name, ident)


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=40), number=st.one_of(st.integers(-10**9, 10**9), st.floats(allow_nan=False,
                                                                                           allow_infinity=False)),
       key=st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True))
def test_any_content_gives_well_formed_odm_consistent_with_csv(text, number, key):
    versions, sigs = make_versions()
    versions[-1]["content"] = {"analyte": text, key: number, "note": text}
    versions[-1]["reason"] = text
    data = from_dicts(versions, signatures=sigs, site_name="CHU <&> \"Liège\"", created_utc="2026-11-25T10:00:00Z")
    files = build_export(data, ["csv", "odm", "fhir"])
    root = ET.fromstring(files["clinical_data_odm.xml"])
    state = odm_final_state(root)
    for row in read_csv(files["csv/lab_value.csv"]):
        want = {f"I.LAB_VALUE.{k}": v for k, v in row.items()
                if k not in ("subject_id", "record_id", "version", "recorded_utc", "recorded_by") and v != ""}
        assert state[(row["subject_id"], "F.LAB_VALUE", row["record_id"])] == want
    json.loads(files["fhir_r4_bundle.json"])


def test_reference_checks_catch_misplaced_elements_and_wrong_values(synthetic):
    """The validators themselves bite: CDISC's XSD on a misplaced element and
    an unknown DataType, the value check on a time without its offset."""
    from tests.i18n_exports.reference_schemas import odm_schema_errors, odm_value_errors

    root = ET.fromstring(build_export(synthetic, ["odm"])["clinical_data_odm.xml"])
    fd = next(root.iter(O + "FormData"))
    ar = fd.find(O + "AuditRecord")
    fd.remove(ar)
    fd.append(ar)  # AuditRecord after ItemGroupData
    next(root.iter(O + "ItemDef")).set("DataType", "number")
    problems = odm_schema_errors(ET.tostring(root))
    assert any("AuditRecord" in p for p in problems) and any("number" in p for p in problems)
    timed = {d.get("OID") for d in root.iter(O + "ItemDef") if d.get("DataType") == "datetime"}
    item = next(i for i in root.iter(O + "ItemData") if i.get("ItemOID") in timed)
    item.set("Value", "2026-10-02T10:15")
    assert any("is not a datetime" in p for p in odm_value_errors(ET.tostring(root)))


def test_french_excel_gets_semicolons_and_decimal_commas(synthetic):
    from dataclasses import replace
    files = build_export(replace(synthetic, csv_separator=";"), ["csv", "redcap"])
    vitals = files["csv/vital_signs.csv"].decode("utf-8-sig").splitlines()
    assert vitals[0].startswith("subject_id;record_id;version")
    header = vitals[0].split(";")
    row = dict(zip(header, vitals[1].split(";")))
    assert row["temp"] == "38,1" and row["o2_flow"] == "6,5"  # decimal comma in float columns only
    assert row["hr"] == "95" and row["recorded_utc"].startswith("2026-")  # integers and times untouched
    dictionary = files["csv/data_dictionary.csv"].decode("utf-8-sig")
    assert "Semicolon-separated, decimal comma" in dictionary  # the dictionary says which
    assert files["redcap/records.csv"].decode().startswith("subject_id,")  # machine import stays ","


def test_site_setting_refuses_other_separators(tmp_vault):
    import pytest as _pytest
    from bedside.errors import ValidationError
    from tests.conftest import PASSWORD
    admin = tmp_vault.login("admin", PASSWORD)
    with _pytest.raises(ValidationError):
        admin.settings.update({"export_csv_separator": "\t"}, "try a tab")
    admin.settings.update({"export_csv_separator": ","}, "machine import")
    assert admin.settings["export_csv_separator"] == ","
