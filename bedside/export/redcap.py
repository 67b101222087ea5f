"""REDCap: a data dictionary and a records import file in REDCap's documented
formats, so the sponsor's REDCap project takes the export as it is.

- `redcap/data_dictionary.csv`: the 18 columns of REDCap's Data Dictionary;
  one instrument per record type (form name = record type), the record id
  field `subject_id` first, in the `patient` instrument. Variable names from
  `names.py` (lowercase, unique, ≤ 26 characters). Coded values become
  `dropdown` fields with `code, Label | code, Label` choices, yes/no values
  `yesno`; numbers, dates and times get REDCap's validation types.
- `redcap/repeating_instruments.csv`: every instrument but `patient` is a
  repeating instrument (REDCap: Project Setup → Repeating instruments →
  upload), one instance per record, numbered in the order recorded.
- `redcap/records.csv`: the import file, raw values, with
  `redcap_repeat_instrument` / `redcap_repeat_instance`.

REDCap has no time zones: times are written as the site's wall clock
(Europe/Brussels), as each field's note says. Always comma-separated with a
dot decimal (REDCap's import format), whatever the site's CSV setting.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

from bedside.export.forms import Form, Variable
from bedside.export.names import fold_name, variable_names
from bedside.export.odm import decode
from bedside.export.privacy import is_identifying
from bedside.export.times import site_zone_name, with_offset

DICTIONARY_FILE = "redcap/data_dictionary.csv"
RECORDS_FILE = "redcap/records.csv"
REPEATING_FILE = "redcap/repeating_instruments.csv"
RECORD_ID = "subject_id"
FIRST_FORM = "patient"
DICTIONARY_HEADER = [
    "Variable / Field Name", "Form Name", "Section Header", "Field Type", "Field Label",
    "Choices, Calculations, OR Slider Labels", "Field Note", "Text Validation Type OR Show Slider Number",
    "Text Validation Min", "Text Validation Max", "Identifier?", "Branching Logic (Show field only if...)",
    "Required Field?", "Custom Alignment", "Question Number (surveys only)", "Matrix Group Name",
    "Matrix Ranking?", "Field Annotation",
]
_YESNO = {"true": "1", "false": "0"}


def _csv(rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


def _form_name(form: Form) -> str:
    return fold_name(form.record_type)


class RedcapField:
    """One REDCap field: how its values are typed and written."""

    def __init__(self, form: Form, var: Variable, name: str, language: str) -> None:
        self.form, self.var, self.name = form, var, name
        self.choices: list[tuple[str, str]] = []
        self.validation = ""
        self.note = ""
        allowed = var.allowed
        if var.type == "boolean" or (allowed and set(allowed) <= set(_YESNO)):
            self.type = "yesno"
        elif allowed:
            self.type = "dropdown"
            key = f"{form.record_type}.{var.name}"
            self.choices = [(a, decode(key, a)[0 if language == "en" else 1]) for a in allowed]
        elif var.type == "integer":
            self.type, self.validation = "text", "integer"
        elif var.type == "float":
            self.type, self.validation = "text", "number"
        elif var.type == "date":
            self.type, self.validation = "text", "date_ymd"
        elif var.type == "datetime" and var.name not in form.dates_alone:
            self.type, self.validation = "text", "datetime_seconds_ymd"
            self.note = f"Local time, {site_zone_name()}"
        elif var.type == "datetime":
            self.type = "text"
            self.note = f"Date, or date and local time ({site_zone_name()})"
        else:
            self.type = "notes" if any(len(r.values.get(var.name, "")) > 100 or
                                       r.values.get(var.name, "").startswith(("[", "{")) for r in form.rows) \
                else "text"
        self.label = var.label_en if language == "en" else var.label_fr

    def dictionary_row(self, identified: bool) -> list[str]:
        choices = " | ".join(f"{code}, {label}" for code, label in self.choices)
        ident = "y" if identified and is_identifying(self.var.name) else ""
        return [self.name, _form_name(self.form), "", self.type, self.label or self.name, choices, self.note,
                self.validation, "", "", ident, "", "", "", "", "", "",
                f"bedside:{self.form.record_type}.{self.var.name}"]

    def value(self, text: str) -> str:
        if text == "":
            return ""
        if self.type == "yesno":
            return _YESNO.get(text.lower(), text)
        if self.var.type == "datetime" and "T" in text:
            stamped = with_offset(text)
            if stamped:
                local = datetime.fromisoformat(stamped.replace("Z", "+00:00")).astimezone(ZoneInfo(site_zone_name()))
                return local.strftime("%Y-%m-%d %H:%M:%S")
        return text


def _fields(forms: list[Form], language: str) -> list[RedcapField]:
    ordered = sorted(forms, key=lambda f: (f.record_type != FIRST_FORM, f.record_type))
    names = variable_names((f.record_type, v.name) for f in ordered for v in f.variables)
    return [RedcapField(f, v, names[(f.record_type, v.name)], language) for f in ordered for v in f.variables]


def write_redcap(forms: list[Form], *, identified: bool = False, language: str = "en") -> dict[str, bytes]:
    fields = _fields(forms, language)
    first = next((f for f in forms if f.record_type == FIRST_FORM), None)
    first_form = _form_name(first) if first else (fields[0].form.record_type if fields else FIRST_FORM)
    record_label = "Subject identifier" if language == "en" else "Identifiant du sujet"
    dictionary = [DICTIONARY_HEADER,
                  [RECORD_ID, first_form, "", "text", record_label] + [""] * 12 + ["bedside:subject_id"]]
    dictionary += [f.dictionary_row(identified) for f in fields]

    repeating = sorted({_form_name(f) for f in forms if f.record_type != FIRST_FORM})
    repeats = _csv([["form_name", "custom_form_label"]] + [[name, ""] for name in repeating])

    columns = [RECORD_ID, "redcap_repeat_instrument", "redcap_repeat_instance"] + [f.name for f in fields]
    by_form: dict[str, list[RedcapField]] = {}
    for f in fields:
        by_form.setdefault(f.form.record_type, []).append(f)
    rows: list[list[str]] = []
    subjects = sorted({r.subject_id for f in forms for r in f.rows if r.subject_id})
    for subject in subjects:
        for form in sorted(forms, key=lambda f: (f.record_type != FIRST_FORM, f.record_type)):
            mine = sorted((r for r in form.rows if r.subject_id == subject), key=lambda r: (r.recorded_utc, r.record_id))
            repeating_form = form.record_type != FIRST_FORM
            for instance, r in enumerate(mine if repeating_form else mine[-1:], start=1):
                values = {f.name: f.value(r.values.get(f.var.name, "")) for f in by_form.get(form.record_type, [])}
                row = [subject, _form_name(form) if repeating_form else "", str(instance) if repeating_form else ""]
                rows.append(row + [values.get(c, "") for c in columns[3:]])
    return {DICTIONARY_FILE: _csv(dictionary), REPEATING_FILE: repeats, RECORDS_FILE: _csv([columns] + rows)}
