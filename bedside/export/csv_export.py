"""CSV per form (record type) plus a data dictionary."""

from __future__ import annotations

import csv
import io
import re

from bedside.export.filenames import safe_part
from bedside.export.forms import FIXED_COLUMNS, FIXED_LABELS, Form

DICTIONARY_FILE = "data_dictionary.csv"
_FLOAT = re.compile(r"-?\d+\.\d+")
DICTIONARY_COLUMNS = ("form", "form_label", "variable", "label", "label_fr", "type", "unit", "allowed_values")


def form_file_name(form: Form) -> str:
    return f"{safe_part(form.record_type)}.csv"


def _csv(rows: list[list[str]], separator: str = ",") -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=separator, lineterminator="\r\n")
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig", "replace")  # BOM: spreadsheet programs then read UTF-8 correctly


def _decimal_comma(form: Form, row: list[str]) -> list[str]:
    """Numbers as a French spreadsheet reads them: 37,2 (only the float columns)."""
    floats = {len(FIXED_COLUMNS) + i for i, v in enumerate(form.variables) if v.type == "float"}
    return [cell.replace(".", ",") if i in floats and _FLOAT.fullmatch(cell) else cell
            for i, cell in enumerate(row)]


def form_csv(form: Form, separator: str = ",") -> bytes:
    header = list(FIXED_COLUMNS) + [v.name for v in form.variables]
    rows = [r.as_columns(form.variables) for r in form.rows]
    if separator == ";":
        rows = [_decimal_comma(form, r) for r in rows]
    return _csv([header] + rows, separator)


def dictionary_csv(forms: list[Form], separator: str = ",") -> bytes:
    rows = [list(DICTIONARY_COLUMNS)]
    for form in forms:
        for col in FIXED_COLUMNS:
            en, fr, typ = FIXED_LABELS[col]
            rows.append([form.record_type, form.label_en, col, en, fr, typ, "", ""])
        for v in form.variables:
            rows.append([form.record_type, form.label_en, v.name, v.label_en, v.label_fr, v.type, v.unit,
                         "|".join(v.allowed)])
    rows.append(FORMAT_ROW[separator])
    return _csv(rows, separator)


# The dictionary says how its files are written (last row).
FORMAT_ROW = {
    ";": ["(files)", "CSV format", "separator", "Semicolon-separated, decimal comma (37,2), UTF-8",
          "Séparateur point-virgule, virgule décimale (37,2), UTF-8", "text", "", ""],
    ",": ["(files)", "CSV format", "separator", "Comma-separated, decimal point (37.2), UTF-8",
          "Séparateur virgule, point décimal (37.2), UTF-8", "text", "", ""],
}


def write_csv(forms: list[Form], separator: str = ",") -> dict[str, bytes]:
    """File name -> bytes for every form and the dictionary."""
    files = {form_file_name(f): form_csv(f, separator) for f in forms}
    files[DICTIONARY_FILE] = dictionary_csv(forms, separator)
    return files
