"""Typed text as validators receive it: only a ``str`` without invisible
control characters, broken character codes (lone surrogates) or direction
overrides passes.  One helper for every validator (patients, users,
eligibility, consent, infusion), so a value that a screen or an API caller
hands over never crashes a validator and never reaches storage unchecked."""

from __future__ import annotations

from typing import Any

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .record_fields import text_problem

MESSAGES = {
    "kind": QT_TRANSLATE_NOOP("core", "{label}: enter text here."),
    "problem": QT_TRANSLATE_NOOP("core", "{label} {problem}."),
}


def typed_text(value: Any, field: str, *, label: str | None = None, multiline: bool = False,
               allow_none: bool = True) -> str:
    """*value* stripped, or ValidationError naming *field*.  None (and, if
    allowed, a missing value) becomes ""; numbers are not text."""
    if value is None and allow_none:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, MESSAGES["kind"], label=label or field)
    problem = text_problem(value, multiline=multiline)
    if problem:
        raise ValidationError(field, MESSAGES["problem"], label=label or field, problem=problem)
    return value.strip()


def is_clean_text(value: Any, *, multiline: bool = False) -> bool:
    return isinstance(value, str) and text_problem(value, multiline=multiline) is None
