"""Parse numbers typed at the bedside ("37,5" or "37.5") into Decimal,
never raising: returns (value, problem)."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.messages import Message

MAX_LEN = 12


def parse_decimal(raw, field: str) -> tuple[Decimal | None, Message | None]:
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
        return None, Message(QT_TRANSLATE_NOOP("core", "Enter a number."), {}, field=field, code="number_missing")
    if len(text) > MAX_LEN or not all(c in "0123456789.-+" for c in text):
        return None, Message(QT_TRANSLATE_NOOP("core", "“{text}” is not a number."), {"text": text[:MAX_LEN]}, field=field, code="number_invalid")
    try:
        d = Decimal(text)
    except InvalidOperation:
        return None, Message(QT_TRANSLATE_NOOP("core", "“{text}” is not a number."), {"text": text[:MAX_LEN]}, field=field, code="number_invalid")
    if not d.is_finite():
        return None, Message(QT_TRANSLATE_NOOP("core", "“{text}” is not a number."), {"text": text[:MAX_LEN]}, field=field, code="number_invalid")
    return d, None
