"""Site settings: defaults shipped in resources/site_defaults.json, changes
stored as a versioned record (so every change is audited and kept)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .errors import NotFound, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .paths import resources_dir
from .roles import Permission

if TYPE_CHECKING:  # pragma: no cover
    from .session import Session

SETTINGS_RECORD = "site-settings"


def defaults() -> dict[str, Any]:
    return json.loads((resources_dir() / "site_defaults.json").read_text("utf-8"))


class SiteSettings:
    def __init__(self, session: "Session") -> None:
        self._s = session

    def _stored(self) -> dict[str, Any]:
        try:
            return dict(self._s.records.latest(SETTINGS_RECORD).content)
        except NotFound:
            return {}

    def all(self) -> dict[str, Any]:
        merged = defaults()
        merged.update(self._stored())
        return merged

    def __getitem__(self, key: str) -> Any:
        return self.all()[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.all().get(key, default)

    def update(self, changes: dict[str, Any], reason: str) -> None:
        self._s.require(Permission.MANAGE_SETTINGS)
        known = defaults()
        for key, value in changes.items():
            if key not in known:
                raise ValidationError(key)
            if type(value) is not type(known[key]) and not (
                    isinstance(value, (int, float)) and isinstance(known[key], (int, float))):
                raise ValidationError(key, QT_TRANSLATE_NOOP(
                    "core", "This setting has the wrong kind of value."))
            check_value(key, value)
        stored = self._stored()
        new = {**stored, **changes}
        if new.get("infusion_interval_days_min", 3) > new.get("infusion_interval_days_max", 4):
            raise ValidationError("infusion_interval_days_min", QT_TRANSLATE_NOOP(
                "core", "The shortest interval between infusions cannot exceed the longest."))
        if not stored:
            self._s.records.create("site_settings", new, record_id=SETTINGS_RECORD,
                                   reason=reason)
        else:
            self._s.records.correct(SETTINGS_RECORD, new, reason)


# Numeric settings and their sane ranges (outside: refused with a message).
RANGES: dict[str, tuple[int, int]] = {
    "idle_lock_minutes": (1, 120),
    "enrollment_target": (1, 1000),
    "enrollment_warn_remaining": (0, 100),
    "infusion_interval_days_min": (1, 14),
    "infusion_interval_days_max": (1, 14),
}


# ";" with a decimal comma opens in columns in a French-locale spreadsheet;
# "," with a decimal point is what machine imports (REDCap) expect.
CSV_SEPARATORS = (";", ",")


def check_value(key: str, value: Any) -> None:
    if key in RANGES:
        low, high = RANGES[key]
        if isinstance(value, bool) or not (low <= value <= high):
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "core", "Enter a whole number from {low} to {high}."), low=low, high=high)
    if key == "subject_id_format":
        try:
            sample = value.format(n=1)
        except (KeyError, IndexError, ValueError, AttributeError):
            sample = None
        if not sample or "{n" not in value or len(sample) > 20:
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "core", "The subject id format must contain {{n}} (e.g. TJT-{{n:03d}})."))
    if key == "time_zone":
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
        try:
            ZoneInfo(str(value))
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "core", "Unknown time zone: use a name such as Europe/Brussels.")) from None
    if key == "export_csv_separator" and value not in CSV_SEPARATORS:
        raise ValidationError(key, QT_TRANSLATE_NOOP(
            "core", "The CSV separator is a semicolon (;) or a comma (,)."))
    if key == "site_name" and not (0 < len(value.strip()) <= 80):
        raise ValidationError(key, QT_TRANSLATE_NOOP("core", "Enter the site name."))
