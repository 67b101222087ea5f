"""The exports' data dictionaries (CSV, REDCap, ODM ItemDefs) come from the
record registry (bedside/record_types.py): every declared field of every
exported type is described with its declared labels and type, and a field
added to a declaration appears without a second edit anywhere."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

from pydantic import Field

from bedside import record_types
from bedside.export.builder import build_export
from bedside.export.forms import EXPORT_TYPES
from bedside.export.resources import load
from bedside.export.source import from_dicts
from bedside.record_fields import RecordContent, label

ODM = "{http://www.cdisc.org/ns/odm/v1.3}"
NOT_EXPORTED = set(load("privacy")["not_exported_record_types"])


def _exported() -> dict[str, dict]:
    return {t: d for t, d in record_types.dictionary().items() if t not in NOT_EXPORTED}


def _one_version_of_each(types) -> list[dict]:
    """One (empty) version per type: the dictionary must not depend on data."""
    return [{"id": f"e{i}", "record_id": f"r{i}", "record_type": t, "patient_id": "p1",
             "version": 1, "content": {}, "created_utc": "2026-10-01T08:00:00Z",
             "author_id": "u-nurse", "author_name": "Nurse", "content_hash": f"h{i}"}
            for i, t in enumerate(types)]


def _read(files: dict[str, bytes], name: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(files[name].decode("utf-8-sig"))))


def _dictionaries(types) -> tuple[dict, dict, dict]:
    data = from_dicts(_one_version_of_each(types), site_name="CHU de Liège",
                      created_utc="2026-11-25T10:00:00Z")
    files = build_export(data, ["csv", "odm", "redcap"], identified=True)
    in_csv = {(d["form"], d["variable"]): d for d in _read(files, "csv/data_dictionary.csv")}
    in_redcap = {d["Field Annotation"].removeprefix("bedside:"): d
                 for d in _read(files, "redcap/data_dictionary.csv")}
    root = ET.fromstring(files["clinical_data_odm.xml"])
    in_odm = {}
    for item in root.iter(f"{ODM}ItemDef"):
        texts = {t.get("{http://www.w3.org/XML/1998/namespace}lang"): t.text
                 for t in item.find(f"{ODM}Question").iter(f"{ODM}TranslatedText")}
        in_odm[item.get("OID")] = (item.get("DataType"), texts)
    return in_csv, in_redcap, in_odm


def _check_every_field_described(declared: dict[str, dict]) -> None:
    in_csv, in_redcap, in_odm = _dictionaries(declared)
    for rtype, form in declared.items():
        for name, var in form["variables"].items():
            if name == "subject_id" or var["type"] == "object":
                continue            # the record id column; an object's keys are flattened
            row = in_csv.get((rtype, name))
            assert row is not None, (rtype, name)
            assert (row["label"], row["label_fr"]) == (var["label"]["en"], var["label"]["fr"])
            assert row["type"] == EXPORT_TYPES[var["type"]], (rtype, name)
            assert row["allowed_values"] == "|".join(var.get("allowed", [])), (rtype, name)
            assert row["unit"] == (var.get("unit") or ""), (rtype, name)
            assert f"{rtype}.{name}" in in_redcap, (rtype, name)
            oid = f"I.{rtype.upper()}.{name}"
            assert oid in in_odm, (rtype, name)
            assert in_odm[oid][1] == {"en": var["label"]["en"], "fr": var["label"]["fr"]}


def test_every_registered_field_is_in_every_dictionary():
    declared = _exported()
    assert {"patient", "vital_reading", "adverse_event", "consent_step", "infusion"} <= set(declared)
    _check_every_field_described(declared)


class _TrialExtraContent(RecordContent):
    spo2_target: int = label("SpO2 target", "Cible de SpO2", unit="%", default=None)
    prone: bool = label("Prone position", "Décubitus ventral", default=None)
    mode: str = Field(default=None, title="Ventilation mode",
                      json_schema_extra={"fr": "Mode ventilatoire"})


def test_a_field_added_to_a_declaration_appears_without_a_second_edit():
    rt = record_types.register(record_types.RecordDeclaration(
        "ventilation_test", _TrialExtraContent, "Ventilation", "Ventilation"))
    try:
        declared = {"ventilation_test": record_types.dictionary()["ventilation_test"]}
        assert set(declared["ventilation_test"]["variables"]) == {"spo2_target", "prone", "mode"}
        _check_every_field_described(declared)
    finally:
        record_types._REGISTRY.pop(rt.name, None)
