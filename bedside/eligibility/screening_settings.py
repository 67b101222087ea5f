"""Site settings for screening, read from the site settings
(defaults in resources/site_defaults.json):

- ``subject_id_format`` (e.g. ``TJT-{n:03d}`` -> TJT-001), given at inclusion;
- ``enrollment_target`` (20) and ``enrollment_warn_remaining`` (warn when
  this few inclusions remain);
- ``eligibility_protocol``: the protocol file new assessments use.
"""
from __future__ import annotations

import string
from dataclasses import dataclass

from bedside.settings import defaults as site_defaults

from .errors import InputError
from bedside.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ScreeningSettings:
    subject_id_format: str
    target_inclusions: int
    warn_when_remaining: int
    protocol_file: str

    def subject_id(self, n: int) -> str:
        return self.subject_id_format.format(n=n, pc=0)

    def target_state(self, included: int) -> str:
        """'open', 'near' (warn) or 'reached'."""
        if included >= self.target_inclusions:
            return "reached"
        if self.target_inclusions - included <= self.warn_when_remaining:
            return "near"
        return "open"


def check_format(fmt, field: str = "subject_id_format") -> str:
    bad = QT_TRANSLATE_NOOP("core", "{field}: the format must contain {{n}} once (e.g. TJT-{{n:03d}}).")
    if not isinstance(fmt, str) or not fmt.strip():
        raise InputError(field, bad)
    try:
        names = [f for _, f, _, _ in string.Formatter().parse(fmt) if f is not None]
        fmt.format(n=1, pc=1)
    except (ValueError, KeyError, IndexError, AttributeError):
        raise InputError(field, bad) from None
    if sorted(names) not in (["n"], ["n", "pc"]):   # {pc}: the PC number, numbering.py
        raise InputError(field, bad)
    return fmt


def screening_settings(values: dict | None = None) -> ScreeningSettings:
    """From the site settings (``session.settings.all()``); the shipped
    defaults fill what is absent."""
    data = site_defaults()
    data.update(values or {})
    check_format(data.get("subject_id_format"))
    target, warn = data.get("enrollment_target"), data.get("enrollment_warn_remaining", 2)
    for key, v, low in (("enrollment_target", target, 1), ("enrollment_warn_remaining", warn, 0)):
        if isinstance(v, bool) or not isinstance(v, int) or v < low:
            raise InputError(key, QT_TRANSLATE_NOOP("core", "{field}: enter a positive whole number."))
    return ScreeningSettings(data["subject_id_format"], target, warn,
                             data.get("eligibility_protocol", "tjt2012-v2.json"))
