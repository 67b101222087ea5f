"""Validation against the standards bodies' own schemas, vendored under
tests/standards/ (provenance in its README): CDISC's ODM 1.3.2 XML Schema
and HL7's FHIR R4 JSON Schema. Plus what the XSD leaves to the reader: each
ItemData value against its ItemDef's DataType and CodeList."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

STANDARDS = Path(__file__).resolve().parents[1] / "standards"
ODM = "{http://www.cdisc.org/ns/odm/v1.3}"

# ODM 1.3.2 specification, section "DataType"; a datetime must carry its offset here
# (a receiving system must not have to guess the ward's zone).
_VALUE_RULES = {
    "integer": r"-?[0-9]+",
    "float": r"-?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?",
    "date": r"[0-9]{4}-[0-9]{2}-[0-9]{2}",
    "datetime": r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})",
    "partialDatetime": r"[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}(:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?)?"
                       r"(Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?",
    "boolean": r"true|false|1|0",
}


@lru_cache(maxsize=1)
def _odm_schema():
    from lxml import etree
    return etree.XMLSchema(etree.parse(str(STANDARDS / "odm-1.3.2" / "ODM1-3-2.xsd")))


def odm_schema_errors(xml: bytes) -> list[str]:
    from lxml import etree
    schema = _odm_schema()
    doc = etree.fromstring(xml)
    schema.validate(doc)
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def odm_value_errors(xml: bytes) -> list[str]:
    """Every ItemData value against its ItemDef DataType and CodeList."""
    from lxml import etree
    root = etree.fromstring(xml)
    defs = {d.get("OID"): d for d in root.iter(f"{ODM}ItemDef")}
    lists = {c.get("OID"): {i.get("CodedValue") for i in c.iter(f"{ODM}CodeListItem")}
             | {i.get("CodedValue") for i in c.iter(f"{ODM}EnumeratedItem")}
             for c in root.iter(f"{ODM}CodeList")}
    errors = []
    for item in root.iter(f"{ODM}ItemData"):
        if item.get("TransactionType") == "Remove":
            continue
        d = defs.get(item.get("ItemOID"))
        if d is None:
            errors.append(f"{item.get('ItemOID')}: no ItemDef")
            continue
        value, kind = item.get("Value"), d.get("DataType")
        rule = _VALUE_RULES.get(kind)
        if rule and not re.fullmatch(rule, value or ""):
            errors.append(f"{d.get('Name')}={value!r} is not a {kind}")
        ref = d.find(f"{ODM}CodeListRef")
        if ref is not None and value not in lists.get(ref.get("CodeListOID"), set()):
            errors.append(f"{d.get('Name')}={value!r} is not in {ref.get('CodeListOID')}")
    return errors


@lru_cache(maxsize=1)
def _fhir_validator():
    import jsonschema
    schema = json.loads((STANDARDS / "fhir-r4" / "fhir.schema.json").read_text("utf-8"))
    return jsonschema.Draft6Validator(schema)


def fhir_schema_errors(resource: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}"
            for e in _fhir_validator().iter_errors(resource)]
