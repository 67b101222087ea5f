"""CSV per form (record type) plus a data dictionary."""

from __future__ import annotations

import csv
import io

from bedside.export.filenames import safe_part
from bedside.export.forms import FIXED_COLUMNS, FIXED_LABELS, Form

DICTIONARY_FILE = "data_dictionary.csv"
DICTIONARY_COLUMNS = ("form", "form_label", "variable", "label", "label_fr", "type", "unit", "allowed_values")


def form_file_name(form: Form) -> str:
    return f"{safe_part(form.record_type)}.csv"


def _csv(rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig", "replace")  # BOM: spreadsheet programs then read UTF-8 correctly


def form_csv(form: Form) -> bytes:
    header = list(FIXED_COLUMNS) + [v.name for v in form.variables]
    return _csv([header] + [r.as_columns(form.variables) for r in form.rows])


def dictionary_csv(forms: list[Form]) -> bytes:
    rows = [list(DICTIONARY_COLUMNS)]
    for form in forms:
        for col in FIXED_COLUMNS:
            en, fr, typ = FIXED_LABELS[col]
            rows.append([form.record_type, form.label_en, col, en, fr, typ, "", ""])
        for v in form.variables:
            rows.append([form.record_type, form.label_en, v.name, v.label_en, v.label_fr, v.type, v.unit,
                         "|".join(v.allowed)])
    return _csv(rows)


def write_csv(forms: list[Form]) -> dict[str, bytes]:
    """File name -> bytes for every form and the dictionary."""
    files = {form_file_name(f): form_csv(f) for f in forms}
    files[DICTIONARY_FILE] = dictionary_csv(forms)
    return files
