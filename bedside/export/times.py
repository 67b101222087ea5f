"""Times as they leave the vault: always with their offset.

Times are stored either with an offset (`2026-10-02T10:15:00+02:00`), in UTC
(`…Z`), or — in older entries and some typed fields — as the ward's wall
clock without one (`2026-10-02T10:15`). A receiving system must not read the
last kind as UTC (that shifts it by one or two hours in Liège): it is given
the offset the site's named time zone had at that moment (`zoneinfo`). A
date alone stays a date.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bedside.paths import resources_dir

DEFAULT_ZONE = "Europe/Brussels"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


@lru_cache(maxsize=1)
def site_zone_name() -> str:
    """The site's named time zone from the site defaults (Europe/Brussels)."""
    try:
        with open(resources_dir() / "site_defaults.json", encoding="utf-8") as fh:
            return str(json.load(fh).get("time_zone") or DEFAULT_ZONE)
    except (OSError, ValueError):
        return DEFAULT_ZONE


def _zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or site_zone_name())
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def is_date(text: str) -> bool:
    return bool(_DATE.match(text.strip()))


def with_offset(value: object, zone: str | None = None) -> str | None:
    """`YYYY-MM-DDThh:mm:ss±hh:mm` (or `…Z`) for a stored time, the date for a
    date, None for anything else. A time without an offset is the site's wall
    clock; in the repeated autumn hour the first (summer) reading is taken."""
    if not isinstance(value, str):
        return None
    s = value.strip()
    if _DATE.match(s):
        return s
    m = _DATETIME.match(s)
    if not m:
        return None
    day, hm, sec, off = m.groups()
    text = f"{day}T{hm}{sec or ':00'}"
    if off == "Z":
        return text + "Z"
    if off:
        if ":" not in off:
            off = off[:3] + ":" + off[3:]
        return text + off
    try:
        local = datetime.fromisoformat(text).replace(tzinfo=_zone(zone), fold=0)
    except ValueError:
        return None
    offset = local.utcoffset()
    if offset is None:  # pragma: no cover - a ZoneInfo always answers
        return None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{text}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
