"""Site settings: defaults shipped in resources/site_defaults.json, changes
stored as a versioned record (so every change is audited and kept)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .errors import NotFound, ValidationError
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
                raise ValidationError(key)
        stored = self._stored()
        new = {**stored, **changes}
        if not stored:
            self._s.records.create("site_settings", new, record_id=SETTINGS_RECORD,
                                   reason=reason)
        else:
            self._s.records.correct(SETTINGS_RECORD, new, reason)
