"""Exports checked against the standards' own schemas (CDISC ODM 1.3.2 XSD,
HL7 FHIR R4 JSON Schema), not only against our reading of them."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from bedside.export.builder import build_export
from tests.i18n_exports.reference_schemas import (ODM, fhir_schema_errors, odm_schema_errors,
                                                  odm_value_errors)


def test_odm_is_valid_against_cdisc_xsd(synthetic):
    xml = build_export(synthetic, ["odm"])["clinical_data_odm.xml"]
    assert odm_schema_errors(xml) == []


def test_every_odm_value_matches_its_datatype_and_codelist(synthetic):
    xml = build_export(synthetic, ["odm"])["clinical_data_odm.xml"]
    assert odm_value_errors(xml) == []


def test_odm_times_carry_the_wards_offset_not_utc(synthetic):
    xml = build_export(synthetic, ["odm"])["clinical_data_odm.xml"].decode()
    # measured_at typed "2026-10-02T10:15" on the ward in October: Brussels summer time
    assert 'Value="2026-10-02T10:15:00+02:00"' in xml
    assert "2026-10-02T10:15:00Z" not in xml


def test_item_names_unique_lowercase_and_short(synthetic):
    root = ET.fromstring(build_export(synthetic, ["odm"])["clinical_data_odm.xml"])
    names = [d.get("Name") for d in root.iter(f"{ODM}ItemDef")]
    assert len(names) == len(set(names))
    for n in names:
        assert re.fullmatch(r"[a-z][a-z0-9_]{0,25}", n), n


def test_codelists_have_english_and_french_decodes(synthetic):
    root = ET.fromstring(build_export(synthetic, ["odm"])["clinical_data_odm.xml"])
    items = list(root.iter(f"{ODM}CodeListItem"))
    assert items
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for item in items:
        texts = {t.get(lang): t.text for t in item.iter(f"{ODM}TranslatedText")}
        assert set(texts) == {"en", "fr"} and all(texts.values())
    sex = next(c for c in root.iter(f"{ODM}CodeList") if c.get("OID") == "CL.PATIENT.sex")
    decoded = {i.get("CodedValue"): {t.get(lang): t.text for t in i.iter(f"{ODM}TranslatedText")}
               for i in sex.iter(f"{ODM}CodeListItem")}
    assert decoded["F"] == {"en": "Female", "fr": "Femme"}


def test_fhir_bundle_is_valid_against_hl7_r4_json_schema(synthetic):
    bundle = json.loads(build_export(synthetic, ["fhir"])["fhir_r4_bundle.json"])
    assert fhir_schema_errors(bundle) == []


def test_fhir_times_keep_their_offset(synthetic):
    bundle = json.loads(build_export(synthetic, ["fhir"])["fhir_r4_bundle.json"])
    times = [e["resource"]["effectiveDateTime"] for e in bundle["entry"]
             if e["resource"]["resourceType"] == "Observation" and e["resource"].get("category")]
    assert times and all(t.endswith("+02:00") or t.endswith("Z") for t in times)
    assert "2026-10-02T10:15:00+02:00" in times


def _resources(synthetic, kind, identified=False):
    bundle = json.loads(build_export(synthetic, ["fhir"], identified=identified)["fhir_r4_bundle.json"])
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


VITAL_PROFILES = {"8867-4": "heartrate", "9279-1": "resprate", "2708-6": "oxygensat", "8310-5": "bodytemp",
                  "29463-7": "bodyweight", "85354-9": "bp"}


def test_vital_signs_meet_the_r4_vital_signs_profiles(synthetic):
    observations = _resources(synthetic, "Observation")
    profiled = [o for o in observations if o.get("meta", {}).get("profile")]
    assert profiled
    for o in profiled:
        codes = [c["code"] for c in o["code"]["coding"]]
        name = o["meta"]["profile"][0].rsplit("/", 1)[-1]
        assert VITAL_PROFILES[codes[0]] == name
        assert {"code": "vital-signs"}.items() <= o["category"][0]["coding"][0].items()
        assert o["status"] == "final" and o["subject"]["reference"] and o["effectiveDateTime"]
        quantities = [o["valueQuantity"]] if "valueQuantity" in o else [c["valueQuantity"] for c in o["component"]]
        for q in quantities:
            assert q["system"] == "http://unitsofmeasure.org" and q["code"] and isinstance(q["value"], float)
    spo2 = [o for o in observations if o["code"]["coding"][0]["code"] == "2708-6"]
    assert spo2 and all({"2708-6", "59408-5"} <= {c["code"] for c in o["code"]["coding"]} for o in spo2)
    bp = [o for o in observations if o["code"]["coding"][0]["code"] == "85354-9"]
    assert bp and all({c["code"]["coding"][0]["code"] for c in o["component"]} == {"8480-6", "8462-4"} for o in bp)


def test_every_patient_is_a_research_subject_of_the_study(synthetic):
    study = _resources(synthetic, "ResearchStudy")[0]
    patients = {"urn:uuid:" + p["id"] for p in _resources(synthetic, "Patient")}
    subjects = _resources(synthetic, "ResearchSubject")
    assert {s["individual"]["reference"] for s in subjects} == patients
    assert all(s["study"]["reference"] == "urn:uuid:" + study["id"] for s in subjects)
    by_id = {s["identifier"][0]["value"]: s["status"] for s in subjects}
    assert by_id["TJT-001"] == "withdrawn"  # included, then withdrew (the screening log says the same)
    assert set(by_id.values()) <= {"on-study", "withdrawn", "ineligible", "candidate"}


def test_pseudonymised_patient_carries_no_identifier(synthetic):
    assert all("identifier" not in p for p in _resources(synthetic, "Patient"))
    assert any("identifier" in p for p in _resources(synthetic, "Patient", identified=True))  # MRN, admin only
