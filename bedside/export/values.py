"""Turn record content into flat, typed, text values (shared by every writer,
so CSV, ODM and FHIR say the same thing)."""

from __future__ import annotations

import json
import re
from typing import Any, Mapping

_INT = re.compile(r"^-?\d+$")              # as REDCap and ODM read an integer: no "+"
_FLOAT = re.compile(r"^-?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")

# Characters XML 1.0 cannot carry (C0 controls except tab/newline/CR, lone surrogates,
# U+FFFE/U+FFFF). Removed from every exported value so CSV and ODM stay identical.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

TYPES = ("text", "integer", "float", "boolean", "date", "datetime")


def flatten(content: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts become dotted keys; lists stay as values (written as JSON)."""
    out: dict[str, Any] = {}
    for key, value in content.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, prefix=name + "."))
        else:
            out[name] = value
    return out


def clean(text: str) -> str:
    """Text without the characters XML 1.0 cannot carry."""
    return _NOT_XML.sub("", text)


def to_text(value: Any) -> str:
    """The one text form of a value used in every export format."""
    return _NOT_XML.sub("", _raw_text(value))


def _raw_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return str(value)


def type_of(value: Any) -> str | None:
    """Export type of one value; None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        s = value.strip()
        if _INT.match(s):
            return "integer"
        if _FLOAT.match(s):
            return "float"
        if _DATE.match(s):
            return "date"
        if _DATETIME.match(s):
            return "datetime"
    return "text"


def merge_types(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None or a == b:
        return a
    if {a, b} == {"integer", "float"}:
        return "float"
    if {a, b} == {"date", "datetime"}:
        return "datetime"
    return "text"


def as_number(value: Any) -> float | None:
    """A numeric value (numbers may be stored as decimal strings), else None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str) and _FLOAT.match(value.strip()):
        return float(value)
    return None
