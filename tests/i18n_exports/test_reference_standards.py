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
             if e["resource"]["resourceType"] == "Observation"]
    assert times and all(t.endswith("+02:00") or t.endswith("Z") for t in times)
    assert "2026-10-02T10:15:00+02:00" in times
