"""A value as a record stores it (JSON: ISO dates, decimal points, nested
objects), shown in the user's language: 14/03/1961, 176, 37,2, oui. One
helper for every screen that shows stored content as it is (the conflict
dialog, a record's history)."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from decimal import Decimal

from bedside.field_words import RECORD_FIELDS, word_for

from .i18n import format_date, format_datetime, format_number
from .qt import translate

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_DECIMAL_TEXT = re.compile(r"-?\d+\.\d+")

EMPTY = "—"


def format_stored(value) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return EMPTY
    if isinstance(value, bool):
        return translate("StoredValue", "yes") if value else translate("StoredValue", "no")
    if isinstance(value, (int, float, Decimal)):
        return format_number(value)
    if isinstance(value, (date, datetime)):
        return _moment(value) if isinstance(value, datetime) else format_date(value)
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(format_stored(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{translate('core', word_for(RECORD_FIELDS, str(k)))}: {format_stored(v)}"
                         for k, v in value.items())
    return str(value)


def _text(value: str) -> str:
    try:
        if _ISO_MOMENT.fullmatch(value[:16]) and len(value) > 10:
            return _moment(datetime.fromisoformat(value.replace("Z", "+00:00")))
        if _ISO_DAY.fullmatch(value):
            return format_date(date.fromisoformat(value))
    except ValueError:
        return value           # looks like a date, is not one: shown as typed
    if _DECIMAL_TEXT.fullmatch(value):
        return format_number(value)
    return value


def _moment(value: datetime) -> str:
    if value.tzinfo is None:       # stored moments are UTC
        value = value.replace(tzinfo=timezone.utc)
    return format_datetime(value)
