"""Site settings for screening: subject id format (e.g. ``TJT-001``),
screening number format and the inclusion target (20).  Defaults are data in
resources/eligibility/screening_defaults.json; a site overrides them in its
settings under the key ``screening``."""
from __future__ import annotations

import json
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import InputError
from .messages import QT_TRANSLATE_NOOP as N

DEFAULTS_FILE = Path(__file__).resolve().parents[2] / "resources" / "eligibility" / "screening_defaults.json"
KEYS = ("subject_id_format", "screening_number_format", "target_inclusions", "warn_when_remaining", "protocol_file")


@dataclass(frozen=True)
class ScreeningSettings:
    subject_id_format: str
    screening_number_format: str
    target_inclusions: int
    warn_when_remaining: int
    protocol_file: str

    def subject_id(self, n: int) -> str:
        return self.subject_id_format.format(n=n)

    def screening_number(self, n: int) -> str:
        return self.screening_number_format.format(n=n)

    def target_state(self, included: int) -> str:
        """'open', 'near' (warn) or 'reached'."""
        if included >= self.target_inclusions:
            return "reached"
        if self.target_inclusions - included <= self.warn_when_remaining:
            return "near"
        return "open"


@lru_cache(maxsize=1)
def _defaults() -> dict:
    with open(DEFAULTS_FILE, encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: data[k] for k in KEYS}


def _check_format(fmt: str, field: str) -> str:
    if not isinstance(fmt, str) or not fmt.strip():
        raise InputError(field, N("core", "{field}: enter a format such as TJT-{{n:03d}}."))
    try:
        names = [f for _, f, _, _ in string.Formatter().parse(fmt) if f is not None]
        fmt.format(n=1)
    except (ValueError, KeyError, IndexError):
        raise InputError(field, N("core", "{field}: the format must contain {{n}} (e.g. TJT-{{n:03d}}).")) from None
    if names != ["n"]:
        raise InputError(field, N("core", "{field}: the format must contain {{n}} (e.g. TJT-{{n:03d}}).")) from None
    return fmt


def screening_settings(overrides: dict | None = None) -> ScreeningSettings:
    data = dict(_defaults())
    for k, v in (overrides or {}).items():
        if k in KEYS:
            data[k] = v
    _check_format(data["subject_id_format"], "subject_id_format")
    _check_format(data["screening_number_format"], "screening_number_format")
    for k in ("target_inclusions", "warn_when_remaining"):
        v = data[k]
        if isinstance(v, bool) or not isinstance(v, int) or v < 0 or (k == "target_inclusions" and v < 1):
            raise InputError(k, N("core", "{field}: enter a positive whole number."))
    return ScreeningSettings(**data)
