"""Reading exported files back in the tests: CSV rows whichever separator
the site chose, and the final state an ODM file's transactions describe."""
from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET

from bedside.export.odm import NS

O = f"{{{NS}}}"


def read_csv(data: bytes) -> list[dict[str, str]]:
    """Rows of an exported CSV, whichever separator the site chose; with ";" the
    decimal comma is read back as a point (the value the other formats carry)."""
    text = data.decode("utf-8-sig")
    sep = ";" if text.split("\r\n", 1)[0].count(";") > text.split("\r\n", 1)[0].count(",") else ","
    rows = list(csv.DictReader(io.StringIO(text), delimiter=sep))
    if sep == ";":
        rows = [{k: re.sub(r"^(-?\d+),(\d+)$", r"\1.\2", v) for k, v in r.items()} for r in rows]
    return rows


def odm_final_state(root: ET.Element) -> dict[tuple[str, str, str], dict[str, str]]:
    """Apply ODM transactions in document order: (subject, form, repeat) -> item values."""
    state: dict[tuple[str, str, str], dict[str, str]] = {}
    for subj in root.iter(O + "SubjectData"):
        for fd in subj.iter(O + "FormData"):
            key = (subj.get("SubjectKey"), fd.get("FormOID"), fd.get("FormRepeatKey"))
            values = state.setdefault(key, {})
            for item in fd.iter(O + "ItemData"):
                if item.get("TransactionType") == "Remove":
                    values.pop(item.get("ItemOID"), None)
                else:
                    values[item.get("ItemOID")] = item.get("Value")
    return state
