"""Lab and body-measure units: convert to the canonical unit the protocol
uses, refuse impossible values.  Units and plausible ranges are data
(resources/eligibility/lab_units.json)."""
from __future__ import annotations

import json
import math
from decimal import Decimal
import re
from functools import lru_cache

from bedside.paths import resources_dir

from ..inputs import is_clean_text
from .errors import InputError
from bedside.i18n import QT_TRANSLATE_NOOP

UNITS_FILE = resources_dir() / "eligibility" / "lab_units.json"
_NUM = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")


@lru_cache(maxsize=1)
def unit_table() -> dict:
    with open(UNITS_FILE, encoding="utf-8") as fh:
        data = json.load(fh)
    table = dict(data["labs"])
    table.update(data["measures"])
    return table


def canonical_unit(quantity: str) -> str:
    return unit_table()[quantity]["canonical_unit"]


def units_for(quantity: str) -> list[str]:
    """Accepted units, canonical first."""
    spec = unit_table()[quantity]
    canon = spec["canonical_unit"]
    return [canon] + [u for u in spec["units"] if u != canon]


def parse_number(text, field: str) -> float:
    """Parse a typed number ("7,5" or "7.5").  Refuses text, NaN, infinity."""
    if isinstance(text, bool) or not isinstance(text, (str, int, float, Decimal)):
        raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: enter a number."))
    if isinstance(text, (int, float, Decimal)):
        if isinstance(text, Decimal) and not text.is_finite():   # NaN, sNaN, infinity
            raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: enter a finite number."))
        try:
            value = float(text)
        except OverflowError:     # a 5,000-digit integer
            raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: enter a finite number.")) from None
    else:
        if not is_clean_text(text):
            raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: enter a number."))
        s = text.strip().replace("\u00a0", "").replace(" ", "")
        if not s:
            raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: enter a number."))
        if not _NUM.match(s):
            raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: \"{text}\" is not a number."),
                             text=text[:40])
        value = float(s.replace(",", "."))
    if not math.isfinite(value):
        raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: enter a finite number."))
    return value


def to_canonical(quantity: str, value, unit: str | None = None, field: str | None = None) -> float:
    """Convert ``value`` in ``unit`` to the canonical unit of ``quantity``
    (e.g. lymphocytes 0.6 ×10⁹/L -> 600 /µL).  Raises InputError for text,
    unknown units, negative or impossible values."""
    field = field or quantity
    spec = unit_table().get(quantity)
    if spec is None:
        raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: unknown measurement."))
    unit = unit or spec["canonical_unit"]
    factor = spec["units"].get(unit)
    if factor is None:
        raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: unknown unit \"{unit}\" (use one of {units})."),
                         unit=str(unit)[:20], units=", ".join(units_for(quantity)))
    number = parse_number(value, field)
    if number < 0:
        raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: a negative value is impossible."))
    canon = number * factor
    lo, hi = spec["plausible"]["min"], spec["plausible"]["max"]
    if canon < lo or canon > hi:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "core", "{field}: {value} {unit} is outside the possible range {low}–{high} {canonical}."),
            value=fmt(number), unit=unit, low=fmt(lo), high=fmt(hi), canonical=spec["canonical_unit"])
    return round(canon, 6)


def from_canonical(quantity: str, value: float, unit: str) -> float:
    return value / unit_table()[quantity]["units"][unit]


def fmt(x) -> str:
    """A number for people: no trailing .0, thousands not grouped."""
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    if isinstance(x, float):
        return f"{x:.6g}"
    return str(x)
