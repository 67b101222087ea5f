"""Forms (one per record type) with their variables and rows: the shared model
behind the CSV files, the data dictionary and the ODM metadata, so that every
format says the same thing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bedside import record_types
from bedside.export import resources
from bedside.export.privacy import Pseudonymiser, is_identifying
from bedside.export.source import ExportData, ExportVersion
from bedside.export.times import with_offset
from bedside.export.values import merge_types, to_text, type_of
from bedside.names import EntryId, RecordId, RecordType

# Columns every form row carries before its variables.
FIXED_COLUMNS = ("subject_id", "record_id", "version", "recorded_utc", "recorded_by")
FIXED_LABELS = {
    "subject_id": ("Subject identifier", "Identifiant du sujet", "text"),
    "record_id": ("Record identifier", "Identifiant de l'enregistrement", "text"),
    "version": ("Version of the record", "Version de l'enregistrement", "integer"),
    "recorded_utc": ("Recorded at (UTC)", "Enregistré le (UTC)", "datetime"),
    "recorded_by": ("Recorded by (user)", "Enregistré par (utilisateur)", "text"),
}


@dataclass
class Variable:
    name: str
    label_en: str
    label_fr: str
    type: str
    unit: str = ""
    allowed: list[str] = field(default_factory=list)
    in_dictionary: bool = False

    @property
    def oid_part(self) -> str:
        return oid_safe(self.name)


@dataclass
class Row:
    subject_id: str
    record_id: RecordId
    entry_id: EntryId
    version: int
    recorded_utc: str
    recorded_by: str
    values: dict[str, str]

    def as_columns(self, variables: list[Variable]) -> list[str]:
        fixed = [self.subject_id, self.record_id, str(self.version), self.recorded_utc, self.recorded_by]
        return fixed + [self.values.get(v.name, "") for v in variables]


@dataclass
class Form:
    record_type: str
    label_en: str
    label_fr: str
    variables: list[Variable]
    rows: list[Row]
    dates_alone: frozenset[str] = frozenset()  # variables where some version holds a date without a time

    @property
    def oid(self) -> str:
        return "F." + oid_safe(self.record_type).upper()

    @property
    def item_group_oid(self) -> str:
        return "IG." + oid_safe(self.record_type).upper()

    def item_oid(self, var: Variable) -> str:
        return f"I.{oid_safe(self.record_type).upper()}.{var.oid_part}"


def humanize(name: str) -> str:
    """A readable label for a field the dictionary does not describe:
    "optional_answers.biobank" -> "Optional answers: biobank"."""
    parts = [p.replace("_", " ").strip() for p in name.split(".") if p.strip("_ ")]
    text = ": ".join(parts) or name
    return text[:1].upper() + text[1:]


def oid_safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", text) or "_"


def exported_types(data: ExportData) -> list[str]:
    skip = set(resources.load("privacy")["not_exported_record_types"])
    return [t for t in data.record_types() if t not in skip]


def _text(value) -> str:
    """The one text of a value in every format; a time gets its offset."""
    if type_of(value) == "datetime":
        return with_offset(value) or to_text(value)
    return to_text(value)


def values_of(v: ExportVersion, pseudo: Pseudonymiser) -> dict[str, str]:
    """Text value of each variable of one version, after pseudonymisation."""
    return {k: text for k, val in pseudo.content(v).items() if k != "subject_id" and (text := _text(val)) != ""}


def row_of(v: ExportVersion, pseudo: Pseudonymiser) -> Row:
    return Row(
        subject_id=pseudo.subject(v.patient_id or (v.record_id if v.record_type == RecordType.PATIENT else None)),
        record_id=v.record_id,
        entry_id=v.entry_id,
        version=v.version,
        recorded_utc=v.created_utc,
        recorded_by=pseudo.staff(v.author_id, v.author_name),
        values=values_of(v, pseudo),
    )


# The record registry's field kinds (bedside/record_types.py) as export types.
EXPORT_TYPES = {"text": "text", "integer": "integer", "float": "float", "decimal": "float",
                "boolean": "boolean", "date": "date", "datetime": "datetime", "code": "text",
                "object": "text", "list": "text"}


def _declared(rtype: str, spec: dict) -> tuple[dict, dict[str, Variable], dict[str, dict]]:
    """A form's label and variables as the record registry declares them
    (every field of the type, so a field added to a declaration is in every
    dictionary without a second edit), then what the registry cannot say:
    variables the export derives (``age_years``) and the keys inside a
    declared object field (``values.hr``), from resources/export/dictionary.json.
    Also returns the declared object fields (their keys are flattened)."""
    declared = record_types.dictionary().get(rtype)
    if declared is None:            # not a registered type (older exports, fixtures)
        label, known, objects = spec.get("label", {}), spec.get("variables", {}), {}
    else:
        label = declared["label"]
        objects = {n: v for n, v in declared["variables"].items() if v["type"] == "object"}
        known = {n: {**v, "type": EXPORT_TYPES.get(v["type"], "text")}
                 for n, v in declared["variables"].items() if n not in objects}
        known.update({n: v for n, v in spec.get("variables", {}).items() if n not in known})
    variables = {name: Variable(name=name,
                                label_en=vs.get("label", {}).get("en", name),
                                label_fr=vs.get("label", {}).get("fr", name),
                                type=vs.get("type", "text"), unit=vs.get("unit") or "",
                                allowed=[str(a) for a in vs.get("allowed", [])],
                                in_dictionary=True)
                 for name, vs in known.items()}
    return label, variables, objects


def _inferred_label(name: str, objects: dict[str, dict]) -> tuple[str, str]:
    """A label for a variable nobody described: a key inside a declared
    object field is named after that field ("Values: hr")."""
    head, _, rest = name.partition(".")
    if rest and head in objects:
        lab = objects[head]["label"]
        return f"{lab['en']}: {rest}", f"{lab['fr']} : {rest}"
    readable = humanize(name)
    return readable, readable


def build_forms(data: ExportData, pseudo: Pseudonymiser) -> list[Form]:
    """One form per exported record type, rows = latest version of each record."""
    dictionary = resources.load("dictionary")["forms"]
    forms: list[Form] = []
    for rtype in exported_types(data):
        label, declared, objects = _declared(rtype, dictionary.get(rtype, {}))
        variables = {name: var for name, var in declared.items()
                     if name != "subject_id" and pseudo.keeps(rtype, name)}
        inferred: dict[str, str | None] = {}
        dates_alone: set[str] = set()
        for v in data.versions:  # every version, so history-only variables are described too
            if v.record_type != rtype:
                continue
            for name, val in pseudo.content(v).items():
                kind = type_of(val)
                if kind == "date":
                    dates_alone.add(name)
                if name == "subject_id" or name in variables:
                    continue
                inferred[name] = merge_types(inferred.get(name), kind)
        for name in sorted(inferred):
            en, fr = _inferred_label(name, objects)
            variables[name] = Variable(name=name, label_en=en, label_fr=fr, type=inferred[name] or "text")
        rows = [row_of(v, pseudo) for v in data.latest_of(rtype)]
        rows.sort(key=lambda r: (r.subject_id, r.recorded_utc, r.record_id))
        forms.append(Form(rtype, label.get("en", rtype), label.get("fr", rtype), list(variables.values()), rows,
                          frozenset(dates_alone)))
    return forms
