"""Parse numbers typed at the bedside ("37,5" or "37.5") into Decimal,
never raising: returns (value, problem)."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from .messages import Problem, QT_TRANSLATE_NOOP

MAX_LEN = 12


def parse_decimal(raw, field: str) -> tuple[Decimal | None, Problem | None]:
    if isinstance(raw, bool):
        raw = None
    if isinstance(raw, int) and abs(raw) >= 10 ** MAX_LEN:
        text = "9" * (MAX_LEN + 1)          # too long: refused below, never converted whole
    elif isinstance(raw, (int, Decimal)):
        text = str(raw)
    elif isinstance(raw, float):
        text = repr(raw)
    elif isinstance(raw, str):
        text = raw.strip().replace(",", ".").replace("\u00a0", "").replace(" ", "")
    else:
        text = ""
    if not text:
        return None, Problem("number_missing", QT_TRANSLATE_NOOP("core", "Enter a number."), {}, field)
    if len(text) > MAX_LEN or not all(c in "0123456789.-+" for c in text):
        return None, Problem("number_invalid", QT_TRANSLATE_NOOP("core", "“{text}” is not a number."),
                             {"text": text[:MAX_LEN]}, field)
    try:
        d = Decimal(text)
    except InvalidOperation:
        return None, Problem("number_invalid", QT_TRANSLATE_NOOP("core", "“{text}” is not a number."),
                             {"text": text[:MAX_LEN]}, field)
    if not d.is_finite():
        return None, Problem("number_invalid", QT_TRANSLATE_NOOP("core", "“{text}” is not a number."),
                             {"text": text[:MAX_LEN]}, field)
    return d, None
