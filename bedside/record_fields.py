"""The field kinds record declarations are built from (pydantic v2 types).

Every record type's content is declared once as a :class:`RecordContent`
model (``bedside/<capability>/schema.py``, registered in
``bedside/record_types.py``).  The kinds here carry the rules every text,
date, number and identifier obeys wherever it comes from (a screen, the
core API, a pulled sync entry, an import): bounded sizes, no NUL or other
control characters, no lone surrogates (which cannot be stored as UTF-8),
no bidirectional overrides (which make a name display as something else),
real calendar dates and aware datetimes whose UTC value exists.

A field's metadata (``title`` = English label, ``fr``, ``unit``,
``permission``) feeds the error messages, the export data dictionary and
the per-field write permissions.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timezone
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic import JsonValue

from .i18n import QT_TRANSLATE_NOOP

MAX_TEXT = 20000           # free text (notes, reasons)
MAX_SHORT = 200            # names, codes, identifiers shown to people
MAX_ID = 64                # entry / record / user ids
MAX_INT = 2 ** 53          # what every JSON reader keeps exactly

# U+202A..U+202E embeddings/overrides, U+2066..U+2069 isolates, U+200E/F marks,
# U+061C Arabic letter mark: they reorder what is displayed.
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


class FieldProblem(ValueError):
    """A value refused by a field kind; ``template`` is a translatable
    English sentence (context "core") without the value itself."""

    def __init__(self, template: str) -> None:
        super().__init__(template)
        self.template = template


# Every character text_problem may refuse: the C0/C1 control characters
# (Unicode category Cc is exactly U+0000–U+001F and U+007F–U+009F), the
# surrogates and the direction marks. Almost every text holds none: one
# regex scan then says so without looking at each character in Python.
_SUSPECT = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff" + "".join(sorted(_BIDI)) + "]")


def text_problem(value: str, *, multiline: bool) -> str | None:
    """Why *value* cannot be stored as text, or None."""
    if _SUSPECT.search(value) is None:
        return None
    for ch in value:
        o = ord(ch)
        if 0xD800 <= o <= 0xDFFF:
            return QT_TRANSLATE_NOOP("core", "contains a character that cannot be stored (a broken character code)")
        if ch in _BIDI:
            return QT_TRANSLATE_NOOP("core", "contains an invisible character that changes the text direction")
        if ch in "\n\r\t":
            if not multiline:
                return QT_TRANSLATE_NOOP("core", "must be on one line")
            continue
        if unicodedata.category(ch) == "Cc":
            return QT_TRANSLATE_NOOP("core", "contains an invisible control character")
    return None


def _check_text(multiline: bool):
    def check(value: str) -> str:
        problem = text_problem(value, multiline=multiline)
        if problem:
            raise FieldProblem(problem)
        return value
    return check


def _check_name(value: str) -> str:
    _check_text(False)(value)
    if value != value.strip():
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "must not start or end with a space"))
    return value


def parse_aware(value: str) -> datetime:
    """An ISO 8601 date-time with a UTC offset whose UTC value exists
    (year 1 with a positive offset does not)."""
    if not isinstance(value, str) or len(value) > 40:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "is not a date and time"))
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "is not a date and time")) from None
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "has no time zone"))
    try:
        dt.astimezone(timezone.utc)
    except OverflowError:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "is outside the calendar")) from None
    if not 1900 <= dt.year <= 2200:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "is not a plausible date (years 1900 to 2200)"))
    return dt


def aware_or_none(value: Any) -> datetime | None:
    """*value* (an aware datetime or its ISO text) if it is a real moment
    between 1900 and 2200 with a UTC offset, else None (validators turn
    None into their own clear message)."""
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            return None
        try:
            value.astimezone(timezone.utc)
        except OverflowError:
            return None
        return value if 1900 <= value.year <= 2200 else None
    try:
        return parse_aware(value)
    except FieldProblem:
        return None


def _check_datetime(value: str) -> str:
    parse_aware(value)
    return value


def _check_date(value: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "is not a date (year-month-day)"))
    try:
        d = date.fromisoformat(value)
    except ValueError:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "is not a date (year-month-day)")) from None
    if not 1900 <= d.year <= 2200:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "is not a plausible date (years 1900 to 2200)"))
    return value


def _check_json(value: Any, depth: int = 0) -> Any:
    if depth > 12:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "is nested too deeply"))
    if isinstance(value, str):
        _check_text(True)(value)
        if len(value) > MAX_TEXT * 4:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "is too long"))
    elif isinstance(value, bool) or value is None:
        pass
    elif isinstance(value, int):
        if abs(value) > MAX_INT:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "is a number too large to store"))
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "is not a number"))
    elif isinstance(value, list):
        if len(value) > 1000:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "has too many items"))
        for item in value:
            _check_json(item, depth + 1)
    elif isinstance(value, dict):
        if len(value) > 500:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "has too many items"))
        for k, item in value.items():
            if not isinstance(k, str) or len(k) > MAX_SHORT:
                raise FieldProblem(QT_TRANSLATE_NOOP("core", "has a field name that is not valid"))
            _check_text(False)(k)
            _check_json(item, depth + 1)
    else:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "holds a value that cannot be stored"))
    return value


# -- the kinds ------------------------------------------------------------
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT), AfterValidator(_check_text(True))]
Line = Annotated[str, StringConstraints(max_length=MAX_SHORT), AfterValidator(_check_text(False))]
Name = Annotated[str, StringConstraints(min_length=1, max_length=80), AfterValidator(_check_name)]
Code = Annotated[str, StringConstraints(min_length=1, max_length=MAX_SHORT),
                 AfterValidator(_check_text(False))]
Id = Annotated[str, StringConstraints(min_length=1, max_length=MAX_ID,
                                      pattern=r"^[A-Za-z0-9_.:-]+$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
IsoDateTime = Annotated[str, StringConstraints(max_length=40), AfterValidator(_check_datetime)]
IsoDate = Annotated[str, StringConstraints(max_length=10), AfterValidator(_check_date)]
DecimalText = Annotated[str, StringConstraints(max_length=32,
                                               pattern=r"^-?\d{1,15}(\.\d{1,12})?$")]
Count = Annotated[int, Field(ge=0, le=MAX_INT)]
Int = Annotated[int, Field(ge=-MAX_INT, le=MAX_INT)]
Number = Annotated[float, Field(allow_inf_nan=False, ge=-1e15, le=1e15)]
Json = Annotated[JsonValue, AfterValidator(_check_json)]
JsonObject = Annotated[dict[str, JsonValue], AfterValidator(_check_json)]


def label(en: str, fr: str, *, unit: str | None = None, permission: Any = None,
          **kw: Any) -> Any:
    """A declared field: English label (the translation source, marked for
    lupdate where it is written), French label, unit and, when it differs
    from the record's, the permission needed to set or change it."""
    extra = {"fr": fr}
    if unit:
        extra["unit"] = unit
    if permission is not None:
        extra["permission"] = getattr(permission, "value", permission)
    return Field(title=en, json_schema_extra=extra, **kw)


class RecordContent(BaseModel):
    """Base of every declared record content: checked as stored (strict,
    no coercion: the string "1" is not the number 1), unknown fields refused."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True,
                              hide_input_in_errors=True)


class FeedSource(RecordContent):
    """Where a stored value came from when the feed proposed it: the
    message, its observation or sample time, and (monitor readings) which
    signs the nurse kept as the monitor gave them and which she changed.
    A field kind of the lab and vital-sign records the HL7 feed fills
    (bedside/hl7feed), declared here so those records need not import the feed."""
    sender: Line
    control_id: Code
    observed_utc: IsoDateTime
    from_monitor: Annotated[list[Code], Field(max_length=20)] = []
    changed: Annotated[list[Code], Field(max_length=20)] = []
